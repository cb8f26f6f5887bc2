/**
 * Bytes → text with the encodings Finnish public-sector files actually use. windows-1252 is
 * decoded with our own table for 0x80–0x9F because some Node builds decode it like latin-1
 * (nodejs/node#60888), which would turn "–", "”" and "€" into control characters.
 */

/** windows-1252 code points for bytes 0x80–0x9F (undefined bytes map to themselves, as WHATWG does). */
export const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  const chunk: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    chunk.push(b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b);
    if (chunk.length >= 8192) {
      out += String.fromCharCode(...chunk);
      chunk.length = 0;
    }
  }
  return out + String.fromCharCode(...chunk);
}

export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

/** Decodes by a declared charset label (HTTP header or meta tag); iso-8859-1 means windows-1252 (WHATWG). */
export function decodeWithCharset(bytes: Uint8Array, charset: string): string {
  const cs = charset.trim().toLowerCase();
  if (["iso-8859-1", "latin1", "latin-1", "iso8859-1", "windows-1252", "cp1252", "us-ascii", "ascii"].includes(cs)) {
    return decodeWindows1252(bytes);
  }
  return new TextDecoder(cs as string, { fatal: false }).decode(bytes);
}

/** Share of characters that no text file has: C0 controls other than tab/newlines, and U+FFFD. */
function controlRatio(text: string): number {
  if (!text) return 0;
  let bad = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd) bad++;
  }
  return bad / text.length;
}

export class NotTextError extends Error {
  override name = "NotTextError";
}

/**
 * Guesses the encoding of a text file: BOM first, then strict UTF-8, then windows-1252.
 * Refuses binary content (NUL bytes or many control characters) instead of producing garbage rows.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8" };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  // UTF-16 without BOM: every other byte NUL in ASCII-heavy text.
  if (bytes.length >= 4) {
    let evenNul = 0;
    let oddNul = 0;
    const n = Math.min(bytes.length, 4096);
    for (let i = 0; i < n; i++) if (bytes[i] === 0) (i % 2 ? oddNul++ : evenNul++);
    const le = oddNul > n * 0.3 && evenNul < n * 0.02;
    const be = evenNul > n * 0.3 && oddNul < n * 0.02;
    if (le || be) {
      const encoding = le ? "utf-16le" : "utf-16be";
      const text = new TextDecoder(encoding).decode(bytes);
      if (controlRatio(text) <= 0.01) return { text, encoding };
      throw new NotTextError("binary content (NUL bytes), not a text file");
    }
  }
  let control = 0;
  const sample = Math.min(bytes.length, 65536);
  for (let i = 0; i < sample; i++) {
    const b = bytes[i]!;
    if (b === 0) throw new NotTextError("binary content (NUL bytes), not a text file");
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  if (sample > 0 && control / sample > 0.01) throw new NotTextError("binary content (control characters), not a text file");
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: "windows-1252" };
  }
}
