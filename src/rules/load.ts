/**
 * Loads and validates the data files in `rules/`. Every heuristic of the pipeline reads its
 * settings from here, so a new region or report layout is a data change, not a code change.
 * The meaning of each setting is documented in `rules/README.md`.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { z } from "zod";

/** `rules/` beside `src/` (and beside `dist/` after the build: both are one level down). */
export const DEFAULT_RULES_DIR = fileURLToPath(new URL("../../rules/", import.meta.url));

export const DehyphenationRules = z.object({
  suspendedHyphenFollowers: z.array(z.string()),
  wrapHyphens: z.array(z.string()).min(1),
  closingPunctuation: z.array(z.string()),
  vowels: z.string(),
  usePatternsAtLineEnd: z.boolean(),
  usePatternsForInlineHyphens: z.boolean(),
  removeStaleInlineHyphens: z.boolean(),
  /**
   * PDF producers (matched in the document's Producer) whose typesetter never hyphenates a
   * paragraph's first word: TeX hyphenates only a word that follows glue (pdfTeX; XeTeX, whose
   * PDFs xdvipdfmx writes; not LuaTeX, which hyphenates it).
   */
  firstWordUnhyphenatedProducers: z.array(z.string()).optional(),
  /**
   * PDF producers whose typesetter breaks a word only where its Finnish hyphenation patterns allow
   * (TeX's engines, with the patterns the `hyphen` package carries): a line-end hyphen elsewhere is
   * the author's ("kuntoutus-" + "osastot", where the patterns break "kuntoutu-sosastot").
   */
  patternHyphenatingProducers: z.array(z.string()).optional(),
});
export type DehyphenationRules = z.infer<typeof DehyphenationRules>;

export const Region = z.object({
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  divisions: z.array(z.string()),
  resultAreaHints: z.array(z.string()),
  /** The region's published strategic objectives (e.g. council-level binding objectives): detection evidence. */
  strategyVocabulary: z.array(z.string()).default([]),
});
export type Region = z.infer<typeof Region>;
export const RegionsRules = z.object({ regions: z.array(Region).min(1) });
export type RegionsRules = z.infer<typeof RegionsRules>;

export const SegmentationSettings = z.object({
  lowercaseCellStartPenalty: z.number(),
  /** A name cell (division, result area) after another cell that begins with a word without letters. */
  figureNameStartPenalty: z.number().default(5),
  unitCellStartPenalty: z.number().default(5),
  minSentenceCellWords: z.number().int().nonnegative(),
  shortSentenceCellPenalty: z.number(),
  blankLineInsideCellPenalty: z.number(),
  blankLineAtBoundaryBonus: z.number(),
  newLineAfterSingleLineCellPenalty: z.number(),
  cellEndsWithWrapHyphenPenalty: z.number(),
  danglingEndPenalty: z.number(),
  danglingEndWords: z.array(z.string()),
  tulosalueMaxWords: z.number().int().positive(),
  tulosalueExtraWordPenalty: z.number(),
  tulosalueWordPenalty: z.number(),
  knownResultAreaBonus: z.number(),
  toteumaValueBonus: z.number(),
  toteumaMaxWords: z.number().int().positive(),
  toteumaExtraWordPenalty: z.number(),
  toteumaEndsWithPeriodPenalty: z.number(),
  sentenceEndAtMidlineBoundaryBonus: z.number(),
  sentenceEndAtLineBoundaryBonus: z.number(),
  widthOverflowPenalty: z.number(),
  widthUnderfillPenalty: z.number(),
  widthSlack: z.number(),
  underfillRatio: z.number(),
  repeatedValueBonus: z.number(),
  repeatedValueBonusCap: z.number(),
  shadowedByLongerValuePenalty: z.number(),
  tavoiteEqualsSectionBonus: z.number(),
  passes: z.number().int().min(1),
  /** How many segmentations per row are kept (the best decides; the second gives the confidence margin). */
  candidatesPerRow: z.number().int().positive(),
});
export type SegmentationSettings = z.infer<typeof SegmentationSettings>;

