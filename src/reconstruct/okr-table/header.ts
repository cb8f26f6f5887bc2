/**
 * The OKR table's column-header rows on a PDF page, found by their labels and nothing else:
 * each field has a usual label and synonyms (`rules/okr-table.json`), the columns may stand in any
 * order, several header rows may stand on one page (a new section part-way down), and a header
 * cell that is no known field becomes an extra column ("extra:<header text>") so that its text is
 * kept apart instead of being poured into a neighbour.
 */
import type { OkrTableRules, PdfTableSettings } from "../../rules/load.js";
import type { PdfPage, Word } from "../../model/pdf.js";
import { letterKey } from "../../text/letters.js";
import { isLabelBand } from "./label-band.js";
import { LABEL_OPENING, LABEL_YEAR, MIN_FEW_LABEL_KNOWN } from "./label-words.js";

export interface HeaderLabel {
  /** A known field, or `extra:<header text>` for a column the rules do not know. */
  field: string;
  x0: number;
  words: Word[];
}

export interface HeaderRow {
  top: number;
  bottom: number;
  /** Left to right. */
  labels: HeaderLabel[];
}

/** Field names of extra columns start with this; the rest is the header text. */
export const EXTRA_PREFIX = "extra:";

/**
 * Whether a header row names enough known fields to be the table's: `detect.minHeaderLabels`, or
 * `detect.minHeaderLabelsWithKeyResult` when the key result is among them (the other columns may
 * carry labels no vocabulary has). Shared by the PDF and text header readers and the detector.
 */
export function namesEnoughFields(fields: ReadonlySet<string>, detect: OkrTableRules["detect"]): boolean {
  return fields.size >= detect.minHeaderLabels || namesKeyResultAndFew(fields, detect);
}

/** The shorter header's case: the key result's label among `detect.minHeaderLabelsWithKeyResult` known fields. */
export function namesKeyResultAndFew(fields: ReadonlySet<string>, detect: OkrTableRules["detect"]): boolean {
  return fields.has("avaintulos") && fields.size >= detect.minHeaderLabelsWithKeyResult;
}

export interface LabelKey {
  field: string;
  key: string;
  canonical: boolean;
}

interface LabelMatch extends LabelKey {
  words: Word[];
  letters: number;
}

/** Every label of every field as a letter key, longest first (a longer label wins over its prefix). */
export function labelKeys(rules: OkrTableRules): LabelKey[] {
  const out: LabelKey[] = [];
  for (const c of rules.columns) {
    out.push({ field: c.field, key: letterKey(c.label), canonical: true });
    for (const s of c.synonyms) out.push({ field: c.field, key: letterKey(s), canonical: false });
  }
  return out.filter((k) => k.key).sort((a, b) => b.key.length - a.key.length);
}

/**
 * Follows a label from its first word: the next word to the right on the same line, or the first
 * word of a following line at about the same left edge, while the letters continue the label.
 */
function consume(anchor: Word, key: string, words: readonly Word[], used: ReadonlySet<Word>, s: PdfTableSettings): { words: Word[]; letters: number } {
  const taken = [anchor];
  let rest = key.slice(letterKey(anchor.text).length);
  let last = anchor;
  while (rest) {
    const fs = last.fontSize;
    let next: Word | undefined;
    for (const w of words) {
      if (used.has(w) || taken.includes(w)) continue;
      const k = letterKey(w.text);
      if (!k || !rest.startsWith(k)) continue;
      const sameLine = Math.abs(w.baseline - last.baseline) < s.baselineTolerance * fs && w.x0 > last.x1 - 1 && w.x0 - last.x1 < 1.5 * fs;
      const below = w.baseline > last.baseline + s.baselineTolerance * fs && w.baseline < last.baseline + labelLineReach(last) * fs && w.x0 < last.x1 && w.x1 > anchor.x0 - 2 * fs;
      if (sameLine || below) {
        if (!next || w.baseline < next.baseline || (w.baseline === next.baseline && w.x0 < next.x0)) next = w;
      }
    }
    if (!next) break;
    taken.push(next);
    rest = rest.slice(letterKey(next.text).length);
    last = next;
  }
  return { words: taken, letters: key.length - rest.length };
}

/**
 * Whether the lines of a label's words line up as the lines of one wrapped cell do: their left
 * edges, centres or right edges in one place. A match that runs on along a line into the next
 * column (narrow columns whose gap is no wider than a space) and then down there has a first line
 * wider than the rest and out of line with them: "First second" | "Other" over "words" in the
 * next column reads as "First Other words" only by crossing a column edge.
 */
