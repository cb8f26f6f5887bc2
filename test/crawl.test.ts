/** The crawler against a local Dynasty-like site: discovery, politeness, faults, resumption. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startDynastySite, type DynastySite } from "./dynasty-server.js";
import { crawl } from "../src/crawl/crawl.js";
import { classify, htmlToText, parseRss } from "../src/crawl/dynasty.js";
import { PoliteFetcher, USER_AGENT } from "../src/crawl/fetch.js";
import { decodePage } from "../src/crawl/charset.js";
import { openDb, type DB } from "../src/store/db.js";
import { importPaths } from "../src/pipeline/import.js";

let site: DynastySite;
let dir: string;
beforeAll(async () => {
  site = await startDynastySite({ slowMs: 1500 });
  dir = mkdtempSync(join(tmpdir(), "hva-okr-crawl-"));
});
afterAll(async () => {
  await site.close();
  rmSync(dir, { recursive: true, force: true });
});

const FAST = { timeoutMs: 800, backoffMs: 20, retries: 2, ratePerSecond: 50 };
const rows = (db: DB, source: string) =>
  db.prepare(`SELECT k.n, k.toimiala, k.tulosalue, k.tavoite, k.avaintulos, k.toteuma FROM key_results k JOIN document_sources s ON s.document_id = k.document_id WHERE s.source = ? ORDER BY k.n`).all(source);

describe("Dynasty pages", () => {
  it("takes the endpoint from the URL, also for self-hosted paths", () => {
    expect(classify("https://x.example/d5webmiehi/cgi/DREQUEST.PHP?page=meetingitem&id=2025281-1")).toEqual({ kind: "item", endpoint: "https://x.example/d5webmiehi/cgi/DREQUEST.PHP", id: "2025281-1" });
    expect(classify("https://x.example/cgi/DREQUEST.PHP?page=rss/meetingitems&show=30").kind).toBe("rss");
    expect(classify("https://x.example/other").kind).toBe("other");
  });

  it("decodes an iso-8859-1 feed so that bytes 0x80–0x9F are the right characters", () => {
    const bytes = readFileSync("fixtures/dynasty/rss-meetingitems.xml");
    expect(bytes.includes(0x96)).toBe(true);
    const items = parseRss(decodePage({ bytes, contentType: "application/rss+xml; charset=ISO-8859-1" }), "http://h/cgi/DREQUEST.PHP");
    expect(items[2]!.title).toBe("Aluevaltuusto 10.06.2025 / Talousarvion muutos – investoinnit ”2025” (€)");
    expect(items[2]).toMatchObject({ body: "Aluevaltuusto", date: "2025-06-10", link: "http://h/cgi/DREQUEST.PHP?page=meetingitem&id=2025052-2" });
  });

  it("reads page text the way a person does", () => {
    expect(htmlToText("<p>Selostus&nbsp;A &amp; B</p><br>rivi<script>x()</script>")).toBe("Selostus\u00a0A & B\n\nrivi");
  });
});

describe("crawl", () => {
  it("crawls the site from its RSS feed into the same documents and rows as importing the files directly; a second crawl fetches nothing new", async () => {
    const db = openDb(join(dir, "crawl.sqlite"));
    const feed = `${site.endpoint}?page=rss/meetingitems&show=30`;
    const s = await crawl(db, feed, { body: "Aluehallitus", cacheDir: join(dir, "cache"), fetch: FAST });
    expect(s.failures).toEqual([]);
    expect(s).toMatchObject({ discovered: 2, itemsFetched: 2, attachmentsFetched: 2 });
    const families = db.prepare("SELECT family, count(*) AS n FROM documents GROUP BY 1 ORDER BY 1").all();
    expect(families).toEqual([{ family: "agenda-item", n: 2 }, { family: "lu-evaluation", n: 1 }, { family: "okr-table", n: 1 }]);
    const item = db.prepare("SELECT a.item_number, a.meeting_date, a.period FROM agenda_items a JOIN document_sources s ON s.document_id = a.document_id WHERE s.source LIKE '%2025281-1'").get();
    expect(item).toEqual({ item_number: 281, meeting_date: "2025-09-08", period: "1-6/2025" });

    const direct = openDb(join(dir, "direct.sqlite"));
    await importPaths(direct, ["fixtures/pdf/kh-okr-public.pdf"]);
    expect(rows(db, `${site.base}/kokous/2025281-1-1.PDF`)).toEqual(rows(direct, "fixtures/pdf/kh-okr-public.pdf"));
    expect(rows(db, `${site.base}/kokous/2025281-1-1.PDF`)).toHaveLength(210);
    direct.close();

    const before = db.prepare("SELECT count(*) AS n FROM key_results").get();
    const fetchedBefore = [...site.requests.entries()].filter(([k]) => !k.includes("rss/") && k !== "/robots.txt").reduce((a, [, n]) => a + n, 0);
    const again = await crawl(db, feed, { body: "Aluehallitus", cacheDir: join(dir, "cache"), fetch: FAST });
    expect(again).toMatchObject({ itemsFetched: 0, attachmentsFetched: 0, skippedUnchanged: 2 });
    const fetchedAfter = [...site.requests.entries()].filter(([k]) => !k.includes("rss/") && k !== "/robots.txt").reduce((a, [, n]) => a + n, 0);
    expect(fetchedAfter).toBe(fetchedBefore);
    expect(db.prepare("SELECT count(*) AS n FROM key_results").get()).toEqual(before);
    db.close();
  }, 180_000);

  it("ends every fault mode as expected and loses nothing else", async () => {
    const db = openDb(join(dir, "faults.sqlite"));
    const s = await crawl(db, `${site.endpoint}?page=meetingitem&id=2025052-2`, { cacheDir: join(dir, "cache2"), fetch: FAST });
    const byUrl = Object.fromEntries(s.failures.map((f) => [f.url.replace(site.base, ""), f.errorClass]));
    expect(byUrl).toEqual({
      "/kokous/loop.PDF": "RedirectLoop",
      "/kokous/wrongtype.PDF": "WrongContentType",
      "http://toinen-palvelin.invalid/kokous/x.PDF": "OtherHost",
      "/kokous/truncated.PDF": "InvalidPDFException",
    });
    // 500 then OK, and a first answer slower than the time limit: both retried and imported.
    expect(site.requests.get("/kokous/flaky-500.PDF")).toBe(2);
    expect(site.requests.get("/kokous/slow.PDF")).toBeGreaterThanOrEqual(2);
    expect(rows(db, `${site.base}/kokous/flaky-500.PDF`)).toHaveLength(210);
    expect(rows(db, `${site.base}/kokous/slow.PDF`)).toHaveLength(210);
    expect(db.prepare("SELECT count(*) AS n FROM documents").get()).toEqual({ n: 3 });
    const errors = db.prepare("SELECT source, stage, error_class FROM import_errors ORDER BY id").all() as { source: string; error_class: string }[];
    expect(errors.map((e) => e.error_class).sort()).toEqual(["InvalidPDFException", "OtherHost", "RedirectLoop", "WrongContentType"]);
    // The other host was never contacted and the item stays open for the next crawl.
    const state = db.prepare("SELECT status FROM crawl_state WHERE url LIKE '%2025052-2'").get();
    expect(state).toEqual({ status: "failed" });
    db.close();
  }, 180_000);

  it("resumes a crawl killed with -9 without duplicates (CLI)", async () => {
    const slow = await startDynastySite({ delays: { "id=2025281-1": 2500 } });
    try {
      const { spawn, spawnSync } = await import("node:child_process");
      const dbPath = join(dir, "killed.sqlite");
      const args = ["bin/hva-okr.js", "crawl", `${slow.endpoint}?page=rss/meetingitems&show=30`, "--body", "Aluehallitus", "--db", dbPath, "--cache", join(dir, "cache3"), "--quiet"];
      const child = spawn(process.execPath, args, { stdio: "ignore" });
      const exited = new Promise((r) => child.on("exit", r));
      // Kill once the first item is stored (the second one is slow to answer).
      for (let i = 0; i < 200; i++) {
        await new Promise((r) => setTimeout(r, 50));
        try {
          const db = openDb(dbPath);
          const n = (db.prepare("SELECT count(*) AS n FROM crawl_state WHERE status = 'done' AND kind = 'item'").get() as { n: number }).n;
          db.close();
          if (n >= 1) break;
        } catch {
          /* not there yet */
        }
      }
      child.kill("SIGKILL");
      await exited;
      let db = openDb(dbPath);
      const before = db.prepare("SELECT count(*) AS n FROM documents").get() as { n: number };
      db.close();
      expect(before.n).toBeLessThan(4);
      // The test's own server must keep answering while the rerun runs: spawn asynchronously.
      const rerun = spawn(process.execPath, args, { stdio: "ignore" });
      const code = await new Promise((r) => rerun.on("exit", r));
      expect(code).toBe(0);
      db = openDb(dbPath);
      expect(db.prepare("SELECT count(*) AS n FROM documents").get()).toEqual({ n: 4 });
      expect(db.prepare("SELECT count(*) AS n FROM (SELECT document_id, n FROM key_results GROUP BY 1, 2 HAVING count(*) > 1)").get()).toEqual({ n: 0 });
      expect(db.prepare("SELECT count(*) AS n FROM key_results").get()).toEqual({ n: 210 });
      db.close();
      void spawnSync;
    } finally {
      await slow.close();
    }
  }, 180_000);

  it("never leaves the start host and names itself", async () => {
    const f = new PoliteFetcher({ allowedHosts: new Set([new URL(site.base).host]) });
    await expect(f.fetch("http://example.invalid/x")).rejects.toMatchObject({ errorClass: "OtherHost" });
    expect(USER_AGENT).toMatch(/^hva-okr\//);
  });
});
