/**
 * Finding the other forms of a report without comparing it with every stored document. Two
 * documents are one report when they share SAME_REPORT_THRESHOLD of their report keys (rows,
 * goals or figures; see documents.ts). Comparing a new document with every stored one of its
 * family made storing grow with the database. Instead each document indexes a few of its keys,
 * its sketch, and only documents that share a sketch key are compared.
 */

/** Share of matching report keys above which two documents are one report in two forms. */
export const SAME_REPORT_THRESHOLD = 0.95;

/** 32-bit FNV-1a of a key: an order on keys that is the same in every run and unrelated to their text. */
function keyHash(k: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < k.length; i++) h = Math.imul(h ^ k.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Share of a document's keys its sketch holds beyond the fewest that work, so that two forms of one
 * report share many sketch keys and reports of one series, which keep some keys (a status that
 * stays KYLLÄ for years), can be told apart by how many they share (`sketchKeysShared`).
 */
const SKETCH_EXTRA = 0.1;

/** ⌊x⌋ that rounds a float a hair above an integer down to it (0.1 · 0.95 · 200 is 19.000000000000004). */
const floorDown = (x: number) => Math.floor(x - 1e-9);

/**
 * The keys a document indexes: its first ⌊(1 − t)·n⌋ + 1 + ⌊SKETCH_EXTRA·n⌋ distinct keys in hash
 * order (n keys in all). Why a same report shares them: list the keys two such documents have in
 * common in hash order, c1, c2, …. A key of either document that comes before c_j is one of the
 * j − 1 common keys before it or one the other document lacks, and a document with t of its keys
 * matched lacks at most (1 − t)·n of its own. So c1 … c_(1+⌊SKETCH_EXTRA·n⌋) are in both
 * sketches. The hash order makes a sketch a sample of the keys, not the alphabetically first.
 */
export function sketchKeys(keys: readonly string[], threshold: number = SAME_REPORT_THRESHOLD): string[] {
  if (keys.length === 0) return [];
  const size = Math.floor((1 - threshold) * keys.length) + 1 + Math.floor(SKETCH_EXTRA * keys.length);
  const ordered = [...new Set(keys)].map((k) => [keyHash(k), k] as const).sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  return ordered.slice(0, size).map(([, k]) => k);
}

/**
 * How many sketch keys every same report of a document with these keys shares with it (see
 * sketchKeys): 1 + ⌊SKETCH_EXTRA·n'⌋ for the other document's n' ≥ t·n keys, unless the two have
 * fewer distinct keys in common — at least the document's distinct keys less the (1 − t)·n it
 * may lack. Stored documents sharing fewer are not compared.
 */
export function sketchKeysShared(keys: readonly string[], threshold: number = SAME_REPORT_THRESHOLD): number {
  const distinctInCommon = new Set(keys).size - Math.floor((1 - threshold) * keys.length);
  return Math.max(1, Math.min(1 + floorDown(SKETCH_EXTRA * threshold * keys.length), distinctInCommon));
}

/** Share of keys two documents have in common (as multisets), of the larger one. */
export function keyOverlap(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const k of a) counts.set(k, (counts.get(k) ?? 0) + 1);
  let common = 0;
  for (const k of b) {
    const n = counts.get(k) ?? 0;
    if (n > 0) {
      common++;
      counts.set(k, n - 1);
    }
  }
  return common / Math.max(a.length, b.length);
}
