/** The cross-region model: all seeds and fixtures imported, compared, and checked for source errors. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDb, type DB } from "../src/store/db.js";
import { importPaths } from "../src/pipeline/import.js";
import { compare, comparePeriods, compareRegions } from "../src/report/compare.js";
import { runChecks, storeFindings } from "../src/analyze/checks.js";
import { loadRules } from "../src/rules/load.js";
import { loadThemes } from "../src/analyze/themes.js";

let dir: string;
let db: DB;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "hva-okr-compare-"));
  db = openDb(join(dir, "c.sqlite"));
  const s = await importPaths(db, ["fixtures/seeds", "fixtures/text", "fixtures/pdf"]);
  expect(s.failed).toBe(0);
  storeFindings(db);
}, 60_000);
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the common model", () => {
  it("links goals to their parents at every level", () => {
    const levels = db.prepare("SELECT g.level, p.level AS parent FROM goals g LEFT JOIN goals p ON p.id = g.parent_id GROUP BY 1, 2").all() as { level: string; parent: string | null }[];
    const parentOf = Object.fromEntries(levels.map((l) => [l.level, l.parent]));
    expect(parentOf).toMatchObject({ result_area_objective: "binding_objective", strategy_goal: "strategic_line", sub_goal: "strategy_goal", prioritized_sub_goal: "main_goal" });
    const kr = db.prepare("SELECT count(*) AS n FROM key_results WHERE goal_id IS NULL").get() as { n: number };
    expect(kr.n).toBe(0);
  });

  it("counts the Länsi-Uusimaa report once although it is stored as text and PDF", () => {
    const n = (db.prepare("SELECT count(*) AS n FROM v_goals WHERE level = 'strategy_goal' AND region = 'Länsi-Uusimaa'").get() as { n: number }).n;
    expect(n).toBe(43);
  });

  it("maps statuses to one scale without inventing any", () => {
    const lu = db.prepare("SELECT achieved, status_common, count(*) AS n FROM v_goals WHERE region = 'Länsi-Uusimaa' AND level = 'strategy_goal' GROUP BY 1, 2").all() as { achieved: string; status_common: string; n: number }[];
    expect(Object.fromEntries(lu.map((r) => [r.achieved, r.status_common]))).toEqual({ KYLLÄ: "achieved", OSITTAIN: "partly", EI: "not_achieved" });
    const unknown = db.prepare("SELECT count(*) AS n FROM key_results k JOIN documents d ON d.id = k.document_id WHERE d.same_as IS NULL AND k.toteuma_status != 'measured' AND k.status_common != 'unknown'").get() as { n: number };
    expect(unknown.n).toBe(0);
    const ph = db.prepare("SELECT DISTINCT coalesce(status_common, 'unknown') AS s FROM v_goals WHERE region = 'Päijät-Häme'").all() as { s: string }[];
    expect(ph.map((r) => r.s)).toEqual(["unknown"]);
  });

  it("explains every theme assignment by its matched terms", () => {
    const rows = db.prepare("SELECT terms FROM theme_assignments").all() as { terms: string }[];
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(JSON.parse(r.terms).length).toBeGreaterThan(0);
    const m = loadThemes(loadRules());
    expect(m.assign("Digitaalinen asiointi nousee ensisijaiseksi yhteydenottotavaksi").map((a) => a.theme)).toContain("digital");
    expect(m.assign("Kuntoutuksen tulosalue").map((a) => a.theme)).not.toContain("cooperation");
  });
});

describe("compare", () => {
  it("shows all three regions by theme", async () => {
    const res = (await compare(db, "theme"));
    expect(res.columns).toEqual(["theme", "Kanta-Häme", "Länsi-Uusimaa", "Päijät-Häme"]);
    expect(res.rows.length).toBe(8);
    // The last row says how many items no theme matched, out of all items of the region.
    expect(res.rows.at(-1)).toMatchObject({ theme: "(no theme)", "Länsi-Uusimaa": expect.stringMatching(/^\d+ of 43$/) });
  });

  it("counts a row by the same status in the theme and the region tables", async () => {
    const kh = (compareRegions(db).rows as Record<string, number | string>[]).find((r) => r.region === "Kanta-Häme")!;
    const byStatus = db.prepare("SELECT coalesce(status_common, 'unknown') AS s, count(*) AS n FROM v_key_results GROUP BY 1").all() as { s: string; n: number }[];
    for (const { s, n } of byStatus) expect(kh[s]).toBe(n);
    // Every key result with a theme is counted in the theme table with the status it has in v_key_results.
    const themed = db.prepare(
      `SELECT count(*) AS n FROM theme_assignments t JOIN v_key_results k ON t.entity = 'key_result' AND t.entity_id = k.id WHERE coalesce(k.status_common, 'unknown') = 'partly'`,
    ).get() as { n: number };
    const partlyInThemes = ((await compare(db, "theme")).rows.slice(0, -1) as Record<string, string>[])
      .map((r) => /\((\d+)\/(\d+)\//.exec(r["Kanta-Häme"] ?? "")?.[2])
      .reduce((a, x) => a + Number(x ?? 0), 0);
    expect(partlyInThemes).toBe(themed.n);
  });

  it("gives counts, status distribution and mean score by region", () => {
    const rows = compareRegions(db).rows as Record<string, number | string | null>[];
    const lu = rows.find((r) => r.region === "Länsi-Uusimaa")!;
    expect(lu).toMatchObject({ items: 43, achieved: 13, partly: 29, not_achieved: 1 });
    const scores = (db.prepare("SELECT avg(score) AS a FROM v_goals WHERE region = 'Länsi-Uusimaa' AND level = 'strategy_goal'").get() as { a: number }).a;
    expect(lu.mean_score).toBeCloseTo(scores, 2);
  });

  it("shows the Kanta-Häme progress figures 1-6/2025 vs 1-9/2025", () => {
    const res = comparePeriods(db);
    expect(res.columns).toEqual(["region", "metric", "1-6/2025", "1-9/2025", "change"]);
    // The 210 of 1-6/2025 is a figure the 1-9/2025 report says was a technical error: shown as corrected, no change.
    expect(res.rows.find((r) => r.metric === "key_results_total")).toMatchObject({ "1-6/2025": 208, "1-9/2025": 208, change: 0 });
    expect(res.corrections).toEqual([expect.objectContaining({ metric: "key_results_total", period: "1-6/2025", reported: 210, corrected: 208 })]);
    expect(res.rows.find((r) => r.metric === "tasks_done_pct")).toMatchObject({ "1-6/2025": 35, "1-9/2025": 46.7 });
  });
});

describe("consistency checks", () => {
  it("report the two inconsistencies of the sources and nothing else", () => {
    const f = runChecks(db);
    expect(f.map((x) => `${x.check_name}: ${x.subject}`).sort()).toEqual([
      "corrected_by_later_report: key_results_total 1-6/2025",
      "summary_average: Palvelustrategia / Asiakastavoitteet",
    ]);
    expect(f.find((x) => x.check_name === "summary_average")).toMatchObject({ found: "3,4", expected: "3,2" });
    expect(f.find((x) => x.check_name === "corrected_by_later_report")).toMatchObject({ found: "210", expected: "208" });
  });

  it("never change the stored source value", () => {
    const s = db.prepare("SELECT average FROM strategy_summaries WHERE linjaus = 'Asiakastavoitteet'").all() as { average: number }[];
    expect(s.every((r) => r.average === 3.4)).toBe(true);
    const p = db.prepare("SELECT value FROM progress_figures WHERE period = '1-6/2025' AND metric = 'key_results_total'").get() as { value: number };
    expect(p.value).toBe(210);
  });
});
