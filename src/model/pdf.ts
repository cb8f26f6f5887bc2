/**
 * The positioned-text model of the PDF reading stage.
 *
 * Coordinates are PDF points (1/72 inch) in *page space with the origin at the top-left corner*:
 * x grows to the right, y grows downward (pdf.js gives bottom-left; we flip once, here, so that
 * "top" and "bottom" mean what they say everywhere after reading).
 */
import { z } from "zod";

/** A word: text without spaces, with its box and baseline. */
export const Word = z.object({
  page: z.number().int().positive(),
  text: z.string(),
  x0: z.number(),
  x1: z.number(),
  top: z.number(),
  bottom: z.number(),
  /** y of the baseline (top-left origin). */
  baseline: z.number(),
  fontSize: z.number(),
  fontName: z.string(),
});
export type Word = z.infer<typeof Word>;

/** A horizontal or vertical line segment drawn on the page (a stroked line or a rectangle edge). */
export const Ruling = z.object({
  page: z.number().int().positive(),
  orientation: z.enum(["h", "v"]),
  x0: z.number(),
  x1: z.number(),
  y0: z.number(),
  y1: z.number(),
});
export type Ruling = z.infer<typeof Ruling>;

export const PdfPage = z.object({
  number: z.number().int().positive(),
  width: z.number(),
  height: z.number(),
  words: z.array(Word),
  rulings: z.array(Ruling),
});
export type PdfPage = z.infer<typeof PdfPage>;

export const PdfText = z.object({
  path: z.string(),
  sha256: z.string().length(64),
  bytes: z.number().int().nonnegative(),
  pageCount: z.number().int().nonnegative(),
  pages: z.array(PdfPage),
  /** Whether the pages' rulings were read (a text-only first reading leaves every page's list empty). */
  rulingsRead: z.boolean().optional(),
  /** The document information's Producer ("pdfTeX-1.40.25"): some typesetters' habits are known. */
  producer: z.string().optional(),
});
export type PdfText = z.infer<typeof PdfText>;
