/**
 * Words → line fragments → blocks. A page line is split where a horizontal gap is wider than
 * `lineSplitGap` em, so that two boxes side by side never share a line; fragments then join the
 * block above them when they are close below it, overlap it horizontally and have a similar size.
 */
import type { Ruling, Word } from "../../model/pdf.js";
import { groupLines } from "../../text/lines.js";
import type { ReadingOrderSettings } from "./settings.js";

export interface Fragment {
  words: Word[];
  text: string;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  baseline: number;
  fontSize: number;
}

export interface Block {
  page: number;
  lines: Fragment[];
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  fontSize: number;
  /** Repeats at this place on most pages (footer, header, slide number): not for the families. */
  furniture: boolean;
}

function fragment(words: Word[]): Fragment {
  let { x0, x1, top, bottom } = words[0]!;
  let size = 0;
  for (const w of words) {
    x0 = Math.min(x0, w.x0);
    x1 = Math.max(x1, w.x1);
    top = Math.min(top, w.top);
    bottom = Math.max(bottom, w.bottom);
    size = Math.max(size, w.fontSize);
  }
  return { words, text: words.map((w) => w.text).join(" "), x0, x1, top, bottom, baseline: words[0]!.baseline, fontSize: size };
}

/** A page's lines, each split at gaps wider than `lineSplitGap` em. */
export function fragments(words: readonly Word[], s: ReadingOrderSettings): Fragment[] {
  return groupLines(words, s.baselineTolerance).flatMap((line) => splitAtGaps(line.words, s));
}

/** The words of one line (left to right) as fragments, split at gaps wider than `lineSplitGap` em. */
export function splitAtGaps(words: readonly Word[], s: ReadingOrderSettings): Fragment[] {
  const out: Fragment[] = [];
  let cur: Word[] = [];
  for (const w of words) {
    const last = cur[cur.length - 1];
    if (last && w.x0 - last.x1 > s.lineSplitGap * Math.max(w.fontSize, last.fontSize)) {
      out.push(fragment(cur));
      cur = [];
    }
    cur.push(w);
  }
  if (cur.length) out.push(fragment(cur));
  return out;
}

/** Two lines overlap by at least `cellRowOverlap` of the lower one's height. */
export function sameRowOverlap(a: { top: number; bottom: number }, b: { top: number; bottom: number }, s: ReadingOrderSettings): boolean {
  const overlap = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return overlap >= s.cellRowOverlap * Math.min(a.bottom - a.top, b.bottom - b.top);
}

function overlaps(a: { x0: number; x1: number }, b: { x0: number; x1: number }): boolean {
  return Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 0;
}

/**
 * A fragment that continues a block starts at the block's left edge (or left of it by at most
 * `maxOutdent` em: the first line may be indented), under the text after a list marker (a hanging indent), or shares the
 * last line's centre or right edge (centred or right-aligned text). A fragment that starts well
 * inside the block's last line is a cell of the row beneath the box ("KYLLÄ" under a goal box
 * whose evaluation row follows it closely), not the box's next line.
 */
function alignedUnder(f: Fragment, b: Block, last: Fragment, s: ReadingOrderSettings): boolean {
  const tol = s.alignTolerance * Math.max(f.fontSize, last.fontSize);
  // Left of the block's edge by a first line's indent at most: a line far left of a narrow box (a
  // goal box across the slide under a column label) is the next box, not the label's next line.
  if (f.x0 <= b.x0 + tol && f.x0 >= b.x0 - s.maxOutdent * Math.max(f.fontSize, last.fontSize)) return true;
  if (Math.abs((f.x0 + f.x1) / 2 - (last.x0 + last.x1) / 2) <= tol || Math.abs(f.x1 - last.x1) <= tol) return true;
  const first = last.words[0]!;
  const hanging = s.listMarkers.some((m) => first.text.startsWith(m)) ? (first.text.length <= 2 ? last.words[1] : first) : undefined;
  return hanging !== undefined && Math.abs(f.x0 - (hanging === first ? first.x0 : hanging.x0)) <= tol;
}

