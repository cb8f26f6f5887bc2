/**
 * Words of two cells read as one. A name wider than its narrow column (TeX sets it past the
 * column's edge rather than break it) runs into the next column's first word with no space between
 * them, and the reader joins the two: "Alue/osa-alueYksikköSuunta" over three header columns,
 * "MetsäkulmaKivikko" over two body columns. The join shows as a small letter followed by a
 * capital inside the word, which no name has; the piece a label begins confirms a header's seam.
 * Such a word is split at its seams, each piece placed by its share of the letters.
 */
import type { PdfPage, Word } from "../../model/pdf.js";
import { letterKey } from "../../text/letters.js";
import type { LabelKey } from "./header.js";

/** A small letter followed by a capitalized word: where two labels met with no space. */
const SEAM = /(?<=\p{Ll})(?=\p{Lu}\p{Ll})/u;
/** A small letter followed by a capital: where two body words met ("MetsäkulmaKivikko", "MetsäkulmaABC"). */
const BODY_SEAM = /(?<=\p{Ll})(?=\p{Lu})/u;
/** How far (in type sizes) a body word's seam may lie from the column edge it crosses. */
export const SEAM_EDGE_REACH = 3;
/** Fewest letters of each piece: short pieces ("iPhone", "YouTube") are one name's parts. */
export const MIN_GLUED_PIECE_LETTERS = 4;

/** The pieces of a word at its seams, each piece's box by its share of the characters. */
export function splitAtSeams(w: Word, seam = SEAM): Word[] {
  const parts = w.text.split(seam);
  if (parts.length < 2) return [w];
  const out: Word[] = [];
  const per = (w.x1 - w.x0) / w.text.length;
  let at = 0;
  for (const p of parts) {
    out.push({ ...w, text: p, x0: w.x0 + at * per, x1: w.x0 + (at + p.length) * per });
    at += p.length;
  }
  return out;
}

/**
 * A page whose glued label words are split: a word with a seam whose pieces each have
 * `MIN_GLUED_PIECE_LETTERS` letters and one of which begins a label (`minPrefix` letters at least).
 * The page itself when nothing is split.
 */
export function splitGluedLabelWords(page: PdfPage, keys: readonly LabelKey[], minPrefix: number): PdfPage {
  let changed = false;
  const words = page.words.flatMap((w) => {
    const pieces = splitAtSeams(w);
    if (pieces.length < 2) return [w];
    const pks = pieces.map((p) => letterKey(p.text));
    if (pks.some((k) => k.length < MIN_GLUED_PIECE_LETTERS)) return [w];
    if (!pks.some((pk) => pk.length >= minPrefix && keys.some((k) => k.key.startsWith(pk)))) return [w];
    changed = true;
    return pieces;
  });
  return changed ? { ...page, words } : page;
}

/**
 * Body words split where they cross a column edge: at the seam (`BODY_SEAM`) nearest each edge
 * the word crosses, within `SEAM_EDGE_REACH` type sizes of it (letters differ in width, and a name
 * set past the edge may overlap the next cell's first letters); the pieces meet at the edge. A
 * word crossing no edge, or with no seam near one, is kept as it is.
 */
export function splitAtColumnEdges(words: readonly Word[], boundaries: readonly number[]): Word[] {
  const perChar = typicalCharWidths(words);
  return words.flatMap((w) => {
    const crossed = boundaries.filter((b) => b > w.x0 && b < w.x1);
    if (!crossed.length) return [w];
    const pieces = splitAtSeams(w, BODY_SEAM);
    if (pieces.length < 2) return [overrunning(w, crossed[0]!, words)];
    // Each crossed edge cuts at its nearest seam (index into pieces: the piece that starts there).
    const cuts = new Map<number, number>();
    for (const b of crossed) {
      let best = -1;
      for (let i = 1; i < pieces.length; i++) if (Math.abs(pieces[i]!.x0 - b) <= SEAM_EDGE_REACH * w.fontSize && (best < 0 || Math.abs(pieces[i]!.x0 - b) < Math.abs(pieces[best]!.x0 - b))) best = i;
      // A name run far past a narrow column's edge overprints the next cell's first word, and the
      // reader spreads the joined run's width evenly over its letters: the seam by letter share then
      // lies far right of the edge. The next cell's word still ends where the run ends, so its start
      // is also told from the right, by the page's usual letter width at the word's type size.
      const cw = perChar.get(w.fontSize);
      if (best < 0 && cw !== undefined) {
        let after = 0;
        let bestD = Infinity;
        for (let i = pieces.length - 1; i >= 1; i--) {
          after += pieces[i]!.text.length;
          const d = Math.abs(w.x1 - after * cw - b);
          if (d <= SEAM_EDGE_REACH * w.fontSize && d < bestD) {
            best = i;
            bestD = d;
          }
        }
      }
      if (best > 0) cuts.set(best, b);
    }
    if (!cuts.size) return [overrunning(w, crossed[0]!, words)];
    const out: Word[] = [];
    pieces.forEach((p, i) => {
      const edge = cuts.get(i);
      if (i === 0 || edge !== undefined) {
        if (edge !== undefined) out[out.length - 1]!.x1 = edge - 0.5;
        out.push({ ...p, x0: edge !== undefined ? edge + 0.5 : p.x0 });
      } else {
        const prev = out[out.length - 1]!;
        out[out.length - 1] = { ...prev, text: prev.text + p.text, x1: p.x1 };
      }
    });
    return out;
  });
}

/**
 * A word run past the column edge `edge` over the first word of the next column's cell on its line
 * (the two overlap: a name wider than its narrow column) ends at the edge, so that it stays in the
 * column it starts in; else it is kept as it is.
 */
function overrunning(w: Word, edge: number, words: readonly Word[]): Word {
  const overlapped = words.some((o) => o !== w && Math.abs(o.baseline - w.baseline) < 0.2 * w.fontSize && o.x0 > edge && o.x0 < w.x1 - 0.2 * w.fontSize);
  return overlapped ? { ...w, x1: edge - 0.5 } : w;
}

/** Letters fewest a word needs to count towards the page's usual letter width. */
const MIN_WIDTH_SAMPLE_LETTERS = 4;

/** The median letter width of the words of each type size (words of `MIN_WIDTH_SAMPLE_LETTERS` letters or more). */
function typicalCharWidths(words: readonly Word[]): Map<number, number> {
  const by = new Map<number, number[]>();
  for (const w of words) {
    if (w.text.length < MIN_WIDTH_SAMPLE_LETTERS) continue;
    const list = by.get(w.fontSize) ?? [];
    list.push((w.x1 - w.x0) / w.text.length);
    by.set(w.fontSize, list);
  }
  const out = new Map<number, number>();
  for (const [fs, list] of by) {
    list.sort((a, b) => a - b);
    out.set(fs, list[Math.floor(list.length / 2)]!);
  }
  return out;
}