/** Settings of the PDF table finder (`src/reconstruct/okr-table/pdf.ts`), in font sizes or points. */
export const PdfTableSettings = z.object({
  /** Words whose baselines differ by less than this × font size are on one line. */
  baselineTolerance: z.number(),
  /** How many lines below the first label the header may reach. */
  headerBandLines: z.number(),
  /** A word matches the start of a label when at least this many letters agree (or the whole label). */
  minLabelPrefixChars: z.number().int(),
  /** Points a body word may start left of its column's label and still belong to it. */
  labelAlignTolerance: z.number(),
  /** Rulings closer than this (points) are one ruling. */
  rulingSnap: z.number(),
  /** A horizontal ruling separates rows when it spans this share of the table width. */
  minRulingSpan: z.number(),
  /** Vertical rulings at this many column boundaries make the table "ruled". */
  minRuledBoundaries: z.number().int(),
  /** Points around a label's left edge searched for the emptiest vertical strip (borderless tables). */
  boundarySearchPad: z.number(),
  /** Borderless fallback: a first-column line starts a row after a gap of this × font size. */
  gapRowStartRatio: z.number(),
  /** Lines above the header belong to the heading while their gaps are below this × font size. */
  headingMaxGapRatio: z.number(),
  /** A word crossing a column boundary by more than this (points) makes the row ambiguous. */
  crossingTolerance: z.number(),
  /** Line-end hyphens drawn apart (typesetter's) needed before attached ones are taken as the author's. */
  minTypesetHyphens: z.number().int(),
  /**
   * Reading rulings costs about as much again as reading text. auto: only when the text-only
   * layout of a document is uncertain (it is then read again with rulings); always; never.
   */
  rulings: z.enum(["auto", "always", "never"]).default("auto"),
  /** A row starts after a gap wider than the table's leading by this many type sizes. */
  rowGapRatio: z.number().positive().default(0.225),
  /** The most a line's own leading (gap between the lines of one cell) can be, in type sizes. */
  maxLeadingRatio: z.number().positive().default(0.35),
  /** Documents with more pages are refused (page cap). */
  maxPages: z.number().int().positive().default(500),
});
export type PdfTableSettings = z.infer<typeof PdfTableSettings>;

export const OkrTableRules = z.object({
  family: z.string(),
  description: z.string(),
  /** `label`: the usual header text; `synonyms`: other header texts of the same field (any may be found). */
  columns: z.array(z.object({ field: z.string(), label: z.string(), synonyms: z.array(z.string()).default([]), optional: z.boolean().optional() })),
  detect: z.object({
    minHeaderLabels: z.number().int().positive(),
    /**
     * Known labels a header row needs when one of them is the key result's, the column that makes a
     * table an OKR table: a next report may call its other columns anything (three unknown labels).
     */
    minHeaderLabelsWithKeyResult: z.number().int().positive().default(3),
    minBlocks: z.number().int().positive(),
  }),
  headings: z.object({ maxHeadingLines: z.number().int().positive() }),
  furnitureLinePatterns: z.array(z.string()),
  segmentation: SegmentationSettings,
  pdf: PdfTableSettings,
});
export type OkrTableRules = z.infer<typeof OkrTableRules>;

export interface Rules {
  dir: string;
  dehyphenation: DehyphenationRules;
  regions: RegionsRules;
  okrTable: OkrTableRules;
}

/**
 * Reads and validates one JSON data file of `rules/`. Every loader goes through here, so a broken
 * file always gives an error that names the file and what is wrong with it.
 */
export function readRulesJson<T>(dir: string, file: string, schema: z.ZodType<T>, what = "rules file"): T {
  const path = join(dir, file);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    throw new Error(`${what} ${path}: ${(err as Error).message}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new Error(`${what} ${path} is invalid: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

const cache = new Map<string, Rules>();

/** Reads every rules file once per directory; `HVA_OKR_RULES` points elsewhere for experiments. */
export function loadRules(dir: string = process.env.HVA_OKR_RULES ?? DEFAULT_RULES_DIR): Rules {
  const hit = cache.get(dir);
  if (hit) return hit;
  const rules: Rules = {
    dir,
    dehyphenation: readRulesJson(dir, "dehyphenation.json", DehyphenationRules),
    regions: readRulesJson(dir, "regions.json", RegionsRules),
    okrTable: readRulesJson(dir, "okr-table.json", OkrTableRules),
  };
  cache.set(dir, rules);
  return rules;
}
