/**
 * Cell segmentation of one OKR row in text form: which words of the row belong to tulosalue,
 * tavoite, avaintulos and toteuma.
 *
 * Text extractors write a table cell by cell, but put the first lines of neighbouring cells on one
 * text line when they share a baseline. So a boundary inside a line can only follow a cell that is
 * a single line, and after a multi-line cell the next cell starts on a new line. Every
 * segmentation that obeys this is enumerated and scored with the named weights of
 * `rules/okr-table.json` → `segmentation`; the score uses only generic evidence: capitalisation,
 * blank lines, sentence ends, the look of a measured value, column widths measured on the same
 * document, and values that repeat in other rows.
 */
import type { SegmentationSettings } from "../../rules/load.js";
import { normalizeValue } from "../../normalize/value.js";
import { letterKey } from "../../text/letters.js";
import { NAME_FIGURE, type RowLine, type Token } from "./rows.js";
import { capitalAfterValue, type BoundBefore } from "./bound-words.js";

/** The four cells after toimiala, in the usual column order. */
export const SEGMENT_FIELDS = ["tulosalue", "tavoite", "avaintulos", "toteuma"] as const;
/** A known field, or `extra:<header>` for a column the rules do not know. */
export type SegmentField = string;

/** Cut points: token indexes where the second, third, … cell start (the first starts at 0). */
export type Cuts = readonly number[];

/**
 * Rows longer than this are not segmented: the program is quadratic or worse in a row's words, and
 * a "row" this long means its start was not found (the CPU stays bounded whatever the input).
 */
export const MAX_ROW_TOKENS = 150;

/** A name cell is looked for within this many times its word limit. */
const NAME_SPAN_FACTOR = 3;

/** Fields scored as short names (a division, a result area): few words, values that repeat. */
const NAME_FIELDS = new Set(["toimiala", "tulosalue"]);
const isExtra = (field: string) => field.startsWith("extra:");

export interface Candidate {
  cuts: Cuts;
  score: number;
}

/** Per-document evidence gathered from the previous pass. */
export interface DocumentEvidence {
  /** Typical full-line width (characters) of each column; absent before the first pass ends. */
  widths?: Partial<Record<SegmentField, number>>;
  /** How often a cell value (letter key) was chosen in *other* rows, per column. */
  repeats?: (field: SegmentField, key: string) => number;
  /** Section heading of the row's page (letter key): result-area objectives often restate it. */
  sectionKey?: string;
  /** Known result-area names (letter keys) from the rules. */
  knownResultAreas: ReadonlySet<string>;
  /** Known division names (letter keys) from the rules: they confirm, never required. */
  knownDivisions?: ReadonlySet<string>;
  /** Lengths of the value keys other rows chose per field: a key of another length repeats none. */
  repeatedKeyLengths?: (field: SegmentField) => ReadonlySet<number>;
  /**
   * How many *other* rows chose a name value and began the sentence cell after it, on the same
   * line, with the same word: the key of the value and that word together (`followedKey`).
   */
  followed?: (field: SegmentField, key: string) => number;
  /** Capitalized words that, after a value, the document prints only before a name or two (`bound-words.ts`). */
  boundBefore?: BoundBefore;
  /**
   * How many times a line that opens in lower case stands in the document, each time after the same
   * words, when it is a wrapped value's rest (`boundLines`): 0 for any other line.
   */
  boundLine?: (lineText: string) => number;
  /**
   * How many *other* rows chose a cell before an added last column that ends with these words
   * (letter key of its last one to three words) while that column's cell was not empty.
   */
  endsCellBefore?: (field: SegmentField, key: string) => number;
}

/** A name cell's value and the first word of the next cell, as counted by `followed`. */
export function followedKey(valueKey: string, nextWordKey: string): string {
  return `${valueKey}+${nextWordKey}`;
}

/** A cell of sentences whose words do not recur over rows (a key result): after a name, what recurs is the name's. */
export function isSentenceField(field: SegmentField | undefined): boolean {
  return field !== undefined && !REPEATED_FIELDS(field) && field !== "toteuma";
}

/** Columns whose values repeat over rows (names, objectives, an unknown column's values). */
export function REPEATED_FIELDS(field: SegmentField): boolean {
  return NAME_FIELDS.has(field) || field === "tavoite" || isExtra(field);
}

