/**
 * An added first column of codes and short phrases that seldom recur ("P1.2", "TS s. 4", "Ohjelma,
 * kohta 3", "–"), before a column of recurring names (the division). Neither a running number nor
 * one code shape nor a recurring value marks every row start then; what the document shows is the
 * next column's names: a name's first word opens lines of its own (where the short value took
 * lines of its own, wrapped in its narrow cell) and also follows a few words on other lines (where
 * the value stood on the name's line). Such a line, after a line that ends rows elsewhere too, is a
 * row start whose first words are the value; a line that the name opens is one whose value is the
 * few short lines right above it, back to such a row end. Nothing here knows any word.
 */
import { letterKey } from "../../text/letters.js";
import { endsInWrap, type BodyLine } from "./row-starts.js";
import type { LeadValue } from "./lead-values.js";

/** Most words of a value before the name on its line. */
const MAX_PREFIX_WORDS = 3;
/** Most lines a value wrapped in its narrow cell takes above the name's line. */
const MAX_VALUE_LINES = 3;
/** Most words of one line of such a value. */
const MAX_VALUE_LINE_WORDS = 4;
/** Fewest lines a name's first word must open, and follow a value on, to be the next column's. */
const MIN_NAME_LINES = 2;
/** Fewest times a line must stand right above a found start to be a row's last line. */
const MIN_END_REPEATS = 2;
/** Fewest lines after a row's end a name's first word must follow a short value on, when no name opens a line. */
const MIN_AFTER_END = 4;
/** Fewest starts for a column of this kind. */
const MIN_STARTS = 5;

const CAPITAL = /^[^\p{L}\p{N}]*\p{Lu}/u;
/** A value's first line: a capital, a figure or a dash first. */
const VALUE_START = /^\s*(?:[\p{Lu}\p{N}]|[–—-](?:\s|$))/u;

interface Word {
  key: string;
  text: string;
  at: number;
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(/\S+/gu)].map((m) => ({ key: letterKey(m[0]), text: m[0], at: m.index! }));
}

/**
 * Line index → the first column's value on (or above) each row's start line, as `findLeadValues`
 * gives it (the start is the value's first line), or `null` when the lines show no such column.
 */
