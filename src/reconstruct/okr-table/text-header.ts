/**
 * The OKR table's column-header rows in text (a text file, or `pdftotext -raw`): found by their
 * labels alone, as the PDF path does (`header.ts`): each field's usual label or a synonym from
 * `rules/okr-table.json`, columns in any order, a label wrapped or hyphenated over lines. Words of
 * a header line that begin no known label form an extra column of their own (`extra:<header>`),
 * never part of a neighbour. Extractors write a header cell's lines one after another, so a
 * label is read as a run of words whose letters spell it.
 */
import type { OkrTableRules } from "../../rules/load.js";
import type { SourceLine } from "../../model/source.js";
import { inOrder, letterKey } from "../../text/letters.js";
import { EXTRA_PREFIX, LABEL_OPENING, LABEL_YEAR, LOWER_WORD, labelKeys, namesEnoughFields, SIGN_JOINER, type LabelKey } from "./header.js";
import { isLabelLine, labelLineNamesEnough, rowsUnder } from "./label-line.js";
import { findShapeHeaders } from "./shape-header.js";

export interface TextHeader {
  /** Indexes into the line array: first and last line of the header (inclusive). */
  start: number;
  end: number;
  /** Fields in printed order: a known field, or `extra:<header text>`. */
  columns: string[];
  /** Told by its shape alone (`shape-header.ts`): no label named a field, the values tell them all. */
  byShape?: boolean;
  /**
   * A column under a label no vocabulary has taken for the division by its place alone
   * (`divisionBeforeResultArea`): its index and label, for the rows' evidence to overrule.
   */
  guessedDivision?: { at: number; label: string };
}

/**
 * A word broken at a line's end: a wrap hyphen, or a soft hyphen a producer marked every break
 * point with (Chromium), kept where the line broke there ("Kir\u00ad" / "jausnumero").
 */
const WRAP_END = /\p{L}[-\u00ad]$/u;

/** Longest run of header lines looked at (labels wrapped word by word in narrow columns). */
const MAX_HEADER_LINES = 16;
/** Unknown words allowed before the first label of a later header line (a wrapped extra label). */
const MAX_LEADING_UNKNOWN = 3;

interface Partial {
  acc: string;
  cands: LabelKey[];
  words: string[];
  /** Line where the label began. */
  line: number;
  /** How many of its words stand on the header's first line. */
  onFirst: number;
  /** The field just read named again after a joiner ("Toteuma / mittari"): part of that label. */
  again?: boolean;
  /** A joiner after an unknown word ("Palvelukokonaisuus/toimiala"): that word is this label's first name. */
  carried?: boolean;
}

/** Labels a word can begin: its letters begin the label (a whole short label, or ≥ 4 letters of a longer one). */
function startsOf(k: string, keys: readonly LabelKey[]): LabelKey[] {
  if (k.length < 3) return [];
  return keys.filter((x) => x.key.startsWith(k) && (k === x.key || k.length >= 4));
}

/** A slash set right after a word's letters ("Toimiala/vas-", "Vastuualue/"): two names of one cell. */
const ATTACHED_SLASH = /(\p{L})\/(?=\p{L}|\s|$)/gu;

function wordsOf(line: SourceLine): string[] {
  return line.text.replace(ATTACHED_SLASH, "$1 / ").split(/\s+/).filter((w) => letterKey(w) || SIGN_JOINER.test(w));
}

/** The field a finished partial label spells, if any (a long label may be cut short at the block's end). */
function closeField(p: Partial): string | null {
  const whole = p.cands.find((c) => c.key === p.acc);
  if (whole) return whole.field;
  const long = p.cands.find((c) => p.acc.length >= 12 && c.key.startsWith(p.acc));
  return long ? long.field : null;
}

/** Joins header words as printed, a wrap hyphen between a lower-case pair undone. */
function headerText(words: readonly string[]): string {
  let out = "";
  for (const w of words) out = !out ? w : /\p{Ll}[-\u00ad]$/u.test(out) && /^\p{Ll}/u.test(w) ? out.slice(0, -1) + w : `${out} ${w}`;
  return out;
}

/**
 * Header words that begin no known label, split into the columns they name: a header prints each
 * label with a capital and goes on with small letters ("Kustannusarvio", "Vastuuhenkilön nimike"),
 * so a capitalized word after a finished word opens the next unknown column ("Hankevaihe Kumppani"
 * are two), while a word after a wrap hyphen or a joiner goes on with the same label.
 */
