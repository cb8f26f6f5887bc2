/**
 * Capitalized words that, printed after a value, are always followed by one of one or two words:
 * an abbreviation that begins names ("QX" in every "80 % QX Kotipalvelut" and "95 % QX
 * Vuodeosastot"). The segmentation would as soon give the abbreviation to the value ("80 % QX" |
 * "Kotipalvelut"), and the rows then agree with each other on that split. The document's own
 * word pairs tell the name's first word: a value's last word is followed by whatever cell comes
 * next (every result area's name), a name's first word by its own name only.
 */
import { letterKey } from "../../text/letters.js";
import type { Token } from "./rows.js";

/** Fewest times a word must be printed after a value for its neighbours to count as its only ones. */
const MIN_BOUND_USES = 2;
/** Most distinct words that may follow a bound word (names sharing their first word). */
const MAX_BOUND_NEXT = 2;

/** Whether the word (letter key), after a value, is always followed on its line by one of a few words, `next` one of them. */
export type BoundBefore = (word: string, next: string) => boolean;

/** Token i is a capitalized word after a figure or unit on its line. */
export function capitalAfterValue(tokens: readonly Token[], i: number): boolean {
  const v = tokens[i - 1];
  const p = tokens[i]!;
  return v !== undefined && v.li === p.li && /^\p{Lu}\p{L}*$/u.test(p.text) && /[\p{N}%‰€]$/u.test(v.text);
}

export function boundWords(rows: readonly { tokens: readonly Token[] }[]): BoundBefore {
  const uses = new Map<string, number>();
  const after = new Map<string, Map<string, number>>();
  for (const { tokens } of rows) {
    tokens.forEach((t, i) => {
      if (!capitalAfterValue(tokens, i)) return;
      const k = letterKey(t.text);
      uses.set(k, (uses.get(k) ?? 0) + 1);
      const next = tokens[i + 1];
      if (!next || next.li !== t.li) return;
      const nexts = after.get(k) ?? new Map<string, number>();
      const nk = letterKey(next.text);
      nexts.set(nk, (nexts.get(nk) ?? 0) + 1);
      after.set(k, nexts);
    });
  }
  return (word, next) => {
    const n = uses.get(word) ?? 0;
    const nexts = after.get(word);
    if (n < MIN_BOUND_USES || !nexts?.has(next) || nexts.size > MAX_BOUND_NEXT) return false;
    return [...nexts.values()].reduce((a, b) => a + b, 0) === n;
  };
}
