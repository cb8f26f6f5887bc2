/**
 * The per-document item counts (store/item-counts.ts) that compare and the report sum: checked
 * against the slow reference queries they replace (every row and theme assignment joined to its
 * status), on the bundled documents as imported, with their statuses and scores varied, after a
 * re-import and for a database made before the counts existed.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDb, type DB } from "../src/store/db.js";
import { importPaths } from "../src/pipeline/import.js";
import { compare } from "../src/report/compare.js";
import { compareByRegion, statusCounts, themeCounts } from "../src/store/compare-counts.js";
import { byRegionPeriod, byTheme, themeless } from "../src/store/report-groups.js";
import { countAllItems } from "../src/store/item-counts.js";

let dir: string;
let file: string;
let db: DB;
const PATHS = ["fixtures/seeds", "fixtures/text", "fixtures/pdf", "fixtures/goal-blocks/tune/lo-liberation-sans.pdf"];
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "hva-okr-counts-"));
  file = join(dir, "c.sqlite");
  db = openDb(file);
  const s = await importPaths(db, PATHS);
  expect(s.failed).toBe(0);
}, 120_000);
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The queries compare and the report ran before the counts: every item of v_items joined to its themes. */
function reference(d: DB) {
  const sorted = <T>(rows: T[]) => rows.map((r) => JSON.stringify(r)).sort();
  return {
    region: d.prepare(`SELECT coalesce(region, '?') AS region, ${statusCounts()} FROM v_items GROUP BY 1 ORDER BY 1`).all(),
    cells: sorted(d.prepare(`SELECT t.theme, coalesce(i.region, '?') AS region, ${statusCounts("i")} FROM v_items i JOIN theme_assignments t ON t.entity = i.entity AND t.entity_id = i.entity_id GROUP BY 1, 2`).all()),
    none: d
      .prepare(
        `SELECT coalesce(region, '?') AS region, count(*) AS "all", sum(NOT EXISTS (SELECT 1 FROM theme_assignments t WHERE t.entity = i.entity AND t.entity_id = i.entity_id)) AS n
         FROM v_items i GROUP BY 1 ORDER BY 1`,
      )
      .all(),
    byTheme: d
      .prepare(
        `SELECT t.theme, coalesce(i.region, '?') AS region, i.period AS period, ${statusCounts("i")}
         FROM v_items i JOIN theme_assignments t ON t.entity = i.entity AND t.entity_id = i.entity_id GROUP BY 1, 2, 3`,
      )
      .all(),
    reports: d.prepare("SELECT coalesce(region, '?') AS region, period, count(DISTINCT document_id) AS reports FROM v_items GROUP BY 1, 2").all(),
  };
}

function viaCounts(d: DB) {
  const sorted = <T>(rows: T[]) => rows.map((r) => JSON.stringify(r)).sort();
  const { cells, none } = themeCounts(d);
  return {
    region: compareByRegion(d),
    cells: sorted(cells),
    none,
    byTheme: byTheme(d, 1_000_000),
    reports: byRegionPeriod(d, 1_000_000).map((g) => ({ region: g.region, period: g.period, reports: g.reports })),
  };
}

function expectSame(d: DB) {
  const ref = reference(d);
  const got = viaCounts(d);
  expect(got.region).toEqual(ref.region);
  expect(got.cells).toEqual(ref.cells);
  expect(got.none).toEqual(ref.none);
  const key = (r: Record<string, unknown>) => `${r.theme}|${r.region}|${r.period}`;
  expect(new Map(got.byTheme.map((r) => [key(r), r]))).toEqual(new Map((ref.byTheme as Record<string, unknown>[]).map((r) => [key(r), r])));
  const rk = (r: Record<string, unknown>) => `${r.region}|${r.period}`;
  expect(new Map(got.reports.map((r) => [rk(r), r.reports]))).toEqual(new Map((ref.reports as Record<string, unknown>[]).map((r) => [rk(r), r.reports])));
}

describe("item counts", () => {
  it("give compare and the report the same figures as the reference queries, as imported", () => {
    // The data must exercise every part: themes and items of no theme, goals with scores, key results, several regions.
    const r = reference(db);
    expect(r.cells.length).toBeGreaterThan(5);
    expect((r.none as { n: number }[]).some((n) => n.n > 0)).toBe(true);
    expect((r.region as { mean_score: number | null }[]).some((x) => x.mean_score !== null)).toBe(true);
    expect(r.region.length).toBeGreaterThanOrEqual(3);
    expectSame(db);
    expect(themeless(db).map((t) => ({ region: t.region, n: t.none, all: t.items }))).toEqual(r.none);
  });

  it("are the same after statuses and scores are varied and counted again", () => {
    const varied = join(dir, "varied.sqlite");
    db.exec(`VACUUM INTO '${varied}'`);
    const v = openDb(varied);
    try {
      v.exec(`UPDATE key_results SET status_common = CASE id % 5 WHEN 0 THEN 'achieved' WHEN 1 THEN 'partly' WHEN 2 THEN 'not_achieved' WHEN 3 THEN NULL ELSE 'unknown' END;
              UPDATE evaluations SET status_common = CASE id % 3 WHEN 0 THEN 'achieved' WHEN 1 THEN 'partly' ELSE 'not_achieved' END, score = CASE WHEN id % 4 = 0 THEN NULL ELSE 1 + id % 5 END;`);
      countAllItems(v);
      expectSame(v);
    } finally {
      v.close();
    }
  });

  it("are replaced, not added, when documents are parsed again, and gone with their document", async () => {
    const before = await compare(db, "theme");
    const s = await importPaths(db, PATHS, { force: true });
    expect(s.failed).toBe(0);
    expect(await compare(db, "theme")).toEqual(before);
    expectSame(db);
    const one = (db.prepare("SELECT id FROM documents WHERE same_as IS NULL ORDER BY id LIMIT 1").get() as { id: number }).id;
    db.prepare("DELETE FROM documents WHERE id = ?").run(one);
    expect(db.prepare("SELECT count(*) AS n FROM theme_counts WHERE document_id = ?").get(one)).toEqual({ n: 0 });
    expectSame(db);
  }, 120_000);

  it("are counted when a database made before them is opened", () => {
    db.exec("DROP VIEW v_status_by_document; DROP TABLE item_counts; DROP TABLE theme_counts;");
    const ref = reference(db);
    db.close();
    db = openDb(file);
    expect(reference(db)).toEqual(ref);
    expectSame(db);
  });
});