function unknownLabels(words: readonly string[]): string[][] {
  const out: string[][] = [];
  for (const w of words) {
    const label = out[out.length - 1];
    const prev = label?.[label.length - 1];
    if (label && prev !== undefined && (!LABEL_OPENING.test(w) || /[-\u00ad/]$/u.test(prev) || SIGN_JOINER.test(prev))) label.push(w);
    else out.push([w]);
  }
  return out;
}

/** Whether some of a line's first words begin a label (a cheap test before reading a header there). */
function labelNearStart(words: readonly string[], keys: readonly LabelKey[]): boolean {
  return words.slice(0, MAX_LEADING_UNKNOWN + 1).some((w) => startsOf(letterKey(w), keys).length > 0);
}

/**
 * Reads a header starting at line `i`: lines while each begins a label, continues one, or has a
 * label after at most a few unknown words. A field met twice ends the header before that line.
 * The first line may open with an unknown column's label ("Kohta Toimiala Tulosalue …": a
 * counting column, or any column the rules do not know) when known labels make up most of it.
 * With `through`, every line up to that one is read as header (the document showed it is).
 * With `firstTest` "half", known labels need make up only half of the first line (a first label
 * wrapped whole over lines of its own, joined into one word before the others); with "any" or
 * "oneLine" (only line `i` read), the test of its words is the caller's (`labelLineHeader`).
 */
