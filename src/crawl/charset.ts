/**
 * Text of a fetched page: by its declared charset (HTTP header, then meta tag / XML declaration),
 * but checked against what the bytes are. Publishing systems declare one charset and send another
 * (windows-1252 declared, UTF-8 sent; or the reverse) and Tweb sends UTF-16LE without a byte-order
 * mark: the bytes decide, and the disagreement is reported so the crawl can flag the page.
 */
import { decodeWithCharset } from "../read/decode.js";

export interface DecodedPage {
  text: string;
  /** The charset the text was decoded with. */
  charset: string;
  /** Set when the bytes disagreed with the declared charset. */
  mismatch: string | null;
}

const SINGLE_BYTE = new Set(["iso-8859-1", "latin1", "latin-1", "iso8859-1", "windows-1252", "cp1252", "iso-8859-15"]);

/** UTF-16LE without BOM: most odd bytes NUL and most even bytes not (markup is ASCII). */
function looksUtf16le(b: Uint8Array): boolean {
  const n = Math.min(b.length, 2048) & ~1;
  if (n < 8) return false;
  let oddNul = 0;
  let evenNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenNul++;
    if (b[i + 1] === 0) oddNul++;
  }
  return oddNul / (n / 2) > 0.6 && evenNul / (n / 2) < 0.1;
}

function strictUtf8(b: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(b);
  } catch {
    return null;
  }
}

export function declaredCharset(bytes: Uint8Array, contentType: string): string | null {
  const header = /charset=["']?([\w-]+)/i.exec(contentType)?.[1];
  if (header) return header.toLowerCase();
  const head = Buffer.from(bytes.subarray(0, 4096)).toString("latin1");
  return (/<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1] ?? /<\?xml[^>]+encoding=["']([\w-]+)/i.exec(head)?.[1])?.toLowerCase() ?? null;
}

export function decodeChecked(bytes: Uint8Array, contentType: string): DecodedPage {
  const declared = declaredCharset(bytes, contentType);
  const named = declared ?? "utf-8";
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), charset: "utf-8", mismatch: declared && declared !== "utf-8" ? `declared ${declared}, the bytes start with a UTF-8 byte-order mark` : null };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), charset: "utf-16le", mismatch: declared && !declared.startsWith("utf-16") ? `declared ${declared}, the bytes are UTF-16LE` : null };
  if (looksUtf16le(bytes)) return { text: new TextDecoder("utf-16le").decode(bytes), charset: "utf-16le", mismatch: declared && !declared.startsWith("utf-16") ? `declared ${declared}, the bytes are UTF-16LE without a byte-order mark` : null };
  const hasHigh = bytes.some((b) => b >= 0x80);
  if (SINGLE_BYTE.has(named)) {
    const utf8 = hasHigh ? strictUtf8(bytes) : null;
    if (utf8 !== null) return { text: utf8, charset: "utf-8", mismatch: `declared ${named}, the bytes are valid UTF-8` };
    return { text: decodeWithCharset(bytes, named), charset: "windows-1252", mismatch: null };
  }
  if (named === "utf-8" || named === "utf8") {
    const utf8 = strictUtf8(bytes);
    if (utf8 !== null) return { text: utf8, charset: "utf-8", mismatch: null };
    return { text: decodeWithCharset(bytes, "windows-1252"), charset: "windows-1252", mismatch: `declared ${declared ?? "nothing (UTF-8 assumed)"}, the bytes are not valid UTF-8 (read as windows-1252)` };
  }
  try {
    return { text: decodeWithCharset(bytes, named), charset: named, mismatch: null };
  } catch {
    const utf8 = strictUtf8(bytes);
    return utf8 !== null ? { text: utf8, charset: "utf-8", mismatch: `unknown charset ${named}; the bytes are UTF-8` } : { text: decodeWithCharset(bytes, "windows-1252"), charset: "windows-1252", mismatch: `unknown charset ${named}; read as windows-1252` };
  }
}

/** Text of a fetched page (see decodeChecked). */
export function decodePage(f: { bytes: Uint8Array; contentType: string }): string {
  return decodeChecked(f.bytes, f.contentType).text;
}
