/**
 * A first column of a few values that recur row after row (a phase, a status, a mark, a class:
 * any words, in any case), in a table whose header says its first column is none the rules know.
 * Its rows are found like any first column's (`findRowStarts`: values that recur at lines after
 * a row's ending); what the value is on each start line is what the document repeats: the start
 * lines that open with one word go on, nearly all of them, with the same words, and the next
 * column's value, which varies between them, ends it. A value wrapped over lines in a narrow
 * column ("kukkii" / "täysin") is read across them. Nothing here knows any value's words.
 */
import { letterKey } from "../../text/letters.js";
import { LONE_DASH } from "./row-starts.js";

/** Most words a recurring first-column value has. */
export const MAX_LEAD_WORDS = 3;
/** Share of a value's start lines that must go on with the same word for that word to be the value's. */
const SAME_NEXT_SHARE = 0.8;
/** Fewest rows for a column of recurring values (a few could be anything). */
const MIN_LEAD_ROWS = 5;
/** Fewest rows a value must lead to be one of the column's (a start led by a rarer word is no row's). */
const MIN_VALUE_RECUR = 3;
/** A value leading fewer rows than this share of the most frequent value's is no value of the column. */
const MIN_VALUE_SHARE = 0.2;
/** At most this share of the rows may have a value of their own: the column's values recur. */
const MAX_DISTINCT_SHARE = 0.5;
/** Share of a value's start lines that may go on alike, short of SAME_NEXT_SHARE, when the rest open no row. */
const SPLIT_SHARE = 0.5;
/** Distinct values a name must follow to be the next column's where it leads more rows than that. */
const MIN_VALUES_BEFORE = 2;
/** A code's number: figures joined by a slash or a point ("4/2026", "2.3"). */
const CODE_NUMBER = /^\d+(?:[./]\d+)+$/u;
/** A value's word as compared between rows: a code's number stands for any ("K 4/2026" recurs as "K 7/2027"). */
const valueKey = (w: { key: string; text: string }): string => (CODE_NUMBER.test(w.text) ? "#" : w.key);
/** A sign that joins a value's words and never ends one (a slash, a dash, a plus, an ampersand). */
const JOINER = /^(?:[/&+–—-]|.*\/)$/u;

export interface LeadValueOptions {
  /** The column after the values is one whose cells open with a figure (the measure). */
  figureColumnNext?: boolean;
}

export interface LeadValue {
  /** The value as printed (a word wrapped at a hyphen joined). */
  text: string;
  /** Whole lines the value takes from its start line on. */
  skip: number;
  /** Characters it takes off the line after those (where the row's next cell begins). */
  cut: number;
}

interface Word {
  key: string;
  text: string;
  /** Lines after the start line. */
  line: number;
  /** Offset of the word in its line. */
  at: number;
}

/**
 * The words of a start line and the lines after it, up to the next start (at most MAX_LEAD_WORDS
 * lines). A lone dash (a value standing for none, "–") keys as itself.
 */
function wordsFrom(lines: readonly { text: string }[], s: number, end: number): Word[] {
  const out: Word[] = [];
  for (let k = 0; s + k < end && k < MAX_LEAD_WORDS + 1; k++) {
    for (const m of lines[s + k]!.text.matchAll(/\S+/gu)) out.push({ key: letterKey(m[0]) || (LONE_DASH.test(m[0]) ? m[0] : ""), text: m[0], line: k, at: m.index! });
  }
  return out;
}

/**
 * The recurring value each start line opens with, or `null` when the starts show no column of
 * recurring values (too few rows, or most rows' values their own: free text, not a value list).
 * `starts` are indexes into `lines`, ascending; `stop(i)` ends a value's lines (a repeated header).
 */