function headerAt(lines: readonly SourceLine[], i: number, keys: readonly LabelKey[], through = -1, firstTest: "most" | "half" | "any" | "oneLine" = "most"): TextHeader | null {
  const oneLine = firstTest === "oneLine";
  const first = wordsOf(lines[i]!);
  if (!first.length || !labelNearStart(first, keys)) return null;
  const opensWithLabel = startsOf(letterKey(first[0]!), keys).length > 0;
  let knownOnFirst = 0;
  const columns: string[] = [];
  const seen = new Set<string>();
  let partial: Partial | null = null;
  let unknown: string[] = [];
  let end = i;
  // The first line must itself begin a known label: a heading that starts like one ("Palvelu …") is no header.
  let knownOnFirstLine = false;
  const flushUnknown = () => {
    for (const label of unknownLabels(unknown)) columns.push(EXTRA_PREFIX + headerText(label));
    unknown = [];
  };
  // Columns whose label joins two fields' names ("Vastuualue/toimiala"): the second field, decided at the end.
  const joined = new Map<number, string>();
  const close = () => {
    if (!partial) return;
    const f = closeField(partial);
    if (f && partial.again) {
      const col = columns.length - 1;
      if (f !== columns[col]) {
        // Either name may be the column's: both stay open to later columns until the header is read.
        joined.set(col, f);
        seen.delete(columns[col]!);
      }
      if (partial.line === i) knownOnFirst += partial.onFirst;
      partial = null;
      return;
    }
    if (f) {
      if (partial.carried) unknown.pop();
      flushUnknown();
      columns.push(f);
      seen.add(f);
      if (partial.line === i) knownOnFirstLine = true;
      knownOnFirst += partial.onFirst + (partial.carried && partial.line === i ? 1 : 0);
    } else unknown.push(...(partial.again ? partial.words.slice(1) : partial.words));
    partial = null;
  };
  for (let j = i; j < lines.length && (j < i + MAX_HEADER_LINES || j <= through) && (!oneLine || j === i); j++) {
    const words = wordsOf(lines[j]!);
    if (!words.length) continue;
    const forced = j <= through;
    const continues =
      forced ||
      continuesHeader(words, partial, unknown, seen, keys) ||
      wrappedLabelPart(words, nextWords(lines, j), unknown.length > 0, seen, keys) ||
      (words.length === 1 && LABEL_YEAR.test(words[0]!) && !unknown.length && knownLast(columns, partial));
    if (j > i && !continues && !unknownLabelLine(lines, j, seen, keys)) {
      // A label set in a column too narrow for a syllable: a line per few letters ("Av" / "ai" / "n-" …).
      close();
      const spelled = spelledLabel(lines, j, keys, seen);
      if (!spelled) break;
      flushUnknown();
      columns.push(spelled.field);
      seen.add(spelled.field);
      end = j = spelled.end;
      continue;
    }
    // A name after a slash that this line does not go on with is read before the line is weighed.
    const open: Partial | null = partial;
    if (open?.again && !open.cands.some((c) => c.key.startsWith(open.acc + letterKey(words[0]!)))) close();
    // A line that would name a field a second time is the next header or a data row.
    if (j > i && !forced && repeatsField(words, partial, seen, keys)) break;
    for (const w of words) {
      const k = letterKey(w);
      if (partial && SIGN_JOINER.test(w)) close();
      if (partial) {
        const p: Partial = partial;
        const longer = p.cands.filter((c) => c.key.startsWith(p.acc + k));
        if (longer.length) {
          p.acc += k;
          p.cands = longer;
          p.words.push(w);
          if (j === i) p.onFirst++;
          continue;
        }
        close();
      }
      // A word of a letter or two may be a label's first letters split off by kerning ("A" / "vaintulos"),
      // and a short syllable before a wrap hyphen its first syllable ("Mit-" / "tari"): it begins a
      // label tentatively, and is an unknown word unless the next words spell the label on.
      // After a joiner, the field just read may be named again: one label ("Mittari / To-" "teuma").
      const last = columns[columns.length - 1];
      // A slash joins two names of one column ("Toimiala/vastuualue"); the second may be another field's.
      const anyName = w === "/";
      if (SIGN_JOINER.test(w) && !unknown.length && last && !last.startsWith(EXTRA_PREFIX)) {
        partial = { acc: "", cands: anyName ? keys.slice() : keys.filter((c) => c.field === last), words: [w], line: j, onFirst: j === i ? 1 : 0, again: true };
        continue;
      }
      // A slash after an unknown word: that word and the label after the slash are one column's.
      if (anyName && unknown.length && !SIGN_JOINER.test(unknown[unknown.length - 1]!)) {
        partial = { acc: "", cands: keys.filter((c) => !seen.has(c.field)), words: [w], line: j, onFirst: j === i ? 1 : 0, carried: true };
        continue;
      }
      // A year or a small-letter word opening a later line right after a known label is that
      // label's wrapped end ("Toteutuminen" / "vuonna" / "2026"), not a column of its own.
      const lineStart = j > i && w === words[0];
      if (lineStart && !unknown.length && knownLast(columns, null) && (LABEL_YEAR.test(w) || (LOWER_WORD.test(w) && !startsOf(k, keys).length))) continue;
      const fragment = k.length < 3 || (k.length < 4 && WRAP_END.test(w));
      const starts = (fragment && k ? keys.filter((c) => c.key.startsWith(k)) : startsOf(k, keys)).filter((c) => !seen.has(c.field));
      if (starts.length) partial = { acc: k, cands: starts, words: [w], line: j, onFirst: j === i ? 1 : 0 };
      else unknown.push(w);
    }
    end = j;
  }
  close();
  flushUnknown();
  // A column named by two fields' names is the field no other column names.
  for (const [col, second] of joined) if (columns.some((c, ci) => ci !== col && c === columns[col]) && !columns.includes(second)) columns[col] = second;
  const known = columns.filter((c) => !c.startsWith(EXTRA_PREFIX));
  if (!knownOnFirstLine) return null;
  // A line opening with words of no label is a header only when labels make up most of it.
  const fewKnown = firstTest === "half" ? knownOnFirst * 2 < first.length : firstTest === "most" && knownOnFirst * 2 <= first.length;
  if (!opensWithLabel && fewKnown) return null;
  if (new Set(known).size !== known.length) return null;
  return { start: i, end, columns };
}

/** A line of a unit sign alone, in brackets ("(€)", "(%)"): no letters, no digits. */
const UNIT_SIGN_LINE = /^\s*\([^\p{L}\p{N}\s()]{1,3}\)\s*$/u;

/** Longest run of one-fragment lines read as a label spelled letter group by letter group. */
const MAX_SPELLED_LINES = 60;

/** A label of a field not yet read, spelled by the one-word lines from `j` on, and its last line. */
function spelledLabel(lines: readonly SourceLine[], j: number, keys: readonly LabelKey[], seen: ReadonlySet<string>): { field: string; end: number } | null {
  let acc = "";
  for (let m = j; m < lines.length && m < j + MAX_SPELLED_LINES; m++) {
    const words = wordsOf(lines[m]!);
    if (words.length !== 1) return null;
    acc += letterKey(words[0]!);
    const cands = keys.filter((c) => !seen.has(c.field) && c.key.startsWith(acc));
    if (!cands.length) return null;
    const whole = cands.find((c) => c.key === acc);
    if (whole && m > j) return { field: whole.field, end: m };
  }
  return null;
}

