/**
 * Text whose UTF-16 code units came out byte-swapped: Ghostscript re-distilling LibreOffice's
 * Carlito (Calibri-metric) ligatures writes a ToUnicode entry of <7400 6900> for "ti", which every
 * reader maps to "琀椀" (U+7400 U+6900). A character whose low byte is zero and whose high byte is
 * a printable ASCII character is read back as that character, but only in a run of text that has
 * Latin letters and no other CJK character, or where it touches a Latin letter: CJK text of its
 * own (U+4E00 "一") stays as it is. (Its three-letter ligature "tti" comes out as <7400 dd00>, the
 * letters' codes summed: that one cannot be read back.)
 */
const SWAPPED = /[\u2100-\u7e00]/u;
const LATIN = /[A-Za-z\u00c0-\u024f]/u;
const CJK = /[\u2e80-\u9fff\u3040-\u30ff\uac00-\ud7af]/u;

function swappedAscii(c: string): string | null {
  const code = c.charCodeAt(0);
  if ((code & 0xff) !== 0) return null;
  const hi = code >> 8;
  return hi >= 0x21 && hi <= 0x7e ? String.fromCharCode(hi) : null;
}

/** Whether `s` has a CJK character that is not a byte-swapped ASCII one (text of its own). */
export function hasCjk(s: string): boolean {
  for (const c of s) if (CJK.test(c) && swappedAscii(c) === null) return true;
  return false;
}

/**
 * `s` with byte-swapped ASCII characters inside Latin words restored ("valmis琀椀n" → "valmistin").
 * `all`: every such character, for text already known to carry the fault and no CJK of its own
 * (a ligature alone on a line: "reippaas-" + "琀椀.").
 */
export function unswapLatin(s: string, all = false): string {
  if (!SWAPPED.test(s)) return s;
  const chars = [...s];
  const swapped = chars.map(swappedAscii);
  const latinRun = all || LATIN.test(s) && !chars.some((c, i) => swapped[i] === null && CJK.test(c));
  let out = "";
  for (let i = 0; i < chars.length; i++) {
    const a = swapped[i];
    if (a === null || a === undefined) {
      out += chars[i];
      continue;
    }
    // The run of such characters this one belongs to, and whether a Latin letter touches it.
    let j = i;
    while (j < chars.length && swapped[j] !== null) j++;
    const touches = (i > 0 && LATIN.test(chars[i - 1]!)) || (j < chars.length && LATIN.test(chars[j]!));
    out += latinRun || touches ? swapped.slice(i, j).join("") : chars.slice(i, j).join("");
    i = j - 1;
  }
  return out;
}