export function linesAligned(words: readonly Word[], s: PdfTableSettings): boolean {
  const sorted = [...words].sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0);
  const lines: { x0: number; x1: number; starts: number[] }[] = [];
  let base = -Infinity;
  for (const w of sorted) {
    if (Math.abs(w.baseline - base) > s.baselineTolerance * w.fontSize) {
      lines.push({ x0: w.x0, x1: w.x1, starts: [] });
      base = w.baseline;
    }
    const l = lines[lines.length - 1]!;
    l.x0 = Math.min(l.x0, w.x0);
    l.x1 = Math.max(l.x1, w.x1);
    l.starts.push(w.x0);
  }
  if (lines.length < 2) return true;
  const tol = ALIGN_TOLERANCE * sorted[0]!.fontSize;
  // A later line starting right under a word of the first line other than its first: that word
  // began the next column (lines of one cell all start at the cell's edge or around its centre).
  const first = lines[0]!;
  if (lines.slice(1).some((l) => Math.abs(l.x0 - first.x0) > tol && first.starts.slice(1).some((x) => Math.abs(l.x0 - x) <= tol))) return false;
  const same = (f: (l: { x0: number; x1: number }) => number) => lines.every((l) => Math.abs(f(l) - f(first)) <= tol);
  return same((l) => l.x0) || same((l) => (l.x0 + l.x1) / 2) || same((l) => l.x1);
}

/**
 * How far below (in type sizes, baseline to baseline) a label's next line may stand: a header set at
 * double line spacing (LibreOffice's 190–200 %, CSS line-height 2) puts it 2.2–2.7 sizes down. The
 * word must still spell the label's next letters, which a body line's first word does not.
 */
export const LABEL_LINE_REACH = 3;
/**
 * The reach after a label word cut with a hyphen ("Mitta-" | "ri"): its next line surely follows, and
 * fonts with tall ascenders and descenders at wide line spacing set it 3.5 sizes down and more.
 */
export const WRAPPED_LABEL_LINE_REACH = 5;

/** How far below `last`, a word of a label, the label's next line may stand (in type sizes). */
export function labelLineReach(last: Word): number {
  return /[-\u00ad\u2010]$/u.test(last.text) ? WRAPPED_LABEL_LINE_REACH : LABEL_LINE_REACH;
}

/** How far (in type sizes) the edges of a wrapped label's lines may differ and still line up. */
const ALIGN_TOLERANCE = 0.25;

/** How much (in type sizes) two labels of one header row overlap vertically at the least. */
const MIN_ROW_OVERLAP = 0.5;

/** Whether a match is good enough: the whole label, or a long prefix of a long one. */
function enough(m: { letters: number; key: string }, s: PdfTableSettings): boolean {
  return m.letters === m.key.length || m.letters >= Math.max(s.minLabelPrefixChars, 12);
}

function extentOf(words: readonly Word[]): { top: number; bottom: number; x0: number; x1: number } {
  let top = Infinity;
  let bottom = -Infinity;
  let x0 = Infinity;
  let x1 = -Infinity;
  for (const w of words) {
    top = Math.min(top, w.top);
    bottom = Math.max(bottom, w.bottom);
    x0 = Math.min(x0, w.x0);
    x1 = Math.max(x1, w.x1);
  }
  return { top, bottom, x0, x1 };
}

/** Text of a few header words: lines top to bottom, a wrap hyphen between lines undone. */
export function headerText(words: readonly Word[], s: PdfTableSettings): string {
  const sorted = [...words].sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0);
  const lines: string[][] = [];
  let base = -Infinity;
  for (const w of sorted) {
    if (Math.abs(w.baseline - base) > s.baselineTolerance * w.fontSize) {
      lines.push([]);
      base = w.baseline;
    }
    lines[lines.length - 1]!.push(w.text);
  }
  let out = "";
  for (const l of lines) {
    const t = l.join(" ").replace(/\u00ad/g, "-");
    out = !out ? t : /\p{Ll}-$/u.test(out) && /^\p{Ll}/u.test(t) ? out.slice(0, -1) + t : out + " " + t;
  }
  return out.trim();
}

/**
 * The header's own line pitch in type sizes: the smallest distance between consecutive lines of
 * one label (labels wrapped over lines), or undefined when no label wraps. A font or line spacing
 * may set lines two type sizes apart; only the header itself says how far.
 */