/** Words of the next line that has any, after line `j`. */
function nextWords(lines: readonly SourceLine[], j: number): string[] {
  for (let m = j + 1; m < lines.length && m <= j + 2; m++) {
    const w = wordsOf(lines[m]!);
    if (w.length) return w;
  }
  return [];
}

/** A year or other short number that wrapped off an added column's label ("Perustaso" / "2024"). */
const SHORT_NUMBER = /^\d{1,4}$/u;

/**
 * Whether a label of a field not yet read begins `words`, or, with `after`, follows at most a few
 * words without figures (another unknown label wrapped onto the line: "Odotettu muutos Mittari").
 */
function opensUnseenLabel(words: readonly string[], seen: ReadonlySet<string>, keys: readonly LabelKey[], after = false): boolean {
  const at = words.findIndex((w) => startsOf(letterKey(w), keys).some((c) => !seen.has(c.field)));
  return at === 0 || (after && at > 0 && at <= MAX_LEADING_UNKNOWN && !words.slice(0, at).some((w) => /\d/u.test(w)));
}

/** Whether the header's last label, read or being read, is a known field's whole. */
function knownLast(columns: readonly string[], partial: Partial | null): boolean {
  if (partial) return closeField(partial) !== null;
  const last = columns[columns.length - 1];
  return last !== undefined && !last.startsWith(EXTRA_PREFIX);
}

/**
 * A header line opening with a wrapped part of an unknown label read just before - a short number
 * ("Kehys" / "2027"), or a lone lower-case word - with a field not yet read beginning right after
 * it on the line, or on the next line (maybe after another unknown label). A data row opening
 * with a number has no label right after it, so it still ends the header.
 */
function wrappedLabelPart(words: readonly string[], next: readonly string[], unknownPending: boolean, seen: ReadonlySet<string>, keys: readonly LabelKey[]): boolean {
  if (!unknownPending) return false;
  if (SHORT_NUMBER.test(words[0]!)) return words.length > 1 ? opensUnseenLabel(words.slice(1), seen, keys) : opensUnseenLabel(next, seen, keys, true);
  return words.length === 1 && LOWER_WORD.test(words[0]!) && opensUnseenLabel(next, seen, keys, true);
}

/** Words after line `j` that may open a label: the next line's, a wrapped short number at its start passed over. */
function labelWordsAfter(lines: readonly SourceLine[], j: number): string[] {
  const next = nextWords(lines, j);
  if (next.length !== 1 || !SHORT_NUMBER.test(next[0]!)) return next;
  const m = lines.findIndex((l, x) => x > j && wordsOf(l).length > 0);
  return m < 0 ? [] : nextWords(lines, m);
}

/** Most lines of an unknown label hyphenated into syllables, each ending in a wrap hyphen but the last. */
const MAX_UNKNOWN_SYLLABLE_LINES = 4;

/** Whether a line's few words, without digits, begin no label (a line of an unknown column's label). */
function unknownWords(words: readonly string[], keys: readonly LabelKey[]): boolean {
  if (!words.length || words.length > MAX_LEADING_UNKNOWN || words.some((w) => /\d/u.test(w))) return false;
  return !words.some((w) => startsOf(letterKey(w), keys).length);
}

/**
 * A header line of a few words that begin no label, right before a line that opens with the label
 * of a field not yet read: an unknown column's label between known ones, on a line of its own
 * (extractors write a wrapped header cell by cell). In a narrow column the label is hyphenated
 * into syllables over lines ("Ajan-" / "kohta"): lines ending in a wrap hyphen are passed over
 * to the line after the label's last syllable.
 */
function unknownLabelLine(lines: readonly SourceLine[], j: number, seen: ReadonlySet<string>, keys: readonly LabelKey[]): boolean {
  let words = wordsOf(lines[j]!);
  let at = j;
  for (let n = 0; n < MAX_UNKNOWN_SYLLABLE_LINES; n++) {
    if (!unknownWords(words, keys)) return false;
    const next = labelWordsAfter(lines, at);
    if (!next.length) return false;
    if (startsOf(letterKey(next[0]!), keys).some((c) => !seen.has(c.field))) return true;
    if (!/\p{Ll}[-\u00ad]$/u.test(words[words.length - 1]!)) return false;
    at = lines.findIndex((l, x) => x > at && wordsOf(l).length > 0);
    if (at < 0) return false;
    words = wordsOf(lines[at]!);
  }
  return false;
}