export interface RowInput {
  lines: readonly RowLine[];
  /** Tokens after the toimiala cell. */
  tokens: readonly Token[];
  /** Whether the token before tokens[0] (the end of toimiala) was on the same line. */
  firstTokenMidLine: boolean;
  /** Whether toimiala was a single line. */
  toimialaSingleLine: boolean;
  /** The first part of a row broken across a page: its cells may end mid-word or mid-sentence. */
  brokenAtEnd?: boolean;
  /** The row's cells to find, in printed order (default: SEGMENT_FIELDS after a known toimiala). */
  fields?: readonly SegmentField[];
  /** The last field is an added column printed last in the header: its cell may be empty. */
  lastMayBeEmpty?: boolean;
  /**
   * The header lacks an objective or a key result column, so a column under an unknown label may
   * hold those sentences: its cells are not scored as short names.
   */
  extraMayHoldSentences?: boolean;
}

/** The line fragments of a span of tokens: one string per source line touched. */
export function fragments(tokens: readonly Token[], s: number, e: number): { li: number; text: string }[] {
  const out: { li: number; text: string }[] = [];
  for (let i = s; i < e; i++) {
    const t = tokens[i]!;
    const last = out[out.length - 1];
    if (last && last.li === t.li) last.text += " " + t.text;
    else out.push({ li: t.li, text: t.text });
  }
  return out;
}

const LOWER_START = /^[^\p{L}\p{N}]*\p{Ll}/u;
const UPPER_START = /^[^\p{L}\p{N}]*\p{Lu}/u;
/** A word that is a unit sign, alone or with a case ending ("%", "‰", "€", "%:ssa"). */
const UNIT_START = /^[%‰€](?::\p{L}+)?[.,;]?$/u;
/** A unit sign alone ("%", "€"). */
const UNIT_SIGN = /^[%‰€]$/u;
/** Other rows that must show a name value followed by the same word before that word is the name's. */
const MIN_FOLLOWED = 2;

/**
 * The key a cell's value is counted by over rows: its letters and digits, or, for a value of signs
 * only, the signs themselves ("–" and "%" are different values; by letters both would be "", the
 * key every sign shares, and a unit sign cut off a measured value would repeat a dash column's "–").
 */
export function cellValueKey(text: string): string {
  return letterKey(text) || text.replace(/\s+/gu, "");
}

/** Cell texts recur across spans and passes: their keys and value shapes are worth remembering. */
const keyCache = new Map<string, string>();
function key(text: string): string {
  let k = keyCache.get(text);
  if (k === undefined) {
    if (keyCache.size > 20_000) keyCache.clear();
    k = letterKey(text);
    keyCache.set(text, k);
  }
  return k;
}
const valueLikeCache = new Map<string, boolean>();
function valueLike(text: string): boolean {
  let v = valueLikeCache.get(text);
  if (v === undefined) {
    if (valueLikeCache.size > 10_000) valueLikeCache.clear();
    v = normalizeValue(text).valueLike;
    valueLikeCache.set(text, v);
  }
  return v;
}

/**
 * What cell scoring needs of a row, precomputed once: the search scores every (cell, start, end)
 * triple, and building each span's text anew made it cubic in the row's words.
 */
interface RowIndex {
  /** charsBefore[i]: characters of tokens before i on their line, each with its following space. */
  charsBefore: number[];
  /** Index after the last token of each token's line. */
  lineEnd: number[];
  /** Letter keys of the tokens, and their lengths summed before each token. */
  keys: string[];
  keyLenBefore: number[];
}

const rowIndexes = new WeakMap<RowInput, RowIndex>();

function rowIndex(row: RowInput): RowIndex {
  let ix = rowIndexes.get(row);
  if (ix) return ix;
  const { tokens } = row;
  const charsBefore: number[] = [];
  const lineEnd: number[] = new Array(tokens.length);
  const keys: string[] = [];
  const keyLenBefore: number[] = [0];
  let chars = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && tokens[i]!.li !== tokens[i - 1]!.li) chars = 0;
    charsBefore.push(chars);
    chars += tokens[i]!.text.length + 1;
    const k = letterKey(tokens[i]!.text);
    keys.push(k);
    keyLenBefore.push(keyLenBefore[i]! + k.length);
  }
  for (let i = tokens.length - 1; i >= 0; i--) lineEnd[i] = i + 1 < tokens.length && tokens[i + 1]!.li === tokens[i]!.li ? lineEnd[i + 1]! : i + 1;
  ix = { charsBefore, lineEnd, keys, keyLenBefore };
  rowIndexes.set(row, ix);
  return ix;
}

