/**
 * pdf.js writes its warnings ("Warning: Indexing all PDF objects", font troubles) straight to the
 * console, where in a batch no one can tell which file they were about. While a document is read
 * they are collected instead, and become that document's warnings (stored and shown with its name).
 * A thread reads one document at a time (a pool worker, or the CLI in-process), so the console of
 * the thread can be borrowed for the read.
 */
import { format } from "node:util";

/** At most this many distinct messages per document (a broken font can warn on every glyph). */
const MAX_KEPT = 20;
const METHODS = ["log", "info", "warn", "error"] as const;
/** pdf.js's own prefixes (util.js `warn`, `info`, `deprecated`, OpenJPEG). */
const PDFJS_MESSAGE = /^(Warning|Info|Deprecated API usage|OpenJPEG): ?/;
/**
 * Messages about a TrueType font's hinting program ("TT: undefined function: 21"): pdf.js then
 * draws the glyphs unhinted, which changes no text and no position the reading uses, so they are
 * not the analyst's concern (Word-made PDFs raise them often).
 */
const HARMLESS = /^TT: /;

export async function collectPdfjsWarnings<T>(read: () => Promise<T>): Promise<{ value: T; warnings: string[] }> {
  const counts = new Map<string, number>();
  const saved = METHODS.map((m) => console[m]);
  METHODS.forEach((m, i) => {
    console[m] = (...args: unknown[]) => {
      const text = format(...args);
      if (!PDFJS_MESSAGE.test(text)) return saved[i]!.apply(console, args);
      const msg = text.replace(PDFJS_MESSAGE, "").split("\n")[0]!.trim();
      if (HARMLESS.test(msg)) return;
      counts.set(msg, (counts.get(msg) ?? 0) + 1);
    };
  });
  try {
    const value = await read();
    return { value, warnings: summarize(counts) };
  } finally {
    METHODS.forEach((m, i) => (console[m] = saved[i]!));
  }
}

function summarize(counts: Map<string, number>): string[] {
  const out = [...counts].slice(0, MAX_KEPT).map(([msg, n]) => `pdf.js: ${msg}${n > 1 ? ` (×${n})` : ""}`);
  if (counts.size > MAX_KEPT) out.push(`pdf.js: ${counts.size - MAX_KEPT} more kinds of warning`);
  return out;
}