function continuesHeader(words: readonly string[], partial: Partial | null, unknown: readonly string[], seen: ReadonlySet<string>, keys: readonly LabelKey[]): boolean {
  const k0 = letterKey(words[0]!);
  if (partial && partial.cands.some((c) => c.key.startsWith(partial.acc + k0))) return true;
  if (unknown.length && WRAP_END.test(unknown[unknown.length - 1]!)) return true;
  const firstLabel = words.findIndex((w) => startsOf(letterKey(w), keys).some((c) => !seen.has(c.field)));
  return firstLabel >= 0 && firstLabel <= MAX_LEADING_UNKNOWN;
}

/**
 * Whether a line's words begin a label of a field already read (and do not just continue a label).
 * Once the line has gone on with a label of a field not yet read, a later word counts only when it
 * and the words after it spell a read field's label whole: a word that merely begins one ("Vastuu"
 * after "Mittari", its letters beginning "Vastuualue") is an unknown column's label, not the next
 * header or a row.
 */
function repeatsField(words: readonly string[], partial: Partial | null, seen: ReadonlySet<string>, keys: readonly LabelKey[]): boolean {
  let acc = partial ? partial.acc : null;
  let unseenBefore = false;
  for (let wi = 0; wi < words.length; wi++) {
    const k = letterKey(words[wi]!);
    if (acc !== null && partial!.cands.some((c) => c.key.startsWith(acc + k))) {
      acc += k;
      continue;
    }
    acc = null;
    const starts = startsOf(k, keys);
    if (starts.some((c) => !seen.has(c.field))) unseenBefore = true;
    else if (starts.length && (!unseenBefore || spellsWhole(words, wi, starts))) return true;
  }
  return false;
}

/** Whether the words from `wi` on spell one of the labels `cands` whole. */
function spellsWhole(words: readonly string[], wi: number, cands: readonly LabelKey[]): boolean {
  let acc = "";
  for (let m = wi; m < words.length; m++) {
    acc += letterKey(words[m]!);
    if (cands.some((c) => c.key === acc)) return true;
    if (!cands.some((c) => c.key.startsWith(acc))) return false;
  }
  return false;
}

/** A label's first letters split off by kerning: one or two letters, a capital first ("T", "Av"). */
const CAPITAL_FRAGMENT = /^\p{Lu}\p{Ll}?$/u;

/**
 * A header whose first label lost its capital to a line of its own (kerning sets "T" apart from
 * "ulosyksikkö", and the extractor writes it on the line above): a line of one or two such
 * fragments, joined with the next line's first word or the word after it, spells a label that the
 * next line alone does not name. The header then starts at the fragment's line, so the fragment
 * never ends the section heading above it.
 */
function splitCapitalHeader(lines: readonly SourceLine[], i: number, keys: readonly LabelKey[]): { header: TextHeader; read: HeaderReader } | null {
  const frags = wordsOf(lines[i]!);
  if (!frags.length || frags.length > 2 || !frags.every((w) => CAPITAL_FRAGMENT.test(w))) return null;
  const next = lines[i + 1];
  if (!next) return null;
  const words = wordsOf(next);
  const knownOf = (h: TextHeader | null) => (h ? h.columns.filter((c) => !c.startsWith(EXTRA_PREFIX)).length : 0);
  const alone = knownOf(headerAt(lines, i + 1, keys));
  let best: { header: TextHeader; read: HeaderReader } | null = null;
  for (let at = 0; at <= 1 && at < words.length; at++) {
    // Only a word that begins no label of its own can be a label missing its first letters.
    if (startsOf(letterKey(words[at]!), keys).length) continue;
    const joined = [...words.slice(0, at), ...frags, ...words.slice(at)].join(" ");
    const copy = lines.slice();
    copy[i + 1] = { ...next, text: joined };
    const h = headerAt(copy, i + 1, keys);
    if (h && knownOf(h) > alone && knownOf(h) > knownOf(best?.header ?? null)) {
      const read: HeaderReader = (through) => {
        const again = headerAt(copy, i + 1, keys, through);
        return again && { ...again, start: i };
      };
      best = { header: { ...h, start: i }, read };
    }
  }
  return best;
}

/** Most lines a header's first cells wrap over at a hyphen or a slash before its first label shows. */
const MAX_WRAPPED_FIRST_LINES = 4;
/** A line that ends inside a word: a wrap hyphen or a slash right after a letter. */
const ENDS_MID_WORD = /\p{L}[-\u00ad/]$/u;

