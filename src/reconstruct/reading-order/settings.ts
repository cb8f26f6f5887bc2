/** Settings of the reading-order stage (`rules/reading-order.json`), validated at load. */
import { z } from "zod";
import { readRulesJson, type Rules } from "../../rules/load.js";

export const ReadingOrderSettings = z
  .object({
    $comment: z.string().optional(),
    /** Words whose baselines differ by at most this (× font size) stand on one line. */
    baselineTolerance: z.number().positive(),
    /** A horizontal gap wider than this (em) splits a line into fragments (side-by-side boxes). */
    lineSplitGap: z.number().positive(),
    /** A fragment joins the block above when its baseline is at most this far (em) below the block's last line. */
    blockLineSpacing: z.number().positive(),
    /** A fragment in another face than the block's last line starts a new block when its baseline is more than this far (em) below. */
    faceBreakSpacing: z.number().positive(),
    /** A fragment further below the block's last line than this many times the block's line pitch starts a new block. */
    pitchBreak: z.number().min(1),
    /** A drawn line between two lines that reaches past one of them by this much (em) on both sides is a box's edge: they are in two boxes. */
    borderOverhang: z.number().nonnegative(),
    /** A fragment continues a block starting at most this far (em) left of the block's left edge (a first line's indent). */
    maxOutdent: z.number().nonnegative(),
    /** A fragment further below its block than this many wrapped lines, on a line where another fragment starts a block, starts one too (a row of boxes). */
    rowBreak: z.number().min(1),
    /** … and its font size is within this ratio of the block's. */
    blockFontRatio: z.number().min(1),
    /** The narrowest empty vertical strip (em) that separates columns. */
    columnGap: z.number().nonnegative(),
    /** The narrowest empty horizontal strip (em) that separates rows of blocks. */
    rowGap: z.number().nonnegative(),
    /** Tops within this (em) count as aligned (one row of a grid). */
    alignTolerance: z.number().nonnegative(),
    /** Columns whose blocks start together this many times are a grid: read row by row. */
    minAlignedRows: z.number().int().positive(),
    /** This many columns, starting blocks together on `minAlignedRows` rows, are a table: read row by row. */
    minTableColumns: z.number().int().min(2),
    /** … and one of them has a gap taller than this (em) between its blocks (the other column's cell is taller): a flow of paragraphs has none. */
    flowGap: z.number().positive(),
    /** A strip under one column of the strip above, at most this far (em) below it, continues that column's cell. */
    continuationGap: z.number().positive(),
    /** Side-by-side one-line blocks of at most this many words on one baseline are emitted as one line (cells of a row). */
    cellMaxWords: z.number().int().nonnegative(),
    /** … or whose lines overlap by at least this share of the lower line's height (boxes a little off the row). */
    cellRowOverlap: z.number().min(0).max(1),
    /** List markers: a list that follows text in one block starts a new paragraph. */
    listMarkers: z.array(z.string().min(1)),
    /** The document's line pitch (em) against which the vertical distances above are set (`pitch.ts`). */
    pitch: z.object({
      /** The pitch (em) of usual single-spaced lines; a document whose wrapped lines stand wider has its vertical distances stretched by as much. */
      typicalPitch: z.number().positive(),
      /** At least this many line pairs to estimate the pitch from (`line-pitch.ts`). */
      minSamples: z.number().int().positive(),
    }),
    furniture: z.object({
      /** Furniture lies in the top or bottom band of this share of the page height. */
      edgeBand: z.number().min(0).max(0.5),
      /** Same place: tops within this many points. */
      positionTolerance: z.number().positive(),
      /** Repeats on at least this share of the pages … */
      minShare: z.number().min(0).max(1),
      /** … and on at least this many pages. */
      minPages: z.number().int().positive(),
    }),
  })
  .strict();
export type ReadingOrderSettings = z.infer<typeof ReadingOrderSettings>;

export function loadReadingOrder(rules: Rules): ReadingOrderSettings {
  return readRulesJson(rules.dir, "reading-order.json", ReadingOrderSettings);
}
