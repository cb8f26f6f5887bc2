/**
 * Where the rows of an OKR table in text begin, from what the document itself shows. Every row
 * starts a line with its first column's value, and that column holds a few names that recur row
 * after row (a division, a result area): so a line whose first word recurs at line starts, and
 * begins with a capital or a digit, is a candidate. The line right under a column header starts
 * a row unless it only continues one broken across the page. Candidates that would leave a
 * fragment too small to be a row (fewer words than the row has cells, or far fewer than a
 * typical row) are dropped, the less supported of the two ends first. Division names from the
 * rules neither start a row nor seed the first column: at a start the document's own evidence
 * found, they only name the toimiala cell and keep the start when a fragment is pruned.
 */
import { letterKey } from "../../text/letters.js";
import { BARE_FIGURE, matchDivision, tokenize, type RowLine } from "./rows.js";

export interface BodyLine extends RowLine {
  /** The first line under a column header (a page top in repeated-header reports). */
  underHeader: boolean;
  /** Cells a row of this line's table has (columns that are not optional). */
  cells: number;
  /**
   * The table's first column holds sentences (a key result printed first): its values seldom
   * recur, so a line after a row's ending starts a row whatever its first word.
   */
  sentenceFirst?: boolean;
  /** The table's last column holds sentences (a key result printed last): its rows end in a sentence's end. */
  sentenceLast?: boolean;
  /**
   * The table's first column holds measured values (the measure printed first): their figures
   * differ row by row, so a figure opening a line is that column's one recurring value.
   */
  figureFirst?: boolean;
}

export interface RowStart {
  /** Index into the body lines. */
  at: number;
  /** A known division's name matched at the start, and its token count. */
  division?: { name: string; tokens: number };
}

/** Most lines a first-column name wraps over (its start line and continuations) for `nameTail`. */
const MAX_NAME_LINES = 4;
/** Most words a line of such a name has: a multi-line first cell stands alone on its lines. */
const MAX_NAME_LINE_WORDS = 4;
/** Fewest times a first word must start a line to count as a recurring first-column value. */
const MIN_RECUR = 2;
/** Lines right under a column header that make a first word a seed of the first column. */
const MIN_SEED_TOPS = 2;
/** Share of a group's lines that must follow a line that ends like the seeds' rows end. */
const MIN_END_SHARE = 0.5;
/** A fragment below this share of the median row's words is no row of its own. */
const MIN_ROW_SHARE = 0.25;

const UPPER_OR_DIGIT = /^[^\p{L}\p{N}]*[\p{Lu}\p{N}]/u;
const ANY_LETTER_OR_DIGIT = /^[^\p{L}\p{N}]*[\p{L}\p{N}]/u;

/** A wrapped word continues on the next line: the line ends in a letter and a hyphen (or a soft hyphen). */
export function endsInWrap(text: string): boolean {
  return /[\p{L}][-\u00ad]$/u.test(text.trimEnd()) || text.endsWith("\u00ad");
}

/** A lone dash, standing for an empty value ("–"). */
export const LONE_DASH = /^[–—-]$/u;

/**
 * The first word's letters; with `dash`, a lone dash (an added first column's value for none) is its
 * own key, so that it recurs like the column's words.
 */
function firstWordKey(text: string, dash = false): string {
  const m = /\S+/.exec(text);
  return m ? letterKey(m[0]) || (dash && LONE_DASH.test(m[0]) ? m[0] : "") : "";
}

/**
 * The one key of every figure opening a line in a first column of measured values ("80 %", "12
 * kpl", "3,5", "-2 %"): a digit, so it is taken as digits are (`digitSeed`), and no word's key.
 */
const FIGURE_KEY = "0#";
/** A figure first, after at most two signs ("-2 %", "≥ 80 %", "(12)"). */
const OPENING_FIGURE = /^[^\p{L}\p{N}]{0,2}\p{N}/u;

/**
 * A measured value opens a row's first line with the rest of the row beside it, or wraps with its
 * unit or words: a figure alone on its line ("4", "65+", "2025).") is the end of a name or a
 * sentence wrapped there ("Alfapalvelut" / "4"), no row's start.
 */
function opensMeasure(text: string): boolean {
  const t = text.trim();
  return OPENING_FIGURE.test(t) && /\s/u.test(t) && !sentenceRest(t);
}

/**
 * A sentence's line that opens with a figure ("90 % pääsee hoitoon.", "3/2027 loppuun.", "80 %
 * asukkaista saa ajan samana"): no capital nor another figure after its figure, and a full stop at
 * its end or more words than a measured value's narrow cell holds on a line, where a measured
 * value's line goes on to the next column's cell ("Alfa …", "80 % asukkaista …") or ends in its
 * unit or a word or two.
 */
function sentenceRest(text: string): boolean {
  const words = text.split(/\s+/u);
  if (/\s\p{Lu}/u.test(text) || words.slice(1).some((w) => OPENING_FIGURE.test(w))) return false;
  return /[.!?]\)?$/u.test(text) || words.length > MAX_NAME_LINE_WORDS;
}

/**
 * Whether figure-first line `i` goes on with a sentence wrapped on the line above ("… päivitetään" /
 * "2027 mennessä kaikissa tiimeissä,"): that line ends in a lower-case word, stands once in the
 * document (a row's last line, a division's or a result area's, recurs row after row) and is a
 * sentence's line: no capital after its first word, or after the measured value opening it (a
 * row's first line, "80 % Asukkaiden toimintamalli päivitetään"), where a line of names has one
 * ("Arkiapu Alfapalvelut"). And the figure's line has no capital after its first word, where a
 * row's first line goes on to the next column's capitalized cell. The figure is the sentence's.
 */