/**
 * A header whose first cells are narrow: the added column's label and the first label, wrapped at
 * a hyphen or a slash ("Työvaihe Palvelukoko-" / "naisuus/toi-" / "miala"), show no label on the
 * header's first line. Lines that end inside a word are one line with the next: a copy of the
 * lines with them joined on line `i` (the others left empty, so indexes stay) and the last line
 * joined, or null.
 */
function joinWrappedFirstLine(lines: readonly SourceLine[], i: number, withNext = false): { copy: SourceLine[]; last: number } | null {
  let m = i;
  // Never over a page break: a row's last value cut at a page's foot ("kevää\u00ad") stands right before the next page's header.
  while (m + 1 < lines.length && m - i < MAX_WRAPPED_FIRST_LINES && ENDS_MID_WORD.test(lines[m]!.text.trimEnd()) && lines[m + 1]!.text.trim() && samePage(lines, i, m + 1)) m++;
  if (m === i) return null;
  // A first label wrapped whole before the others, a syllable a line ("Toi-" / "meen-" / "pano-" /
  // "vastuu"): its last syllable's line is followed by the line where the other labels start.
  if (withNext) {
    const oneWord = (k: number) => lines[k]!.text.trim().split(/\s+/u).length === 1;
    for (let k = i; k <= m; k++) if (!oneWord(k)) return null;
    // On one page: a row's last value wrapped at a page's foot ("toistaisek-" / "si") stands before the repeated header.
    if (m + 1 >= lines.length || !lines[m + 1]!.text.trim() || !samePage(lines, i, m + 1)) return null;
    m++;
  }
  const copy = lines.slice();
  copy[i] = { ...lines[i]!, text: headerText(lines.slice(i, m + 1).flatMap((l) => l.text.trim().split(/\s+/u))) };
  for (let k = i + 1; k <= m; k++) copy[k] = { ...lines[k]!, text: "" };
  return { copy, last: m };
}

/** Whether line `j` is on line `i`'s page (a form feed opening a line starts a page too). */
function samePage(lines: readonly SourceLine[], i: number, j: number): boolean {
  return lines[j]!.page === lines[i]!.page && !lines[j]!.text.startsWith("\f");
}

/**
 * Whether a header names enough known fields (`namesEnoughFields`); with fewer than
 * `detect.minHeaderLabels`, its columns (unknown ones too) must still be as many.
 */
const enoughLabels = (h: TextHeader, detect: OkrTableRules["detect"]): boolean =>
  namesEnoughFields(new Set(h.columns.filter((c) => !c.startsWith(EXTRA_PREFIX))), detect) && h.columns.length >= detect.minHeaderLabels;

/**
 * A header of labels that names fewer known fields than `enoughLabels` asks for ("Piiri Suunta
 * Tulosalue Etappi Toteuma Kausiarvio Koodi": labels the rules do not know, and an added column),
 * on one line or wrapped over a few: taken when its lines read as a row of labels and the lines
 * under it as rows (`label-line.ts`), never by its words alone.
 */
function labelLineHeader(lines: readonly SourceLine[], i: number, keys: readonly LabelKey[]): TextHeader | null {
  // Its labels wrapped over lines (a narrow first label on lines of its own joined first), or on one line.
  const wrapped = joinWrappedFirstLine(lines, i, true) ?? joinWrappedFirstLine(lines, i);
  const tries: [readonly SourceLine[], "any" | "oneLine", number][] = [[lines, "any", i], [lines, "oneLine", i]];
  if (wrapped) tries.unshift([wrapped.copy, "any", wrapped.last]);
  for (const [src, first, last] of tries) {
    const h = headerAt(src, i, keys, -1, first);
    if (!h) continue;
    const end = Math.max(h.end, last);
    const words = src.slice(i, end + 1).flatMap((l) => wordsOf(l));
    if (isLabelLine(headerText(words)) && labelLineNamesEnough(h.columns) && rowsUnder(lines, end)) return { ...h, end };
  }
  return null;
}

