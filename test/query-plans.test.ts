/**
 * The outputs are computed by SQLite: these check, with EXPLAIN QUERY PLAN, that the queries use
 * the indexes they need (a full scan of a big table inside a loop, or a sort of a whole table
 * before the first row streams, would make them grow faster than the database), and that
 * docs/metadata.json (Datasette) describes every table and view and no column that is not there.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDb, type DB } from "../src/store/db.js";
import { EXPORTS } from "../src/store/exports.js";
import { statusCounts } from "../src/store/compare-counts.js";
import { COUNT_ONE_SQL } from "../src/store/item-counts.js";
import { STORED_CORRECTIONS_SQL } from "../src/store/checks.js";

let dir: string;
let db: DB;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "hva-okr-plans-"));
  db = openDb(join(dir, "p.sqlite"));
}, 60_000);
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const plan = (sql: string, ...params: unknown[]) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail);

describe("query plans", () => {
  it("joins themes to rows through the covering index and scans no table whole", () => {
    const p = plan(`SELECT t.theme, i.region, ${statusCounts("i")} FROM v_items i JOIN theme_assignments t ON t.entity = i.entity AND t.entity_id = i.entity_id GROUP BY 1, 2`);
    expect(p.some((d) => /^(SEARCH|SCAN) t USING COVERING INDEX themes_entity_theme/.test(d)), p.join("\n")).toBe(true);
    // Documents, goals, evaluations and key results are each reached through an index, never scanned whole.
    expect(p.some((d) => /^SCAN (d|g|e|k|t)$/.test(d)), p.join("\n")).toBe(false);
  });

  it("sums the per-document counts for compare and the report, reading no row table", () => {
    for (const sql of [
      "SELECT c.theme, d.region, sum(c.items) FROM theme_counts c JOIN documents d ON d.id = c.document_id WHERE d.same_as IS NULL GROUP BY 1, 2",
      "SELECT region, sum(items), sum(themeless) FROM v_status_by_document GROUP BY 1",
    ]) {
      const p = plan(sql);
      expect(p.some((d) => /\b(key_results|goals|evaluations|theme_assignments|k|g|e|t)\b/.test(d) && !/theme_counts|item_counts/.test(d)), p.join("\n")).toBe(false);
      expect(p.some((d) => /^(SCAN|SEARCH) (c|s)\b/.test(d)), p.join("\n")).toBe(true);
    }
  });

  it("counts one stored document's items through its indexes", () => {
    for (const sql of COUNT_ONE_SQL) {
      const p = plan(sql, { doc: 1 });
      expect(p.some((d) => /^SCAN (k|g|e|t)$/.test(d)), p.join("\n")).toBe(false);
      expect(p.some((d) => /SEARCH t USING COVERING INDEX themes_entity/.test(d)), p.join("\n")).toBe(true);
    }
  });

  it("finds the figures a correction withdraws through an index (the checks run after every import)", () => {
    const p = plan(STORED_CORRECTIONS_SQL);
    expect(p.some((d) => /SEARCH p USING INDEX progress_figures_figure \(metric=\? AND period=\?\)/.test(d)), p.join("\n")).toBe(true);
    expect(p.some((d) => /^SCAN (p|pd|h|s)\b/.test(d)), p.join("\n")).toBe(false);
  });

  it("streams the key results export in document order without sorting the table", () => {
    const p = plan(EXPORTS.key_results!);
    expect(p.some((d) => /TEMP B-TREE FOR ORDER BY/.test(d)), p.join("\n")).toBe(false);
    expect(p.some((d) => /SEARCH k USING INDEX sqlite_autoindex_key_results_1 \(document_id=\?\)/.test(d)), p.join("\n")).toBe(true);
  });

  it("finds a scope's rows by document", () => {
    const p = plan("SELECT * FROM v_key_results WHERE document_id IN (SELECT value FROM json_each(?)) ORDER BY document_id, n", "[1]");
    expect(p.some((d) => /USING INDEX sqlite_autoindex_key_results_1 \(document_id=\?\)/.test(d)), p.join("\n")).toBe(true);
    const g = plan("SELECT * FROM v_goals WHERE document_id IN (SELECT value FROM json_each(?))", "[1]");
    expect(g.some((d) => /USING INDEX goals_doc \(document_id=\?\)/.test(d)), g.join("\n")).toBe(true);
  });
});

describe("docs/metadata.json (Datasette)", () => {
  const meta = JSON.parse(readFileSync("docs/metadata.json", "utf8")) as { databases: { hva: { tables: Record<string, { description: string; columns?: Record<string, string> }> } } };
  const described = meta.databases.hva.tables;
  it("describes every table and view of the schema, and only columns that exist", () => {
    const objects = db.prepare("SELECT name, type FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'").all() as { name: string; type: string }[];
    for (const o of objects) expect(described[o.name]?.description, `${o.type} ${o.name}`).toBeTruthy();
    for (const [name, t] of Object.entries(described)) {
      expect(objects.map((o) => o.name), name).toContain(name);
      const cols = (db.prepare(`PRAGMA table_info(${name})`).all() as { name: string }[]).map((c) => c.name);
      for (const c of Object.keys(t.columns ?? {})) expect(cols, `${name}.${c}`).toContain(c);
    }
  });
});
