/**
 * Splitting the table body into rows. A row starts where a line starts with the name of one of
 * the region's divisions (toimiala, `rules/regions.json`), however the name is wrapped or
 * hyphenated over lines.
 */
import { letterKey } from "../../text/letters.js";

/** One text line of a row, with whether a blank line stood before it in the source. */
export interface RowLine {
  n: number;
  text: string;
  blankBefore: boolean;
  page?: number;
}

/** A bare figure, range or ratio ("3", "2–4", "24/7"): no unit, no words. */
export const BARE_FIGURE = /^\d+(?:[–\-/.,]\d+)*$/u;

/**
 * A figure that ends a name: a bare figure, or one with a "+" or a capital letter after it
 * ("Ikäpalvelut 65+", "Lähialue 4B"), which no measured value or sentence's figure carries.
 */
export const NAME_FIGURE = /^\d+(?:[–\-/.,]\d+)*(?:\+|\p{Lu})?$/u;

export interface Token {
  /** Index of the line within the row. */
  li: number;
  /** Index of the word within that line. */
  wi: number;
  text: string;
}

export function tokenize(lines: readonly RowLine[]): Token[] {
  const out: Token[] = [];
  for (let li = 0; li < lines.length; li++) {
    let wi = 0;
    for (const m of lines[li]!.text.matchAll(/\S+/g)) out.push({ li, wi: wi++, text: m[0] });
  }
  return out;
}

export interface DivisionMatch {
  division: string;
  /** Number of tokens (from the row start) that spell the division name. */
  tokenCount: number;
  /** The tokens ran out while still spelling the start of the name (the row breaks across a page). */
  partial?: boolean;
}

/**
 * Matches a division name at the start of `tokens` (letters only, so "Konserni- ja tukipal-" +
 * "velut" matches "Konserni- ja tukipalvelut"). The longest matching name wins.
 */
export function matchDivision(tokens: readonly Token[], divisions: readonly string[], maxLines = 4, opts: { textEndsHere?: boolean; minPrefixLetters?: number } = {}): DivisionMatch | null {
  const keys = divisionKeys(divisions);
  let acc = "";
  let best: DivisionMatch | null = null;
  // A row starts with a word, never with a punctuation-only token ("€" wrapped to its own line).
  if (!tokens[0] || !letterKey(tokens[0].text)) return null;
  for (let i = 0; i < tokens.length && tokens[i]!.li < maxLines; i++) {
    acc += letterKey(tokens[i]!.text);
    // Loops, not callbacks: a closure per token is optimized again after every full GC.
    let prefix = false;
    for (const x of keys) {
      if (!x.k.startsWith(acc)) continue;
      prefix = true;
      if (x.k === acc) {
        best = { division: x.d, tokenCount: i + 1 };
        break;
      }
    }
    if (!prefix) break;
  }
  // At the foot of a page the name may continue on the next page: a long enough prefix will do.
  if (!best && opts.textEndsHere && acc.length >= (opts.minPrefixLetters ?? 5) && spellsAll(tokens, maxLines, acc)) {
    for (const x of keys) if (x.k.startsWith(acc)) return { division: x.d, tokenCount: tokens.length, partial: true };
  }
  return best;
}

/** Whether all the tokens lie in the first `maxLines` lines and their letters are exactly `acc`. */
function spellsAll(tokens: readonly Token[], maxLines: number, acc: string): boolean {
  let letters = "";
  for (const t of tokens) {
    if (t.li >= maxLines) return false;
    letters += letterKey(t.text);
  }
  return letters === acc;
}

const keysOf = new WeakMap<readonly string[], { d: string; k: string }[]>();

/** The division names' letter keys, once per list (the rules' lists live as long as the process). */
function divisionKeys(divisions: readonly string[]): { d: string; k: string }[] {
  let keys = keysOf.get(divisions);
  if (!keys) {
    keys = divisions.map((d) => ({ d, k: letterKey(d) })).filter((x) => x.k);
    keysOf.set(divisions, keys);
  }
  return keys;
}