export function findLeadPhrases(lines: readonly BodyLine[], headings: readonly string[] = []): Map<number, LeadValue> | null {
  // An objective that restates its section's heading opens lines and follows names too: not a name.
  const headingWords = new Set(headings.map((h) => letterKey(/\S+/u.exec(h)?.[0] ?? "")).filter(Boolean));
  const words = lines.map((l) => wordsOf(l.text));
  const fresh = (i: number) => i === 0 || lines[i]!.underHeader || !endsInWrap(lines[i - 1]!.text);
  const figureOrStop = (i: number) => fresh(i) && /[\p{N}%.!?]\s*$/u.test(lines[i]!.text);
  const opens = new Map<string, number>();
  words.forEach((w, i) => {
    if (fresh(i) && w[0]?.key && CAPITAL.test(w[0].text)) opens.set(w[0].key, (opens.get(w[0].key) ?? 0) + 1);
  });
  const opener = (w: Word | undefined) => !!w?.key && CAPITAL.test(w.text) && (opens.get(w.key) ?? 0) >= MIN_NAME_LINES;
  // The first word after a few others that opens lines elsewhere: where a value's words end.
  // (A value's own first word may open lines too, "TS s. 3", "TS s. 9": the name is the word that also follows others.)
  const after = (w: readonly Word[], i: number, ok: (x: Word) => boolean) => {
    if (!fresh(i)) return -1;
    for (let k = 1; k <= MAX_PREFIX_WORDS && k < w.length; k++) {
      if (endsInWrap(w[k - 1]!.text)) return -1;
      if (ok(w[k]!)) return k;
    }
    return -1;
  };
  const follows = new Map<string, number>();
  words.forEach((w, i) => {
    const k = after(w, i, opener);
    if (k > 0) follows.set(w[k]!.key, (follows.get(w[k]!.key) ?? 0) + 1);
  });
  // Values all short enough to stand on the name's line ("K1", "–", "R2.4"): no name opens a line,
  // but the same few capitalized words follow them on lines right after a row's end (a figure, a
  // sentence's end).
  const afterEnd = new Map<string, number>();
  words.forEach((w, i) => {
    const k = i > 0 && figureOrStop(i - 1) ? after(w, i, (x) => !!x.key && CAPITAL.test(x.text)) : -1;
    if (k > 0) afterEnd.set(w[k]!.key, (afterEnd.get(w[k]!.key) ?? 0) + 1);
  });
  const isName = (key: string) =>
    !headingWords.has(key) && (((opens.get(key) ?? 0) >= MIN_NAME_LINES && (follows.get(key) ?? 0) >= MIN_NAME_LINES) || (afterEnd.get(key) ?? 0) >= MIN_AFTER_END);
  const named = (x: Word) => CAPITAL.test(x.text) && isName(x.key);
  const nameAt = words.map((w, i) => (w[0] && named(w[0]) ? -1 : after(w, i, named)));
  let prefixed = nameAt.flatMap((k, i) => (k > 0 && isName(words[i]![k]!.key) ? [i] : []));
  // A row's last line (its last cell's value) recurs above starts; a line inside a row seldom does.
  // (Figures count as alike: "98 %" and "100 %" end rows alike.)
  const shape = (i: number) => lines[i]!.text.trim().replace(/\p{N}+/gu, "9");
  const above = (starts: readonly number[]) => {
    const count = new Map<string, number>();
    for (const i of starts) if (i > 0 && !lines[i]!.underHeader) count.set(shape(i - 1), (count.get(shape(i - 1)) ?? 0) + 1);
    // The rest of a word wrapped on the line above ("hallinto-" / "palvelut") is a name's, not a row's end.
    return (i: number) => i < 0 || ((count.get(shape(i)) ?? 0) >= MIN_END_REPEATS && fresh(i));
  };
  // A line inside a row seldom follows a value's end: the line above a start ends as rows end
  // elsewhere, or in a figure or a sentence's end (figureOrStop).
  const rowEnd0 = above(prefixed);
  prefixed = prefixed.filter((i) => i === 0 || lines[i]!.underHeader || rowEnd0(i - 1) || figureOrStop(i - 1));
  const rowEnd = above(prefixed);
  const out = new Map<number, LeadValue>();
  for (const i of prefixed) {
    const k = nameAt[i]!;
    out.set(i, { text: words[i]!.slice(0, k).map((w) => w.text).join(" "), skip: 0, cut: words[i]![k]!.at });
  }
  const taken = new Set(prefixed);
  words.forEach((w, x) => {
    if (taken.has(x) || !fresh(x) || !w[0] || !isName(w[0].key) || !CAPITAL.test(w[0].text)) return;
    // The value's lines right above the name's, back to a row's last line.
    // The value's first line opens a cell (not the rest of a wrapped word, a capital, a figure or
    // a dash first): the earliest such line above, back to a row's last line, or none.
    let s = x;
    if (!lines[x]!.underHeader) {
      let first = -1;
      for (let j = x - 1; j >= 0 && x - j <= MAX_VALUE_LINES && !rowEnd(j) && !taken.has(j) && words[j]!.length <= MAX_VALUE_LINE_WORDS && !isName(words[j]![0]?.key ?? ""); j--) {
        if (fresh(j) && VALUE_START.test(lines[j]!.text)) first = j;
        if (lines[j]!.underHeader) break;
      }
      if (first >= 0) s = first;
      else if (x > 0 && (!rowEnd(x - 1) || !figureOrStop(x - 1))) return;
    }
    taken.add(s);
    out.set(s, { text: joinValueLines(lines.slice(s, x).map((l) => l.text)), skip: x - s, cut: 0 });
  });
  return out.size >= MIN_STARTS ? new Map([...out].sort((a, b) => a[0] - b[0])) : null;
}

/** A value's lines joined, a word wrapped at a line-end hyphen ("Hyvinvointioh-" / "jelma") joined whole. */
function joinValueLines(texts: readonly string[]): string {
  let out = "";
  for (const t of texts.map((x) => x.trim()).filter(Boolean)) {
    out = !out ? t : /\p{L}-$/u.test(out) && /^\p{Ll}/u.test(t) ? out.slice(0, -1) + t : `${out} ${t}`;
  }
  return out;
}
