/**
 * Readings of a text table tried again when the first is poor: the header's words leave some
 * columns' fields open (a label no vocabulary has), and the rows tell which reading was meant. Each
 * rereading is kept only when its rows are clearly more confident and whole; `text.ts` reads.
 */
import type { OkrRow } from "../../model/okr.js";
import { EXTRA_PREFIX } from "./header.js";

/** A reading with rows; `text.ts`'s readings carry their warnings and cells too. */
type Reading = { reading: { rows: OkrRow[] } };

/** Mean row confidence below which a reading is tried again with an unknown column read otherwise. */
const POOR_READING = 0.85;
/** How much more confident a rereading's rows must be, on average, to be taken. */
const READING_GAIN = 0.1;

/**
 * The row's cells of known fields: the reading without a column must fill each in most rows. A level
 * left empty (no area where the header names none) says the column read away was that level under a
 * new label; a measured value left empty, that it was the measure's.
 */
const KNOWN_CELLS = ["toimiala", "tulosalue", "tavoite", "avaintulos", "toteuma"] as const;
const MIN_FILLED = 0.5;
const filledShare = (rows: readonly OkrRow[], f: (typeof KNOWN_CELLS)[number]) => (rows.length ? rows.filter((r) => r[f].trim() !== "").length / rows.length : 0);
/** Rows below which confidence says too little about a reading to read a column away. */
const MIN_ROWS_TO_JUDGE = 20;

/**
 * Whether the column's values, read away, only joined a neighbouring cell of the same row: a known
 * field of the new reading is the first reading's cell and the column's value side by side ("71,5 %"
 * and "jaosto" → "71,5 % jaosto"), in most rows where the column held a value.
 */
export function joinedToNeighbour(rows: readonly OkrRow[], alt: readonly OkrRow[], label: string): boolean {
  const byLine = new Map(alt.map((r) => [r.line, r]));
  let held = 0;
  let joined = 0;
  for (const r of rows) {
    const v = r.extra?.[label]?.trim();
    const a = byLine.get(r.line);
    if (!v || !a) continue;
    held++;
    if (KNOWN_CELLS.some((f) => r[f] !== "" && (a[f] === `${r[f]} ${v}` || a[f] === `${v} ${r[f]}`))) joined++;
  }
  return held > 0 && joined >= MIN_FILLED * held;
}

const meanConfidence = (rows: readonly OkrRow[]) => (rows.length ? rows.reduce((a, r) => a + r.confidence, 0) / rows.length : 0);

/**
 * A poor reading (over enough rows to judge) read again once for each outer column under an unknown
 * label, the first or last of a header (at most two readings more), as `reread` reads it: the most
 * confident rereading, at least READING_GAIN above the first, whose rows `whole` accepts.
 */
function rereadOuterUnknown<T extends Reading>(blocks: readonly { columns: string[] }[], rows: readonly OkrRow[], skip: (column: string) => boolean, reread: (column: string) => T, whole: (alt: T, column: string) => boolean): (T & { column: string }) | null {
  const base = meanConfidence(rows);
  if (base >= POOR_READING || rows.length < MIN_ROWS_TO_JUDGE) return null;
  let best: (T & { column: string }) | null = null;
  let bestMean = base + READING_GAIN;
  const outer = blocks.flatMap((b) => [b.columns[0]!, b.columns[b.columns.length - 1]!]);
  for (const column of new Set(outer.filter((c) => c.startsWith(EXTRA_PREFIX) && !skip(c)))) {
    const alt = reread(column);
    const mean = meanConfidence(alt.reading.rows);
    if (mean < bestMean || !whole(alt, column)) continue;
    [best, bestMean] = [{ ...alt, column }, mean];
  }
  return best;
}

/**
 * A column under a label no vocabulary has may be empty in every row (a yearly column under a new
 * name, not yet filled in): text shows no trace of it, and the reading pours the next columns'
 * values into it, row after row. When the rows read so are poorly segmented, each such column is
 * read away in turn; a reading whose rows are clearly more confident is taken, its rows keeping the
 * column as an empty extra cell. A real column's values need a place: read away, they lower the
 * confidence, or leave a known field empty in most rows (a measured value under a new label run into
 * the key result, a result area under a new label run into the division), or only join a
 * neighbouring cell; such a reading is not taken.
 */
