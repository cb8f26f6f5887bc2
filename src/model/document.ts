/** What extraction hands to storing and to `extract --json`: a document and its rows. */
import { z } from "zod";
import { NormalizedOkrRow } from "../normalize/row.js";

export const DocumentMeta = z.object({
  source: z.string(),
  sha256: z.string().length(64),
  bytes: z.number().int().nonnegative(),
  mediaType: z.string(),
  encoding: z.string(),
  region: z.string().nullable(),
  regionId: z.string().nullable(),
  family: z.string(),
  period: z.string().nullable(),
  /** Where the period comes from: stated in the document, or given with --period. */
  periodFrom: z.enum(["document", "option"]).nullable().optional(),
  parserVersion: z.string(),
  lines: z.number().int().nonnegative(),
  pages: z.number().int().nonnegative().nullable(),
  warnings: z.array(z.string()),
  /** Parsing report of the table (in the spirit of Camelot's): how sure the reconstruction is. */
  report: z
    .object({
      rows: z.number().int(),
      meanConfidence: z.number(),
      lowConfidenceRows: z.number().int(),
      pagesWithTable: z.number().int().optional(),
      ruledPages: z.number().int().optional(),
      continuedRows: z.number().int().optional(),
    })
    .nullable(),
});
export type DocumentMeta = z.infer<typeof DocumentMeta>;

export const ExtractResult = z.object({
  document: DocumentMeta,
  /** OKR key-result table rows (family okr-table). */
  rows: z.array(NormalizedOkrRow),
  /**
   * The family's own output (src/families/<id>/: its `output` schema); `extract --json` prints it
   * with the gold files' field names.
   */
  payload: z.unknown().optional(),
});
export type ExtractResult = z.infer<typeof ExtractResult>;
