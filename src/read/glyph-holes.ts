/**
 * Letters drawn from a fallback font into a hole of a run. When a font lacks a glyph (a bold cut
 * without "ä"), producers draw the run with a space in its place and the missing letter from
 * another font as a run of its own on the same baseline, after the run: read as is, "välineet"
 * comes out as "v lineet ä". A run of one or two letters whose middle falls on a space between two
 * letters of another run on its baseline is put back into that space.
 */
import type { AccentItem } from "./accents.js";

const LETTERS = /^\p{L}{1,2}$/u;
const LETTER = /\p{L}/u;

/** The items with each such letter run moved into the hole it was drawn in (new objects; inputs untouched). */
export function fillGlyphHoles<T extends AccentItem>(items: readonly T[]): T[] {
  const out: (T | null)[] = items.slice();
  for (let j = 0; j < out.length; j++) {
    const p = out[j]!;
    if (!p || !LETTERS.test(p.str)) continue;
    const size = Math.abs(p.transform[3]!) || p.height || 10;
    const mid = p.transform[4]! + p.width / 2;
    for (let i = 0; i < out.length; i++) {
      const host = out[i];
      if (i === j || !host || host.str.length < 3 || !host.str.includes(" ")) continue;
      if (Math.abs(host.transform[5]! - p.transform[5]!) > size * 0.2) continue;
      const glyph = host.width / host.str.length;
      const k = Math.floor((mid - host.transform[4]!) / glyph);
      // The estimate spreads the run's width evenly: allow the hole one glyph either way.
      const hole = [k, k - 1, k + 1].find((h) => host.str[h] === " " && LETTER.test(host.str[h - 1] ?? "") && LETTER.test(host.str[h + 1] ?? ""));
      if (hole === undefined) continue;
      out[i] = { ...host, str: host.str.slice(0, hole) + p.str + host.str.slice(hole + 1) };
      out[j] = null;
      break;
    }
  }
  return out.filter((x): x is T => x !== null);
}
