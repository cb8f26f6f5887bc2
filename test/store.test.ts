import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import { MessageChannel } from "node:worker_threads";
import { join } from "node:path";
import { openDb, type DB } from "../src/store/db.js";
import { storeExtract } from "../src/store/documents.js";
import { importPaths } from "../src/pipeline/import.js";
import { ExtractPool } from "../src/pipeline/pool.js";
import { extractFile } from "../src/pipeline/extract.js";
import { KEY_RESULT_COLUMNS, KR_GOAL, KR_STATUS, prepareDocument } from "../src/store/prepare.js";
import { packImport, unpackImport } from "../src/pipeline/extract-for-store.js";
import { loadRules } from "../src/rules/load.js";
import { keyOverlap, SAME_REPORT_THRESHOLD, sketchKeys, sketchKeysShared } from "../src/store/sketch.js";
import fc from "fast-check";

const SEED = "fixtures/seeds/002_2df4dc721c1a0aa2.txt";
let dir: string;
let db: DB;
const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "hva-okr-store-"));
  db = openDb(join(dir, "t.sqlite"));
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("importing", () => {
  it("stores the rows with their normalized values and provenance", async () => {
    const s = await importPaths(db, [SEED]);
    expect(s).toMatchObject({ new_documents: 1, failed: 0 });
    expect(count("SELECT count(*) AS n FROM key_results")).toBe(210);
    const r = db.prepare("SELECT * FROM v_key_results WHERE n = 1").get() as Record<string, unknown>;
    expect(r).toMatchObject({ region: "Kanta-Häme", family: "okr-table", toimiala: "Ikäihmisten palvelut", toteuma: "100 %", toteuma_kind: "percent", toteuma_value: 100, line_start: 10, source: SEED });
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
  });

  it("changes nothing when the same file is imported twice", async () => {
    await importPaths(db, [SEED]);
    const before = db.prepare("SELECT id, n, toteuma FROM key_results ORDER BY id").all();
    const s = await importPaths(db, [SEED]);
    expect(s).toMatchObject({ unchanged: 1, new_documents: 0, failed: 0 });
    expect(count("SELECT count(*) AS n FROM key_results")).toBe(210);
    expect(count("SELECT count(*) AS n FROM documents")).toBe(1);
    expect(db.prepare("SELECT id, n, toteuma FROM key_results ORDER BY id").all()).toEqual(before);
  });

  it("adds no rows for the same content under another name", async () => {
    const copy = join(dir, "copy.txt");
    copyFileSync(SEED, copy);
    await importPaths(db, [SEED]);
    const s = await importPaths(db, [copy]);
    expect(s.duplicates).toBe(1);
    expect(count("SELECT count(*) AS n FROM key_results")).toBe(210);
    expect(count("SELECT count(*) AS n FROM document_sources")).toBe(2);
  });

  it("replaces the rows of a file whose content changed, atomically", async () => {
    const f = join(dir, "report.txt");
    copyFileSync(SEED, f);
    await importPaths(db, [f]);
    writeFileSync(f, readFileSync(SEED, "utf8").replace("98 %", "99 %"));
    const s = await importPaths(db, [f]);
    expect(s.replaced).toBe(1);
    expect(count("SELECT count(*) AS n FROM documents")).toBe(1);
    expect(count("SELECT count(*) AS n FROM key_results")).toBe(210);
    expect(count("SELECT count(*) AS n FROM key_results WHERE n = 2 AND toteuma = '99 %'")).toBe(1);
  });

  it("records a bad file with its reason and goes on with the batch", async () => {
    const empty = join(dir, "empty.txt");
    writeFileSync(empty, "");
    const s = await importPaths(db, [empty, join(dir, "missing.txt"), SEED]);
    expect(s).toMatchObject({ failed: 2, new_documents: 1 });
    expect(count("SELECT count(*) AS n FROM key_results")).toBe(210);
    const errors = db.prepare("SELECT source, stage, error_class, message FROM import_errors ORDER BY id").all() as Record<string, string>[];
    expect(errors.map((e) => e.error_class)).toEqual(["NotFound", "EmptyFile"]);
    expect(errors[1]!.message).toMatch(/empty/);
  });

  it("stores a document of no known family with a warning and no rows", async () => {
    const f = join(dir, "notes.txt");
    writeFileSync(f, "Muistio\nTämä on tavallinen muistio ilman taulukkoa.\n");
    const s = await importPaths(db, [f]);
    expect(s.results[0]).toMatchObject({ outcome: "new", family: "unknown", rows: 0 });
    const d = db.prepare("SELECT family, warnings FROM documents").get() as { family: string; warnings: string };
    expect(d.family).toBe("unknown");
    expect(JSON.parse(d.warnings).join(" ")).toMatch(/no known document family/);
  });

  it("recognizes the same report in another form and counts it once in the views", async () => {
    await importPaths(db, [SEED]);
    const s = await importPaths(db, ["fixtures/text/kh-okr-public.raw.txt"]);
    expect(s.results[0]).toMatchObject({ outcome: "new", rows: 210, sameAs: SEED });
    expect(count("SELECT count(*) AS n FROM key_results")).toBe(420);
    expect(count("SELECT count(*) AS n FROM v_key_results")).toBe(210);
    expect(count("SELECT count(*) AS n FROM documents WHERE same_as IS NOT NULL")).toBe(1);
  });

  it("does not take a different report for the same one", async () => {
    const f = join(dir, "other-period.txt");
    // Another period: the same table with other measured values.
    writeFileSync(f, readFileSync(SEED, "utf8").replace(/^(\d+) %(\s*)$/gm, (_m, n: string, sp: string) => `${(Number(n) + 1) % 100} %${sp}`));
    await importPaths(db, [SEED]);
    const s = await importPaths(db, [f]);
    expect(s.results[0]!.sameAs).toBeUndefined();
    expect(count("SELECT count(*) AS n FROM v_key_results")).toBe(420);
  });

  it("finds a report's other form through the sketch whatever keys the two forms differ in", () => {
    // Two forms: B is A less up to 5 % of its keys, plus up to 5 % keys of its own; keys repeat.
    const forms = fc.integer({ min: 1, max: 400 }).chain((n) =>
      fc.tuple(
        fc.array(fc.integer({ min: 0, max: Math.max(1, n >> 1) }).map((i) => `k${i}`), { minLength: n, maxLength: n }),
        fc.array(fc.nat(), { maxLength: Math.floor(n * 0.05) }),
        fc.array(fc.integer({ min: 0, max: 3 * n }).map((i) => `x${i}`), { maxLength: Math.floor(n * 0.05) }),
      ),
    );
    fc.assert(
      fc.property(forms, ([a, drop, add]) => {
        const b = a.filter((_, i) => !drop.some((d) => d % a.length === i)).concat(add);
        fc.pre(b.length > 0 && keyOverlap(a, b) >= SAME_REPORT_THRESHOLD);
        const sa = new Set(sketchKeys(a));
        const shared = sketchKeys(b).filter((k) => sa.has(k)).length;
        // Whichever of the two is stored first, the other finds it.
        expect(shared).toBeGreaterThanOrEqual(sketchKeysShared(a));
        expect(shared).toBeGreaterThanOrEqual(sketchKeysShared(b));
      }),
      { numRuns: 500 },
    );
  });

  it("keeps finding a report's other forms when the document they were recognized by is replaced", async () => {
    const f = join(dir, "report.txt");
    const raw = "fixtures/text/kh-okr-public.raw.txt";
    writeFileSync(f, readFileSync(SEED));
    await importPaths(db, [f]);
    expect((await importPaths(db, [raw])).results[0]!.sameAs).toMatch(/report\.txt$/);
    // The file changes to another period: its old content goes, and the raw text stands for the report.
    writeFileSync(f, readFileSync(SEED, "utf8").replace(/^(\d+) %(\s*)$/gm, (_m, n: string, sp: string) => `${(Number(n) + 1) % 100} %${sp}`));
    expect((await importPaths(db, [f])).results[0]!.outcome).toBe("replaced");
    const copy = join(dir, "copy.txt");
    writeFileSync(copy, readFileSync(raw, "utf8") + "\n");
    expect((await importPaths(db, [copy])).results[0]!.sameAs).toBe(raw);
  });

  it("indexes the sketches of documents stored before sketches existed", async () => {
    await importPaths(db, [SEED]);
    db.exec("DELETE FROM report_sketch; UPDATE meta SET value = '3' WHERE key = 'schema_version'");
    db.close();
    db = openDb(join(dir, "t.sqlite"));
    expect(count("SELECT count(*) AS n FROM report_sketch")).toBeGreaterThan(0);
    expect((await importPaths(db, ["fixtures/text/kh-okr-public.raw.txt"])).results[0]!.sameAs).toBe(SEED);
  });

  it("adds new columns to a database made by an older version", async () => {
    db.close();
    const path = join(dir, "old.sqlite");
    const Database = (await import("better-sqlite3")).default;
    const old = new Database(path);
    old.exec("CREATE TABLE documents (id INTEGER PRIMARY KEY, sha256 TEXT NOT NULL UNIQUE, bytes INTEGER NOT NULL, media_type TEXT NOT NULL, encoding TEXT NOT NULL, region TEXT, region_id TEXT, family TEXT NOT NULL, period TEXT, parser_version TEXT NOT NULL, imported_at TEXT NOT NULL, import_run_id INTEGER, lines INTEGER NOT NULL, pages INTEGER, row_count INTEGER NOT NULL, warnings TEXT NOT NULL DEFAULT '[]')");
    old.close();
    db = openDb(path);
    const cols = (db.prepare("PRAGMA table_info(documents)").all() as { name: string }[]).map((c) => c.name);
    expect(cols).toEqual(expect.arrayContaining(["report", "same_as"]));
    const s = await importPaths(db, [SEED]);
    expect(s.new_documents).toBe(1);
  });

  it("stores the cells of an unknown header column as JSON, and adds the column to a schema-5 database", { timeout: 120_000 }, async () => {
    const res = await extractFile(SEED);
    res.rows[0]!.extra = { Vastuuhenkilö: "toimialajohtaja" };
    const prep = prepareDocument(res, loadRules());
    const at = KEY_RESULT_COLUMNS.findIndex(([c]) => c === "extra");
    expect(prep.keyResults[0]![at]).toBe('{"Vastuuhenkilö":"toimialajohtaja"}');
    expect(prep.keyResults[1]![at]).toBeNull();
    // A database of schema 5 (no extra column) gets it when opened, and an import fills it.
    db.exec("ALTER TABLE key_results DROP COLUMN extra; UPDATE meta SET value = '5' WHERE key = 'schema_version'");
    db.close();
    db = openDb(join(dir, "t.sqlite"));
    expect((db.prepare("PRAGMA table_info(key_results)").all() as { name: string }[]).map((c) => c.name)).toContain("extra");
    expect(db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").get()).toEqual({ value: "6" });
    storeExtract(db, res, null);
    expect(db.prepare("SELECT n, json_extract(extra, '$.Vastuuhenkilö') AS v FROM v_key_results WHERE n <= 2 ORDER BY n").all()).toEqual([
      { n: 1, v: "toimialajohtaja" },
      { n: 2, v: null },
    ]);
  });

  it("indexes the child column of every foreign key that a delete cascades or nulls", () => {
    // Without such an index, deleting a document scans the child table once per deleted parent row.
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name);
    const unindexed: string[] = [];
    for (const t of tables) {
      const leading = new Set(
        (db.prepare(`PRAGMA index_list(${t})`).all() as { name: string }[]).map((i) => (db.prepare(`PRAGMA index_info(${i.name})`).all() as { seqno: number; name: string }[]).find((c) => c.seqno === 0)?.name),
      );
      const pk = (db.prepare(`PRAGMA table_info(${t})`).all() as { name: string; pk: number }[]).find((c) => c.pk === 1)?.name;
      for (const fk of db.prepare(`PRAGMA foreign_key_list(${t})`).all() as { from: string; on_delete: string }[]) {
        if (fk.on_delete === "NO ACTION") continue;
        if (!leading.has(fk.from) && fk.from !== pk) unindexed.push(`${t}.${fk.from}`);
      }
    }
    expect(tables.length).toBeGreaterThan(10);
    expect(unindexed).toEqual([]);
  });

  it("imports folders recursively", async () => {
    const s = await importPaths(db, ["fixtures/seeds"]);
    expect(s.files).toBe(5);
    expect(s.failed).toBe(0);
  });
});

