/**
 * Bytes → text with the encodings Finnish public-sector files actually use. windows-1252 is
 * decoded with our own table for 0x80–0x9F because some Node builds decode it like latin-1
 * (nodejs/node#60888), which would turn "–", "”" and "€" into control characters.
 */
import { spellLetterPairs } from "./latin-ligatures.js";

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

/** Where the bytes say UTF-16 without a BOM: every other byte NUL in ASCII-heavy text. */
function utf16Guess(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (bytes.length < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  const n = Math.min(bytes.length, 4096);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) (i % 2 ? oddNul++ : evenNul++);
  if (oddNul > n * 0.3 && evenNul < n * 0.02) return "utf-16le";
  if (evenNul > n * 0.3 && oddNul < n * 0.02) return "utf-16be";
  return null;
}

/**
 * Checks decoded text over its whole length, not a sample: a NUL anywhere, U+FFFD from invalid
 * sequences, or more than 1 % control characters means the bytes were not this encoding (or not
 * text). Why the whole file: a NUL after the first 64 KiB was stored inside a cell.
 */
function checkDecoded(text: string, what: string): void {
  const nul = text.indexOf("\0");
  if (nul >= 0) throw new NotTextError(`${what}: NUL character at character ${nul + 1}, not a text file`);
  const ratio = controlRatio(text);
  if (ratio > 0.01) throw new NotTextError(`${what}: ${(ratio * 100).toFixed(1)} % control characters or invalid sequences, not a text file`);
}

/** Stray C0 controls (other than tab, newlines, form feed) become spaces: they are no text, and line positions stay. */
const STRAY_CONTROLS = /[\x01-\x08\x0b\x0e-\x1f\x7f]/g;

/**
 * Text as stored: NFC (so "ä" typed as a + U+0308 compares equal in SQL), stray controls removed,
 * a font's letter-pair characters ("ĳ") as their two letters (latin-ligatures.ts).
 */
export function cleanText(text: string): string {
  return spellLetterPairs(text.replace(STRAY_CONTROLS, " ").normalize("NFC"));
}

/**
 * Guesses the encoding of a text file: BOM first, then strict UTF-8, then windows-1252, and checks
 * that the content agrees with it over the whole file (a UTF-8 BOM before UTF-16 text is refused,
 * not stored as cells with NULs between the letters). Refuses binary content. The text is NFC.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  const { text, encoding } = decodeChecked(bytes);
  return { text: cleanText(text), encoding };
}

function decodeChecked(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  const bom: TextEncodingName | null =
    bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? "utf-8" : bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : null;
  if (bom) {
    const body = bytes.subarray(bom === "utf-8" ? 3 : 2);
    // The BOM must agree with what follows: UTF-16 after a UTF-8 BOM (or the reverse) is refused.
    const looks = utf16Guess(body);
    if (bom === "utf-8" && looks) throw new NotTextError(`UTF-8 byte-order mark but the content is ${looks.toUpperCase()}: save the file again in one encoding`);
    if (bom !== "utf-8" && body.length % 2 === 1) throw new NotTextError(`${bom.toUpperCase()} byte-order mark but an odd number of bytes: not ${bom.toUpperCase()} text`);
    let text: string;
    try {
      text = new TextDecoder(bom, { fatal: true }).decode(body);
    } catch {
      throw new NotTextError(`${bom.toUpperCase()} byte-order mark but the content has invalid ${bom.toUpperCase()} sequences`);
    }
    checkDecoded(text, `${bom.toUpperCase()} byte-order mark`);
    return { text, encoding: bom };
  }
  const guess = utf16Guess(bytes);
  if (guess) {
    const text = new TextDecoder(guess).decode(bytes);
    checkDecoded(text, `${guess.toUpperCase()} without byte-order mark`);
    return { text, encoding: guess };
  }
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0) throw new NotTextError(`binary content (NUL byte at byte ${i}), not a text file`);
  let text: string;
  let encoding: TextEncodingName = "utf-8";
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    text = decodeWindows1252(bytes);
    encoding = "windows-1252";
  }
  const ratio = controlRatio(text);
  if (ratio > 0.01) throw new NotTextError("binary content (control characters), not a text file");
  return { text, encoding };
}
