/**
 * Issue 26 acceptance on the local site doubles, through the real CLI: crawls the Dynasty and the
 * Tweb double, republishes an agenda as minutes, crawls again, tries every kind of start address,
 * and checks the database. Usage: npx tsx scripts/crawl-acceptance.ts tuning|heldout
 * (heldout: sites written after the last crawler change, run once; see docs/crawl.md).
 */
import { spawnSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { startDynastyDouble, type DynastySpec } from "../test/dynasty-site.js";
import { startTwebDouble, type TwebSpec } from "../test/tweb-site.js";

const set = process.argv[2] ?? "tuning";
const { dynasty, tweb, expect: want } = (await import(set === "heldout" ? "../test/site-specs-heldout.js" : "../test/site-specs-tuning.js")) as {
  dynasty: DynastySpec;
  tweb: TwebSpec;
  expect: { dynastyMatch: string; twebMatch: string; twebBody: string; dynastyRepublish: string; twebRepublish: string; robotsDisallowedStart: string };
};
const dir = mkdtempSync(join(tmpdir(), "hva-okr-accept-"));
let ok = true;
const check = (what: string, pass: boolean, detail = "") => {
  ok &&= pass;
  console.log(`  ${pass ? "ok  " : "FAIL"} ${what}${detail ? ` — ${detail}` : ""}`);
};
async function cli(args: string[]): Promise<{ code: number; err: string }> {
  const child = spawn(process.execPath, ["bin/hva-okr.js", "crawl", ...args], { stdio: ["ignore", "ignore", "pipe"] });
  let err = "";
  child.stderr.on("data", (d: Buffer) => (err += d.toString()));
  const code = await new Promise<number>((r) => child.on("exit", (c) => r(c ?? -1)));
  return { code, err };
}
const show = (cmd: string, r: { code: number; err: string }) => {
  console.log(`$ hva-okr crawl ${cmd}\n${r.err.trim().split("\n").map((l) => `    ${l}`).join("\n")}\n    (exit ${r.code})`);
};
const noTrace = (r: { err: string }) => !/\n\s+at |Error: .*\n.*at /.test(r.err);

// ---- Dynasty
const d = await startDynastyDouble(dynasty);
const allItems = dynasty.meetings.flatMap((m) => m.items);
const realAttachments = allItems.reduce((a, it) => a + it.attachments.length + (it.supplementary?.length ?? 0), 0);
console.log(`\n== Dynasty double (${set}, ${dynasty.markup} markup, ${allItems.length} items, ${realAttachments} real attachments incl. supplementary)`);
const db1 = join(dir, "dynasty.sqlite");
const feed = `${d.endpoint}?page=rss/meetingitems&show=1000`;
const base = ["--db", db1, "--cache", join(dir, "cache"), "--quiet"];
let r = await cli([feed, ...base]);
show(`'${feed}' --db dynasty.sqlite`, r);
const q = (db: string, sql: string) => {
  const h = new Database(db, { readonly: true });
  try {
    return h.prepare(sql).all() as Record<string, unknown>[];
  } finally {
    h.close();
  }
};
check("exit 0, no failures", r.code === 0);
const items = q(db1, "SELECT url FROM crawl_state WHERE kind = 'item' AND status = 'done'");
check("every item found once", items.length === allItems.length && new Set(items.map((x) => x.url)).size === allItems.length, `${items.length}/${allItems.length}`);
const atts = q(db1, "SELECT url, kind FROM crawl_state WHERE kind IN ('attachment','supplementary') AND status = 'done'");
const fakeFetched = d.requests.filter((x) => /\/kokous\/\d+-\d+\.PDF$|-0-\d+\.PDF$/.test(x));
const attFetched = d.requests.filter((x) => /\/kokous\/\d+-\d+-\d+\.PDF$/.test(x) && !/-0-\d+\.PDF$/.test(x)).length;
check("only real attachments imported", atts.length === realAttachments && fakeFetched.length === 0, `${atts.length} attachments (${atts.filter((a) => a.kind === "supplementary").length} supplementary), item PDFs/appeal instructions fetched: ${fakeFetched.length}`);
const titles = q(db1, "SELECT s.source, a.title FROM agenda_items a JOIN document_sources s ON s.document_id = a.document_id");
const wrongTitles = allItems.filter((it) => titles.find((t) => String(t.source).endsWith(`id=${it.id}`))?.title !== it.title);
check("titles right", wrongTitles.length === 0, wrongTitles.map((w) => w.id).join(", "));
if (dynasty.wrongPageItem) {
  const txt = q(db1, `SELECT a.title FROM agenda_items a JOIN document_sources s ON s.document_id = a.document_id WHERE s.source LIKE '%id=${dynasty.wrongPageItem}'`);
  const expected = allItems.find((it) => it.id === dynasty.wrongPageItem)!.title;
  check("wrong page never stored", txt.length === 1 && txt[0]!.title === expected, `served wrong once, stored "${txt[0]?.title}"`);
}
d.republish(want.dynastyRepublish);
r = await cli([feed, ...base]);
show(`'${feed}' --db dynasty.sqlite   # after ${want.dynastyRepublish} was republished as minutes`, r);
const rep = q(db1, `SELECT c.document_kind, (SELECT count(*) FROM crawl_state x WHERE x.parent_url = c.url AND x.status = 'done') AS atts FROM crawl_state c WHERE c.url LIKE '%id=${want.dynastyRepublish}'`)[0];
const repItem = allItems.find((it) => it.id === want.dynastyRepublish)!;
check("republished item updated with its new attachment", r.code === 0 && rep?.document_kind === "minutes" && rep?.atts === repItem.attachments.length + (repItem.supplementary?.length ?? 0) + 1, JSON.stringify(rep));
r = await cli([feed, "--match", want.dynastyMatch, "--db", join(dir, "match.sqlite"), "--cache", join(dir, "cache"), "--quiet"]);
show(`'${feed}' --match '${want.dynastyMatch}'`, r);
check(`--match '${want.dynastyMatch}' found`, r.code === 0 && /: 1 items discovered/.test(r.err));
const before = d.requests.length;
const starts = [
  `${d.endpoint}?page=meeting_frames`,
  `${d.endpoint}?page=meetings&id=${dynasty.meetings[0]!.bodyId}`,
  `${d.endpoint}?page=rss/meetings&show=1000`,
  `${d.endpoint}?page=meeting&id=${dynasty.meetings[0]!.id}`,
  `${d.endpoint}?page=meetingitem&id=${allItems[0]!.id}`,
  `${d.endpoint}?page=rss/official_decisions&show=1000`,
  `${d.endpoint}?page=search`,
  `${d.base}/`,
  "ftp://example.invalid/x",
  "not-an-address",
];
for (const s of starts) {
  r = await cli([s, "--db", join(dir, `start-${Math.random()}.sqlite`), "--cache", join(dir, "cache"), "--quiet"]);
  show(`'${s}'`, r);
  check(`start address: one line, no stack trace`, noTrace(r) && r.err.trim().split("\n").length <= 3 + (r.err.match(/^ {2}/gm)?.length ?? 0));
}
{
  const robotsStart = `${d.endpoint}?${want.robotsDisallowedStart}`;
  const n = d.requests.length;
  r = await cli([robotsStart, "--db", join(dir, "robots.sqlite"), "--quiet"]);
  show(`'${robotsStart}'   # disallowed by robots.txt`, r);
  check("robots.txt obeyed: disallowed start → exit 1, nothing fetched", r.code === 1 && /robots\.txt/.test(r.err) && d.requests.slice(n).every((x) => x === "/robots.txt"));
}
void before;
await d.close();

// ---- Tweb
const t = await startTwebDouble(tweb);
const titems = tweb.meetings.filter((m) => m.body === want.twebBody).flatMap((m) => m.items);
const treal = titems.reduce((a, it) => a + it.attachments.length, 0);
console.log(`\n== Tweb double (${set}, ${titems.length} items of ${want.twebBody}, ${treal} real attachments)`);
const db2 = join(dir, "tweb.sqlite");
const search = `${t.scr}/pk_kokl_tweb.htm`;
const targs = [search, "--body", want.twebBody, "--since", "2025-01-01", "--until", "2025-12-31", "--db", db2, "--cache", join(dir, "cache"), "--quiet"];
r = await cli(targs);
show(`'${search}' --body '${want.twebBody}' --since 2025-01-01 --until 2025-12-31 --db tweb.sqlite`, r);
check("exit 0", r.code === 0);
const ti = q(db2, "SELECT url FROM crawl_state WHERE kind = 'item' AND status = 'done'");
check("every item found once", ti.length === titems.length, `${ti.length}/${titems.length}`);
const ta = q(db2, "SELECT url FROM crawl_state WHERE kind = 'attachment' AND status = 'done'");
check("only real attachments imported", ta.length === treal, `${ta.length}/${treal}`);
const tt = q(db2, "SELECT s.source, a.title FROM agenda_items a JOIN document_sources s ON s.document_id = a.document_id");
const twrong = titems.filter((it) => tt.find((x) => String(x.source).endsWith(`docid=${it.docid}`))?.title !== it.title);
check("titles right", twrong.length === 0, twrong.map((w) => w.docid).join(", "));
t.republish(want.twebRepublish);
r = await cli(targs);
show(`(same command, after meeting ${want.twebRepublish} was republished as minutes)`, r);
check("republished item updated with its new attachment", r.code === 0 && /\(1 republished\) and 1 attachments fetched/.test(r.err));
r = await cli([`${t.scr}/pk_rssfeed.htm?toimielin=${tweb.bodies.find((b) => b.name === want.twebBody)!.id}`, "--match", want.twebMatch, "--db", join(dir, "tmatch.sqlite"), "--cache", join(dir, "cache"), "--quiet"]);
show(`'…/pk_rssfeed.htm?toimielin=…' --match '${want.twebMatch}'`, r);
check(`--match '${want.twebMatch}' found`, r.code === 0 && /: 1 items discovered/.test(r.err));
for (const s of [`${t.scr}/pk_asil_tweb.htm?+bid=${tweb.meetings[0]!.bid}`, `${t.scr}/epjattn_tweb.htm?1`, `${t.scr}/pk_tek_tweb.htm`]) {
  r = await cli([s, "--db", join(dir, `tstart-${Math.random()}.sqlite`), "--cache", join(dir, "cache"), "--quiet"]);
  show(`'${s}'`, r);
  check("start address: no stack trace", noTrace(r));
}
await t.close();
const closed = await startTwebDouble({ ...tweb, robots: "User-agent: *\nDisallow: /\n" });
r = await cli([`${closed.scr}/pk_kokl_tweb.htm`, "--db", join(dir, "closed.sqlite"), "--quiet"]);
show("'…/pk_kokl_tweb.htm'   # a Tweb whose robots.txt forbids crawling", r);
check("robots.txt obeyed: exit 1, nothing but robots.txt fetched", r.code === 1 && closed.requests.every((x) => x === "/robots.txt"));
await closed.close();
rmSync(dir, { recursive: true, force: true });
console.log(`\n${set}: ${ok ? "all checks passed" : "SOME CHECKS FAILED"}`);
void spawnSync;
process.exit(ok ? 0 : 1);
