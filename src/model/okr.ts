/** The row model of the OKR key-result table family, shared by the text and PDF reconstructors. */
import { z } from "zod";

/** Field names are an interface (they match the gold files): keep them. */
export const OKR_FIELDS = ["toimiala", "tulosalue", "tavoite", "avaintulos", "toteuma"] as const;
export type OkrField = (typeof OKR_FIELDS)[number];

export const BBox = z.object({ page: z.number().int().positive(), x0: z.number(), y0: z.number(), x1: z.number(), y1: z.number() });
export type BBox = z.infer<typeof BBox>;

export const OkrRow = z.object({
  n: z.number().int().positive(),
  section: z.string(),
  toimiala: z.string(),
  tulosalue: z.string(),
  tavoite: z.string(),
  avaintulos: z.string(),
  toteuma: z.string(),
  /** First and last source line of the row (text input) or of its text on the page (PDF). */
  line: z.number().int().positive(),
  lineEnd: z.number().int().positive(),
  page: z.number().int().positive().optional(),
  bbox: BBox.optional(),
  /** Per cell, where cheap (PDF input): field → box on the row's first page. */
  cellBoxes: z.record(z.string(), BBox).optional(),
  /** Cells of columns whose header is no known field: header text → cell text. */
  extra: z.record(z.string(), z.string()).optional(),
  /** 0..1: how sure the reconstructor is of the cell boundaries. */
  confidence: z.number().min(0).max(1),
  reasons: z.array(z.string()),
});
export type OkrRow = z.infer<typeof OkrRow>;
