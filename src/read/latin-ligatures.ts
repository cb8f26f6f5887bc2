/**
 * Latin letter-pair characters that some fonts draw for two letters: "ĳ" (U+0133) for "ij" ("kävĳä"),
 * "Ĳ", and the "DŽ"/"Lj"/"Nj"/"Dz" family. Unicode keeps them for compatibility only; a word holds the
 * two letters. pdf.js spells out the "ﬁ"/"ﬀ" block itself, but not these, so a font whose "ij" glyph
 * maps to U+0133 would change every such word. Left alone: "ŀ" and "ŉ", which spell out with a mark.
 */
const LETTER_PAIRS = /[\u0132\u0133\u01c4-\u01cc\u01f1-\u01f3]/gu;

/** The text with each Latin letter-pair character written as its two letters (NFKC of that character only). */
export function spellLetterPairs(text: string): string {
  return text.replace(LETTER_PAIRS, (c) => c.normalize("NFKC"));
}