/** Every column-header row of the text, top to bottom; a row must name enough fields (`enoughLabels`). */
export function findTextHeaders(lines: readonly SourceLine[], rules: OkrTableRules): TextHeader[] {
  const keys = labelKeys(rules);
  const out: TextHeader[] = [];
  const readers: HeaderReader[] = [];
  for (let i = 0; i < lines.length; i++) {
    const at = i;
    let read: HeaderReader = (through) => headerAt(lines, at, keys, through);
    let h = read(-1);
    if (!h) {
      const split = splitCapitalHeader(lines, i, keys);
      if (split) [h, read] = [split.header, split.read];
    }
    // A first label wrapped over lines of its own reads as a header of that label alone: try the join.
    if (!h || !enoughLabels(h, rules.detect)) {
      // Lines right under a header are its own wrapped last label ("Rahoitustar-" / "ve"), never the next header's first.
      const underHeader = out.length > 0 && out[out.length - 1]!.end === i - 1;
      for (const withNext of underHeader ? [false] : [false, true]) {
        const wrapped = joinWrappedFirstLine(lines, i, withNext);
        if (!wrapped) continue;
        // A first label wrapped whole over lines of its own is one word before the next line's labels: half of them suffices.
        read = (through) => headerAt(wrapped.copy, at, keys, through, withNext ? "half" : "most");
        const joined = read(-1);
        if (joined && enoughLabels(joined, rules.detect)) {
          h = { ...joined, end: Math.max(joined.end, wrapped.last) };
          break;
        }
        read = (through) => headerAt(lines, at, keys, through);
      }
    }
    if (!h || !enoughLabels(h, rules.detect)) {
      // Few known labels: a line of labels alone, confirmed by the rows under it (`label-line.ts`).
      const line = labelLineHeader(lines, i, keys);
      if (!line) continue;
      [h, read] = [line, () => line];
    }
    out.push(h);
    readers.push(read);
    i = h.end;
  }
  // No header names a field: one the document repeats above its rows, told by its shape.
  if (!out.length) return findShapeHeaders(lines).map((h) => ({ ...h, byShape: true }));
  extendRepeatedHeaders(lines, out, readers);
  addRepeatedLastLabel(lines, out, keys);
  out.forEach((h) => addUnitSign(lines, h));
  out.forEach((h, hi) => {
    const above = h.start - 1;
    if (above > (hi ? out[hi - 1]!.end : -1) && clippedImageOf(lines[above]!, lines.slice(h.start, h.end + 1))) h.start = above;
  });
  for (const h of out) {
    const guessed = divisionBeforeResultArea(h.columns);
    if (guessed) h.guessedDivision = guessed;
  }
  return out;
}

/**
 * A header that names no division column, with a column no vocabulary knows standing right before
 * the result area's: that column is the division's (the level the result areas belong to, printed
 * before them), not an added one, also after an added first column ("Koodi Osasto Tulosalue …").
 * The PDF path tells it by its values (`value-told.ts`).
 */
function divisionBeforeResultArea(columns: string[]): { at: number; label: string } | undefined {
  const area = columns.indexOf("tulosalue");
  if (columns.includes("toimiala") || area < 1 || !columns[area - 1]!.startsWith(EXTRA_PREFIX)) return undefined;
  const label = columns[area - 1]!.slice(EXTRA_PREFIX.length);
  columns[area - 1] = "toimiala";
  return { at: area - 1, label };
}

/**
 * A table repeated over pages repeats its header and not its rows: the lines (at most `max`, each
 * accepted by `fits`) that follow every header word for word and stand nowhere else in the text (a
 * line under every header that stands elsewhere too is a row's). Per header, their indexes in order.
 */
function linesAfterEveryHeader(lines: readonly SourceLine[], headers: readonly TextHeader[], max: number, fits: (line: SourceLine) => boolean): number[][] {
  const count = new Map<string, number>();
  for (const l of lines) {
    const t = l.text.trim();
    if (t) count.set(t, (count.get(t) ?? 0) + 1);
  }
  const taken: number[][] = headers.map(() => []);
  for (let k = 0; k < max; k++) {
    const next = headers.map((h, hi) => {
      const from = (taken[hi]!.at(-1) ?? h.end) + 1;
      const limit = hi + 1 < headers.length ? headers[hi + 1]!.start : lines.length;
      for (let m = from; m < limit; m++) if (wordsOf(lines[m]!).length) return m;
      return -1;
    });
    if (next.some((m) => m < 0)) break;
    const text = lines[next[0]!]!.text.trim();
    if (!fits(lines[next[0]!]!) || next.some((m) => lines[m]!.text.trim() !== text) || count.get(text) !== headers.length) break;
    next.forEach((m, hi) => taken[hi]!.push(m));
  }
  return taken;
}

/** Fewest fragments a clipped image of a header has (one or two are a capital split off by kerning). */
const MIN_CLIPPED_FRAGMENTS = 3;

