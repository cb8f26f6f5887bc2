/**
 * A row broken across a page in text: the page's part holds the start of every cell, the part
 * under the next page's header the rest of some of them, again cell after cell. The first part is
 * segmented as a row; this module hands out the second part's words to the cells they continue
 * (some cells get none), by what the two parts' seam shows: a word wrapped at the page foot
 * continues, a cell ending in a sentence end is complete, a lower-case start continues a cell.
 */
import type { RowLine, Token } from "./rows.js";
import { coreToken, type HyphenEvidence } from "../dehyphenate.js";

/** Weights of the seam evidence (relative): a word wrapped at the page foot is the surest sign. */
/** Longer than the rest of one row can be: kept whole (bounded CPU). */
const MAX_CONTINUATION_TOKENS = 300;
const WRAPPED_BUT_EMPTY = 6;
const CONTINUES_WRAP = 3;
const LOWER_CONTINUES_OPEN = -0.5;
const UPPER_CONTINUES_OPEN = -2;
const CONTINUES_COMPLETE = -3;
const NEW_LINE_AFTER_ONE_LINE_SPAN = 1;

const WRAP = /[\p{L}\p{N}][-\u00ad]$/u;
/** A cell part that ends a sentence or a value looks complete. */
const COMPLETE_END = /[.!?)%\p{N}]$/u;
const LOWER_START = /^[^\p{L}\p{N}]*\p{Ll}/u;
/** A cell part that ends in a comma, colon or ampersand stops mid-clause: its rest follows, whatever its case. */
const OPEN_CLAUSE_END = /[,:;&]$/u;
const CONTINUES_OPEN_CLAUSE = 2;

/**
 * What the rest of the document says about cell `k` taking tokens [s, e) of the continuation
 * (its column's width, values other rows chose); 0 when nothing is known.
 */
export type SpanEvidence = (k: number, s: number, e: number) => number;

function spanScore(firstPart: string, tokens: readonly Token[], s: number, e: number): number {
  const wrapped = WRAP.test(firstPart);
  const openClause = OPEN_CLAUSE_END.test(firstPart);
  if (s === e) return wrapped ? -WRAPPED_BUT_EMPTY : openClause ? -CONTINUES_OPEN_CLAUSE : 0;
  if (wrapped) return CONTINUES_WRAP;
  if (openClause) return CONTINUES_OPEN_CLAUSE;
  if (COMPLETE_END.test(firstPart)) return CONTINUES_COMPLETE;
  return LOWER_START.test(tokens[s]!.text) ? LOWER_CONTINUES_OPEN : UPPER_CONTINUES_OPEN;
}

/**
 * Token spans [start, end) of the continuation for each cell, given the cells' first-part texts.
 * A dynamic program over (cell, token): a cell takes nothing or a run of words that ends inside
 * its first line or at a line start, like the cells of a row.
 */
export function assignContinuation(firstParts: readonly string[], lines: readonly RowLine[], tokens: readonly Token[], evidence?: SpanEvidence): [number, number][] {
  const F = firstParts.length;
  const m = tokens.length;
  const memo = new Map<number, { score: number; ends: number[] }>();
  const best = (k: number, s: number): { score: number; ends: number[] } => {
    const id = k * 4096 + s;
    const hit = memo.get(id);
    if (hit) return hit;
    let out: { score: number; ends: number[] };
    if (k === F - 1) {
      out = { score: spanScore(firstParts[k]!.trimEnd(), tokens, s, m) + (evidence?.(k, s, m) ?? 0), ends: [m] };
    } else {
      const rest = best(k + 1, s);
      out = { score: spanScore(firstParts[k]!.trimEnd(), tokens, s, s) + (evidence?.(k, s, s) ?? 0) + rest.score, ends: [s, ...rest.ends] };
      if (s < m) {
        const li = tokens[s]!.li;
        for (let e = s + 1; e <= m; e++) {
          const t = tokens[e];
          if (t && t.li !== li && t.wi !== 0) continue;
          const r = best(k + 1, e);
          let sc = spanScore(firstParts[k]!.trimEnd(), tokens, s, e) + (evidence?.(k, s, e) ?? 0) + r.score;
          if (t && t.wi === 0 && tokens[e - 1]!.li === li) sc -= NEW_LINE_AFTER_ONE_LINE_SPAN;
          if (sc > out.score) out = { score: sc, ends: [e, ...r.ends] };
        }
      }
    }
    memo.set(id, out);
    return out;
  };
  if (m === 0) return firstParts.map(() => [0, 0]);
  // Far too long for the rest of one row (bounded CPU): kept whole, in the last cell.
  if (m > MAX_CONTINUATION_TOKENS) return firstParts.map((_, k) => (k === F - 1 ? [0, m] : [0, 0]));
  const ends = best(0, 0).ends;
  return ends.map((e, k) => [k === 0 ? 0 : ends[k - 1]!, e]);
}

/** A line of a page's rest broken before a word that had room on it: no line of one cell. */
const CONTINUATION_UNDERFILL_PENALTY = 1;

