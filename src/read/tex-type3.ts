/**
 * pdfTeX's bitmap (PK) fonts: Type 3 fonts without ToUnicode whose glyphs are named after their
 * codes ("/a28"). pdf.js gives such a glyph's character code as its text, which is right for the
 * letters (TeX's T1 encoding puts ASCII and "ä", "ö", "å" where Latin-1 does) but gives control
 * characters for the dashes, the quotes and the "fi"/"fl" ligatures, which TeX's text encodings
 * put below the space. This maps those codes by the standard TeX encodings (T1 = Cork, OT1).
 */
import type { FontNames } from "./ligature-names.js";

/** What is read of a pdf.js font here: its glyph names, ToUnicode and kind. */
export interface TexFont extends FontNames {
  /** pdf.js's font type ("Type3" for a Type 3 font). */
  type?: string;
}

/** T1 (Cork) codes whose character is not the Latin-1 character of the same code. */
const T1: Readonly<Record<number, string>> = {
  0x0d: "‚", 0x0e: "‹", 0x0f: "›", 0x10: "“", 0x11: "”", 0x12: "„", 0x13: "«", 0x14: "»", 0x15: "–", 0x16: "—",
  0x17: "", 0x19: "ı", 0x1b: "ff", 0x1c: "fi", 0x1d: "fl", 0x1e: "ffi", 0x1f: "ffl", 0x7f: "-",
  0x92: "Š", 0x9a: "Ž", 0x9f: "§", 0xb2: "š", 0xba: "ž", 0xbf: "£", 0xd7: "Œ", 0xdf: "SS", 0xf7: "œ", 0xff: "ß",
};

/** OT1 codes below the space (the older encoding of Computer Modern text fonts). */
const OT1: Readonly<Record<number, string>> = {
  0x0b: "ff", 0x0c: "fi", 0x0d: "fl", 0x0e: "ffi", 0x0f: "ffl", 0x10: "ı", 0x19: "ß", 0x1a: "æ", 0x1b: "œ", 0x1c: "ø", 0x1d: "Æ", 0x1e: "Œ", 0x1f: "Ø",
};

/** A glyph name that says nothing of its character: none, or pdfTeX's name after the code ("a28"). */
const CODE_NAMED = /^a\d+$/;

/**
 * The replacements for one font: the character pdf.js gives for each code the font draws but does
 * not name, mapped to its TeX character. Empty unless the font is a Type 3 font that names its
 * glyphs after their codes. The encoding is T1 unless the font draws OT1's ligature codes
 * (11–15) and nothing above 127, which OT1 does not have.
 */
export function texType3Repairs(font: TexFont): Map<string, string> {
  const out = new Map<string, string>();
  if (font.type !== "Type3") return out;
  const names = font.differences ?? [];
  const unicode = font.toUnicode?._map ?? [];
  const drawn: number[] = [];
  for (let code = 0; code < names.length && code < 256; code++) {
    const name = names[code];
    if (name && name !== ".notdef" && CODE_NAMED.test(name) && !unicode[code]) drawn.push(code);
  }
  if (!drawn.length) return out;
  const ot1 = drawn.some((c) => c >= 0x0b && c <= 0x0f) && !drawn.some((c) => c > 0x7f);
  const table = ot1 ? OT1 : T1;
  for (const code of drawn) {
    const text = table[code];
    if (text !== undefined) out.set(String.fromCharCode(code), text);
  }
  return out;
}