/** The span's fragments as token ranges [a, b) of one line each, with their text lengths. */
function spanFragments(row: RowInput, ix: RowIndex, s: number, e: number): { a: number; b: number; len: number }[] {
  const out: { a: number; b: number; len: number }[] = [];
  for (let a = s; a < e; ) {
    const b = Math.min(e, ix.lineEnd[a]!);
    const last = row.tokens[b - 1]!;
    out.push({ a, b, len: ix.charsBefore[b - 1]! + last.text.length - ix.charsBefore[a]! });
    a = b;
  }
  return out;
}

/** Whether the span's first letter or digit is a lower-case letter. */
function lowerStart(tokens: readonly Token[], s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const m = /[\p{L}\p{N}]/u.exec(tokens[i]!.text);
    if (m) return /\p{Ll}/u.test(m[0]);
  }
  return false;
}

/** Whether token s is a thousands group continuing the figure before it on its line. */
function thousandsGroup(tokens: readonly Token[], s: number): boolean {
  const prev = tokens[s - 1]!;
  const same = (i: number) => i >= 0 && i < tokens.length && tokens[i]!.li === tokens[s]!.li;
  if (!same(s - 1) || !/^[-+±−–]?\d{1,3}$/u.test(prev.text) || !/^\d{3}(?:[,.]\d+)?$/.test(tokens[s]!.text)) return false;
  if (same(s - 2) && /^[/:]$|\d$/.test(tokens[s - 2]!.text)) return false;
  return !(same(s + 1) && /^[%‰]/.test(tokens[s + 1]!.text));
}

/** Longest unit word ("kpl", "htv", "krt") that a count carries. */
const MAX_UNIT_WORD_LETTERS = 4;
const UNIT_WORD = new RegExp(`^\\p{Ll}{1,${MAX_UNIT_WORD_LETTERS}}\\.?$`, "u");

/**
 * Whether token s is a short lower-case word right after a bare figure on its line and not itself
 * before a figure ("n. 60 %" opens a value): the figure's unit word.
 */
function unitWordAfterFigure(tokens: readonly Token[], s: number): boolean {
  const t = tokens[s]!;
  const prev = tokens[s - 1]!;
  const next = tokens[s + 1];
  if (prev.li !== t.li || !/^\d+(?:[,.]\d+)?$/u.test(prev.text)) return false;
  if (!UNIT_WORD.test(t.text)) return false;
  return !(next && next.li === t.li && /^\d/u.test(next.text));
}

/**
 * Whether a unit sign inside tokens [s, e) is followed later on its line by a bare figure with no
 * range or ratio sign between ("100 % 1", "98 % toteutunut 2": the figure begins another value).
 */
function figureAfterUnit(tokens: readonly Token[], s: number, e: number): boolean {
  for (let i = s; i + 1 < e; i++) {
    if (!/^[%‰€]$/u.test(tokens[i]!.text)) continue;
    for (let j = i + 1; j < e && tokens[j]!.li === tokens[i]!.li; j++) {
      const t = tokens[j]!.text;
      if (/^[-–/]$/u.test(t)) break;
      if (/^\d+(?:[,.]\d+)?$/u.test(t)) return true;
    }
  }
  return false;
}

/** Most lower-case words between a name's figure and the capitalized word that begins the next cell. */
const MAX_WORDS_AFTER_NAME_FIGURE = 2;

/**
 * Whether token s is a bare figure that continues the word before it on its line, followed on
 * that line (after at most a couple of lower-case words) by a capitalized word: the figure and
 * those words are a name's end ("Lähiasemat 1–3 Asukkaalle …", "Päivystys 24/7 ja ensihoito …").
 */
function figureInsideName(tokens: readonly Token[], s: number): boolean {
  const t = tokens[s];
  if (s === 0 || !t || !NAME_FIGURE.test(t.text)) return false;
  const prev = tokens[s - 1]!;
  if (prev.li !== t.li || !/\p{L}$/u.test(prev.text)) return false;
  for (let j = s + 1; j < tokens.length && tokens[j]!.li === t.li && j <= s + 1 + MAX_WORDS_AFTER_NAME_FIGURE; j++) {
    const x = tokens[j]!.text;
    if (UPPER_START.test(x)) return true;
    if (!/^\p{Ll}+\.?$/u.test(x)) return false;
  }
  return false;
}