function figureGoesOnSentence(body: readonly BodyLine[], i: number, lineCount: ReadonlyMap<string, number>): boolean {
  if (i === 0 || body[i]!.underHeader) return false;
  const above = body[i - 1]!.text.trim();
  if (!/\p{Ll}$/u.test(above) || !/\s/u.test(above) || (lineCount.get(above) ?? 0) > 1) return false;
  // The words after an opening measured value: from its first capitalized word on.
  const sentence = OPENING_FIGURE.test(above) ? above.slice(Math.max(0, above.search(/\s\p{Lu}/u))) : above;
  return !/\s\p{Lu}/u.test(sentence.trim()) && !/\s\p{Lu}/u.test(body[i]!.text);
}

/**
 * With `anyCase`, a line may start a row whatever the case of its first letter: a first column of
 * recurring values the document writes in lower case (a phase or status word, `lead-values.ts`).
 */
export function findRowStarts(body: readonly BodyLine[], divisions: readonly string[], options: { anyCase?: boolean } = {}): RowStart[] {
  const lineCount = new Map<string, number>();
  for (const l of body) lineCount.set(l.text.trim(), (lineCount.get(l.text.trim()) ?? 0) + 1);
  const keyOf = body.map((l, i) => {
    if (!(options.anyCase ? ANY_LETTER_OR_DIGIT : UPPER_OR_DIGIT).test(l.text)) return "";
    if (!(l.underHeader || i === 0 || !endsInWrap(body[i - 1]!.text))) return "";
    if (l.figureFirst && OPENING_FIGURE.test(l.text.trimStart())) return opensMeasure(l.text) && !figureGoesOnSentence(body, i, lineCount) ? FIGURE_KEY : "";
    return firstWordKey(l.text, options.anyCase);
  });
  const division = body.map((l, i) => {
    if (!keyOf[i] || !divisions.length) return undefined;
    const tokens = tokenize(body.slice(i, i + 4));
    const m = matchDivision(tokens, divisions);
    // A known name the document's own name goes on from ("… ja turvallisuus"): the name is longer.
    const goesOn = m && /^\p{Ll}/u.test(tokens[m.tokenCount]?.text ?? "");
    return m && !m.partial && !goesOn ? { name: m.division, tokens: m.tokenCount } : undefined;
  });
  mergeWrappedKeys(body, keyOf);
  const cellLines = firstCellSplits(body, keyOf);
  const groups = new Map<string, number[]>();
  keyOf.forEach((k, i) => {
    if (!k) return;
    const g = groups.get(k);
    if (g) g.push(i);
    else groups.set(k, [i]);
  });
  const { accepted, ends, secondColumn } = acceptGroups(body, groups, cellLines, options.anyCase);
  const endLike = (i: number) => i === 0 || body[i]!.underHeader || ends.has(endKey(body, i - 1));
  // A word that begins rows and also lines inside rows (a second column's value after a first
  // column wrapped over lines): its lines that follow a row's ending start rows, when it has
  // several such lines.
  const digitSeed = [...accepted].some((k) => /^\p{N}/u.test(k));
  const mixed = new Set<string>();
  for (const [k, lines] of groups) {
    // A second column's value at a page top is the rest of a row broken across the page.
    if (accepted.has(k) || secondColumn.has(k) || (/^\p{N}/u.test(k) && !digitSeed)) continue;
    if (lines.filter(endLike).length >= MIN_RECUR) mixed.add(k);
  }
  // A line under a column header begins a row when the page before ended as rows end (or nothing
  // came before): a first column whose values never recur (a key result printed first) has no
  // group to take it, but the document shows the row boundary all the same.
  const topStart = (i: number) => body[i]!.underHeader && (i === 0 || ends.has(endKey(body, i - 1)));
  // A first-column value's word that opens a later cell too (an objective's first word opening a
  // key result) starts no row right after a line ending that recurs in the document yet ends no
  // row (a wrapped name's last line: "Hallinto ja tieto-" / "palvelut").
  const lineEnding = new Map<string, number>();
  for (let i = 0; i < body.length; i++) lineEnding.set(endKey(body, i), (lineEnding.get(endKey(body, i)) ?? 0) + 1);
  const wrapRest = (j: number) => j > 0 && !body[j]!.underHeader && endsInWrap(body[j - 1]!.text) && body[j]!.text.trim().split(/\s+/).length === 1;
  const afterCellEnding = (i: number) =>
    i > 1 && !body[i]!.sentenceFirst && !body[i]!.underHeader && accepted.has(keyOf[i - 2]!) && wrapRest(i - 1) && !endsRow(ends, body, i - 1) && (lineEnding.get(endKey(body, i - 1)) ?? 0) >= MIN_CELL_ENDINGS;
  let starts: number[] = [];
  keyOf.forEach((k, i) => {
    if (k && !cellLines.has(i) && ((accepted.has(k) && !afterCellEnding(i)) || (mixed.has(k) && endLike(i)) || topStart(i) || (body[i]!.sentenceFirst && endLike(i)))) starts.push(i);
  });
  // Lines that only continue the start line above them, short as a name's lines are ("Hyvinvointikes-"
  // / "kus 2", "Tila-," / "kuljetus- ja" / "välinepalvelut") are the rest of a first-column name: a
  // figure ending them is the name's tail, not a row's measured value, and the line after them
  // starts no row (whatever it starts with, a known division's name among them): a row is more
  // than its first cell.
  const startSet = new Set(starts);
  const short = (k: number) => (body[k]!.text.match(/\S+/g)?.length ?? 0) <= MAX_NAME_LINE_WORDS;
  // A name recurs row after row: each of its line pairs stands so elsewhere too (a row's own
  // short lines, "Alfa x y z" / "a b c 10", do not).
  const pairKey = (k: number) => `${body[k - 1]!.text.trim()}\n${body[k]!.text.trim()}`;
  const pairs = new Map<string, number>();
  for (let k = 1; k < body.length; k++) if (short(k) && short(k - 1)) pairs.set(pairKey(k), (pairs.get(pairKey(k)) ?? 0) + 1);
  const nameTail = (i: number) => {
    for (let j = i - 1; j >= 1 && i - j < MAX_NAME_LINES; j--) {
      if (!short(j) || !short(j - 1) || (pairs.get(pairKey(j)) ?? 0) < MIN_RECUR) return false;
      // A bare figure alone on its line after a word ("Arkiapualue" / "3" in a narrow column) is a name's end too.
      if (!endsInWrap(body[j - 1]!.text) && !/^\p{Ll}/u.test(body[j]!.text.trim()) && !(BARE_FIGURE.test(body[j]!.text.trim()) && /\p{L}$/u.test(body[j - 1]!.text.trim()))) return false;
      if (startSet.has(j - 1)) return true;
    }
    return false;
  };
  starts = starts.filter((i) => body[i]!.underHeader || !nameTail(i));
  // Which of two starts a too-small fragment loses: one that follows a row's ending beats one
  // that does not, then the more frequent first word; a known division name confirms.
  const support = (i: number) => (groups.get(keyOf[i]!)?.length ?? 0) + (endLike(i) ? 1_000 : 0) + (division[i] ? 10_000 : 0);
  starts = pruneFragments(body, starts, support);
  const candidate = (i: number) => !!keyOf[i] && !cellLines.has(i) && endLike(i) && !nameTail(i) && (digitSeed || !/^\p{N}/u.test(keyOf[i]!));
  // Rows joined raise the median they are measured by: the rows split in one round show more.
  for (let round = 0; round < MAX_SPLIT_ROUNDS; round++) {
    const before = starts.length;
    starts = splitLongRows(body, starts, candidate);
    if (starts.length === before) break;
  }
  starts = repeatedFirstCells(body, starts);
  if (body.some((l) => l.sentenceFirst)) starts = sentenceCellStarts(body, keyOf, groups, starts);
  return starts.map((at) => (division[at] ? { at, division: division[at] } : { at }));
}

