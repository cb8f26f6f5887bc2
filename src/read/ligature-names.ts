/**
 * Ligature glyphs that carry their text only in their names. A font re-distilled by Ghostscript (or
 * subset by other tools) may lose its ToUnicode map and keep only an `/Encoding /Differences` array
 * naming each glyph. pdf.js knows the standard names and `uniXXXX`, but not the Adobe Glyph List's
 * ligature names built with underscores ("t_t", "f_f_i", "T_h.liga"): for such a glyph it gives the
 * character code itself ("ra#aat" for "rattaat", with the ligature at code 35).
 *
 * The fault is font-specific, so the repair is per pdf.js font: the wrong character is replaced only
 * where no other code of that font maps to it, so a real "#" or ")" in the text is never touched.
 */
import { inflateSync } from "node:zlib";
import { MAX_INFLATED_BYTES } from "./pdfjs-runtime.js";

/** The text of an Adobe Glyph List ligature name ("f_f_i" → "ffi", "uni0054_uni0068" → "Th"), or null. */
export function ligatureText(glyphName: string | null | undefined): string | null {
  if (!glyphName) return null;
  const base = glyphName.split(".")[0]!;
  const parts = base.split("_");
  if (parts.length < 2) return null;
  let text = "";
  for (const p of parts) {
    const one = componentText(p);
    if (one === null) return null;
    text += one;
  }
  return text;
}

/** One component of a ligature name: a single letter or digit, `uniXXXX…` or `uXXXX[XX]`. */
function componentText(p: string): string | null {
  if (/^[A-Za-z]$/.test(p)) return p;
  let m = /^uni((?:[0-9A-F]{4})+)$/.exec(p);
  if (m) return m[1]!.match(/.{4}/g)!.map((h) => String.fromCodePoint(parseInt(h, 16))).join("");
  m = /^u([0-9A-F]{4,6})$/.exec(p);
  if (m) return String.fromCodePoint(parseInt(m[1]!, 16));
  return null;
}

/** What pdf.js exports of a font with `fontExtraProperties: true` (only the fields used here). */
export interface FontNames {
  differences?: (string | null | undefined)[];
  defaultEncoding?: (string | null | undefined)[];
  /** pdf.js's ToUnicodeMap after structured cloning: its `_map` by character code. */
  toUnicode?: { _map?: (string | null | undefined)[] } | null;
}

/**
 * The replacements for one font: the character pdf.js gives for each ligature glyph it could not
 * name, mapped to the ligature's letters. Empty when the font's ToUnicode already says the text.
 */
export function ligatureRepairs(font: FontNames): Map<string, string> {
  const out = new Map<string, string>();
  const unicode = font.toUnicode?._map ?? [];
  const produced = new Map<string, number>();
  for (const [code, u] of unicode.entries()) if (u) produced.set(u, (produced.get(u) ?? 0) + 1);
  const size = Math.max(font.differences?.length ?? 0, font.defaultEncoding?.length ?? 0);
  for (let code = 0; code < size && code < 256; code++) {
    if (unicode[code]) continue; // pdf.js has the text: nothing to repair
    const text = ligatureText(font.differences?.[code] || font.defaultEncoding?.[code]);
    if (!text) continue;
    const fallback = String.fromCharCode(code);
    if (produced.has(fallback)) continue; // the same character is real text elsewhere in this font
    out.set(fallback, text);
  }
  return out;
}

/** The item's string with this font's unnamed ligatures spelled out. */
export function repairLigatures(str: string, repairs: ReadonlyMap<string, string>): string {
  if (repairs.size === 0) return str;
  let out = "";
  for (const ch of str) out += repairs.get(ch) ?? ch;
  return out;
}

/**
 * Whether the PDF's bytes name a ligature glyph in an `/Differences` array (in a plain object or in
 * a deflated object stream), so that reading fonts is worth its cost.
 */
export function namesLigatureGlyphs(bytes: Uint8Array): boolean {
  const s = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  if (differencesNameLigature(s)) return true;
  // Object streams: "<< … /Type /ObjStm … /Length n … >> stream".
  const objStm = /<<((?:(?!>>)[\s\S])*\/Type\s*\/ObjStm(?:(?!>>)[\s\S])*)>>\s*stream\r?\n/g;
  let m: RegExpExecArray | null;
  while ((m = objStm.exec(s))) {
    const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(m[1]!);
    const start = objStm.lastIndex;
    const end = length ? start + Number(length[1]) : s.indexOf("endstream", start);
    if (!/\/FlateDecode/.test(m[1]!) || end <= start) continue;
    try {
      const data = inflateSync(Buffer.from(s.slice(start, end), "latin1"), { maxOutputLength: MAX_INFLATED_BYTES }).toString("latin1");
      if (differencesNameLigature(data)) return true;
    } catch {
      // A stream this check cannot inflate leaves the document as pdf.js reads it.
    }
  }
  return false;
}

function differencesNameLigature(s: string): boolean {
  const re = /\/Differences\s*\[([^\]]*)\]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    for (const name of m[1]!.matchAll(/\/([^\s/\[\]()<>{}%]+)/g)) if (ligatureText(name[1]) !== null) return true;
  }
  return false;
}