/** Fewest times a lower-case line must stand after the same words to be a wrapped value's bound rest. */
const MIN_BOUND_LINES = 3;
/** The words of the line above that a bound line follows: its last two (or its only one). */
const BOUND_WORDS_BEFORE = 2;
/** Most words on the first line of a division wrapped in a narrow column, for its bound rest to be free. */
const MAX_WRAPPED_NAME_FIRST_LINE_WORDS = 3;

/**
 * Lines that open in lower case and stand at least MIN_BOUND_LINES times inside rows, every time after
 * the same words (the line above's last two), which every line ending in them goes on with: a wrapped
 * value's rest, printed with its beginning wherever the value recurs ("Gammalan ko-" / "tona asumisen
 * ja" in every row of that division), with how often it stands. A line after different words (a
 * common phrase) is not, nor one after words that other lines end with before other text (a name's
 * last syllable alone on its line, "lut", ends many cells).
 */
export function boundLines(rows: readonly (readonly RowLine[])[]): Map<string, number> {
  const seen = new Map<string, { times: number; before: string | null }>();
  const after = new Map<string, Set<string>>();
  const lastWords = (text: string) => text.trim().split(/\s+/u).slice(-BOUND_WORDS_BEFORE).join(" ");
  for (const lines of rows) {
    for (let i = 1; i < lines.length; i++) {
      const text = lines[i]!.text.trim();
      const before = lastWords(lines[i - 1]!.text);
      if (!after.has(before)) after.set(before, new Set());
      after.get(before)!.add(text);
      if (!LOWER_START.test(text)) continue;
      const s = seen.get(text);
      if (!s) seen.set(text, { times: 1, before });
      else seen.set(text, { times: s.times + 1, before: s.before === before ? before : null });
    }
  }
  const out = new Map<string, number>();
  for (const [text, s] of seen) if (s.before !== null && s.times >= MIN_BOUND_LINES && after.get(s.before)!.size === 1) out.set(text, s.times);
  return out;
}

/** What a cell loses to a value other rows chose `times` times that it shadows: grows slowly, capped. */
function shadowPenalty(w: SegmentationSettings, times: number): number {
  return w.shadowedByLongerValuePenalty * Math.min(w.repeatedValueBonusCap, Math.log2(1 + times));
}

