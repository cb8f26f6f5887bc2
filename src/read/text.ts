/** Reading stage for text inputs: bytes → numbered lines, kept for provenance. */
import { createHash } from "node:crypto";
import { readRegularFile } from "./files.js";
import { decodeText } from "./decode.js";
import type { SourceText } from "../model/source.js";
import { unswapLatin } from "./byte-swapped.js";

export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/**
 * Splits text into 1-based numbered lines as editors and `sed -n` count them (by "\n"); form feeds
 * that some extractors put at page starts are dropped from the line text.
 */
export function toLines(text: string): SourceText["lines"] {
  const paged = text.includes("\f");
  let page = 1;
  // (Byte-swapped letters are extracted text's too: pdftotext keeps Ghostscript's "valmis琀椀n".
  // The whole text at once, so that a ligature alone on a line is read back as well.)
  return unswapLatin(text)
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((t, i) => {
      // pdftotext ends each page with a form feed: the text after it is on the next page.
      const line: SourceText["lines"][number] = { n: i + 1, text: t.replace(/\f/g, "") };
      const feeds = t.split("\f").length - 1;
      if (paged && feeds > 0 && t.startsWith("\f")) page += feeds;
      if (paged) line.page = page;
      if (paged && feeds > 0 && !t.startsWith("\f")) page += feeds;
      return line;
    });
}

export function readTextBytes(path: string, bytes: Uint8Array): SourceText {
  const { text, encoding } = decodeText(bytes);
  return { path, sha256: sha256(bytes), bytes: bytes.length, mediaType: "text/plain", encoding, lines: toLines(text) };
}

export function readTextFile(path: string): SourceText {
  return readTextBytes(path, readRegularFile(path));
}
