#!/usr/bin/env node
/**
 * npm run bench -- --scale: how the outputs scale with the database. Builds databases of 100,
 * 1 000 and 10 000 distinct reports (--sizes a,b,c) and prints, per size, the wall time and peak
 * RSS of `compare` (each --by), `findings`, `export`, `report`, the report's size, whether headless
 * Chromium opens it, and the time of importing 40 more reports against importing them into an
 * empty database. Writes output/bench-scale.json.
 *
 * The databases are made fast by copying rows in SQL, not by extracting again: the bundled
 * documents are imported once (the template), then each copy of its distinct reports gets new ids,
 * a new sha256 and sources, a reporting period of its own (years and month spans in turn) and
 * varied values (measured values and attainment scaled by a factor of 0.8–1.2 with their status
 * recomputed by rules/status.json, evaluation scores shifted, progress figures scaled); report keys
 * get a suffix so that no copy is taken for another form of the same report. Commands run as a
 * user runs them: `node bin/hva-okr.js …`, one process each, timed by /usr/bin/time. --reuse keeps
 * a database of a size built by an earlier run (output/bench-scale/db-N.sqlite) instead of building
 * it again; --build-only builds (or reuses) the databases and measures nothing. Each size's line is
 * printed as soon as it is measured.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { execFileSync, spawnSync } from "node:child_process";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { scale: { type: "boolean" }, sizes: { type: "string", default: "100,1000,10000" }, more: { type: "string", default: "40" }, chromium: { type: "boolean", default: true }, reuse: { type: "boolean", default: false }, "build-only": { type: "boolean", default: false } }, strict: false });
const SIZES = String(values.sizes).split(",").map(Number);
const MORE = Number(values.more);
const OUT = resolve("output/bench-scale");
const BIN = resolve("bin/hva-okr.js");

const { openDb } = await import("../dist/store/db.js");
const { importPaths } = await import("../dist/pipeline/import.js");
const { storeFindings } = await import("../dist/analyze/checks.js");
const { countAllItems } = await import("../dist/store/item-counts.js");
const { findChromium, dumpDom } = await import("../dist/report/browser.js");
process.stdout.write("| reports | key results | db MiB | compare region | compare theme | compare period | their queries alone (s) | findings | export (csv) | export --excel-fi | report | report MiB | Chromium | import 40: empty db (CPU s) | into this db (CPU s) | ratio | --help (s) |\n");
const { periodKey } = await import("../dist/report/period.js");
const { compare } = await import("../dist/report/compare.js");

const status = JSON.parse(readFileSync("rules/status.json", "utf8"));
const PARTLY_FROM = status.attainment.partlyFrom;

/** One command of the CLI in a process of its own: wall seconds, CPU seconds, peak RSS (MiB, largest process). */
function timed(args) {
  const r = spawnSync("/usr/bin/time", ["-f", "%e %U %S %M", process.execPath, BIN, ...args], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const last = r.stderr.trim().split("\n").pop() ?? "";
  const [wall, user, sys, rssKiB] = last.split(" ").map(Number);
  if (r.status !== 0) throw new Error(`hva-okr ${args.join(" ")} exited ${r.status}: ${r.stderr.slice(-500)}`);
  return { wall, cpu: Math.round((user + sys) * 100) / 100, rssMiB: Math.round(rssKiB / 1024), stdout: r.stdout };
}

/** The template: every bundled document imported once, findings stored. */
async function template(file) {
  rmSync(file, { force: true });
  const db = openDb(file);
  const s = await importPaths(db, ["fixtures/seeds", "fixtures/text", "fixtures/pdf"]);
  if (s.failed) throw new Error(`template import: ${s.failed} failed`);
  storeFindings(db);
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.close();
}

/** Columns of a table, with some replaced by SQL expressions over the row (alias t) and the copy (alias c). */
function copySql(db, table, overrides, where) {
  const cols = db.prepare(`PRAGMA table_info(${table})`).all().map((c) => c.name);
  const exprs = cols.map((c) => overrides[c] ?? `t.${c}`);
  return `INSERT INTO ${table}(${cols.join(", ")}) SELECT ${exprs.join(", ")} FROM ${table} t CROSS JOIN copies c WHERE ${where}`;
}

/** Copies the template's distinct reports until the database holds `reports` of them. */
function multiply(file, reports) {
  const db = openDb(file);
  db.pragma("foreign_keys = OFF");
  const canon = db.prepare("SELECT id, period FROM documents WHERE same_as IS NULL ORDER BY id").all();
  const copies = Math.ceil(reports / canon.length) - 1;
  const max = (t) => db.prepare(`SELECT coalesce(max(id), 0) + 1 AS m FROM ${t}`).get().m;
  const S = Object.fromEntries(["documents", "key_results", "goals", "evaluations", "strategy_summaries", "announced_counts", "successes", "timeline", "progress_figures", "corrections", "findings", "theme_assignments", "import_runs"].map((t) => [t, max(t)]));
  // The template's dated documents: the latest period is the copy's "late" one, any earlier its "early" one.
  const keys = canon.map((d) => (d.period ? periodKey(d.period) : null)).filter((k) => k !== null);
  const latest = keys.length ? Math.max(...keys) : 0;
  db.exec("CREATE TEMP TABLE copies (i INTEGER PRIMARY KEY, early TEXT, late TEXT); CREATE TEMP TABLE canon (id INTEGER PRIMARY KEY, late INTEGER)");
  const cp = db.prepare("INSERT INTO copies VALUES (?, ?, ?)");
  const cn = db.prepare("INSERT INTO canon VALUES (?, ?)");
  db.transaction(() => {
    for (let i = 1; i <= copies; i++) {
      const year = 2000 + (i % 30);
      const k = Math.floor(i / 30) % 3;
      cp.run(i, `1-${[4, 6, 8][k]}/${year}`, `1-${[9, 10, 12][k]}/${year}`);
    }
    for (const d of canon) cn.run(d.id, d.period && periodKey(d.period) < latest ? 0 : 1);
  })();
  const doc = (col = "t.document_id") => `${col} + c.i * ${S.documents}`;
  const inCanon = (col = "t.document_id") => `${col} IN (SELECT id FROM canon)`;
  /** A factor in [0.8, 1.2) that differs by row and copy. */
  const f = (id) => `(0.8 + ((${id} * 7919 + c.i * 104729) % 1000) / 2500.0)`;
  const period = (docCol) => `(SELECT CASE WHEN n.late THEN c.late ELSE c.early END FROM canon n WHERE n.id = ${docCol})`;
  const progressValue = (id, value, metric) => `(CASE WHEN ${metric} LIKE '%_pct' THEN min(100, round(${value} * ${f(id)}, 1)) ELSE round(${value} * ${f(id)}) END)`;
  // Each template correction and the template figure it withdraws.
  const hits = db.prepare(
    `SELECT c.id AS cid, p.id AS pid, p.value, p.metric FROM corrections c JOIN progress_figures p ON p.metric = c.metric AND p.period = c.period AND p.value = c.reported AND p.document_id != c.document_id`,
  ).all();
  const withdrawn = hits.length ? `(CASE t.id ${hits.map((h) => `WHEN ${h.cid} THEN ${progressValue(h.pid, h.value, `'${h.metric}'`)}`).join(" ")} ELSE t.reported END)` : "t.reported";
  const statements = [
    copySql(db, "documents", { id: doc("t.id"), sha256: "t.sha256 || '-' || c.i", period: period("t.id"), import_run_id: "NULL" }, inCanon("t.id")),
    copySql(db, "document_sources", { source: "'bench/' || c.i || '/' || t.source", document_id: doc() }, inCanon()),
    copySql(db, "goals", { id: `t.id + c.i * ${S.goals}`, document_id: doc(), parent_id: `t.parent_id + c.i * ${S.goals}` }, inCanon()),
    copySql(
      db,
      "evaluations",
      { id: `t.id + c.i * ${S.evaluations}`, goal_id: `t.goal_id + c.i * ${S.goals}`, score: `CASE WHEN t.score IS NULL THEN NULL WHEN (t.id + c.i) % 4 = 0 THEN 1 + (t.score + c.i) % 5 ELSE t.score END` },
      `t.goal_id IN (SELECT id FROM goals WHERE ${inCanon("document_id")})`,
    ),
    copySql(
      db,
      "key_results",
      {
        id: `t.id + c.i * ${S.key_results}`,
        document_id: doc(),
        goal_id: `t.goal_id + c.i * ${S.goals}`,
        toteuma_value: `round(t.toteuma_value * ${f("t.id")}, 2)`,
        attainment: `round(t.attainment * ${f("t.id")}, 3)`,
        attainment_met: `CASE WHEN t.attainment IS NULL THEN t.attainment_met ELSE t.attainment * ${f("t.id")} >= 1 END`,
        status_common: `CASE WHEN t.attainment IS NULL THEN t.status_common WHEN t.attainment * ${f("t.id")} >= 1 THEN 'achieved' WHEN t.attainment * ${f("t.id")} >= ${PARTLY_FROM} THEN 'partly' ELSE 'not_achieved' END`,
      },
      inCanon(),
    ),
    copySql(db, "strategy_summaries", { id: `t.id + c.i * ${S.strategy_summaries}`, document_id: doc() }, inCanon()),
    copySql(db, "announced_counts", { id: `t.id + c.i * ${S.announced_counts}`, document_id: doc() }, inCanon()),
    copySql(db, "successes", { id: `t.id + c.i * ${S.successes}`, document_id: doc(), goal_id: `t.goal_id + c.i * ${S.goals}` }, inCanon()),
    copySql(db, "timeline", { id: `t.id + c.i * ${S.timeline}`, document_id: doc() }, inCanon()),
    copySql(db, "agenda_items", { document_id: doc(), period: period("t.document_id") }, inCanon()),
    copySql(db, "progress_figures", { id: `t.id + c.i * ${S.progress_figures}`, document_id: doc(), period: period("t.document_id"), value: progressValue("t.id", "t.value", "t.metric") }, inCanon()),
    // A correction names the earlier period of its own copy and withdraws that copy's figure (scaled as it was).
    copySql(db, "corrections", { id: `t.id + c.i * ${S.corrections}`, document_id: doc(), period: "c.early", reported: withdrawn, corrected: `CASE WHEN t.corrected IS NULL THEN NULL ELSE ${withdrawn} + t.corrected - t.reported END` }, inCanon()),
    copySql(db, "theme_assignments", { id: `t.id + c.i * ${S.theme_assignments}`, document_id: doc(), entity_id: `CASE t.entity WHEN 'goal' THEN t.entity_id + c.i * ${S.goals} ELSE t.entity_id + c.i * ${S.key_results} END` }, inCanon()),
    copySql(db, "report_keys", { document_id: doc(), k: "t.k || '#' || c.i" }, inCanon()),
    copySql(db, "report_sketch", { document_id: doc(), k: "t.k || '#' || c.i" }, inCanon()),
  ];
  const t = performance.now();
  db.transaction(() => {
    for (const s of statements) db.exec(s);
  })();
  // The copies' statuses differ from the template's: their item counts are made from their rows.
  countAllItems(db);
  storeFindings(db);
  db.pragma("foreign_keys = ON");
  const fk = db.prepare("PRAGMA foreign_key_check").all().length;
  const n = db.prepare("SELECT (SELECT count(*) FROM documents WHERE same_as IS NULL) AS reports, (SELECT count(*) FROM key_results) AS kr, (SELECT count(*) FROM goals) AS goals, (SELECT count(*) FROM theme_assignments) AS themes, (SELECT count(*) FROM findings) AS findings").get();
  db.exec("ANALYZE");
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.close();
  if (fk) throw new Error(`${fk} foreign key violations after copying`);
  return { ...n, buildSecs: Math.round((performance.now() - t) / 100) / 10 };
}

/**
 * MORE distinct PDF documents: the bundled PDFs and layout variants, each with a trailer unique to
 * this run (so that a database kept by --reuse gets new documents, not the ones it already holds).
 */
function moreReports(dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const run = Date.now().toString(36);
  const pdfs = ["fixtures/pdf/kh-okr-public.pdf", "fixtures/pdf/lu-eval-public.pdf", "fixtures/variants/v2-portrait-serif8-plain.pdf", "fixtures/variants/v3-landscape-dejavu8-split.pdf", "fixtures/variants/v4-portrait-sans10-wide.pdf"].filter((f) => existsSync(f));
  for (let i = 0; i < MORE; i++) writeFileSync(join(dir, `more-${String(i).padStart(3, "0")}.pdf`), Buffer.concat([readFileSync(pdfs[i % pdfs.length]), Buffer.from(`\n%bench-scale-${run}-${i}\n`)]));
}

mkdirSync(OUT, { recursive: true });
const base = join(OUT, "template.sqlite");
await template(base);
moreReports(join(OUT, "more"));
const chromium = values.chromium ? findChromium() : null;
const results = [];
for (const size of SIZES) {
  const file = join(OUT, `db-${size}.sqlite`);
  let built;
  if (values.reuse && existsSync(file)) {
    // Opened once untimed, so that an index this version adds (or the findings' bookkeeping, which
    // a database made by an older version lacks) is not charged to the first command.
    const db = openDb(file);
    storeFindings(db);
    built = { ...db.prepare("SELECT (SELECT count(*) FROM documents WHERE same_as IS NULL) AS reports, (SELECT count(*) FROM key_results) AS kr, (SELECT count(*) FROM goals) AS goals, (SELECT count(*) FROM theme_assignments) AS themes, (SELECT count(*) FROM findings) AS findings").get(), buildSecs: null };
    db.exec("ANALYZE");
    db.close();
  } else {
    for (const ext of ["", "-wal", "-shm"]) rmSync(file + ext, { force: true });
    copyFileSync(base, file);
    built = multiply(file, size);
  }
  const r = { size, ...built, dbMiB: Math.round(statSync(file).size / 1048576) };
  if (values["build-only"]) {
    process.stdout.write(`built ${file}: ${JSON.stringify(r)}\n`);
    continue;
  }
  for (const by of ["region", "theme", "period"]) r[`compare_${by}`] = timed(["compare", "--by", by, "--db", file]);
  // The queries alone, in this process (no process start): the part that grows with the database.
  const qdb = openDb(file);
  r.querySecs = {};
  for (const by of ["region", "theme", "period"]) {
    const t = performance.now();
    await compare(qdb, by);
    r.querySecs[by] = Math.round(performance.now() - t) / 1000;
  }
  qdb.close();
  r.startSecs = timed(["--help"]).wall;
  r.findings = timed(["findings", "--db", file]);
  r.export = timed(["export", "--out", join(OUT, `export-${size}`), "--db", file]);
  r.exportExcel = timed(["export", "--excel-fi", "--out", join(OUT, `export-fi-${size}`), "--db", file]);
  const html = join(OUT, `report-${size}.html`);
  r.report = timed(["report", "--out", html, "--db", file]);
  r.reportMiB = Math.round((statSync(html).size / 1048576) * 100) / 100;
  if (chromium) {
    const t = performance.now();
    try {
      const dom = dumpDom(html, chromium);
      r.chromium = { opened: /<body class="js-ready"/.test(dom), secs: Math.round((performance.now() - t) / 100) / 10 };
    } catch (err) {
      r.chromium = { opened: false, error: String(err.message).slice(0, 200) };
    }
  }
  // Import MORE reports: into an empty database, into this one, into an empty one again (ABA on a shared machine).
  const empty = (k) => {
    const e = join(OUT, `empty-${size}-${k}.sqlite`);
    for (const ext of ["", "-wal", "-shm"]) rmSync(e + ext, { force: true });
    return timed(["import", join(OUT, "more"), "--db", e, "--quiet"]);
  };
  const a = empty("a");
  const full = timed(["import", join(OUT, "more"), "--db", file, "--quiet"]);
  const b = empty("b");
  r.importMore = { empty: [a, b].map(({ wall, cpu }) => ({ wall, cpu })), full: { wall: full.wall, cpu: full.cpu }, cpuRatio: Math.round((full.cpu / ((a.cpu + b.cpu) / 2)) * 100) / 100 };
  for (const k of Object.keys(r)) if (r[k]?.stdout !== undefined) delete r[k].stdout;
  results.push(r);
  process.stdout.write(line(r) + "\n");
}
if (values["build-only"]) process.exit(0);

function line(r) {
  const s = (x) => `${x.wall.toFixed(2)} s / ${x.rssMiB} MiB`;
  return `| ${r.reports} | ${r.kr} | ${r.dbMiB} | ${s(r.compare_region)} | ${s(r.compare_theme)} | ${s(r.compare_period)} | ${r.querySecs.region} / ${r.querySecs.theme} / ${r.querySecs.period} | ${s(r.findings)} | ${s(r.export)} | ${s(r.exportExcel)} | ${s(r.report)} | ${r.reportMiB} | ${r.chromium ? (r.chromium.opened ? `opens (${r.chromium.secs} s)` : "FAILED") : "–"} | ${r.importMore.empty.map((e) => e.cpu).join(", ")} | ${r.importMore.full.cpu} | ${r.importMore.cpuRatio} | ${r.startSecs} |`;
}
const lines = [
  "| reports | key results | db MiB | compare region | compare theme | compare period | their queries alone (s) | findings | export (csv) | export --excel-fi | report | report MiB | Chromium | import 40: empty db (CPU s) | into this db (CPU s) | ratio | --help (s) |",
  "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
];
process.stdout.write(["", ...lines, ...results.map(line)].join("\n") + `\n(time: wall seconds / peak RSS of the command, one process each, process start included: \`hva-okr --help\` took ${results.map((r) => r.startSecs).join(", ")} s; the machine was shared)\n`);
writeFileSync("output/bench-scale.json", JSON.stringify(results, null, 2) + "\n");