export function findLeadValues(
  lines: readonly { text: string }[],
  starts: readonly number[],
  stop: (i: number) => boolean = () => false,
  options: LeadValueOptions = {},
): Map<number, LeadValue> | null {
  // A figure after a line that ends in a figure and a dash is the rest of a range wrapped at its
  // dash ("Nuoret 13–" / "29"), not a row's start.
  starts = starts.filter((s) => !(s > 0 && /\d[–—-]$/u.test(lines[s - 1]!.text.trimEnd()) && /^\d/u.test(lines[s]!.text.trimStart())));
  if (starts.length < MIN_LEAD_ROWS) return null;
  // Starts whose lines a repeated header cuts short (a row broken across a page).
  const cutShort = new Set<number>();
  const streams = starts.map((s, k) => {
    let end = k + 1 < starts.length ? starts[k + 1]! : lines.length;
    for (let i = s + 1; i < end; i++) if (stop(i)) end = i;
    if (end - s <= MAX_LEAD_WORDS && end < lines.length && stop(end)) cutShort.add(k);
    return wordsFrom(lines, s, end);
  });
  const groups = new Map<string, number[]>();
  streams.forEach((w, k) => {
    if (!w[0]?.key) return;
    if (!groups.has(w[0].key)) groups.set(w[0].key, []);
    groups.get(w[0].key)!.push(k);
  });
  // A name word right after the first word of starts of other groups: the next column's value, where
  // that column is coarser than this one and so goes on alike after each of its values (an area
  // printed first: "Kotiapu" and "Arkiapu" both go on with the division "Hyvä arki").
  const nextName = new Map<string, Set<string>>();
  streams.forEach((w) => {
    if (w[0]?.key && w[1]?.key && NAME_WORD.test(w[1].text)) nextName.set(w[1].key, (nextName.get(w[1].key) ?? new Set()).add(w[0].key));
  });
  const othersNext = (first: string, x: Word | undefined) => x !== undefined && NAME_WORD.test(x.text) && [...(nextName.get(x.key) ?? [])].some((f) => f !== first);
  // How many words each start's value has: the words its group's starts nearly all share.
  const length = streams.map(() => 1);
  for (const members of groups.values()) {
    let n = 1;
    let alike = members;
    while (n < MAX_LEAD_WORDS && members.length > 1) {
      const next = new Map<string, number[]>();
      // The value never takes a row's last word: something of the row must follow it.
      for (const k of alike) if (streams[k]!.length > n + 1) next.set(streams[k]![n]!.key, [...(next.get(streams[k]![n]!.key) ?? []), k]);
      const [, top] = [...next].sort((a, b) => b[1].length - a[1].length)[0] ?? ["", []];
      // Most of the group going on alike, the rest opening no row ("ei kirjattu …" beside a few
      // measured values "Ei vielä …" at a line's start): the longer value is the column's; the
      // rest is told apart below by running on in lower case.
      const mostAlike = top.length >= MIN_VALUE_RECUR && top.length >= SPLIT_SHARE * members.length;
      // A code and its number ("TJ 1", "TJ 3"; "K 4/2026", "K 7/2027"): nearly all the group go on
      // with a number before the next column's varying value: a bare number that itself recurs, or
      // numbers joined by a slash or a point, which begin no name.
      const numbered = [...next].filter(([key, ks]) => /^\p{N}+$/u.test(key) && (ks.length >= MIN_VALUE_RECUR || ks.every((k) => CODE_NUMBER.test(streams[k]![n]!.text)))).flatMap(([, ks]) => ks);
      const byNumber = numbered.length >= SAME_NEXT_SHARE * members.length;
      if (top.length < SAME_NEXT_SHARE * members.length && !(n === 1 && mostAlike) && !byNumber) break;
      if (othersNext(streams[members[0]!]![0]!.key, streams[top[0] ?? members[0]!]![n])) break;
      n++;
      alike = byNumber && top.length < SAME_NEXT_SHARE * members.length ? numbered : top;
      for (const k of alike) length[k] = n;
    }
  }
  // A value ends at no joining sign ("−4 MWh /" of "−4 MWh / v"): the word after it on its line is the value's.
  streams.forEach((w, k) => {
    while (length[k]! > 1 && JOINER.test(w[length[k]! - 1]?.text ?? "") && w.length > length[k]! + 1 && w[length[k]!]!.line === w[length[k]! - 1]!.line) length[k]!++;
  });
  // A row whose first cell is empty opens with the next column's value, the word that follows the
  // values of other rows: a start led by a word that follows values more often than it leads
  // starts is such a row (its division is no value of the column, however often it recurs).
  // So is a start led by a name that follows several of the values and begins none of them: a
  // sparse first column ("vko 12" in a few rows, nothing in most) leaves the next column's names
  // to lead more rows than they follow values.
  const nextCount = new Map<string, number>();
  const valuesBefore = new Map<string, Set<string>>();
  streams.forEach((w, k) => {
    const x = w[length[k]!];
    if (!x?.key) return;
    nextCount.set(x.key, (nextCount.get(x.key) ?? 0) + 1);
    valuesBefore.set(x.key, (valuesBefore.get(x.key) ?? new Set()).add(w[0]!.key));
  });
  const emptyLed = (k: number) => {
    const first = streams[k]![0];
    const follows = first?.key ? nextCount.get(first.key) ?? 0 : 0;
    if (follows < MIN_VALUE_RECUR) return false;
    if (follows > (groups.get(first!.key)?.length ?? 0)) return true;
    const before = valuesBefore.get(first!.key)!;
    return NAME_WORD.test(first!.text) && before.size >= MIN_VALUES_BEFORE && !before.has(first!.key);
  };
  const valueOf = streams.map((w, k) => (emptyLed(k) ? "" : w.slice(0, length[k]).map(valueKey).join(" ")));
  const count = new Map<string, number>();
  for (const v of valueOf) if (v) count.set(v, (count.get(v) ?? 0) + 1);
  // A start whose value recurs far less than the column's values do is a line inside a row that
  // looked like a start (or the rest of a value wrapped from the line above, below).
  const most = Math.max(...count.values());
  const recurs = (v: string) => (count.get(v) ?? 0) >= Math.max(MIN_VALUE_RECUR, MIN_VALUE_SHARE * most);
  const kept = valueOf.filter(recurs);
  if (kept.length < MIN_LEAD_ROWS || new Set(kept).size > MAX_DISTINCT_SHARE * kept.length) return null;
  const known = [...new Set(kept)].map((v) => v.split(" "));
  // Values that carry a figure of their own ("käynnissä 40 %"): where nearly every row's value goes
  // on with a figure on its line, the figure and its unit are the value's, not the next column's.
  const figured = (w: readonly Word[], n: number) => FIGURE.test(w[n - 1]?.text ?? "") || UNIT.test(w[n - 1]?.text ?? "") || figureTail(w, n) > 0;
  // Where the next column is the measure, its figure follows nearly every value too ("ei alkanut" |
  // "40 % Asiakas …"): the figure is then the value's only where another figure follows it (the measure's).
  const ownFigure = (w: readonly Word[], n: number) => figured(w, n) && (!options.figureColumnNext || FIGURE.test(w[n + figureTail(w, n)]?.text ?? ""));
  const withFigure = streams.filter((w, k) => recurs(valueOf[k]!) && ownFigure(w, length[k]!)).length >= SAME_NEXT_SHARE * kept.length;
  const out = new Map<number, LeadValue>();
  const put = (at: number, w: Word[], n: number) => {
    if (withFigure) n += figureTail(w, n);
    if (w.length <= n) return;
    // A sign drawn from another font than its figure ("−" of "−6 MWh") can stand on a line of its
    // own baseline, written after the value's line: a lone sign opening the next line is the value's.
    const sign = n < w.length - 1 && SIGN.test(w[n]!.text) && w[n]!.at === 0 && w[n]!.line === w[n - 1]!.line + 1 && /^\d/u.test(w[0]!.text);
    const next = w[sign ? n + 1 : n]!;
    out.set(at, { text: (sign ? w[n]!.text : "") + joinWrapped(w.slice(0, n)), skip: next.line, cut: next.at });
  };
  const prefixOfLonger = (k: number) => known.some((ks) => ks.length > length[k]! && ks.slice(0, length[k]).join(" ") === valueOf[k]);
  // A value whose rest the page break carried over (its narrow cell wrapped): the start of one.
  const cutValue = (k: number) => cutShort.has(k) && known.some((ks) => ks.length > length[k]! && ks.slice(0, length[k]).join(" ") === valueOf[k]);
  const opens = (w: Word[], wrapped: boolean) => known.find((ks) => ks.length < w.length && (!wrapped || w[ks.length - 1]!.line > 0) && ks.every((x, j) => valueKey(w[j]!) === x));
  // The row after a line taken for a start that is none begins at the first line after it that
  // opens with a recurring value.
  const nextOpening = (s: number, end: number) => {
    for (let i = s + 1; i < end; i++) {
      if (/\p{L}-$/u.test(lines[i - 1]!.text.trimEnd())) continue;
      const w = wordsFrom(lines, i, end);
      const u = opens(w, false);
      if (u) return put(i, w, u.length);
    }
  };
  streams.forEach((w, k) => {
    if (emptyLed(k)) return void out.set(starts[k]!, { text: "", skip: 0, cut: 0 });
    if (cutValue(k)) return put(starts[k]!, w, length[k]!);
    const s = starts[k]!;
    const end = k + 1 < starts.length ? starts[k + 1]! : lines.length;
    // The start of a longer value of the column that runs on in lower case ("Ei vielä …" beside
    // "ei kirjattu") is a measured value at a line's start: the next column's value would begin
    // there, and a name begins upper case.
    if (recurs(valueOf[k]!) && prefixOfLonger(k) && /^\p{Ll}/u.test(w[length[k]!]?.text ?? "")) return nextOpening(s, end);
    // Where the column's values carry figures, a recurring start with none ("Ei mitattu …", a
    // measured value at a line's start) is no value of the column.
    if (recurs(valueOf[k]!)) return withFigure && !figured(w, length[k]!) ? undefined : put(s, w, length[k]!);
    // A value wrapped over lines whose first line was not taken for the start: the line above
    // begins a recurring value that runs on into the start line.
    const above = s === 0 || (k > 0 && starts[k - 1] === s - 1) || stop(s) ? [] : wordsFrom(lines, s - 1, end);
    const v = opens(above, true);
    if (v) return put(s - 1, above, v.length);
    // The rest of a row broken across a page, taken for a start.
    nextOpening(s, end);
  });
  // A row with an empty first cell right under a repeated header, which the starts may miss: it
  // opens with the next column's value as such rows do elsewhere; the row after it, likewise missed,
  // begins at the next line that opens with a value.
  const isStart = new Set(starts);
  for (let i = 0; i < lines.length; i++) {
    if (isStart.has(i) || out.has(i) || !stop(i)) continue;
    const first = wordsFrom(lines, i, i + 1)[0]?.key;
    const follows = first ? nextCount.get(first) ?? 0 : 0;
    if (follows < MIN_VALUE_RECUR || follows <= (groups.get(first!)?.length ?? 0)) continue;
    out.set(i, { text: "", skip: 0, cut: 0 });
    let end = i + 1;
    while (end < lines.length && !isStart.has(end) && !stop(end)) end++;
    nextOpening(i, end);
  }
  return out;
}