/** Fewest lines a row's first lines must repeat, word for word, to start another row by themselves. */
const MIN_REPEAT_LINES = 2;

/**
 * A row's first lines printed again, line for line, start a row there too: rows that share a long
 * first value (an objective printed first, restated for each of its key results) repeat its
 * wrapped lines exactly, even where the row before ends in words seen nowhere else ("12
 * ohjausta"), so no row ending vouches for the start. A row's inner lines seldom repeat another
 * row's opening lines; each part must still keep a row's size, so that a start found inside a row
 * (at a later cell's lines that recur) is not copied into the rows after it.
 */
function repeatedFirstCells(body: readonly BodyLine[], starts: number[]): number[] {
  if (starts.length < 2) return starts;
  const { words, median } = rowSizes(body, starts);
  const min = (i: number) => Math.max(2 * body[i]!.cells, MIN_SPLIT_SHARE * median);
  const text = (i: number) => body[i]!.text.trim();
  const linesOf = new Map<string, number[]>();
  body.forEach((_, i) => {
    const g = linesOf.get(text(i));
    if (g) g.push(i);
    else linesOf.set(text(i), [i]);
  });
  const out = new Set(starts);
  const sorted = () => [...out].sort((a, b) => a - b);
  for (const s of starts) {
    const same = linesOf.get(text(s))!;
    if (same.length < 2) continue;
    for (const i of same) {
      if (i <= s || out.has(i) || body[i]!.underHeader || endsInWrap(body[i - 1]!.text)) continue;
      let m = 0;
      while (s + m < i && i + m < body.length && !(m > 0 && out.has(s + m)) && !(m > 0 && body[i + m]!.underHeader) && text(s + m) === text(i + m)) m++;
      // Lines of a word or so each (a narrow column's syllables, a short name) repeat all over a
      // document: the lines repeated must be a cell's full lines and hold a row's worth of words.
      const lineWords = Array.from({ length: m }, (_, j) => text(s + j).split(/\s+/u).length);
      if (m < MIN_REPEAT_LINES || lineWords.slice(0, -1).some((w) => w < 2) || lineWords.reduce((a, b) => a + b, 0) < body[s]!.cells) continue;
      const all = sorted();
      const k = all.findIndex((x) => x > i);
      const from = k < 0 ? all[all.length - 1]! : all[k - 1]!;
      const to = k < 0 ? body.length : all[k]!;
      if (from < i && words(from, i) >= min(from) && words(i, to) >= min(i)) out.add(i);
    }
  }
  return out.size === starts.length ? starts : sorted();
}

/** Share of a group's lines that must follow a sentence's end for it to be the cell after a first cell of sentences. */
const MIN_ANCHOR_SHARE = 0.5;
/** Lines of an anchor group: fewer may be chance. */
const MIN_ANCHOR_LINES = 3;
/** Share of the first column's full line a line and the next word must reach to have been full (greedy wrapping). */
const FULL_LINE_SHARE = 0.85;
/** Below this share of the first column's full line a line was not full, however long the next word. */
const SHORT_LINE_SHARE = 0.5;
/** A line this many times the first column's full line holds several cells: it ends in another cell. */
const OVERFULL_LINE_SHARE = 1.25;
const SENTENCE_END = /[.!?)]$/u;
/** Share of a line ending's lines that end the rows found, for it to end a row between two anchors. */
const MIN_ROW_ENDING_SHARE = 0.5;
/** Lines ending in a word that make it a cell's recurring ending (a name's last word). */
const MIN_CELL_ENDINGS = 3;
const LOWER_FIRST = /^[^\p{L}\p{N}]*\p{Ll}/u;
/** A line opening with a dash alone (an empty cell's mark) before the next cell's words. */
const EMPTY_MARK_FIRST = /^\s*[-\u2013\u2014]\s+\S/u;
const EMPTY_MARK_KEY = "~–";