function cellScore(field: SegmentField, row: RowInput, s: number, e: number, ev: DocumentEvidence, w: SegmentationSettings, nextField?: SegmentField, prevField?: SegmentField): number {
  const { tokens, lines } = row;
  const ix = rowIndex(row);
  const frags = spanFragments(row, ix, s, e);
  let spanKey: string | undefined;
  const textKey = () => (spanKey ??= ix.keys.slice(s, e).join("") || cellValueKey(tokens.slice(s, e).map((t) => t.text).join("")));
  const keyLen = ix.keyLenBefore[e]! - ix.keyLenBefore[s]! || textKey().length;
  const text = () => tokens.slice(s, e).map((t) => t.text).join(" ");
  let score = 0;
  // An unknown column's values may well be lower case (titles, codes): no evidence either way.
  if (!isExtra(field) && lowerStart(tokens, s, e)) score -= w.lowercaseCellStartPenalty;
  // A name that begins with a bare figure ("2030 Kehitys", "4B Neuvonta") is the end of the name
  // before it ("Ohjelma 2030", "Lähialue 4B"): names end in figures far more often than they begin with them.
  if (NAME_FIELDS.has(field) && s > 0 && (!/\p{L}/u.test(tokens[s]!.text) || NAME_FIGURE.test(tokens[s]!.text))) score -= w.figureNameStartPenalty;
  // Nor one right after a capitalized word that follows a value on its line, when the document
  // prints that word after values only before this cell's first word or one other ("80 % QX" |
  // "Kotipalvelut"): it is the name's first word (an abbreviation), not the end of the value.
  if (NAME_FIELDS.has(field) && s > 1 && ev.boundBefore && tokens[s - 1]!.li === tokens[s]!.li && capitalAfterValue(tokens, s - 1) && ev.boundBefore(ix.keys[s - 1]!, ix.keys[s]!)) score -= w.figureNameStartPenalty;
  // Nor does a sentence cell: a bare figure right after a word, before a capitalized word on its
  // line ("Neuvola" | "2 Asukas …", "Päivystys" | "24/7 ja ensihoito Ensihoito…"), ends the cell
  // before it or stands inside it; a sentence's figure goes on in lower case ("9 uutta …").
  if ((field === "tavoite" || field === "avaintulos") && figureInsideName(tokens, s)) score -= w.figureNameStartPenalty;
  // A unit sign begins no cell: it belongs to the figure before it ("100" | "% 37,5 %" is "100 %" |
  // "37,5 %"; "90" | "%:ssa" is one phrase wrapped; "0,4 milj." | "€"), whatever the column. Right
  // after another unit sign the figure has its unit ("100 % | €"): it is a value of its own (an added column of units).
  if (s > 0 && UNIT_START.test(tokens[s]!.text) && !UNIT_SIGN.test(tokens[s - 1]!.text)) score -= w.unitCellStartPenalty;
  // Nor does a thousands group after a figure on its line ("12" | "500 asiakasta" is "12 500 asiakasta"),
  // unless the figure ends a ratio ("3,8 / 5" | "100 %") or the group is a percentage of its own.
  if (s > 0 && thousandsGroup(tokens, s)) score -= w.unitCellStartPenalty;
  // An unknown column's lower-case value may open a cell, but not with a short unit word right
  // after a bare figure on its line: that is a count and its unit ("1" | "htv …" is "1 htv").
  if (isExtra(field) && s > 0 && unitWordAfterFigure(tokens, s)) score -= w.unitCellStartPenalty;
  // Blank line inside the cell (allowed only after a wrap hyphen, as some extractors do).
  for (let k = 1; k < frags.length; k++) {
    if (lines[tokens[frags[k]!.a]!.li]!.blankBefore && !tokens[frags[k - 1]!.b - 1]!.text.endsWith("-")) score -= w.blankLineInsideCellPenalty;
  }
  // A cell never ends in a wrap hyphen.
  const lastTok = tokens[e - 1]!.text;
  if (/[\p{L}\p{N}][-\u00ad]$/u.test(lastTok) && !row.brokenAtEnd) score -= w.cellEndsWithWrapHyphenPenalty;
  // Nor, unless it is the row's last cell, with a comma, a slash ("3,8 /" of "3,8 / 5") or a word
  // that needs a continuation.
  // A sign that stands before its number ("§ 45", "# 3", "№ 7", a lone sign of a change: "+ 12 000 €",
  // "− 5 %") ends no cell either: it opens the value after it.
  if (e < tokens.length && !row.brokenAtEnd && (/[,/]$/.test(lastTok) || /^[§#№+±−]$/u.test(lastTok) || w.danglingEndWords.includes(lastTok.toLowerCase()))) {
    score -= w.danglingEndPenalty;
  }

  // A sentence cell goes on after its sentence's end with a new sentence, not with a line that
  // begins in lower case: such a line after "… kasvaa." is the next cell's value wrapped over
  // lines ("kokeilu" / "2026–"), printed after the sentence.
  if (field === "tavoite" || field === "avaintulos") {
    for (let k = 1; k < frags.length; k++) {
      if (/\p{Ll}{3}[.!?]$/u.test(tokens[frags[k - 1]!.b - 1]!.text) && LOWER_START.test(tokens[frags[k]!.a]!.text)) score -= w.danglingEndPenalty;
    }
  }
  const words = e - s;
  if ((field === "tavoite" || field === "avaintulos") && words < w.minSentenceCellWords) {
    score -= w.shortSentenceCellPenalty * (w.minSentenceCellWords - words);
  }
  if (NAME_FIELDS.has(field) || (isExtra(field) && !row.extraMayHoldSentences)) {
    score -= w.tulosalueWordPenalty * words;
    // A division's name may run long and wrap over lines of its own in a narrow column: the words of
    // its bound rest (whole lines that stand after the same words wherever the division recurs,
    // `boundLines`) are not over the limit, when it opens as a name does, with a capital, and its
    // first line holds a narrow column's few words (more is two cells side by side on that line).
    // A result area's limit stays: an added column's lower-case value wrapped after it ("Alfa laki
    // gamma-" / "väestön tuesta") is bound too.
    let over = words;
    if (field === "toimiala" && ev.boundLine && !lowerStart(tokens, s, e) && frags[0]!.b - frags[0]!.a <= MAX_WRAPPED_NAME_FIRST_LINE_WORDS) {
      for (let k = 1; k < frags.length; k++) {
        const f = frags[k]!;
        if (ix.lineEnd[f.a] === f.b && ev.boundLine(lines[tokens[f.a]!.li]!.text) > 0) over -= f.b - f.a;
      }
    }
    if (over > w.tulosalueMaxWords) score -= w.tulosalueExtraWordPenalty * (over - w.tulosalueMaxWords);
  }
  if (field === "tulosalue" && ev.knownResultAreas.has(textKey())) score += w.knownResultAreaBonus;
  if (field === "toimiala" && ev.knownDivisions?.has(textKey())) score += w.knownResultAreaBonus;
  if (field === "toteuma") {
    if (valueLike(text())) score += w.toteumaValueBonus;
    if (words > w.toteumaMaxWords) score -= w.toteumaExtraWordPenalty * (words - w.toteumaMaxWords);
    if (/\.$/.test(lastTok)) score -= w.toteumaEndsWithPeriodPenalty;
    // A measured value ends at its unit when a cell follows: a figure after the unit on its line
    // begins that cell ("100 % 1 htv" is "100 %" | "1 htv"), the converse of a unit opening none.
    if (e < tokens.length && figureAfterUnit(tokens, s, e)) score -= w.unitCellStartPenalty;
  }
  if (field === "tavoite" && ev.sectionKey && keyLen === ev.sectionKey.length && textKey() === ev.sectionKey) score += w.tavoiteEqualsSectionBonus;
  // Longest known name: a single-line tulosalue that, with the next words of its line, spells a
  // name chosen in other rows is that longer name cut short ("QXZ" when "QXZ Sinivuokko" exists).
  if ((NAME_FIELDS.has(field) || isExtra(field)) && ev.repeats && frags.length === 1) {
    // In other name columns only when the longer name is the more usual one: a division seen
    // alone more often than extended ("Lumikello" beside "Lumikello QXZ") is complete.
    const alone = ev.repeats(field, textKey());
    let longer = textKey();
    for (let i = e; i < tokens.length && i < e + 3 && tokens[i]!.li === tokens[e - 1]!.li; i++) {
      // A sign ("+", "–") adds no letter: the name and its sign are no longer name.
      if (!ix.keys[i]) continue;
      longer += ix.keys[i]!;
      const times = ev.repeats(field, longer);
      if (times > 0 && (field === "tulosalue" || times >= alone)) score -= shadowPenalty(w, times);
    }
  }
  // Shadowed from the front: a name cell that starts mid-line and, without its first word, is a
  // value other rows chose more often than the whole ("palvelut" + "johtaja" beside "johtaja")
  // took the end of the cell before it ("Kuusikko" | "palvelut johtaja").
  if ((NAME_FIELDS.has(field) || isExtra(field)) && ev.repeats && frags.length === 1 && e - s > 1 && s > 0 && tokens[s - 1]!.li === tokens[s]!.li) {
    const rest = ix.keys.slice(s + 1, e).join("");
    const times = ev.repeats(field, rest);
    if (times > ev.repeats(field, textKey())) score -= shadowPenalty(w, times);
  }
  // Shadowed from the front over lines: an unknown column's cell of several lines after a name,
  // opening in lower case as a name's wrapped rest does, whose last lines alone spell a value other
  // rows chose more often than the whole ("ja arkipalvelut" / "–" beside many rows whose cell is
  // "–"), took the name's last lines.
  if (isExtra(field) && prevField !== undefined && NAME_FIELDS.has(prevField) && ev.repeats && frags.length > 1 && LOWER_START.test(tokens[s]!.text)) {
    const mine = ev.repeats(field, textKey());
    for (let k = 1; k < frags.length; k++) {
      const times = ev.repeats(field, cellValueKey(tokens.slice(frags[k]!.a, e).map((t) => t.text).join("")));
      if (times > mine) {
        score -= shadowPenalty(w, times);
        break;
      }
    }
  }
  // Shadowed by the words before: an unknown column's cell that starts mid-line and, with a word or
  // three before it on its line, spells a value other rows chose more often than its own ("2" | "htv ja
  // …" beside rows whose cell is "2 htv ja …"): the cell before took that word (a measured value
  // followed by an unknown column whose values may begin with a digit).
  if (isExtra(field) && ev.repeats) {
    const mine = ev.repeats(field, textKey());
    let before = "";
    for (let i = s - 1; i >= 0 && i >= s - 3 && tokens[i]!.li === tokens[s]!.li; i--) {
      before = ix.keys[i]! + before;
      const times = ev.repeats(field, before + textKey());
      if (times > mine) {
        score -= shadowPenalty(w, times);
        break;
      }
    }
  }
  // Shadowed from behind: the next cell begins with words that spell a value other rows chose
  // for this very column more often than this cell's value ("QXZ" | "Sinivuokko" | "Ruusutarha …"
  // beside many rows whose cell is "Ruusutarha"): this cell holds the end of the cell before it, and
  // its own value was pushed into the next cell. Columns in another order make this likely.
  if ((NAME_FIELDS.has(field) || isExtra(field)) && ev.repeats && e < tokens.length) {
    const mine = ev.repeats(field, textKey());
    let next = "";
    for (let i = e; i < tokens.length && i < e + 3 && tokens[i]!.li === tokens[e]!.li; i++) {
      next += ix.keys[i]!;
      const times = ev.repeats(field, next);
      if (times > mine) {
        score -= shadowPenalty(w, times);
        break;
      }
    }
  }
  // Cut short before a recurring word: a name cell whose next cell, a key result, begins on the
  // same line with the word that follows this same value in other rows too ("QXZ" | "Sinivuokko
  // …" in many rows): a key result's first word recurs after one name only when it is the
  // name's own last word. Needs a third of the value's other rows to agree.
  if (NAME_FIELDS.has(field) && ev.followed && ev.repeats && isSentenceField(nextField) && e < tokens.length && tokens[e]!.li === tokens[e - 1]!.li && UPPER_START.test(tokens[e]!.text)) {
    const times = ev.followed(field, followedKey(textKey(), ix.keys[e]!));
    if (times >= MIN_FOLLOWED && times * 3 >= ev.repeats(field, textKey())) {
      score -= shadowPenalty(w, times);
    }
  }
  // An added last column's value that other rows print as the end of the cell before it, with a
  // value of their own after it ("80 % valmis" beside "100 % valmis +40 000 €"), is that
  // cell's end: this row's last cell is empty. Counted twice: the cell before loses its end too.
  // A value without a letter or digit ("–") has no letter key, which every end in a sign ("83 %") shares:
  // not looked up.
  if (isExtra(field) && row.lastMayBeEmpty && e === tokens.length && ev.endsCellBefore && e - s <= MAX_TAIL_WORDS && ix.keyLenBefore[e]! > ix.keyLenBefore[s]!) {
    const times = ev.endsCellBefore(field, textKey());
    if (times >= MIN_TAILS_BEFORE) score -= 2 * shadowPenalty(w, times);
  }
  // Only a key as long as some value chosen in other rows can repeat one: no key built for the rest.
  if (ev.repeats && REPEATED_FIELDS(field) && (!ev.repeatedKeyLengths || ev.repeatedKeyLengths(field).has(keyLen))) {
    // Graded: a value many other rows share is stronger evidence than one repeated once.
    const times = ev.repeats(field, textKey());
    if (times > 0) score += w.repeatedValueBonus * Math.min(w.repeatedValueBonusCap, Math.log2(1 + times));
  }
  // Column widths measured on this document: lines longer than the column, or wrapped too early.
  const width = ev.widths?.[field];
  if (width) {
    for (let k = 0; k < frags.length; k++) {
      const len = frags[k]!.len;
      if (len > width * (1 + w.widthSlack) + 1) score -= w.widthOverflowPenalty;
      if (k < frags.length - 1) {
        const next = tokens[frags[k + 1]!.a]!.text;
        const wrapped = /[-\u00ad]$/u.test(tokens[frags[k]!.b - 1]!.text);
        const room = wrapped ? len : len + 1 + next.length;
        // Graded: a line broken while the next word had plenty of room is nearly impossible.
        const shortBy = width * w.underfillRatio - room;
        if (shortBy > 0) score -= w.widthUnderfillPenalty * Math.min(3, 1 + shortBy / (width * 0.1));
      }
    }
  }
  return score;
}

function boundaryScore(row: RowInput, prevStart: number, cut: number, w: SegmentationSettings): number {
  const { tokens, lines } = row;
  const t = tokens[cut]!;
  const prevSingleLine = tokens[prevStart]!.li === tokens[cut - 1]!.li;
  let score = 0;
  if (t.wi === 0) {
    if (lines[t.li]!.blankBefore) score += w.blankLineAtBoundaryBonus;
    if (prevSingleLine) score -= w.newLineAfterSingleLineCellPenalty;
    if (/[.!?]$/.test(tokens[cut - 1]!.text) && !LOWER_START.test(t.text)) score += w.sentenceEndAtLineBoundaryBonus;
  } else if (/[.!?]$/.test(tokens[cut - 1]!.text)) {
    score += w.sentenceEndAtMidlineBoundaryBonus;
  }
  return score;
}

/** Possible ends of a cell starting at token `s`: inside its first line, or at any later line start. */
function possibleEnds(tokens: readonly Token[], s: number, maxEnd: number): number[] {
  const ends: number[] = [];
  const li = tokens[s]!.li;
  for (let e = s + 1; e <= maxEnd; e++) {
    if (e === tokens.length) break;
    const t = tokens[e]!;
    if (t.li === li) ends.push(e);
    else if (t.wi === 0) ends.push(e);
  }
  return ends;
}

/** Most words of a cell's end counted by `endsCellBefore`. */
export const MAX_TAIL_WORDS = 3;
/** Fewest other rows whose cell before ends so, for a last column's value to be such an end. */
const MIN_TAILS_BEFORE = 3;

/** Cost of leaving the cell of an added column printed last empty (no word of the row is its). */
const EMPTY_LAST_CELL_PENALTY = 3;

/**
 * The best segmentations of the row, best first. A k-best dynamic program over (cell, start
 * token): every segmentation that obeys the line rule is considered, without enumerating them all.
 * A row with fewer words than cells cannot be split and yields no candidate.
 */
export function segmentRow(row: RowInput, ev: DocumentEvidence, w: SegmentationSettings, limit = w.candidatesPerRow): Candidate[] {
  const { tokens } = row;
  const fields = row.fields ?? SEGMENT_FIELDS;
  const F = fields.length;
  const n = tokens.length;
  // Cells that need a word each: an added last column that may be empty needs none, so the cells
  // before it may take the row's words up to the last ("… arvosana vähintään 4,0." | "4,0" | empty).
  const mayBeEmpty = !!row.lastMayBeEmpty && isExtra(fields[F - 1]!);
  const filled = mayBeEmpty ? F - 1 : F;
  if (n < filled || n > MAX_ROW_TOKENS) return [];
  // The tulosalue after a single-line toimiala continues its line; after a multi-line one it starts a line.
  const startBonus = !row.firstTokenMidLine && row.toimialaSingleLine ? -w.newLineAfterSingleLineCellPenalty : 0;
  interface Partial {
    score: number;
    cuts: number[];
  }
  const memo = new Map<number, Partial[]>();
  // Keep only the `limit` best, in order (ties in the order met): no list of every combination.
  const keep = (out: Partial[], score: number, cuts: number[]) => {
    if (out.length === limit && score <= out[limit - 1]!.score) return;
    let at = out.length;
    while (at > 0 && out[at - 1]!.score < score) at--;
    out.splice(at, 0, { score, cuts });
    if (out.length > limit) out.length = limit;
  };
  const best = (k: number, s: number): Partial[] => {
    const key = k * 65536 + s;
    const hit = memo.get(key);
    if (hit) return hit;
    let out: Partial[];
    if (k === F - 1) {
      out = [{ score: cellScore(fields[k]!, row, s, n, ev, w, undefined, fields[k - 1]), cuts: [] }];
    } else {
      out = [];
      // A name cell far over its word limit never wins (each word over it costs more than any
      // bonus): not enumerating those spans keeps long rows cheap.
      const cap = NAME_FIELDS.has(fields[k]!) ? s + NAME_SPAN_FACTOR * w.tulosalueMaxWords : n;
      for (const e of possibleEnds(tokens, s, Math.min(cap, n - (filled - 1 - k)))) {
        const here = cellScore(fields[k]!, row, s, e, ev, w, fields[k + 1], fields[k - 1]) + boundaryScore(row, s, e, w);
        for (const rest of best(k + 1, e)) keep(out, here + rest.score, [e, ...rest.cuts]);
      }
      // An added last column may be empty in a row: the cell before it then takes the rest.
      if (k === F - 2 && mayBeEmpty && s < n) keep(out, cellScore(fields[k]!, row, s, n, ev, w, undefined, fields[k - 1]) - EMPTY_LAST_CELL_PENALTY, [n]);
    }
    memo.set(key, out);
    return out;
  };
  return best(0, 0).map((p) => ({ cuts: p.cuts, score: p.score + startBonus }));
}
