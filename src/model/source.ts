/** What the reading stage hands on: numbered text lines with where they came from. */
import { z } from "zod";

export const SourceLine = z.object({
  /** 1-based line number in the text (for PDFs: the line's number in the page-ordered text). */
  n: z.number().int().positive(),
  text: z.string(),
  /** 1-based page for PDF input; absent for plain text. */
  page: z.number().int().positive().optional(),
});
export type SourceLine = z.infer<typeof SourceLine>;

/** The lines' texts joined by newlines (a loop: it runs for every document). */
export function joinedText(lines: readonly SourceLine[]): string {
  let text = lines.length ? lines[0]!.text : "";
  for (let i = 1; i < lines.length; i++) text += "\n" + lines[i]!.text;
  return text;
}

export const SourceText = z.object({
  path: z.string(),
  sha256: z.string().length(64),
  bytes: z.number().int().nonnegative(),
  mediaType: z.enum(["text/plain", "application/pdf"]),
  encoding: z.string(),
  lines: z.array(SourceLine),
});
export type SourceText = z.infer<typeof SourceText>;