/**
 * A first column of sentences (a key result printed first) ends in a sentence's end, and the
 * cell after it begins a line with a value that recurs row after row (an objective, a division):
 * such lines ("anchors") lie one in each row, after the first cell. Between two anchors lies one
 * row start: the first line of the first cell that ends right above the second anchor. That cell
 * is found from its end upwards, as greedy wrapping shows it: a line goes on in the line below
 * when it ends in a wrap, when the line below begins in lower case, or when the line was full (it
 * and the next word would not have fitted in the first column). A line that begins a recurring
 * value is another cell's. Starts before it in the gap that leave less than a row are dropped
 * (the measured value of the row above, an objective's first line), and starts inside the cell
 * or at the anchor below it.
 */
function sentenceCellStarts(body: readonly BodyLine[], keyOf: readonly string[], groups: ReadonlyMap<string, number[]>, starts: number[]): number[] {
  const ends = (i: number) => SENTENCE_END.test(body[i]!.text.trimEnd());
  // The cell after the first may be an added column of lower-case values ("laaja", "rajattu, n.
  // 500 …"): its first words recur after the sentence's end all the same. They are grouped apart
  // from capitalized words (a lower-case line is otherwise a wrapped cell's rest).
  // So may a dash alone, the mark of an empty cell there, before the next cell's words ("– Alfa …"):
  // such lines are grouped together.
  const anchorKeyOf = keyOf.map((k, i) => {
    if (k || i === 0 || endsInWrap(body[i - 1]!.text)) return k;
    return LOWER_FIRST.test(body[i]!.text) ? `~${firstWordKey(body[i]!.text)}` : EMPTY_MARK_FIRST.test(body[i]!.text) ? EMPTY_MARK_KEY : "";
  });
  const anchorGroups = new Map<string, number[]>(groups);
  anchorKeyOf.forEach((k, i) => {
    if (!k.startsWith("~")) return;
    const g = anchorGroups.get(k);
    if (g) g.push(i);
    else anchorGroups.set(k, [i]);
  });
  const anchorKeys = new Set<string>();
  for (const [k, lines] of anchorGroups) {
    if (lines.length < MIN_ANCHOR_LINES) continue;
    const after = lines.filter((i) => i > 0 && !body[i]!.underHeader && ends(i - 1)).length;
    if (after / lines.length >= MIN_ANCHOR_SHARE) anchorKeys.add(k);
  }
  const anchors = body.map((_, i) => i).filter((i) => i > 0 && !body[i]!.underHeader && anchorKeys.has(anchorKeyOf[i]!) && ends(i - 1));
  if (anchors.length < MIN_ANCHOR_LINES) return starts;
  // A line that begins a recurring value (a division, an objective restated) begins another cell.
  const recurring = (i: number) => !!keyOf[i] && (groups.get(keyOf[i]!)?.length ?? 0) >= MIN_RECUR;
  // The first column's full line: lines under a header (its first lines) wrapped at a hyphen.
  const full = body.filter((l) => l.underHeader && endsInWrap(l.text)).map((l) => l.text.trim().length).sort((a, b) => a - b);
  const width = full.length ? full[Math.floor(full.length / 2)]! : 0;
  const firstWord = (i: number) => /\S+/u.exec(body[i]!.text.trim())?.[0] ?? "";
  const len = (i: number) => body[i]!.text.trim().length;
  // A line shorter than half the column was not filled: a long word after it would have been broken
  // there with a hyphen ("12 kpl" before "Alfakaksikolmeneljä…" is another cell's end).
  const wasFull = (j: number) => width > 0 && len(j - 1) >= SHORT_LINE_SHARE * width && len(j - 1) <= OVERFULL_LINE_SHARE * width && len(j - 1) + 1 + firstWord(j).length >= FULL_LINE_SHARE * width;
  const goesOn = (j: number) => endsInWrap(body[j - 1]!.text) || LOWER_FIRST.test(body[j]!.text) || wasFull(j);
  const { words, median } = rowSizes(body, starts.length ? starts : [0]);
  const minRow = (i: number) => Math.max(2 * body[i]!.cells, MIN_SPLIT_SHARE * median);
  const drop = new Set<number>();
  const add: number[] = [];
  const startSet = new Set(starts);
  const found: { a: number; b: number; j: number }[] = [];
  for (let k = 0; k + 1 < anchors.length; k++) {
    const a = anchors[k]!;
    const b = anchors[k + 1]!;
    if (body.slice(a + 1, b + 1).some((l) => l.underHeader)) continue;
    let j = b - 1;
    while (j - 1 > a && !(recurring(j - 1) && !LOWER_FIRST.test(body[j]!.text) && !endsInWrap(body[j - 1]!.text)) && goesOn(j)) j--;
    if (j <= a || !keyOf[j]) continue;
    found.push({ a, b, j });
  }
  // How the rows found so end (the line above each start): a start left inside a gap must follow
  // such an ending, or it is a later cell of the anchor's row (an objective that recurs, restated
  // row after row, with the measured value under it).
  const rowEnding = new Map<string, number>();
  for (const { j } of found) rowEnding.set(endKey(body, j - 1), (rowEnding.get(endKey(body, j - 1)) ?? 0) + 1);
  const lineEnding = new Map<string, number>();
  for (let i = 0; i < body.length; i++) lineEnding.set(endKey(body, i), (lineEnding.get(endKey(body, i)) ?? 0) + 1);
  // A line ending that recurs (a name's last word) but never ends the rows found ends a cell; a
  // rare one (a measured value's own words, "Kesto pidentynyt") may well end a row.
  const endsCell = (s: number) => (rowEnding.get(endKey(body, s - 1)) ?? 0) < MIN_RECUR && (lineEnding.get(endKey(body, s - 1)) ?? 0) >= MIN_CELL_ENDINGS;
  // A row whose cell after the first recurs nowhere (an objective of its own) has no anchor: two rows
  // or more share one gap. Above the start found there, a line after a line that ends as the rows
  // found end (an ending that mostly ends rows: "80 % jaosto", "12 kpl") begins a row between, when
  // each part keeps a row's size (two words a cell: the median row is measured on rows still joined).
  const rowLike = (e: string) => (rowEnding.get(e) ?? 0) >= MIN_RECUR && (rowEnding.get(e) ?? 0) >= MIN_ROW_ENDING_SHARE * (lineEnding.get(e) ?? 0);
  for (const { a, j } of found) {
    let from = a;
    for (let i = a + 1; i < j; i++) {
      if (startSet.has(i)) from = i;
      else if (keyOf[i] && !endsInWrap(body[i - 1]!.text) && rowLike(endKey(body, i - 1)) && words(from, i) >= (from === a ? body[a]!.cells : 2 * body[from]!.cells) && words(i, j) >= 2 * body[i]!.cells) {
        add.push(i);
        from = i;
      }
    }
  }
  for (const { a, b, j } of found) {
    if (!startSet.has(j)) add.push(j);
    // The second anchor is inside the row that starts above it.
    drop.add(b);
    for (const s of starts) {
      if (s <= a || s >= b || s === j) continue;
      if (s > j || words(s, j) < minRow(s) || endsCell(s)) drop.add(s);
    }
  }
  // Elsewhere too (a gap broken by a page, or one whose row has no anchor): a recurring value
  // whose lines mostly follow such a cell's ending (an objective restated row after row, printed
  // after a division) starts no row after one.
  const confirmed = new Set(found.map((f) => f.j));
  const afterCell = (k: string) => {
    const lines = (groups.get(k) ?? []).filter((i) => i > 0 && !body[i]!.underHeader);
    return lines.length >= MIN_RECUR && lines.filter(endsCell).length / lines.length > MIN_ANCHOR_SHARE;
  };
  for (const s of starts) if (!body[s]!.underHeader && !confirmed.has(s) && recurring(s) && endsCell(s) && afterCell(keyOf[s]!)) drop.add(s);
  if (!add.length && !drop.size) return starts;
  return [...starts.filter((s) => !drop.has(s)), ...add].sort((x, y) => x - y);
}

