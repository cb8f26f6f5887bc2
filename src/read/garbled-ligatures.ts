/**
 * Three-letter ligatures whose ToUnicode text is garbled. Ghostscript re-distilling a font writes
 * each ligature's text byte-swapped (<7400 6900> for "ti", read back by byte-swapped.ts), and for a
 * three-letter one sums the last two letters' codes into one unit (<7400 dd00> for "tti"): pdf.js
 * reads that unit as half a surrogate pair and gives a code point outside the BMP ("t" + U+50000).
 * The letters cannot be read from the codes, but the font itself tells them: its two-letter
 * ligatures ("tt", "ti") say which letters it joins, and a three-letter ligature is two of them
 * overlapping ("tt" + "ti" → "tti"), whose glyph is about as wide as its letters side by side.
 */
import type { FontNames } from "./ligature-names.js";

/** A font as pdf.js exports it with `fontExtraProperties`, with its glyph widths by character code. */
export interface FontWithWidths extends FontNames {
  widths?: Record<number, number> | (number | null | undefined)[];
}

/** A byte-swapped ASCII letter (U+7400 for "t"): the letter, or null. */
function swappedLetter(c: string): string | null {
  const code = c.codePointAt(0)!;
  if (code > 0xffff || (code & 0xff) !== 0) return null;
  const ch = String.fromCharCode(code >> 8);
  return /^[A-Za-z]$/.test(ch) ? ch : null;
}

/** A mapped text that starts with a byte-swapped letter and ends in a code point outside the BMP. */
export const GARBLED_LIGATURE = /[\u4100-\u5a00\u6100-\u7a00][\u{10000}-\u{10ffff}]/u;

/** How far the ligature's glyph may be from its letters' widths summed (a ligature is a little tighter). */
const WIDTH_TOLERANCE = 0.15;

/** How far the glyph's width is from the letters' widths summed, as a share of the sum (0 without widths). */
function widthError(letters: string, width: number | undefined, letterWidth: ReadonlyMap<string, number>): number {
  if (width === undefined) return 0;
  let sum = 0;
  for (const ch of letters) {
    const w = letterWidth.get(ch);
    if (w === undefined) return Infinity;
    sum += w;
  }
  return Math.abs(sum - width) / sum;
}

/**
 * For one font: each garbled ligature text (as pdf.js maps it) to the letters the font's own
 * two-letter ligatures and glyph widths say it draws. Empty when nothing is garbled or nothing
 * decides the letters.
 */
export function garbledLigatureRepairs(font: FontWithWidths): Map<string, string> {
  const out = new Map<string, string>();
  const map = font.toUnicode?._map ?? [];
  const pairs = new Set<string>();
  const letterWidth = new Map<string, number>();
  const widthOf = (code: number): number | undefined => {
    const w = (font.widths as Record<number, number | null | undefined> | undefined)?.[code];
    return typeof w === "number" && w > 0 ? w : undefined;
  };
  const garbled: { text: string; first: string; width: number | undefined }[] = [];
  for (const [code, u] of map.entries()) {
    if (!u) continue;
    const chars = [...u];
    if (chars.length === 1 && /^[A-Za-z]$/.test(u)) {
      const w = widthOf(code);
      if (w !== undefined && !letterWidth.has(u)) letterWidth.set(u, w);
      continue;
    }
    const letters = chars.map(swappedLetter);
    if (chars.length === 2 && letters.every((l) => l !== null)) pairs.add(letters.join(""));
    else if (chars.length === 2 && letters[0] && GARBLED_LIGATURE.test(u)) garbled.push({ text: u, first: letters[0], width: widthOf(code) });
  }
  for (const g of garbled) {
    // Two of the font's ligatures overlapping in one letter, the first starting with the known letter.
    const candidates: string[] = [];
    for (const a of pairs) if (a[0] === g.first) for (const b of pairs) if (b[0] === a[1]) candidates.push(a + b[1]);
    // The nearest in width, if clearly nearer than the next ("tti" 899 beside "ttt" 1005 for a glyph of 856).
    const scored = candidates
      .map((c) => ({ c, err: widthError(c, g.width, letterWidth) }))
      .filter((s) => s.err <= WIDTH_TOLERANCE)
      .sort((a, b) => a.err - b.err);
    if (scored.length === 1 || (scored.length > 1 && scored[0]!.err < 0.5 * scored[1]!.err)) out.set(g.text, scored[0]!.c);
  }
  return out;
}
