/**
 * Scores extracted rows against hand-checked gold rows: cells exactly equal after folding white
 * space, row recall and precision, accuracy per field. Rows are aligned by order with a
 * Needleman–Wunsch alignment, so one missing or extra row costs one row, not every row after it.
 */

export type Row = Record<string, unknown>;

export interface FieldScore {
  field: string;
  exact: number;
  total: number;
  accuracy: number;
}

export interface Score {
  goldRows: number;
  extractedRows: number;
  matchedRows: number;
  recall: number;
  precision: number;
  cellsExact: number;
  cellsTotal: number;
  cellAccuracy: number;
  fields: FieldScore[];
  /** The first differences, for reading: gold row number, field, expected, got. */
  mismatches: { row: number; field: string; expected: string; got: string }[];
}

export function fold(v: unknown): string {
  return String(v ?? "").replace(/\s+/g, " ").trim();
}

function similarity(a: Row, b: Row, fields: readonly string[]): number {
  let same = 0;
  for (const f of fields) if (fold(a[f]) === fold(b[f])) same++;
  return same / fields.length;
}

/** Pairs of (gold index, extracted index) in order; unpaired rows are missing or extra. */
export function alignRows(gold: readonly Row[], got: readonly Row[], fields: readonly string[]): [number, number][] {
  const n = gold.length;
  const m = got.length;
  const GAP = -0.5;
  const score = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  for (let i = 1; i <= n; i++) score[i]![0] = i * GAP;
  for (let j = 1; j <= m; j++) score[0]![j] = j * GAP;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const s = similarity(gold[i - 1]!, got[j - 1]!, fields);
      const diag = score[i - 1]![j - 1]! + (s >= 0.5 ? s : -1);
      score[i]![j] = Math.max(diag, score[i - 1]![j]! + GAP, score[i]![j - 1]! + GAP);
    }
  }
  const pairs: [number, number][] = [];
  let i = n;
  let j = m;
  while (i > 0 && j > 0) {
    const s = similarity(gold[i - 1]!, got[j - 1]!, fields);
    if (score[i]![j] === score[i - 1]![j - 1]! + (s >= 0.5 ? s : -1) && s >= 0.5) {
      pairs.push([i - 1, j - 1]);
      i--;
      j--;
    } else if (score[i]![j] === score[i - 1]![j]! + GAP) i--;
    else if (score[i]![j] === score[i]![j - 1]! + GAP) j--;
    else {
      i--;
      j--;
    }
  }
  return pairs.reverse();
}

/** Cells of unmatched gold rows count as wrong, so missing rows lower the cell accuracy. */
export function scoreRows(gold: readonly Row[], got: readonly Row[], fields: readonly string[], maxMismatches = 50): Score {
  const pairs = alignRows(gold, got, fields);
  const exact = new Map(fields.map((f) => [f, 0]));
  const mismatches: Score["mismatches"] = [];
  for (const [gi, xi] of pairs) {
    for (const f of fields) {
      const e = fold(gold[gi]![f]);
      const g = fold(got[xi]![f]);
      if (e === g) exact.set(f, exact.get(f)! + 1);
      else if (mismatches.length < maxMismatches) mismatches.push({ row: gi + 1, field: f, expected: e, got: g });
    }
  }
  const fieldScores = fields.map((f) => ({ field: f, exact: exact.get(f)!, total: gold.length, accuracy: gold.length ? exact.get(f)! / gold.length : 1 }));
  const cellsExact = fieldScores.reduce((a, f) => a + f.exact, 0);
  const cellsTotal = gold.length * fields.length;
  return {
    goldRows: gold.length,
    extractedRows: got.length,
    matchedRows: pairs.length,
    recall: gold.length ? pairs.length / gold.length : 1,
    precision: got.length ? pairs.length / got.length : 1,
    cellsExact,
    cellsTotal,
    cellAccuracy: cellsTotal ? cellsExact / cellsTotal : 1,
    fields: fieldScores,
    mismatches,
  };
}