function labelPitch(labels: readonly (readonly Word[])[]): number | undefined {
  let best: number | undefined;
  for (const words of labels) {
    const sorted = [...words].sort((a, b) => a.baseline - b.baseline);
    for (let i = 1; i < sorted.length; i++) {
      const fs = sorted[i - 1]!.fontSize;
      const r = (sorted[i]!.baseline - sorted[i - 1]!.baseline) / fs;
      if (r >= 0.5 && Math.abs(sorted[i]!.fontSize - fs) <= 0.05 * fs && (best === undefined || r < best)) best = r;
    }
  }
  return best;
}

/**
 * Adds to `words` the lines right below them that lie within their width: no further below than
 * the header's own line pitch (`pitch`, in type sizes; else the words' own) sets lines, with room.
 * Below `floor` (the known labels' band) a line that has words under a known label (`known`, their
 * extents) too is the first body row; other labels' wrapped rests may share the line.
 */
function growDown(words: Word[], all: readonly Word[], claimed: Set<Word>, pitch = labelPitch([words]), floor = Infinity, known: readonly { x0: number; x1: number }[] = []): void {
  const reach = Math.max(0.6, (pitch ?? 0) - 1 + 0.3);
  for (;;) {
    const e = extentOf(words);
    const fs = words[0]!.fontSize;
    const next = all.filter((w) => !claimed.has(w) && w.top >= e.bottom - 0.3 * fs && w.top < e.bottom + reach * fs && w.x0 >= e.x0 - 0.5 * fs && w.x1 <= e.x1 + 2 * fs);
    if (!next.length) return;
    // Below the labels' band, a line that other columns share is the first body row, not this cell's.
    const underKnown = (w: Word) => !known.length || known.some((k) => w.x0 < k.x1 && w.x1 > k.x0);
    if (next[0]!.top > floor && all.filter((w) => !claimed.has(w) && !next.includes(w) && (w.x1 < e.x0 || w.x0 > e.x1 + 2 * fs) && Math.abs(w.baseline - next[0]!.baseline) < 0.3 * fs && underKnown(w)).length >= 1) return;
    for (const w of next) {
      claimed.add(w);
      words.push(w);
    }
  }
}

/**
 * Gives each labelled column of a header row its field, one field per column. A label is matched
 * from its first word, so a short label can begin a longer one ("Toteutuminen" begins "Toteutuminen
 * vuositasolla"): the column's whole header text decides first, a label that equals it beating one
 * it merely begins. A field still found twice: the whole-text match, else the usual label, else the
 * leftmost keeps it; the other column becomes an extra. Returns the fields taken.
 */
function assignFields(matches: readonly LabelMatch[], labels: HeaderLabel[], keys: readonly LabelKey[], s: PdfTableSettings): Set<string> {
  const ranked = matches.map((m, i) => {
    const whole = keys.find((k) => k.key === letterKey(headerText(labels[i]!.words, s)));
    return { i, m, field: whole ? whole.field : m.field, whole: !!whole, canonical: whole ? whole.canonical : m.canonical };
  });
  ranked.sort((a, b) => Number(b.whole) - Number(a.whole) || Number(b.canonical) - Number(a.canonical) || labels[a.i]!.x0 - labels[b.i]!.x0);
  const seen = new Set<string>();
  for (const r of ranked) {
    labels[r.i]!.field = seen.has(r.field) ? EXTRA_PREFIX + headerText(r.m.words, s) : r.field;
    seen.add(r.field);
  }
  return seen;
}

/** Most white (in type sizes) between two labels of one field that one header cell holds. */
const JOINED_LABEL_GAP = 3;
/** A sign that joins two names of one thing in a header cell ("Toteuma / mittari"); no header begins with one. */
export const SIGN_JOINER = /^[/&+|]$/u;
/** Words that join two names of one field ("Toteuma / mittari", "Mittari tai toteuma"). */
const LABEL_JOINER = /^(?:[/&+|,–-]|\p{Ll}{1,3})$/u;

/**
 * Two labels of the same field next to each other in one header cell (side by side, or the second
 * wrapped under the first), with nothing but a joiner between them, name the field twice
 * ("Toteuma / mittari"): one column, not two.
 */
