/**
 * What a document family declares, in one object: how it is detected, how it is rebuilt from text
 * and from a PDF, the shape of its output, how it is stored, scored and corrected. The pipeline,
 * store, CLI and eval reach every family-specific step through this object (registry.ts), so a
 * new family is one folder and one registry line (docs/architecture.md).
 */
import type { z } from "zod";
import type { Region, Rules } from "../rules/load.js";
import type { SourceLine } from "../model/source.js";
import type { PdfText, Word } from "../model/pdf.js";
import type { ExtractResult } from "../model/document.js";
import type { NormalizedOkrRow } from "../normalize/row.js";
import type { Override } from "../pipeline/overrides.js";
import type { PreparedDocument, StoreAnalysis } from "../store/prepared.js";
import type { FamilyGuess } from "../detect/family.js";

export interface FamilyContext {
  rules: Rules;
  /** The region given (--region) or detected; undefined when neither. */
  region: Region | undefined;
}

export interface PdfContext extends FamilyContext {
  /** Each word's line in the page-ordered text the family was detected on (provenance). */
  lineOf: (w: Word) => number;
}

/** What a reconstructor hands back: key-result rows and/or the family's own payload. */
export interface Reconstructed<P> {
  rows?: NormalizedOkrRow[];
  payload?: P;
  warnings: string[];
  /** Extra parsing-report figures (PDF tables: pages with a table, ruled pages, continued rows). */
  report?: { pagesWithTable?: number; ruledPages?: number; continuedRows?: number };
}

/** Scores of one measure against a gold file: how many exact of how many. */
export interface FamilyScore {
  measure: string;
  exact: number;
  total: number;
  /** Set by list scorers: gold items matched / output items (extra items lower it). */
  precision?: number;
  recall?: number;
}

export interface FamilyDef<P = unknown> {
  /** The id stored in documents.family and used by rules/families.json. */
  id: string;
  /**
   * Detection by structure, tried before the weighted signals of rules/families.json (which need
   * no code). `pdf`: the lines are a PDF's page text, where table headers stand side by side.
   */
  detect?: (lines: readonly SourceLine[], rules: Rules, opts: { pdf: boolean }) => FamilyGuess | null;
  /**
   * Structural detection tried after the signals of rules/families.json, not before: for a family
   * whose labels also stand in other families' documents.
   */
  detectAfterSignals?: boolean;
  /**
   * Detection by weaker evidence, tried only when every family's `detect` and the signals found
   * nothing: a guess that must not take a document another family would read.
   */
  detectLastResort?: (lines: readonly SourceLine[], rules: Rules, opts: { pdf: boolean }) => FamilyGuess | null;
  /** When no family matched: what this family looked for and saw, for the user. */
  missed?: (lines: readonly SourceLine[], rules: Rules) => string;
  /** Rebuilds the family from text lines (also a PDF's page text when there is no fromPdf). */
  fromText: (lines: readonly SourceLine[], ctx: FamilyContext) => Reconstructed<P>;
  /** Rebuilds the family from PDF geometry. */
  fromPdf?: (doc: PdfText, ctx: PdfContext) => Reconstructed<P>;
  /** The `--json` output without `document` (field names as in the gold files). */
  output: z.ZodType;
  json: (res: ExtractResult) => Record<string, unknown>;
  /** One line of counts for `extract`, and notes printed under it. */
  summary: (res: ExtractResult) => string;
  notes?: (res: ExtractResult) => string[];
  /** The period the document states itself, when the family knows where. */
  period?: (payload: P) => string | null;
  /** A PDF of this family is always read with its page rulings (they split its rows). */
  needsRulings?: boolean;
  /** A PDF read from text only whose result should be read again with the page rulings. */
  uncertain?: (res: ExtractResult) => boolean;
  /** Keys that stay the same when one report is stored in two forms (same_as). */
  keys: (res: ExtractResult) => string[];
  /** Adds what storing inserts (goals, summaries, …) to the prepared document. */
  store: (res: ExtractResult, p: PreparedDocument, a: StoreAnalysis) => void;
  /** Scoring against gold: the manifest key of its fixtures and the scorer. */
  eval?: { manifest: string; score: (res: ExtractResult, gold: unknown) => FamilyScore[] };
  /** Fields an override may change, and how one is applied: null when applied, else why not. */
  overrides?: { fields: readonly string[]; apply: (res: ExtractResult, o: Override) => string | null };
  /** The family's rules file in rules/ and its schema, validated at start with all the others. */
  rulesFile?: { file: string; schema: z.ZodType };
}

/** A family's payload, typed, when the result is of that family. */
export function payloadOf<P>(res: ExtractResult, familyId: string): P | undefined {
  return res.document.family === familyId ? (res.payload as P | undefined) : undefined;
}

/** Declares a family (keeps its payload type through the object). */
export function defineFamily<P>(def: FamilyDef<P>): FamilyDef<P> {
  return def;
}

/**
 * A family's fromText or fromPdf from a reconstructor that returns its payload with `warnings`
 * beside it (the slide and agenda families): the payload apart from the warnings.
 */
export function payloadWithWarnings<I, P>(reconstruct: (input: I, rules: Rules) => P & { warnings: string[] }): (input: I, ctx: FamilyContext) => Reconstructed<P> {
  return (input, { rules }) => {
    const { warnings, ...payload } = reconstruct(input, rules);
    return { payload: payload as unknown as P, warnings };
  };
}
