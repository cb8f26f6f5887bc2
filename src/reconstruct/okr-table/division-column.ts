/**
 * The division column told by the document itself when its header label is one no vocabulary has
 * ("Sektori" over the division names): it then stands as an added column and every row's division
 * would be empty. The division is the level above the result area, so its column
 * - has a value on (nearly) every row,
 * - keeps the same value over runs of rows (a division spans several result areas and their rows),
 * - puts each result area under one value (the result area belongs to its division), and
 * - has fewer distinct values than the result area has.
 * An added column of per-row values (ratings, phases, partners, codes) changes from row to row,
 * and one per result area (a responsible person) is no coarser than the result area. Only a table
 * whose header names no division column is looked at: an added column never changes a known field.
 */
import { letterKey } from "../../text/letters.js";
import { EXTRA_PREFIX } from "./header.js";

/** Rows the evidence needs: a few result areas' worth. */
const MIN_ROWS = 12;
/** Share of rows with a value in the column. */
const MIN_FILLED = 0.9;
/** Rows a value stands over on average, at the least. */
const MIN_MEAN_RUN = 3;
/** Share of result areas found under one value only. */
const MIN_AREAS_UNDER_ONE = 0.8;

/** A row as this test sees it: its fields and each cell's text. */
export interface FieldCells {
  fields: string[];
  texts: string[];
}

/**
 * The added column (its `extra:` field) that is the division column, or undefined: none of the
 * rows' tables names a division column, and one added column alone passes every test above (the
 * one with the longest runs when several do).
 */
export function divisionColumn(rows: readonly FieldCells[]): string | undefined {
  if (rows.length < MIN_ROWS || rows.some((r) => r.fields.includes("toimiala"))) return undefined;
  const value = (r: FieldCells, f: string) => {
    const i = r.fields.indexOf(f);
    return i >= 0 ? letterKey(r.texts[i] ?? "") : "";
  };
  const areas = rows.map((r) => value(r, "tulosalue"));
  const distinctAreas = new Set(areas.filter(Boolean)).size;
  if (!distinctAreas) return undefined;
  const names = [...new Set(rows.flatMap((r) => r.fields.filter((f) => f.startsWith(EXTRA_PREFIX))))];
  let best: { name: string; runs: number } | undefined;
  for (const name of names) {
    const vals = rows.map((r) => value(r, name));
    if (vals.filter(Boolean).length < MIN_FILLED * rows.length) continue;
    let runs = 1;
    for (let i = 1; i < vals.length; i++) if (vals[i] !== vals[i - 1]) runs++;
    if (rows.length / runs < MIN_MEAN_RUN) continue;
    if (new Set(vals.filter(Boolean)).size >= distinctAreas) continue;
    const under = new Map<string, Set<string>>();
    areas.forEach((a, i) => {
      if (!a || !vals[i]) return;
      const s = under.get(a) ?? new Set<string>();
      s.add(vals[i]!);
      under.set(a, s);
    });
    const one = [...under.values()].filter((s) => s.size === 1).length;
    if (one < MIN_AREAS_UNDER_ONE * under.size) continue;
    if (!best || runs < best.runs) best = { name, runs };
  }
  return best?.name;
}
