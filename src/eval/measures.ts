/**
 * Scoring a family's lists against gold by matching, not by position: each gold item is paired
 * with its best output item (each output item used once), so one missing item does not shift
 * every later one, and output items no gold item pairs with count as errors (precision).
 */
import type { FamilyScore } from "../families/types.js";

export type { FamilyScore };

export const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Word overlap of two texts, 0..1 (for pairing items whose text may differ a little). Words are
 * split at anything but letters and digits, or at `separator` (goal blocks split at white space,
 * so "mittari:" and "mittari" differ there).
 */
export function likeness(a: unknown, b: unknown, separator: RegExp = /[^\p{L}\p{N}]+/u): number {
  const words = (s: unknown) => new Set(String(s ?? "").toLowerCase().split(separator).filter(Boolean));
  const x = words(a);
  const y = words(b);
  if (!x.size && !y.size) return 1;
  let n = 0;
  for (const w of x) if (y.has(w)) n++;
  return n / Math.max(x.size, y.size);
}

/**
 * For each gold item, the index of the output item paired with it (or -1): pairs are taken best
 * first, each item at most once, and only when their similarity reaches `min`.
 */
export function matchItems<G, X>(gold: readonly G[], got: readonly X[], similarity: (g: G, x: X) => number, min = 0.5): number[] {
  const cand: [number, number, number][] = [];
  for (let i = 0; i < gold.length; i++) for (let j = 0; j < got.length; j++) {
    const s = similarity(gold[i]!, got[j]!);
    if (s >= min) cand.push([s, i, j]);
  }
  // Best first; ties in order, so that equal items pair in the order they appear.
  cand.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const pairOf = new Array<number>(gold.length).fill(-1);
  const used = new Set<number>();
  for (const [, i, j] of cand) {
    if (pairOf[i] !== -1 || used.has(j)) continue;
    pairOf[i] = j;
    used.add(j);
  }
  return pairOf;
}

function ratio(a: number, b: number): number {
  return b ? a / b : 1;
}

/** Items equal to a gold item: exact of gold; precision over the output items, recall over the gold ones. */
export function listScore(measure: string, gold: readonly unknown[], got: readonly unknown[]): FamilyScore {
  const exact = matchItems(gold, got, (g, x) => (same(g, x) ? 1 : 0)).filter((j) => j >= 0).length;
  return { measure, exact, total: gold.length, precision: ratio(exact, got.length), recall: ratio(exact, gold.length) };
}

/**
 * Items equal to a gold item and in the gold's order: the longest common subsequence, so one
 * missing, extra or misplaced item costs itself only; extra output items lower the precision.
 */
export function orderedListScore(measure: string, gold: readonly unknown[], got: readonly unknown[]): FamilyScore {
  const row = new Array<number>(got.length + 1).fill(0);
  for (const g of gold) {
    let diag = 0;
    for (let j = 1; j <= got.length; j++) {
      const up = row[j]!;
      row[j] = same(g, got[j - 1]) ? diag + 1 : Math.max(up, row[j - 1]!);
      diag = up;
    }
  }
  const exact = row[got.length]!;
  return { measure, exact, total: gold.length, precision: ratio(exact, got.length), recall: ratio(exact, gold.length) };
}

/**
 * Fields of paired items: each gold item is paired with the output item most alike by `pairBy`;
 * fields of unpaired gold items are wrong, and so are those of output items no gold item took.
 */
export function pairedFieldScore<T extends Record<string, unknown>>(measure: string, gold: readonly T[], got: readonly Record<string, unknown>[], fields: readonly string[], pairBy: (g: T, x: Record<string, unknown>) => number): { found: FamilyScore; fields: FamilyScore } {
  const pairs = matchItems(gold, got, pairBy, 0.3);
  const found = pairs.filter((j) => j >= 0).length;
  let exact = 0;
  gold.forEach((g, i) => {
    const x = pairs[i]! >= 0 ? got[pairs[i]!] : undefined;
    for (const f of fields) if (x && same(x[f], g[f])) exact++;
  });
  const extra = got.length - found;
  return {
    found: { measure: `${measure} found`, exact: found, total: gold.length, precision: ratio(found, got.length), recall: ratio(found, gold.length) },
    fields: { measure: `${measure} fields exact`, exact, total: (gold.length + extra) * fields.length, precision: ratio(exact, got.length * fields.length), recall: ratio(exact, gold.length * fields.length) },
  };
}

/** How many (output, gold) pairs are equal (fields of one record). */
export function count(measure: string, pairs: [unknown, unknown][]): FamilyScore {
  return { measure, exact: pairs.filter(([a, b]) => same(a, b)).length, total: pairs.length };
}