/** A word that begins a name: upper case, then lower case (not a code in capitals, "PTH"). */
const NAME_WORD = /^\p{Lu}\p{Ll}/u;
/** A lone sign of a figure. */
const SIGN = /^[-+±−]$/u;
/** A figure, signed or not; a unit sign. */
const FIGURE = /^[-+±−]?\d[\d,.]*$/u;
const UNIT = /^[%‰€]$/u;

/**
 * Words of a figure and its unit sign on the line of a value's n words (or opening the next line),
 * right after them or after one lower-case word of the value more ("ei" + "aloitettu 0 %"), with
 * more of the row after them: 0 when none.
 */
function figureTail(w: readonly Word[], n: number): number {
  const last = w[n - 1];
  if (!last) return 0;
  // The value's figure may open the next line (a narrow cell wrapped before it).
  const line = w[n] && w[n]!.line === last.line + 1 && w[n]!.at === 0 ? w[n]!.line : last.line;
  const on = (i: number) => w[i] !== undefined && w[i]!.line === line;
  const word = on(n) && /^\p{Ll}+$/u.test(w[n]!.text) && on(n + 1) && FIGURE.test(w[n + 1]!.text) ? 1 : 0;
  if (!on(n + word) || !FIGURE.test(w[n + word]!.text)) return 0;
  const k = word + 1 + (on(n + word + 1) && UNIT.test(w[n + word + 1]!.text) ? 1 : 0);
  return w.length > n + k ? k : 0;
}

/**
 * Words joined with spaces, a word wrapped at a line-end hyphen joined to its rest; at a soft hyphen
 * always (it is never an author's: the typesetter's break inside a word, "asuk\u00ad" / "kaat").
 */
function joinWrapped(words: readonly Word[]): string {
  let out = "";
  words.forEach((w, i) => {
    const broken = i > 0 && w.line > words[i - 1]!.line;
    const wrapped = broken && ((/\p{L}-$/u.test(out) && /^\p{Ll}/u.test(w.text)) || /\p{L}\u00ad$/u.test(out));
    out = !out ? w.text : wrapped ? out.slice(0, -1) + w.text : `${out} ${w.text}`;
  });
  return out;
}