function joinSameFieldLabels<M extends LabelMatch & { top: number; bottom: number; x0: number; x1: number }>(row: readonly M[], all: readonly Word[], claimed: Set<Word>): M[] {
  const out = [...row].sort((a, b) => a.top - b.top || a.x0 - b.x0);
  for (let i = 0; i < out.length; i++) {
    for (let j = i + 1; j < out.length; j++) {
      const [p, m] = [out[i]!, out[j]!];
      if (p.field !== m.field) continue;
      const fs = m.words[0]!.fontSize;
      const sideBySide = m.top < p.bottom && p.top < m.bottom && Math.min(Math.abs(m.x0 - p.x1), Math.abs(p.x0 - m.x1)) < JOINED_LABEL_GAP * fs;
      const below = m.x0 < p.x1 && p.x0 < m.x1 && m.top - p.bottom < fs;
      if (!sideBySide && !below) continue;
      const box = extentOf([...p.words, ...m.words]);
      const between = all.filter((w) => !claimed.has(w) && w.x0 >= box.x0 - 0.1 * fs && w.x1 <= box.x1 + 0.1 * fs && w.top >= box.top - 0.1 * fs && w.bottom <= box.bottom + 0.1 * fs);
      if (!between.every((w) => LABEL_JOINER.test(w.text))) continue;
      for (const w of between) claimed.add(w);
      const words = [...p.words, ...between, ...m.words];
      out[i] = { ...p, words, letters: p.letters + m.letters, ...extentOf(words) };
      out.splice(j, 1);
      j = i;
    }
  }
  return out;
}

/** A slash right after a word's letters, or opening one: two names of one header cell ("Vastuualue/" | "toimiala"). */
const SLASH_END = /\p{L}\/$/u;
const SLASH_START = /^\/\p{L}/u;

/**
 * Two labels of different fields joined by a slash in one header cell ("Vastuualue/" over
 * "toimiala", "Toimiala/vastuualue") name one column, not two. The column is the field that no
 * other label of the row names (the row's own "Tulosyksikkö" names the result area, so
 * "Vastuualue/toimiala" is the division); when both or neither are named elsewhere, the first name.
 */
function joinSlashLabels<M extends LabelMatch & { top: number; bottom: number; x0: number; x1: number }>(row: readonly M[]): M[] {
  const out = [...row].sort((a, b) => a.top - b.top || a.x0 - b.x0);
  for (let i = 0; i < out.length; i++) {
    for (let j = 0; j < out.length; j++) {
      const [p, m] = [out[i]!, out[j]!];
      if (i === j || p.field === m.field) continue;
      const last = [...p.words].sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0).at(-1)!;
      const first = [...m.words].sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0)[0]!;
      const ends = SLASH_END.test(last.text);
      const opens = SLASH_START.test(first.text);
      if (!ends && !opens) continue;
      const fs = first.fontSize;
      const below = first.x0 < p.x1 && p.x0 < first.x1 && first.top - last.bottom < fs && first.top > last.top;
      // A slash that ends a word goes on below (a line ends there); on the same line only a slash
      // opening the next word joins, else the next column's label would be taken in.
      const after = opens && first.top < last.bottom && last.top < first.bottom && first.x0 >= last.x1 && first.x0 - last.x1 < JOINED_LABEL_GAP * fs;
      if (!below && !after) continue;
      const others = new Set(out.filter((o) => o !== p && o !== m).map((o) => o.field));
      const field = others.has(p.field) && !others.has(m.field) ? m : p;
      const words = [...p.words, ...m.words];
      out[i] = { ...field, words, letters: p.letters + m.letters, ...extentOf(words) };
      out.splice(j, 1);
      i = -1;
      break;
    }
  }
  return out;
}

export { LABEL_OPENING, LABEL_YEAR, LOWER_WORD } from "./label-words.js";

/**
 * Whether a header word no label knows opens a column of its own rather than going on with the
 * unknown words left of it: a header prints each label with a capital and goes on in small letters
 * ("Vastuuhenkilön nimike"), so a capitalized word after another word of the same line, with no
 * joiner between, is the next column's label ("Koodi Lohko" over two narrow columns set close).
 */
function opensNextLabel(w: Word, group: readonly Word[], s: PdfTableSettings): boolean {
  if (!LABEL_OPENING.test(w.text)) return false;
  const before = group.filter((g) => Math.abs(g.baseline - w.baseline) < s.baselineTolerance * w.fontSize && g.x1 <= w.x0 + 0.1 * w.fontSize);
  if (!before.length) return false;
  const prev = before.reduce((a, b) => (b.x1 > a.x1 ? b : a));
  return !SIGN_JOINER.test(prev.text) && !/\/$/u.test(prev.text);
}

