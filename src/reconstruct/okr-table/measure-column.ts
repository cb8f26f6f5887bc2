/**
 * The measure column told by the document itself when its header label is one no vocabulary has
 * ("Lukema" over "80 %", "12 käyntiä"): it then stands as an added column and every row's measured
 * value would be empty. The labels only confirm; the values decide. The measure column
 * - has a value on (nearly) every row (each key result is measured or said not to be),
 * - mostly opens with a figure ("80 %", "1 200 käyntiä"; a few rows say it in words), and
 * - stands beside the key result or the yearly column, the two cells it reports on.
 * An added column of figures (weights, sums, shares) may pass the first two tests too, so exactly one
 * column must pass all three; with two, nothing is guessed. Only a table whose header names no
 * measure column is looked at: an added column never changes a known field.
 */
import { EXTRA_PREFIX } from "./header.js";
import type { FieldCells } from "./division-column.js";

/** Rows the evidence needs. */
const MIN_ROWS = 12;
/** Share of rows with a value in the column. */
const MIN_FILLED = 0.9;
/** Share of the column's values that open with a figure (after at most a sign or two: "n. 60 %", "+3"). */
const MIN_FIGURE_FIRST = 0.6;
/** Share of rows in which the column stands right beside the key result or the yearly column. */
const MIN_BESIDE = 0.9;
/** Fields a measure reports on, one of which it stands beside. */
const NEIGHBOURS = ["avaintulos", "vuositaso"];

const FIGURE_FIRST = /^\P{L}{0,3}\p{N}/u;

/** The added column (its `extra:` field) that is the measure column, or undefined. */
export function measureColumn(rows: readonly FieldCells[]): string | undefined {
  if (rows.length < MIN_ROWS || rows.some((r) => r.fields.includes("toteuma"))) return undefined;
  const names = [...new Set(rows.flatMap((r) => r.fields.filter((f) => f.startsWith(EXTRA_PREFIX))))];
  const passing = names.filter((name) => {
    const vals = rows.map((r) => {
      const i = r.fields.indexOf(name);
      return i >= 0 ? (r.texts[i] ?? "").trim() : "";
    });
    const filled = vals.filter(Boolean);
    if (filled.length < MIN_FILLED * rows.length) return false;
    if (filled.filter((v) => FIGURE_FIRST.test(v)).length < MIN_FIGURE_FIRST * filled.length) return false;
    const beside = rows.filter((r) => {
      const i = r.fields.indexOf(name);
      return i >= 0 && NEIGHBOURS.some((f) => Math.abs(r.fields.indexOf(f) - i) === 1 && r.fields.includes(f));
    }).length;
    return beside >= MIN_BESIDE * rows.length;
  });
  return passing.length === 1 ? passing[0] : undefined;
}
