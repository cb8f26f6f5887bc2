/**
 * Reading order for pages that are not one table (slide decks): each page's words become line
 * fragments, page furniture is found across the document, the rest is grouped into blocks and
 * the blocks are ordered by XY-cut. The families read the result as text lines (`pageText`); the
 * debug view draws the blocks. Settings: `rules/reading-order.json`.
 */
import type { PdfText } from "../../model/pdf.js";
import type { SourceLine } from "../../model/source.js";
import type { Rules } from "../../rules/load.js";
import { buildBlocks, fragments, sameRowOverlap, splitAtGaps, type Block, type Fragment } from "./blocks.js";
import { findFurniture, separateFurniture } from "./furniture.js";
import { documentPitch, forPitch } from "./pitch.js";
import { loadReadingOrder, type ReadingOrderSettings } from "./settings.js";
import { xyCutOrder } from "./xycut.js";

export type { Block, Fragment } from "./blocks.js";

export interface PageBlocks {
  page: number;
  width: number;
  height: number;
  /** Content blocks in reading order. */
  blocks: Block[];
  /** Furniture, one block per fragment (left out of the text). */
  furniture: Block[];
}

export function readingOrder(doc: PdfText, rules: Rules): PageBlocks[] {
  const s = loadReadingOrder(rules);
  const pages = doc.pages.map((p) => ({ page: p.number, width: p.width, height: p.height, frags: fragments(p.words, s) }));
  const furniture = findFurniture(pages, s);
  separateFurniture(pages, furniture, s, (words) => splitAtGaps(words, s));
  // Vertical distances against the document's own line pitch (a widely spaced face or paragraph).
  const pitch = documentPitch(pages.map((p) => p.frags.filter((f) => !furniture.has(f))), s);
  const sp = forPitch(s, pitch);
  return pages.map((p) => {
    const content = p.frags.filter((f) => !furniture.has(f));
    const furn = p.frags.filter((f) => furniture.has(f)).map((f) => ({ page: p.page, lines: [f], x0: f.x0, x1: f.x1, top: f.top, bottom: f.bottom, fontSize: f.fontSize, furniture: true }));
    const rulings = doc.pages.find((d) => d.number === p.page)?.rulings ?? [];
    return { page: p.page, width: p.width, height: p.height, blocks: xyCutOrder(buildBlocks(p.page, content, sp, pitch, rulings), sp), furniture: furn };
  });
}

/**
 * The document without its furniture's words, for readings that take words rather than blocks
 * (the table reading of evaluation slides): a footer or slide number must not join a cell.
 */
export function withoutFurniture(doc: PdfText, pages: readonly PageBlocks[]): PdfText {
  const furniture = new Set(pages.flatMap((p) => p.furniture.flatMap((b) => b.lines.flatMap((l) => l.words))));
  if (!furniture.size) return doc;
  return { ...doc, pages: doc.pages.map((p) => ({ ...p, words: p.words.filter((w) => !furniture.has(w)) })) };
}

/** A one-line block short enough to be a cell of a row ("OSITTAIN", "4", "2026"). */
function isCell(b: Block, s: ReadingOrderSettings): boolean {
  return b.lines.length === 1 && b.lines[0]!.words.length <= s.cellMaxWords;
}

/**
 * Two one-line cells stand on one row: their baselines agree, or (boxes placed by hand, a little
 * off the row) their lines overlap by at least `cellRowOverlap` of the lower one's height.
 */
function sameRow(a: Block, b: Block, s: ReadingOrderSettings): boolean {
  return Math.abs(a.lines[0]!.baseline - b.lines[0]!.baseline) <= s.baselineTolerance * a.fontSize || sameRowOverlap(a, b, s);
}

/**
 * The text the families read: blocks in reading order separated by a blank line, pages by three
 * (the slide break of the text families). Consecutive cells on one baseline make one line, as a
 * table row's short cells do in extracted slide text ("KYLLÄ 4", "6 3,8 3 3"); a list that
 * follows text in a block starts a paragraph of its own.
 */
export function pageText(pages: readonly PageBlocks[], rules: Rules): SourceLine[] {
  const s = loadReadingOrder(rules);
  const out: SourceLine[] = [];
  const emit = (text: string, page: number) => out.push({ n: out.length + 1, text, page });
  const isList = (f: Fragment) => s.listMarkers.some((m) => f.text.startsWith(m));
  for (const p of pages) {
    const bs = p.blocks;
    for (let i = 0; i < bs.length; i++) {
      const b = bs[i]!;
      if (isCell(b, s)) {
        let text = b.lines[0]!.text;
        while (i + 1 < bs.length && isCell(bs[i + 1]!, s) && sameRow(b, bs[i + 1]!, s)) text += " " + bs[++i]!.lines[0]!.text;
        emit(text, p.page);
      } else {
        b.lines.forEach((l, k) => {
          if (k > 0 && isList(l) && !isList(b.lines[k - 1]!) && !b.lines.slice(0, k).some(isList)) emit("", p.page);
          emit(l.text, p.page);
        });
      }
      emit("", p.page);
    }
    emit("", p.page);
    emit("", p.page);
  }
  return out;
}