/**
 * A year wrapped off a label onto a line of its own ("… vuositasolla" / "2026") is the label's end,
 * not the first body row's: alone on its line, at the label's left edge, a label line below its
 * last (no further than the label's own line pitch, or `LABEL_LINE_REACH` without one).
 */
function takeLabelYear(words: Word[], all: readonly Word[], claimed: Set<Word>, s: PdfTableSettings): void {
  const last = words.reduce((a, b) => (b.baseline > a.baseline ? b : a));
  const fs = last.fontSize;
  const x0 = Math.min(...words.map((w) => w.x0));
  const reach = (labelPitch([words]) ?? LABEL_LINE_REACH) * 1.15 * fs;
  const year = all.find((w) => !claimed.has(w) && LABEL_YEAR.test(w.text) && w.baseline > last.baseline + s.baselineTolerance * fs && w.baseline - last.baseline <= reach && Math.abs(w.x0 - x0) <= ALIGN_TOLERANCE * fs);
  if (!year || all.some((w) => w !== year && Math.abs(w.baseline - year.baseline) < s.baselineTolerance * fs)) return;
  claimed.add(year);
  words.push(year);
}

/** All header rows of a page, top to bottom. */
export function findHeaderRows(page: PdfPage, rules: OkrTableRules): HeaderRow[] {
  const s = rules.pdf;
  const keys = labelKeys(rules);
  // Every word that begins a label, with the best label it begins.
  const matches: LabelMatch[] = [];
  const none = new Set<Word>();
  for (const w of page.words) {
    const wk = letterKey(w.text);
    if (wk.length < 3) continue;
    let best: LabelMatch | undefined;
    let bestAligned = false;
    for (const k of keys) {
      if (!k.key.startsWith(wk) || (wk.length < s.minLabelPrefixChars && wk !== k.key)) continue;
      const c = consume(w, k.key, page.words, none, s);
      const m = { ...k, ...c };
      if (!enough(m, s)) continue;
      // A label whose lines line up beats one whose lines do not (it crossed into the next
      // column); then a label found whole beats a longer one found in part: the part may run on
      // into the first body line below ("Avaintuloksen mittari" + a cell's "ja" as "… mittari ja toteuma").
      const aligned = linesAligned(m.words, s);
      const whole = m.letters === m.key.length;
      const bestWhole = best !== undefined && best.letters === best.key.length;
      if (!best || (aligned && !bestAligned)) {
        best = m;
        bestAligned = aligned;
      } else if (aligned === bestAligned && ((whole && !bestWhole) || (whole === bestWhole && (m.letters > best.letters || (m.letters === best.letters && m.canonical && !best.canonical))))) best = m;
    }
    if (best) matches.push(best);
  }
  // Longest labels claim their words first; a word belongs to one label.
  matches.sort((a, b) => b.letters - a.letters);
  const claimed = new Set<Word>();
  const kept: (LabelMatch & { top: number; bottom: number; x0: number; x1: number })[] = [];
  for (const m of matches) {
    if (m.words.some((w) => claimed.has(w))) continue;
    for (const w of m.words) claimed.add(w);
    // A label matched only in part (a narrow column wraps it word by word): the rest of its
    // words stand right below, within its width.
    if (m.letters < m.key.length) growDown(m.words, page.words, claimed);
    takeLabelYear(m.words, page.words, claimed, s);
    kept.push({ ...m, ...extentOf(m.words) });
  }
  // Labels of one header row overlap vertically (top-aligned or centred cells alike) by more than
  // lines set tighter than their type size do: at a line height under 1 the box of the first
  // body line reaches up into the header's last line, and a word there that is a label
  // (a label word ending a sentence, "mittari).") is no label of this header.
  kept.sort((a, b) => a.top - b.top);
  const clusters: (typeof kept)[] = [];
  for (const m of kept) {
    const c = clusters[clusters.length - 1];
    const bottom = c ? Math.max(...c.map((x) => x.bottom)) : -Infinity;
    if (c && m.top < bottom - MIN_ROW_OVERLAP * m.words[0]!.fontSize) c.push(m);
    else clusters.push([m]);
  }
  const rows: HeaderRow[] = [];
  for (const c0 of clusters) {
    const c = joinSameFieldLabels(joinSlashLabels(c0), page.words, claimed);
    const fields = new Set(c.map((m) => m.field));
    // Few known labels: a header only by the band's shape and the rows under it (`label-band.ts`).
    const byWords = namesEnoughFields(fields, rules.detect);
    if (!byWords && fields.size < MIN_FEW_LABEL_KNOWN) continue;
    const claimedBefore = byWords ? undefined : new Set(claimed);
    const top = Math.min(...c.map((m) => m.top));
    const bottom = Math.max(...c.map((m) => m.bottom));
    c.sort((a, b) => a.x0 - b.x0);
    const labels: HeaderLabel[] = c.map((m) => ({ field: m.field, x0: m.x0, words: m.words }));
    // Other words of the header band: the rest of a label's cell, or a column of its own.
    const fs = c[0]!.words[0]!.fontSize;
    const spans = c.map((m) => ({ x0: m.x0, x1: m.x1, label: labels.find((l) => l.words === m.words)! }));
    const loose = page.words.filter((w) => !claimed.has(w) && w.top >= top - 0.3 * w.fontSize && w.bottom <= bottom + 0.3 * w.fontSize).sort((a, b) => a.x0 - b.x0);
    const groups: Word[][] = [];
    let gx1 = -Infinity;
    for (const w of loose) {
      // A capitalized word right after a label's line, past its end, opens the next column's label
      // (a label set past its narrow column's edge up to the next one's).
      const owner = spans.find((sp) => w.x0 < sp.x1 + 0.5 * fs && w.x1 > sp.x0 - 0.5 * fs && !(w.x0 >= sp.x1 - 0.1 * fs && opensNextLabel(w, sp.label.words, s)));
      if (owner) {
        owner.label.words.push(w);
        continue;
      }
      if (groups.length && w.x0 - gx1 < fs && !opensNextLabel(w, groups[groups.length - 1]!, s)) groups[groups.length - 1]!.push(w);
      else groups.push([w]);
      gx1 = Math.max(gx1 === -Infinity || groups[groups.length - 1]!.length === 1 ? w.x1 : gx1, w.x1);
    }
    const seen = assignFields(c, labels, keys, s);
    const pitch = labelPitch(c.map((m) => m.words));
    for (const g of groups) {
      for (const w of g) claimed.add(w);
      growDown(g, page.words, claimed, pitch, bottom, c);
      const text = headerText(g, s);
      const k = letterKey(text);
      if (!k) continue;
      // Wrapped into pieces too short to begin a label ("Av-/ain-/tu-…"), yet a label when read whole.
      // A cell naming two things with a slash ("Palvelukokonaisuus/toimiala") is the field one of them names.
      const known =
        keys.find((x) => !seen.has(x.field) && (x.key === k || (k.length >= 12 && x.key.startsWith(k)))) ??
        (text.includes("/") ? text.split("/").map(letterKey).flatMap((pk) => keys.filter((x) => !seen.has(x.field) && pk && x.key === pk))[0] : undefined);
      // Words that go on from a label past a joiner ("Mittari" "/ To-"): the rest of that label's
      // cell, not a column of their own (no header begins with a slash).
      if (!known) {
        const gx = extentOf(g);
        const left = labels.filter((l) => extentOf(l.words).x1 <= gx.x0 + 0.1 * fs).sort((a, b) => extentOf(b.words).x1 - extentOf(a.words).x1)[0];
        const leftEnd = left && [...left.words].sort((a, b) => b.x1 - a.x1)[0]!;
        const joined = SIGN_JOINER.test(g[0]!.text) || (leftEnd !== undefined && SIGN_JOINER.test(leftEnd.text));
        if (left && joined && gx.x0 - extentOf(left.words).x1 < JOINED_LABEL_GAP * fs) {
          left.words.push(...g);
          continue;
        }
      }
      if (known) seen.add(known.field);
      labels.push({ field: known ? known.field : EXTRA_PREFIX + text, x0: extentOf(g).x0, words: g });
    }
    labels.sort((a, b) => a.x0 - b.x0);
    const rowBottom = Math.max(bottom, ...labels.flatMap((l) => l.words.map((w) => w.bottom)));
    if (claimedBefore && !isLabelBand(labels, page.words, rowBottom, s)) {
      // Not a header: its words go back to the page for the bands below.
      claimed.clear();
      for (const w of claimedBefore) claimed.add(w);
      continue;
    }
    rows.push({ top, bottom: rowBottom, labels });
  }
  return rows;
}