/** Every stored value but the clock's, table by table, in insert order. */
/** Tables without a rowid, by their primary key. */
const WITHOUT_ROWID: Record<string, string> = { report_sketch: "document_id, k", theme_counts: "document_id, theme" };

function tables(d: DB): Record<string, unknown[]> {
  const names = (d.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('import_runs', 'meta') ORDER BY name").all() as { name: string }[]).map((t) => t.name);
  const clock = new Set(["imported_at", "first_seen", "last_seen", "at", "created_at"]);
  return Object.fromEntries(names.map((t) => [t, (d.prepare(`SELECT * FROM ${t} ORDER BY ${WITHOUT_ROWID[t] ?? "rowid"}`).all() as Record<string, unknown>[]).map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !clock.has(k))))]));
}

describe("preparing documents for the writer", () => {
  it("links each key result to its result-area goal under the section's objective, with its status and geometry as stored", async () => {
    const res = await extractFile("fixtures/pdf/kh-okr-public.pdf");
    const p = prepareDocument(res);
    expect(p.keyResults).toHaveLength(res.rows.length);
    const col = (name: string) => KEY_RESULT_COLUMNS.findIndex(([c]) => c === name);
    res.rows.forEach((r, i) => {
      const values = p.keyResults[i]!;
      const goal = p.goals[values[KR_GOAL] as number]!;
      expect(goal).toMatchObject({ level: "result_area_objective", text: r.tavoite, strategy: `${r.toimiala} / ${r.tulosalue}` });
      expect(p.goals[goal.parent!]).toMatchObject({ level: "binding_objective", text: r.section, parent: null });
      expect(["achieved", "partly", "not_achieved", "unknown"]).toContain(values[KR_STATUS]);
      expect(JSON.parse(values[col("cell_bboxes")] as string)).toEqual(r.cellBoxes);
      expect(values[col("avaintulos")]).toBe(r.avaintulos);
    });
    // A goal is prepared before anything that points at it.
    p.goals.forEach((g, i) => expect(g.parent === null || g.parent < i).toBe(true));
    for (const [entity, index] of p.themes) expect(index).toBeLessThan(entity === "goal" ? p.goals.length : p.keyResults.length);
  });

  it("packs a prepared document into bytes of its own, which can be transferred and unpack to the same document", async () => {
    const prepared = prepareDocument(await extractFile("fixtures/pdf/kh-okr-public.pdf"));
    const packed = packImport({ prepared, orphaned: [] });
    expect([packed.byteOffset, packed.byteLength]).toEqual([0, packed.buffer.byteLength]);
    const { port1, port2 } = new MessageChannel();
    const received = new Promise<Uint8Array>((resolve) => port2.once("message", resolve));
    port1.postMessage(packed, [packed.buffer]);
    expect(packed.byteLength).toBe(0); // moved, not copied
    const unpacked = unpackImport((await received) as typeof packed);
    port1.close();
    expect(unpacked.prepared).toEqual(prepared);
  });

  it("stores the same data whether documents are prepared in worker threads or in this thread", async () => {
    // Overrides cross the thread boundary with the document, so one is included.
    const rulesDir = join(dir, "rules");
    cpSync(loadRules().dir, rulesDir, { recursive: true });
    const sha = createHash("sha256").update(readFileSync(SEED)).digest("hex");
    const row = (await extractFile(SEED)).rows[4]!;
    writeFileSync(join(rulesDir, "overrides", "fix.json"), JSON.stringify({ overrides: [{ document: sha.slice(0, 16), n: row.n, field: "toteuma", from: row.toteuma, to: "50 %" }] }));
    const rules = { ...loadRules(), dir: rulesDir };
    const inputs = ["fixtures/seeds", "fixtures/pdf/kh-okr-public.pdf"];
    const inline = await importPaths(db, inputs, { rules });
    const pooledDb = openDb(join(dir, "pooled.sqlite"));
    const pool = new ExtractPool({ size: 2 });
    try {
      const pooled = await importPaths(pooledDb, inputs, { rules, pool });
      expect(pooled.failed).toBe(0);
      expect(pooled.results.map((r) => [r.source, r.outcome, r.rows])).toEqual(inline.results.map((r) => [r.source, r.outcome, r.rows]));
      expect(tables(pooledDb)).toEqual(tables(db));
      expect(pooledDb.prepare("SELECT toteuma, toteuma_value FROM key_results k JOIN documents d ON d.id = k.document_id WHERE d.sha256 = ? AND k.n = ?").get(sha, row.n)).toEqual({ toteuma: "50 %", toteuma_value: 50 });
    } finally {
      await pool.close();
      pooledDb.close();
    }
  }, 120_000);
});
