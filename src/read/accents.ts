/**
 * Accents drawn as glyphs of their own. TeX's OT1 encoding and the `ae` virtual fonts (and other
 * producers without precomposed glyphs) draw "ä" as a dieresis glyph placed over an "a": pdf.js
 * then gives a spacing dieresis at the end of one text run and the letter at the start of the next,
 * drawn back over it ("Ik¨" + "a¨" + "antyneiden"). Where the two runs overlap on one baseline,
 * the accent belongs to the letter it sits over and is composed with it (Unicode NFC).
 */

/** Spacing accents (as pdf.js maps the glyph names) → combining marks. */
const MARKS: Record<string, string> = {
  "\u00a8": "\u0308", // dieresis
  "\u00b4": "\u0301", // acute
  "`": "\u0300", // grave
  "\u02c6": "\u0302", // circumflex
  "^": "\u0302",
  "\u02dc": "\u0303", // tilde
  "~": "\u0303",
  "\u02da": "\u030a", // ring
  "\u00b8": "\u0327", // cedilla
  "\u02c7": "\u030c", // caron
  "\u00af": "\u0304", // macron
  "\u02c9": "\u0304",
  "\u02d8": "\u0306", // breve
  "\u02d9": "\u0307", // dot above
  "\u02dd": "\u030b", // double acute
  "\u02db": "\u0328", // ogonek
};

/** The part of a pdf.js text item this module reads and writes. */
export interface AccentItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName: string;
}

const LETTER = /^\p{L}$/u;

/** Whether `b` starts on `a`'s baseline inside the x-range of `a`'s last glyph (drawn back over it). */
function overlapsLastGlyph(a: AccentItem, b: AccentItem): boolean {
  const size = Math.abs(a.transform[3]!) || a.height || 10;
  if (Math.abs(a.transform[5]! - b.transform[5]!) > size * 0.35) return false;
  const end = a.transform[4]! + a.width;
  const glyph = a.str.length > 0 ? a.width / a.str.length : 0;
  const x = b.transform[4]!;
  return x < end - glyph * 0.2 && x >= end - glyph * 1.6 - size * 0.1;
}

/** Joins two runs into one, the accent composed with its letter. */
function join(a: AccentItem, b: AccentItem, text: string): AccentItem {
  const x0 = a.transform[4]!;
  const x1 = Math.max(x0 + a.width, b.transform[4]! + b.width);
  return { ...a, str: text, width: x1 - x0 };
}

/**
 * Composes accents drawn as separate glyphs with the letter under them, in items in drawing order:
 * an accent ending one run over the first letter of the next, or (accent drawn after the letter)
 * an accent starting a run that is drawn back over the last letter of the previous one.
 */
export function composeAccents<T extends AccentItem>(items: readonly T[]): T[] {
  const out: T[] = [];
  for (const it of items) {
    const prev = out[out.length - 1];
    if (prev && it.str && prev.str && !("type" in it) && overlapsLastGlyph(prev, it)) {
      const last = prev.str[prev.str.length - 1]!;
      const first = it.str[0]!;
      const before = prev.str[prev.str.length - 2];
      if (MARKS[last] && LETTER.test(first)) {
        const composed = (first + MARKS[last]).normalize("NFC");
        out[out.length - 1] = join(prev, it, prev.str.slice(0, -1) + composed + it.str.slice(1)) as T;
        continue;
      }
      if (MARKS[first] && LETTER.test(last) && !(before && MARKS[before])) {
        const composed = (last + MARKS[first]).normalize("NFC");
        out[out.length - 1] = join(prev, it, prev.str.slice(0, -1) + composed + it.str.slice(1)) as T;
        continue;
      }
    }
    out.push(it);
  }
  return out;
}