export function emptyUnknownColumn<T extends Reading>(blocks: readonly { columns: string[] }[], rows: readonly OkrRow[], told: ReadonlyMap<string, string>, readWithout: (column: string) => T): T | null {
  // A column its values told a known field has values: it is no empty one.
  const best = rereadOuterUnknown(blocks, rows, (c) => told.has(c), readWithout, (alt, column) => !joinedToNeighbour(rows, alt.reading.rows, column.slice(EXTRA_PREFIX.length)) && KNOWN_CELLS.every((f) => filledShare(alt.reading.rows, f) >= MIN_FILLED));
  if (!best) return null;
  const label = best.column.slice(EXTRA_PREFIX.length);
  for (const r of best.reading.rows) r.extra = { ...r.extra, [label]: r.extra?.[label] ?? "" };
  return best;
}

/** Fields every row of such a table has: a reading with the measure named must fill them in most rows. */
const MEASURED_ROW = ["tavoite", "avaintulos", "toteuma"] as const;

/**
 * A header that names no measured value may print it under a label no vocabulary has, as its first
 * or last column ("Edistymisosoitin" before the key result): read as an added column, its
 * figures open no row, and the rows come apart (a value's lines taken for rows of their own). When
 * the rows so read are poorly segmented, each such outer column is read as the measured value's in
 * turn; a reading whose rows are clearly more confident, with the objective, the key result and the
 * measured value filled in most rows, is taken. An added column that is no measure gains nothing so.
 */
export function measureUnderUnknownLabel<T extends Reading>(blocks: readonly { columns: string[] }[], rows: readonly OkrRow[], readAsMeasure: (column: string) => T): (T & { column: string }) | null {
  if (blocks.some((b) => b.columns.includes("toteuma"))) return null;
  return rereadOuterUnknown(blocks, rows, () => false, readAsMeasure, (alt) => MEASURED_ROW.every((f) => filledShare(alt.reading.rows, f) >= MIN_FILLED));
}

/** Share of consecutive rows whose values differ: a division's name runs over many rows, an added rating changes row by row. */
function changeShare(values: readonly string[]): number {
  let changed = 0;
  for (let k = 1; k < values.length; k++) if (values[k] !== values[k - 1]) changed++;
  return values.length > 1 ? changed / (values.length - 1) : 0;
}
/** A division's column changes value at most this often from row to row; a column changing more often than `RATING_CHANGES` is none. */
const DIVISION_CHANGES = 0.2;
const RATING_CHANGES = 0.5;

/**
 * A header that names no division takes the unknown column right before the result area's for it
 * (`divisionBeforeResultArea`); an added column may stand there instead, the division's own label
 * unknown too and printed before it ("Ryhmittymä Arvio Tulosalue"). The rows tell: a
 * division's name runs over many rows, while the guessed column's values change nearly every row.
 * When every header guessed so, and an earlier unknown column's values run as a division's do
 * while the guessed column's do not, the rows are read again with that column as the division.
 */
export function divisionByRuns<T extends Reading>(blocks: readonly { columns: string[]; guessedDivision?: { at: number; label: string } }[], rows: readonly OkrRow[], readNamed: (names: ReadonlyMap<string, string>) => T): T | null {
  const guess = blocks[0]?.guessedDivision;
  if (!guess || rows.length < MIN_ROWS_TO_JUDGE || !blocks.every((b) => b.guessedDivision?.label === guess.label && b.guessedDivision.at === guess.at)) return null;
  if (changeShare(rows.map((r) => r.toimiala)) <= RATING_CHANGES) return null;
  for (const column of blocks[0]!.columns.slice(0, guess.at)) {
    if (!column.startsWith(EXTRA_PREFIX) || !blocks.every((b) => b.columns.includes(column))) continue;
    const label = column.slice(EXTRA_PREFIX.length);
    const values = rows.map((r) => r.extra?.[label] ?? "");
    if (values.filter(Boolean).length < MIN_FILLED * rows.length || changeShare(values) > DIVISION_CHANGES) continue;
    const alt = readNamed(new Map([["toimiala", EXTRA_PREFIX + guess.label], [column, "toimiala"]]));
    if (changeShare(alt.reading.rows.map((r) => r.toimiala)) <= DIVISION_CHANGES) return alt;
  }
  return null;
}