/**
 * A first word wrapped at the line end ("Kaupunkipalve-") is the start of a longer first word
 * of other lines ("Kaupunkipalvelut"): it joins the most frequent such group that the next
 * line's first word goes on to spell ("lut"). A suspended compound part ("Asiakas- ja …") does
 * not, though a longer first word begins with it.
 */
function mergeWrappedKeys(body: readonly BodyLine[], keyOf: string[]): void {
  const count = new Map<string, number>();
  for (const k of keyOf) if (k) count.set(k, (count.get(k) ?? 0) + 1);
  keyOf.forEach((k, i) => {
    if (!k || !/^\S+[-\u00ad]$/u.test(body[i]!.text.trimEnd().split(/\s+/)[0]!) || k.length < 4 || i + 1 >= body.length) return;
    const spelled = k + firstWordKey(body[i + 1]!.text);
    let target = k;
    for (const [other, c] of count) if (other !== k && other.startsWith(spelled) && c > (count.get(target) ?? 0)) target = other;
    keyOf[i] = target;
  });
}

/**
 * What the end of line `i` says about where a row ended: its last word, any number as one shape.
 * A line that is only the rest of a word wrapped at the line above ("toteutu-" / "nut") ends in
 * the whole word.
 */
function endKey(body: readonly BodyLine[], i: number): string {
  // The last word with a letter or digit ("100 %." ends in "100").
  const words = body[i]!.text.trim().split(/\s+/).filter((w) => letterKey(w));
  let last = words[words.length - 1] ?? "";
  if (words.length === 1 && i > 0 && !body[i]!.underHeader && endsInWrap(body[i - 1]!.text)) {
    const above = body[i - 1]!.text.trim().split(/\s+/);
    last = above[above.length - 1]! + last;
  }
  const key = letterKey(last);
  // A sentence's full stop is kept: a cell of sentences (an objective) ends in one, a value need not.
  const stop = /[.!?]$/u.test(body[i]!.text.trimEnd()) ? "." : "";
  return (/^\p{N}+$/u.test(key) ? (SECTION_AFTER_FIGURE.test(body[i]!.text) ? "#§" : "#") : key) + stop;
}

/**
 * A figure followed by a section sign ("Kuntalaki 12 §", "(SHL 7 a §)") cites a statute: it ends
 * another column's value than a measured figure ("80 %"), e.g. an added column of statutes wrapped
 * before its figure in cell-by-cell text ("Esimerkki-" / "laki 12 §"), so it has an ending of its own.
 */
const SECTION_AFTER_FIGURE = /\p{N}(?:\s+\p{Ll})?\s*§[\s.,;:)\]]*$/u;