/**
 * A line in another face (bold label, regular text) further below than a wrapped line stands
 * (`faceBreakSpacing` em) starts a new block: a column label over the first cell close under it,
 * as at large sizes. A wrapped line keeps its face; a paragraph in a new face keeps its box's
 * order whether it starts a block or not.
 */
function newFace(f: Fragment, last: Fragment, s: ReadingOrderSettings): boolean {
  const face = (x: Fragment) => x.words[0]!.fontName;
  return face(f) !== face(last) && f.baseline - last.baseline > s.faceBreakSpacing * Math.max(f.fontSize, last.fontSize);
}

/**
 * A line further below the block's last line than `pitchBreak` times the block's own line pitch
 * (its last two lines) starts a new block: the next box of a column of boxes set close together
 * (the steps of a vertical timeline at large sizes), not the box's next line.
 */
function pastPitch(f: Fragment, b: Block, s: ReadingOrderSettings): boolean {
  if (b.lines.length < 2) return false;
  const [a, last] = [b.lines[b.lines.length - 2]!, b.lines[b.lines.length - 1]!];
  const pitch = last.baseline - a.baseline;
  return pitch > 0 && f.baseline - last.baseline > s.pitchBreak * pitch;
}

/**
 * Boxes of one row start together: when a fragment of a line starts a new block (another face,
 * too far below, or nothing above it), a fragment of the same line that would continue its block
 * from further below than a wrapped line (`rowBreak` times the block's own smallest line pitch, or
 * the document's `pitch` em for a one-line block) starts one too. Where lines stand far apart for
 * their size (a widely spaced face or paragraph, or boxes set close together at a large size), the
 * next box of a column is no further below than a paragraph of the box, and only the row tells
 * them apart: a label over its cell in the same face, the next date box of a vertical timeline.
 * A wrapped line (at the block's own pitch) is broken off only where a row of boxes starts beside it.
 */
function rowBreaks(f: Fragment, b: Block, line: readonly Fragment[], choice: readonly (Block | null)[], joins: readonly boolean[], pitch: number | null, s: ReadingOrderSettings): boolean {
  const last = b.lines[b.lines.length - 1]!;
  const gaps = b.lines.slice(1).map((l, i) => l.baseline - b.lines[i]!.baseline).filter((g) => g > 0);
  const wrapped = gaps.length ? Math.min(...gaps) : pitch === null ? null : pitch * Math.max(f.fontSize, last.fontSize);
  if (wrapped === null) return false;
  if (f.baseline - last.baseline > s.rowBreak * wrapped) return line.some((g, k) => g !== f && !joins[k]);
  // A row of boxes starts on this line (at least two other fragments to its right each start a
  // block with no line above them in reach): the first box of the row under an overfilled box
  // stands a wrapped line below it, and only the row tells it from the box's next line.
  if (line.filter((g, k) => g.x0 > f.x1 && choice[k] == null).length >= 2) return true;
  // A row of one-line labels over boxes placed by hand a wrapped line's distance below them: no
  // line under the row starts where its label starts, as a wrapped line of a left-aligned box
  // does; each either starts a block or starts at another left edge.
  if (b.lines.length !== 1) return false;
  const shifted = (g: Fragment, a: Block) => Math.abs(g.x0 - a.lines[0]!.x0) > 0.1 * a.lines[0]!.fontSize;
  const row = line.map((g, k) => k).filter((k) => choice[k] != null && choice[k]!.lines.length === 1 && Math.abs(choice[k]!.lines[0]!.baseline - last.baseline) <= s.baselineTolerance * last.fontSize);
  return row.length >= 2 && row.every((k) => !joins[k] || shifted(line[k]!, choice[k]!));
}

/** A page's horizontal rulings, pieces of one drawn line (a box edge drawn in segments) joined. */
export function horizontalRules(rulings: readonly Ruling[]): { y: number; x0: number; x1: number }[] {
  const hs = rulings.filter((r) => r.orientation === "h").sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
  const out: { y: number; x0: number; x1: number }[] = [];
  for (const r of hs) {
    const same = out.find((o) => Math.abs(o.y - r.y0) <= 0.5 && r.x0 <= o.x1 + 1 && r.x1 >= o.x0 - 1);
    if (same) [same.x0, same.x1] = [Math.min(same.x0, r.x0), Math.max(same.x1, r.x1)];
    else out.push({ y: r.y0, x0: r.x0, x1: r.x1 });
  }
  return out;
}

