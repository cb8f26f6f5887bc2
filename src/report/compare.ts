/**
 * `hva-okr compare`: side-by-side tables across regions, themes and reporting periods. Every count
 * and mean is computed by SQLite from the statuses of `v_items` (one status per row, each report
 * once), counted per document when it was stored; JavaScript only lays out the groups, so the time
 * grows with the number of documents and groups, not of rows.
 */
import type { DB } from "../store/db.js";
import { compareByRegion, progressWithCorrections, themeCounts, type Correction } from "../store/compare-counts.js";
import { formatTable } from "./table.js";
import { periodOrder } from "./period.js";

export type { Correction };

export type CompareBy = "region" | "theme" | "period";

export interface CompareResult {
  by: CompareBy;
  columns: string[];
  rows: Record<string, unknown>[];
  /** Lines printed under the table: what the numbers are and what they are not. */
  notes: string[];
  /** By period: figures a later report says were wrong, with their correction. */
  corrections?: Correction[];
}

/**
 * The table of one `--by`. Async because only `--by theme` loads the rules and themes (zod
 * schemas, Finnish stemming): the other two start without them.
 */
export async function compare(db: DB, by: CompareBy): Promise<CompareResult> {
  if (by === "theme") {
    const { loadRules } = await import("../rules/load.js");
    const { loadThemes } = await import("../analyze/themes.js");
    return compareThemes(db, loadThemes(loadRules()).themes);
  }
  return by === "region" ? compareRegions(db) : comparePeriods(db);
}

export function compareRegions(db: DB): CompareResult {
  return {
    by: "region",
    columns: ["region", "items", "achieved", "partly", "not_achieved", "unknown", "mean_score"],
    rows: compareByRegion(db) as unknown as Record<string, unknown>[],
    notes: ["items: goals and key results of each report once; status on one scale (rules/status.json); mean_score: evaluation score 1–5 where the source gives one"],
  };
}

/** Status counts per theme (rows, in the order of `themes`) and region (columns). */
export function compareThemes(db: DB, themes: readonly { id: string; name: string }[]): CompareResult {
  const { cells, none } = themeCounts(db);
  const regions = none.map((n) => n.region);
  const rows = themes.map((t) => {
    const row: Record<string, unknown> = { theme: t.name };
    for (const r of regions) {
      const d = cells.find((c) => c.theme === t.id && c.region === r);
      row[r] = d ? `${d.items} (${d.achieved}/${d.partly}/${d.not_achieved}/${d.unknown})${d.mean_score !== null ? ` ⌀${d.mean_score}` : ""}` : "–";
    }
    return row;
  });
  rows.push(Object.fromEntries([["theme", "(no theme)"], ...none.map((n) => [n.region, `${n.n} of ${n.all}`])]));
  return {
    by: "theme",
    columns: ["theme", ...regions],
    rows,
    notes: [
      "cells: items (achieved/partly/not achieved/unknown) ⌀ mean score 1–5 where the source gives one; items are goals and key results, each report once",
      "an item may belong to several themes, so a column's theme counts can add up to more than its items; (no theme): items no theme term matched",
    ],
  };
}

/** Progress figures per region and metric (rows) and period (columns), as corrected by later reports. */
export function comparePeriods(db: DB): CompareResult {
  const figures = progressWithCorrections(db);
  const periods = periodOrder([...new Set(figures.map((f) => f.period))]);
  const groups = new Map<string, Map<string, (typeof figures)[number]>>();
  for (const f of figures) {
    const k = `${f.region}\u0000${f.metric}`;
    (groups.get(k) ?? groups.set(k, new Map()).get(k)!).set(f.period, f);
  }
  const rows: Record<string, unknown>[] = [];
  const corrections: Correction[] = [];
  for (const [k, byPeriod] of groups) {
    const [region, metric] = k.split("\u0000") as [string, string];
    const row: Record<string, unknown> = { region, metric };
    const effective: number[] = [];
    for (const p of periods) {
      const f = byPeriod.get(p);
      row[p] = f ? (f.wrong ? f.corrected : f.value) : null;
      if (f?.wrong) corrections.push({ region, period: p, metric, reported: f.value, corrected: f.corrected, source: f.source });
      if (row[p] !== null && row[p] !== undefined) effective.push(row[p] as number);
    }
    // A change only between figures as corrected: a figure a later report withdrew is no change.
    row.change = effective.length >= 2 ? Math.round((effective[effective.length - 1]! - effective[0]!) * 10) / 10 : null;
    rows.push(row);
  }
  return {
    by: "period",
    columns: ["region", "metric", ...periods, "change"],
    rows,
    corrections,
    notes: [
      "progress figures of the reporting periods side by side; change: last minus first, of the figures as corrected",
      ...corrections.map((c) => `* ${c.metric} ${c.period}: reported as ${c.reported}, a later report${c.source ? ` (${c.source})` : ""} says it was wrong${c.corrected !== null ? ` and gives ${c.corrected}` : ""}; shown as corrected`),
    ],
  };
}

export function formatCompare(res: CompareResult): string {
  const marked = new Set((res.corrections ?? []).map((c) => `${c.region}\u0000${c.metric}\u0000${c.period}`));
  const cell = (r: Record<string, unknown>, c: string): string | number => {
    const v = r[c];
    const text = v === null || v === undefined ? "–" : (v as string | number);
    return marked.has(`${r.region}\u0000${r.metric}\u0000${c}`) ? `${text} *` : text;
  };
  return formatTable(res.columns, res.rows.map((r) => res.columns.map((c) => cell(r, c)))) + "\n" + res.notes.join("\n") + "\n";
}