/**
 * Which first words are a first column's values. Lines right under a column header (seen at
 * least twice) are seeds: their other lines show how a row ends (the
 * line before them: a value, a status word). A word that only begins a line inside a row
 * ("Asiakas…", a tavoite restated in several rows) has a mid-row line before it, so a group is
 * taken when most of its lines follow a line that ends the way the seeds' rows end, and when it
 * starts with a digit only if a seed does.
 */
function acceptGroups(body: readonly BodyLine[], groups: Map<string, number[]>, cellLines: ReadonlySet<number>, anyCase = false): { accepted: Set<string>; ends: Set<string>; secondColumn: Set<string> } {
  const accepted = new Set<string>();
  const tops = (lines: number[]) => lines.filter((i) => body[i]!.underHeader).length;
  // Few pages (few header rows): a first word seen once under a header will do.
  const minTops = [...groups.values()].some((l) => l.length >= MIN_RECUR && tops(l) >= MIN_SEED_TOPS) ? MIN_SEED_TOPS : 1;
  const seeded = (lines: number[], least = minTops) => tops(lines) >= least;
  for (const [k, lines] of groups) if (lines.length >= MIN_RECUR && seeded(lines)) accepted.add(k);
  const secondColumn = dropSecondColumnSeeds(body, groups, accepted);
  // Seeds whose rows show no ending seen twice learn nothing (an objective printed first: each opens
  // a page top or two, and the lines between a page top and the next seed are no whole rows): every
  // recurring first word seen under a header is a seed then. One set aside as a second column's
  // comes back when its lines mostly follow a figure or a sentence's end, as a row's first line
  // does (rows ending in a key result, not a figure). A first column of sentences (a key result
  // printed first) recurs nowhere: its rows are found by anchors; nor is this for a first column of
  // lower-case values (`anyCase`, `lead-values.ts`).
  if (minTops > 1 && accepted.size && !anyCase && !body.some((l) => l.sentenceFirst) && !rowEnds(body, groups, accepted, cellLines).size) {
    const afterRowLikeEnd = (lines: number[]) => {
      const inner = lines.filter((i) => i > 0 && !body[i]!.underHeader);
      return inner.filter((i) => /^#|\.$/u.test(endKey(body, i - 1))).length >= MIN_END_SHARE * inner.length;
    };
    for (const [k, lines] of groups) {
      if (lines.length < MIN_RECUR || !seeded(lines, 1) || (secondColumn.has(k) && !afterRowLikeEnd(lines))) continue;
      accepted.add(k);
      secondColumn.delete(k);
    }
  }
  if (!accepted.size) {
    // No seed: the most frequent first word is taken for the first column's.
    const top = [...groups].filter(([, l]) => l.length >= MIN_RECUR).sort((a, b) => b[1].length - a[1].length)[0];
    if (top) accepted.add(top[0]);
    return { accepted, ends: rowEnds(body, groups, accepted, cellLines), secondColumn };
  }
  // Rounds: the groups taken in one round show more ways a row ends to the next (a status word
  // only some divisions' rows end in), until nothing more is taken.
  let ends = new Set<string>();
  for (let round = 0; round < MAX_ACCEPT_ROUNDS; round++) {
    ends = rowEnds(body, groups, accepted, cellLines);
    const digitSeed = [...accepted].some((k) => /^\p{N}/u.test(k));
    let added = false;
    for (const [k, lines] of groups) {
      if (accepted.has(k) || lines.length < MIN_RECUR || (/^\p{N}/u.test(k) && !digitSeed)) continue;
      let endLike = 0;
      for (const i of lines) if (i === 0 || body[i]!.underHeader || endsRow(ends, body, i - 1)) endLike++;
      // At least two lines after a row's ending: one may be a cell's line that ends in a number.
      if (endLike >= MIN_RECUR && endLike / lines.length >= MIN_END_SHARE) {
        accepted.add(k);
        added = true;
      }
    }
    if (!added) break;
  }
  for (const k of accepted) secondColumn.delete(k);
  return { accepted, ends: rowEnds(body, groups, accepted, cellLines), secondColumn };
}

/** Share of a seed's lines after a figure that shows it is the first column (its rows end in a measured value). */
const MIN_FIGURE_END_SHARE = 0.5;
/** Part of the best seed's share below which a seed's lines follow another cell rather than a row's end. */
const MAX_SECOND_SEED_SHARE = 0.4;

/**
 * Two columns may both open page tops (a row broken across pages leaves its second cell at the
 * top: an objective printed first, its division written below it). The first column's lines
 * follow the rows' last cell, most often a figure (a measured value); a second column's lines
 * follow the first cell's words (an objective wrapped over lines). A seed whose lines seldom follow
 * a figure, beside one whose lines mostly do, is no seed.
 */
function dropSecondColumnSeeds(body: readonly BodyLine[], groups: ReadonlyMap<string, number[]>, accepted: Set<string>): Set<string> {
  const dropped = new Set<string>();
  // A first column of sentences (a key result printed first) is found by its anchors instead.
  if (accepted.size < 2 || body.some((l) => l.sentenceFirst)) return dropped;
  const share = (k: string) => {
    const lines = groups.get(k)!.filter((i) => i > 0 && !body[i]!.underHeader);
    return lines.length ? lines.filter((i) => endKey(body, i - 1).startsWith("#")).length / lines.length : 0;
  };
  const shares = new Map([...accepted].map((k) => [k, share(k)]));
  const best = Math.max(...shares.values());
  if (best < MIN_FIGURE_END_SHARE) return dropped;
  for (const [k, sh] of shares) {
    if (sh >= MAX_SECOND_SEED_SHARE * best || groups.get(k)!.length < MIN_ANCHOR_LINES) continue;
    accepted.delete(k);
    dropped.add(k);
  }
  return dropped;
}

/** Rounds of taking more groups by how their lines' predecessors end (each round adds at least one). */
const MAX_ACCEPT_ROUNDS = 4;

/** How the accepted groups' rows end: the endings of the lines before them, each seen at least twice. */
function rowEnds(body: readonly BodyLine[], groups: Map<string, number[]>, accepted: ReadonlySet<string>, cellLines: ReadonlySet<number>): Set<string> {
  const ends = new Map<string, number>();
  const startLines = new Set<number>();
  for (const k of accepted) for (const i of groups.get(k)!) startLines.add(i);
  // A page's rest (the lines under a header before its first start) ends in whichever cell was
  // broken, not in the row's last: only whole rows show how a row ends.
  const inRest: boolean[] = [];
  body.forEach((l, i) => (inRest[i] = startLines.has(i) ? false : l.underHeader || (i > 0 && inRest[i - 1]!)));
  for (const k of accepted) {
    for (const i of groups.get(k)!) {
      if (body[i]!.underHeader || i === 0 || cellLines.has(i) || inRest[i - 1] || completesWrappedStart(body, i - 1, startLines)) continue;
      const e = endKey(body, i - 1);
      ends.set(e, (ends.get(e) ?? 0) + 1);
    }
  }
  // An ending seen once may be a seed's own mid-row line: only endings seen again count. A line
  // that ends in a first-column value (a name wrapped over lines) begins its row, never ends one.
  // A sentence's end ("… mennessä.") that mostly goes on to more of its row (a key result printed
  // before its objective) is a cell's end, not a row's: the document shows it by what follows.
  const seen = new Map<string, number>();
  for (let i = 0; i + 1 < body.length; i++) {
    const e = endKey(body, i);
    if (e.endsWith(".") && ends.has(e)) seen.set(e, (seen.get(e) ?? 0) + 1);
  }
  const midRow = (e: string, n: number) => e.endsWith(".") && (seen.get(e) ?? 0) > n * MAX_STOP_SPREAD;
  const out = new Set([...ends].filter(([e, n]) => n >= MIN_RECUR && !accepted.has(e) && !midRow(e, n)).map(([e]) => e));
  // Rows whose last column is a sentence field, when most row endings end one and most sentence
  // ends end rows.
  let stops = 0;
  let rowStops = 0;
  for (const [e, n] of ends) if (e.endsWith(".")) rowStops += n;
  for (let i = 0; i + 1 < body.length; i++) if (endKey(body, i).endsWith(".")) stops++;
  const all = [...ends.values()].reduce((a, b) => a + b, 0);
  if (body.some((l) => l.sentenceLast) && rowStops >= MIN_RECUR && rowStops * 2 > all && stops <= rowStops * MAX_STOP_SPREAD) out.add(SENTENCE_END_KEY);
  return out;
}

/**
 * The key of any sentence's end: rows whose last cell is a sentence (a key result printed last)
 * end in words that seldom recur, but in a full stop all the same. Not a key `endKey` can make:
 * "." alone is the ending of lines with no word ("40" | "%."), which must not stand for every
 * sentence's end.
 */
const SENTENCE_END_KEY = "<sentence end>";

/**
 * Line `i` ends as the document's rows end, for taking a first word's group (all its lines start
 * rows): its ending, or any sentence's end where rows end so. Single lines (a page top, a line
 * that also begins lines inside rows) need the ending word for word.
 */
function endsRow(ends: ReadonlySet<string>, body: readonly BodyLine[], i: number): boolean {
  const e = endKey(body, i);
  return ends.has(e) || (ends.has(SENTENCE_END_KEY) && e.endsWith("."));
}

/** Lines ending like a sentence-stop row ending, per row it ends, beyond which it ends cells instead. */
const MAX_STOP_SPREAD = 3;

/**
 * Line `i` is only the rest of a word wrapped at the end of a row's first line ("Koivukuja- ja
 * vaahtera-" / "kuja"): the row's first cell goes on, so no row ends there, whatever follows.
 */
function completesWrappedStart(body: readonly BodyLine[], i: number, startLines: ReadonlySet<number>): boolean {
  return i > 0 && startLines.has(i - 1) && !body[i]!.underHeader && endsInWrap(body[i - 1]!.text) && body[i]!.text.trim().split(/\s+/).length === 1;
}

/**
 * A name in the first column that shares its first word with the next cell's value ("Alfa ja
 * beeta" over "Alfa …"): where a text writes cell by cell, the next cell begins a line with the
 * same first word, and both lines look like row starts. The document shows which is the row's:
 * the lines from the first to the second recur, line for line, before other lines of that first
 * word (the name written again and again, row after row), and differ from the lines after it. The second
 * line is then a cell's, not a row's: it starts no row, and the line before it ends none.
 */
function firstCellSplits(body: readonly BodyLine[], keyOf: readonly string[]): Set<number> {
  const lineKey = body.map((l) => letterKey(l.text));
  const byLength = new Map<number, Map<string, number>>();
  const block = (a: number, m: number) => lineKey.slice(a, a + m).join("\n");
  const recurs = (a: number, m: number) => {
    let counts = byLength.get(m);
    if (!counts) {
      const c = new Map<string, number>();
      keyOf.forEach((k, s) => k && s + m <= body.length && c.set(block(s, m), (c.get(block(s, m)) ?? 0) + 1));
      byLength.set(m, (counts = c));
    }
    return (counts.get(block(a, m)) ?? 0) >= MIN_RECUR;
  };
  // A name wrapped over lines (each after the first begins no row) with fewer words than two a
  // cell: no whole row is so short. A row printed twice is followed by itself, a name by more.
  const sums = wordSums(body);
  const nameBlock = (a: number, s: number) => s - a >= 2 && keyOf.slice(a + 1, s).every((k) => !k) && sums[s]! - sums[a]! < 2 * body[a]!.cells;
  const cellLines = new Set<number>();
  keyOf.forEach((k, s) => {
    if (!k || body[s]!.underHeader) return;
    for (let a = s - 1; a >= 0 && s - a <= MAX_FIRST_CELL_LINES; a--) {
      if (keyOf[a] !== k || cellLines.has(a)) continue;
      if (nameBlock(a, s) && recurs(a, s - a) && block(a, s - a) !== block(s, s - a)) cellLines.add(s);
      break;
    }
  });
  return cellLines;
}

/** Most lines a name in the first column is looked for over. */
const MAX_FIRST_CELL_LINES = 6;

/** Words of the body lines, as prefix sums: words between two line indexes in constant time. */
function wordSums(body: readonly BodyLine[]): number[] {
  const sums = [0];
  for (const l of body) sums.push(sums[sums.length - 1]! + (l.text.match(/\S+/g)?.length ?? 0));
  return sums;
}

/** Words between two body lines, and the median row's words for these starts (starts not empty). */
function rowSizes(body: readonly BodyLine[], starts: readonly number[]): { words: (a: number, b: number) => number; median: number } {
  const sums = wordSums(body);
  const words = (a: number, b: number) => sums[b]! - sums[a]!;
  const sizes = starts.map((s, k) => words(s, k + 1 < starts.length ? starts[k + 1]! : body.length)).sort((a, b) => a - b);
  return { words, median: sizes[Math.floor(sizes.length / 2)]! };
}

/**
 * Drops starts that cut a row into a fragment too small to be one. Each round removes, from the
 * smallest fragment, the less supported of its two ends; a linked list keeps it near-linear.
 */
function pruneFragments(body: readonly BodyLine[], starts: number[], support: (i: number) => number): number[] {
  if (starts.length < 2) return starts;
  const { words, median } = rowSizes(body, starts);
  const alive = starts.map(() => true);
  const next = starts.map((_, k) => k + 1);
  const prev = starts.map((_, k) => k - 1);
  const end = (k: number) => (next[k]! < starts.length ? starts[next[k]!]! : body.length);
  const small = (k: number) => {
    const min = Math.max(body[starts[k]!]!.cells, MIN_ROW_SHARE * median);
    return words(starts[k]!, end(k)) < min;
  };
  // Smallest fragments first; a removal only changes its neighbours, which are checked again.
  const queue = starts.map((_, k) => k).filter(small).sort((a, b) => words(starts[a]!, end(a)) - words(starts[b]!, end(b)));
  const remove = (k: number) => {
    alive[k] = false;
    if (prev[k]! >= 0) next[prev[k]!] = next[k]!;
    if (next[k]! < starts.length) prev[next[k]!] = prev[k]!;
  };
  while (queue.length) {
    const k = queue.shift()!;
    if (!alive[k] || !small(k)) continue;
    const after = next[k]! < starts.length ? next[k]! : -1;
    const before = prev[k]!;
    // The fragment joins the row before it (this start is false) or the row after (the next start is).
    let victim = k;
    if (before < 0 && after >= 0) victim = after;
    else if (after >= 0 && support(starts[after]!) < support(starts[k]!)) victim = after;
    if (before < 0 && after < 0) break;
    remove(victim);
    const survivor = victim === k ? before : k;
    if (survivor >= 0 && alive[survivor] && small(survivor)) queue.push(survivor);
  }
  return starts.filter((_, k) => alive[k]);
}

/**
 * A row this many times the median row's words is two rows or more when a row's ending lies
 * inside: two short rows printed once (an objective with a one-line key result) join into less
 * than one and a half median rows; each part must still keep a row's size (below).
 */
const LONG_ROW_FACTOR = 1.3;
/** Rounds of splitting long rows, each against the median of the rows the round before left. */
const MAX_SPLIT_ROUNDS = 4;
/** Each part of a split long row keeps at least this share of the median row's words. */
const MIN_SPLIT_SHARE = 0.5;

/**
 * A first column whose values are seldom repeated (an objective printed first, restated in one
 * or two rows only) leaves rows unfound: their first words recur too little to be learnt. The
 * shape of the rows shows them: a row far longer than the median row that holds, inside, a line
 * that follows a row's ending and begins like a row is split there, when each part is still the
 * size of a row: at the first such line that leaves both parts a row's size, again on the rest.
 */
function splitLongRows(body: readonly BodyLine[], starts: number[], candidate: (i: number) => boolean): number[] {
  if (starts.length < 3) return starts;
  const { words, median } = rowSizes(body, starts);
  // No whole row has fewer words than two a cell (as for a name wrapped over lines above).
  const min = (i: number) => Math.max(2 * body[i]!.cells, MIN_SPLIT_SHARE * median);
  const out: number[] = [];
  starts.forEach((s, k) => {
    const end = k + 1 < starts.length ? starts[k + 1]! : body.length;
    out.push(s);
    let from = s;
    while (words(from, end) > LONG_ROW_FACTOR * median) {
      let at = -1;
      for (let i = from + 1; i < end; i++) {
        if (body[i]!.underHeader) break;
        if (candidate(i) && words(from, i) >= min(from) && words(i, end) >= min(i)) {
          at = i;
          break;
        }
      }
      if (at < 0) break;
      out.push(at);
      from = at;
    }
  });
  return out;
}
