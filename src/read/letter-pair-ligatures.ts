/**
 * Two-letter ligatures read as one letter of another alphabet. Some faces draw the letters "ae"
 * or "OE" as one ligature glyph and name it like the Latin letter ("ae" and "OE" are æ and Œ in
 * the Adobe Glyph List). Re-distilled without a ToUnicode map (Ghostscript), the glyph's name is
 * all a reader has, so "alkaen" reads "alkæn" and "(OE)" reads "(Œ)".
 *
 * Finnish writes neither letter, but a report may quote a Nordic or French name, so the document
 * itself decides, font by font: a face that ligates the two letters draws every such pair as the
 * one glyph, so a font that holds the ligature letter and never the two letters side by side is
 * spelled out; a font that also draws the pair apart keeps its letter as printed.
 */
import type { Word } from "../model/pdf.js";

/** Each ligature letter and the two letters whose ligature glyph carries its name. */
export const LETTER_PAIR_LIGATURES: ReadonlyMap<string, string> = new Map([
  ["æ", "ae"],
  ["Æ", "AE"],
  ["œ", "oe"],
  ["Œ", "OE"],
]);

/**
 * For each font of the document: the ligature letters it draws and never writes apart, mapped to
 * their two letters. Fonts without any are left out.
 */
export function letterPairRepairs(words: Iterable<Pick<Word, "text" | "fontName">>): Map<string, Map<string, string>> {
  const text = new Map<string, string[]>();
  for (const w of words) {
    if (!text.has(w.fontName)) text.set(w.fontName, []);
    text.get(w.fontName)!.push(w.text);
  }
  const out = new Map<string, Map<string, string>>();
  for (const [font, texts] of text) {
    const all = texts.join(" ");
    const repairs = new Map<string, string>();
    for (const [letter, pair] of LETTER_PAIR_LIGATURES) if (all.includes(letter) && !all.includes(pair)) repairs.set(letter, pair);
    if (repairs.size) out.set(font, repairs);
  }
  return out;
}

/** Spells out, in place, the ligature letters of the words' fonts that `letterPairRepairs` finds. */
export function spellLetterPairLigatures(words: readonly Word[]): void {
  if (!words.some((w) => /[æÆœŒ]/u.test(w.text))) return;
  const repairs = letterPairRepairs(words);
  for (const w of words) {
    const r = repairs.get(w.fontName);
    if (!r) continue;
    let out = "";
    for (const ch of w.text) out += r.get(ch) ?? ch;
    w.text = out;
  }
}
