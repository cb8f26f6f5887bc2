/** Counting exact matches of output against gold, for the families' scorers. */
import type { FamilyScore } from "../families/types.js";

export type { FamilyScore };

export const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** How many (output, gold) pairs are equal. */
export function count(measure: string, pairs: [unknown, unknown][]): FamilyScore {
  return { measure, exact: pairs.filter(([a, b]) => same(a, b)).length, total: pairs.length };
}
