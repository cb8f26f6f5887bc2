/**
 * Splitting the table body into rows. A row starts where a line starts with the name of one of
 * the region's divisions (toimiala, `rules/regions.json`), however the name is wrapped or
 * hyphenated over lines.
 */
import { letterKey } from "./layout.js";

/** One text line of a row, with whether a blank line stood before it in the source. */
export interface RowLine {
  n: number;
  text: string;
  blankBefore: boolean;
  page?: number;
}

export interface Token {
  /** Index of the line within the row. */
  li: number;
  /** Index of the word within that line. */
  wi: number;
  text: string;
}

export function tokenize(lines: readonly RowLine[]): Token[] {
  const out: Token[] = [];
  lines.forEach((l, li) => {
    l.text
      .split(/\s+/)
      .filter(Boolean)
      .forEach((text, wi) => out.push({ li, wi, text }));
  });
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
  const keys = divisions.map((d) => ({ d, k: letterKey(d) })).filter((x) => x.k);
  let acc = "";
  let best: DivisionMatch | null = null;
  // A row starts with a word, never with a punctuation-only token ("€" wrapped to its own line).
  if (!tokens[0] || !letterKey(tokens[0].text)) return null;
  for (let i = 0; i < tokens.length && tokens[i]!.li < maxLines; i++) {
    acc += letterKey(tokens[i]!.text);
    if (!keys.some((x) => x.k.startsWith(acc))) break;
    const hit = keys.find((x) => x.k === acc);
    if (hit) best = { division: hit.d, tokenCount: i + 1 };
  }
  // At the foot of a page the name may continue on the next page: a long enough prefix will do.
  const all = tokens.every((t) => t.li < maxLines) && tokens.map((t) => letterKey(t.text)).join("") === acc;
  if (!best && opts.textEndsHere && all && acc.length >= (opts.minPrefixLetters ?? 5)) {
    const hit = keys.find((x) => x.k.startsWith(acc));
    if (hit) return { division: hit.d, tokenCount: tokens.length, partial: true };
  }
  return best;
}