/**
 * A drawn line between two lines of text, reaching past one of them on both sides by
 * `borderOverhang` em (a box's edge, drawn around its padding): the lines are in two boxes, however
 * close (the next date box of a vertical timeline set a paragraph's distance below an overfilled
 * one). An underline ends with its words and lies in no gap between boxes.
 */
function borderBetween(last: Fragment, f: Fragment, rules: readonly { y: number; x0: number; x1: number }[], s: ReadingOrderSettings): boolean {
  const m = s.borderOverhang * Math.max(f.fontSize, last.fontSize);
  const around = (r: { x0: number; x1: number }, g: Fragment) => r.x0 <= g.x0 - m && r.x1 >= g.x1 + m;
  return rules.some((r) => r.y > last.baseline && r.y < f.baseline - 0.5 * f.fontSize && (around(r, last) || around(r, f)));
}

function extend(b: Block, f: Fragment): void {
  b.lines.push(f);
  b.x0 = Math.min(b.x0, f.x0);
  b.x1 = Math.max(b.x1, f.x1);
  b.top = Math.min(b.top, f.top);
  b.bottom = Math.max(b.bottom, f.bottom);
  b.fontSize = Math.max(b.fontSize, f.fontSize);
}

/**
 * Fragments → blocks, line by line from the top. A fragment continues the block whose last line is
 * just above it and overlaps it; when two fragments of one line would continue the same block (a
 * box above two columns) or one fragment would continue two blocks (a line under two columns),
 * none does: those are different boxes. So does none under a box's drawn edge (`rulings`).
 */
export function buildBlocks(page: number, frags: readonly Fragment[], s: ReadingOrderSettings, pitch: number | null = null, rulings: readonly Ruling[] = []): Block[] {
  const rules = horizontalRules(rulings);
  const sorted = [...frags].sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0);
  const blocks: Block[] = [];
  let i = 0;
  while (i < sorted.length) {
    // One page line: the fragments whose baselines are within tolerance of the first, or whose
    // lines overlap it (boxes placed by hand a little off the row).
    let j = i + 1;
    while (j < sorted.length && (Math.abs(sorted[j]!.baseline - sorted[i]!.baseline) <= s.baselineTolerance * sorted[j]!.fontSize || sameRowOverlap(sorted[i]!, sorted[j]!, s))) j++;
    const line = sorted.slice(i, j);
    const choice = line.map((f) => {
      const fits = blocks.filter((b) => {
        const last = b.lines[b.lines.length - 1]!;
        const dy = f.baseline - last.baseline;
        const size = Math.max(f.fontSize, last.fontSize);
        const ratio = Math.max(f.fontSize, last.fontSize) / Math.min(f.fontSize, last.fontSize);
        return dy > 0 && dy <= s.blockLineSpacing * size && ratio <= s.blockFontRatio && overlaps(f, last);
      });
      return fits.length === 1 ? fits[0]! : null;
    });
    const joins = line.map((f, k) => {
      const b = choice[k];
      return !!b && choice.filter((c) => c === b).length === 1 && alignedUnder(f, b, b.lines[b.lines.length - 1]!, s) && !newFace(f, b.lines[b.lines.length - 1]!, s) && !pastPitch(f, b, s) && !borderBetween(b.lines[b.lines.length - 1]!, f, rules, s);
    });
    line.forEach((f, k) => {
      const b = choice[k];
      if (b && joins[k] && !rowBreaks(f, b, line, choice, joins, pitch, s)) extend(b, f);
      else blocks.push({ page, lines: [f], x0: f.x0, x1: f.x1, top: f.top, bottom: f.bottom, fontSize: f.fontSize, furniture: false });
    });
    i = j;
  }
  return blocks;
}