/**
 * What the column's width says against a cell taking these lines of a page's rest: a line ended
 * (no wrap hyphen) though the next line's first word would have fitted on it, so the next line is
 * another cell's ("… kaudella" | "lmista …", the rest of a word wrapped in the next column); or
 * a line far wider than the column.
 */
export function continuationUnderfill(frags: readonly { text: string }[], width: number | undefined): number {
  if (!width) return 0;
  let penalty = 0;
  for (let j = 0; j + 1 < frags.length; j++) {
    const line = frags[j]!.text;
    if (/[-\u00ad]$/u.test(line)) continue;
    const room = line.length + 1 + (/^\S+/u.exec(frags[j + 1]!.text)?.[0].length ?? 0);
    if (room < width * CONTINUATION_FIT_SHARE) penalty -= CONTINUATION_UNDERFILL_PENALTY;
  }
  // A line far longer than the column's full lines was never set in it ("vuoden 2025 loppuun
  // mennessä: 90 %" is a key result's line, not the narrow measured value's).
  for (const f of frags) if (f.text.length > width * CONTINUATION_OVERFILL_SHARE) penalty -= CONTINUATION_UNDERFILL_PENALTY;
  return penalty;
}

/** Share of a column's typical full line beyond which a line cannot have been set in it. */
const CONTINUATION_OVERFILL_SHARE = 1.6;

/** Share of a column's typical full line a line and the next word must stay under to have fitted. */
const CONTINUATION_FIT_SHARE = 0.85;

/** Share of a column's cells that end a sentence above which an unfinished first part is cut off. */
const SENTENCE_COLUMN_SHARE = 0.6;
/** A cell of a column of sentences whose first part stops mid-sentence goes on after the page break. */
const OPEN_SENTENCE_CONTINUES = 1.5;
const SENTENCE_END = /[.!?]$/u;

/**
 * What the column says about a first part that does not end a sentence: in a column whose cells
 * mostly do (`sentenceShare`, from the chosen cells of all rows), the cell was cut by the page and
 * its rest follows; in a column of values or names, nothing.
 */
export function openSentenceEvidence(firstPart: string, sentenceShare: number | undefined): number {
  if (sentenceShare === undefined || sentenceShare < SENTENCE_COLUMN_SHARE) return 0;
  return endsSentence(firstPart) ? 0 : OPEN_SENTENCE_CONTINUES;
}

/** Whether a cell's text ends a sentence. */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text.trimEnd());
}

/** Share of a column's cells that end a sentence below which its cells practically never do (values, names). */
const VALUE_COLUMN_SHARE = 0.05;
/** A rest that ends a sentence fits a column of sentences... */
const SENTENCE_REST_FITS = 1;
/** ...and not a column of values, whose cells never end so. */
const SENTENCE_REST_MISFITS = -2;

/**
 * How the rest a cell would take ends, against how the column's cells end: a sentence's end
 * ("… työ vähenee.") belongs to a column of sentences, not to the column of values beside it.
 */
export function restEndEvidence(lastWord: string | undefined, sentenceShare: number | undefined): number {
  if (lastWord === undefined || sentenceShare === undefined || !endsSentence(lastWord)) return 0;
  if (sentenceShare >= SENTENCE_COLUMN_SHARE) return SENTENCE_REST_FITS;
  return sentenceShare <= VALUE_COLUMN_SHARE ? SENTENCE_REST_MISFITS : 0;
}

/** A word wrapped at the page foot whose join with this rest is a word of the document. */
const WRAP_JOINS_KNOWN_WORD = 2;
/** ... or begins like words of the document (the join's stem and the rest's first letters). */
const WRAP_JOINS_KNOWN_STEM = 1;
const STEM_LETTERS = 4;

/**
 * Which of the continuation's words ends a word wrapped at the page foot ("metsä-" | "polkua"):
 * the one whose join the document writes elsewhere. Two cells cut mid-word both "continue", and only
 * the spelling tells whose rest comes first.
 */
export function wrapJoinEvidence(firstPart: string, firstWord: string | undefined, words: HyphenEvidence): number {
  if (firstWord === undefined || !WRAP.test(firstPart)) return 0;
  const stem = coreToken(/\S+$/u.exec(firstPart)?.[0] ?? "").replace(/[-\u00ad]+$/u, "");
  const rest = coreToken(firstWord);
  if (!stem || !/^\p{Ll}/u.test(rest)) return 0;
  if (words.count(stem + rest) > 0) return WRAP_JOINS_KNOWN_WORD;
  return words.stemUse(stem + rest.slice(0, STEM_LETTERS)) > 0 ? WRAP_JOINS_KNOWN_STEM : 0;
}

/**
 * All the seam says about cell `firstPart` taking the rest's words from `firstWord` to `lastWord`
 * (a non-empty span): how its column's cells end, and how a word cut at the page foot is spelt.
 */
export function seamEvidence(firstPart: string, firstWord: string | undefined, lastWord: string | undefined, sentenceShare: number | undefined, words: HyphenEvidence): number {
  return openSentenceEvidence(firstPart, sentenceShare) + wrapJoinEvidence(firstPart, firstWord, words) + restEndEvidence(lastWord, sentenceShare);
}