/**
 * A header's clipped image right above it: some producers draw a repeated header row at the foot
 * of the page before, clipped to its tallest letters, and the extractor writes those letters as a
 * line of fragments ("T i l T l" for "Toimiala Tulosalue"). Its fragments are a few letters each,
 * and its letters, in order, are letters of the header under it: not a heading, not a row.
 */
function clippedImageOf(line: SourceLine, header: readonly SourceLine[]): boolean {
  const frags = wordsOf(line);
  if (frags.length < MIN_CLIPPED_FRAGMENTS || !frags.every((w) => /^\p{L}{1,3}$/u.test(w))) return false;
  const letters = header.map((l) => l.text).join("").replace(/[^\p{L}]/gu, "");
  return inOrder(frags.join(""), letters);
}

/** Whether `after` names every field of `before`, in the same order, and no field twice. */
function keepsInOrder(before: readonly string[], after: readonly string[]): boolean {
  if (new Set(after).size !== after.length) return false;
  let at = 0;
  for (const f of after) if (f === before[at]) at++;
  return at === before.length;
}

/** Reads a header again with every line up to `through` taken as header (-1: by its labels alone). */
type HeaderReader = (through: number) => TextHeader | null;

/**
 * A table repeated over pages or sections repeats its header and not its rows: a header read by
 * its labels alone that stops short (a label hyphenated over lines, an unknown label whose words
 * look like a read one, a wrapped unknown label) is followed, under every repetition, by the same
 * lines. Those lines are header too, up to the first line that differs between the repetitions -
 * the first rows. A line that also stands elsewhere in the text (a division name that recurs in
 * the first column, a value) is a row's, never taken. Each header is then read again through the
 * new end (fields it names there, such as a label after a long unknown one, added), and kept so
 * only when it still names every field it named before, in the same order, none twice.
 */
function extendRepeatedHeaders(lines: readonly SourceLine[], headers: TextHeader[], readers: readonly HeaderReader[]): void {
  if (headers.length < 2) return;
  const ends = linesAfterEveryHeader(lines, headers, MAX_HEADER_LINES, () => true).map((t, hi) => t.at(-1) ?? headers[hi]!.end);
  const known = (h: TextHeader) => h.columns.filter((c) => !c.startsWith(EXTRA_PREFIX));
  headers.forEach((h, hi) => {
    if (ends[hi] === h.end) return;
    const again = readers[hi]!(ends[hi]!);
    if (!again || again.end !== ends[hi] || !keepsInOrder(known(h), known(again))) return;
    headers[hi] = { ...again, start: h.start };
  });
}

/**
 * A unit sign in brackets wrapped off an unknown last label onto a line of its own ("Kustan-" /
 * "nusarvio" / "(€)"): no row's line is a bracketed sign alone, so it ends that label.
 */
function addUnitSign(lines: readonly SourceLine[], h: TextHeader): void {
  const last = h.columns[h.columns.length - 1];
  const next = lines[h.end + 1];
  if (!last?.startsWith(EXTRA_PREFIX) || !next || !UNIT_SIGN_LINE.test(next.text)) return;
  h.columns[h.columns.length - 1] = `${last} ${next.text.trim()}`;
  h.end++;
}

/** Most lines an unknown last column's label takes under the known labels. */
const MAX_LAST_LABEL_LINES = 3;

/**
 * An unknown column's label printed last, on lines of its own (an extractor writes a wrapped header
 * cell by cell, so a label after a wrapped one starts a new line): nothing in one header tells it
 * from a first row's first line, but a table repeated over pages repeats its header and not its
 * rows. Lines of a few words without digits that follow every header word for word, and stand
 * nowhere else, are that label.
 */
function addRepeatedLastLabel(lines: readonly SourceLine[], headers: TextHeader[], keys: readonly LabelKey[]): void {
  if (headers.length < 2) return;
  const fits = (line: SourceLine) => {
    const words = wordsOf(line);
    return words.length <= MAX_LEADING_UNKNOWN && !/\d/u.test(line.text) && !words.some((w) => startsOf(letterKey(w), keys).length);
  };
  const taken = linesAfterEveryHeader(lines, headers, MAX_LAST_LABEL_LINES, fits);
  if (!taken[0]!.length) return;
  headers.forEach((h, hi) => {
    const label = headerText(taken[hi]!.flatMap((m) => wordsOf(lines[m]!)));
    h.columns.push(EXTRA_PREFIX + label);
    h.end = taken[hi]!.at(-1)!;
  });
}
