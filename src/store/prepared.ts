/**
 * The prepared form of a document (what storing inserts, worked out without the database) and the
 * helpers the families' store steps build it with. No family code here: the families import this.
 */
import type { DocumentMeta, ExtractResult } from "../model/document.js";
import type { ThemeMatcher } from "../analyze/themes.js";
import type { StatusRules } from "../analyze/status.js";

export type SqlValue = string | number | null;

/** Key-result columns and how each is read from a row: the writer's insert is built from this list, so the two cannot drift apart. */
type Row = ExtractResult["rows"][number];
export const KEY_RESULT_COLUMNS: readonly [string, (r: Row) => SqlValue][] = [
  ["n", (r) => r.n],
  ["section", (r) => r.section],
  ["toimiala", (r) => r.toimiala],
  ["tulosalue", (r) => r.tulosalue],
  ["tavoite", (r) => r.tavoite],
  ["avaintulos", (r) => r.avaintulos],
  ["toteuma", (r) => r.toteuma],
  ["toteuma_kind", (r) => r.toteuma_kind],
  ["toteuma_value", (r) => r.toteuma_value],
  ["toteuma_value_max", (r) => r.toteuma_value_max],
  ["toteuma_unit", (r) => r.toteuma_unit],
  ["toteuma_status", (r) => r.toteuma_status],
  ["toteuma_qualifier", (r) => r.toteuma_qualifier],
  ["target_direction", (r) => r.target_direction],
  ["target_value", (r) => r.target_value],
  ["target_unit", (r) => r.target_unit],
  ["target_text", (r) => r.target_text],
  ["attainment", (r) => r.attainment],
  ["attainment_met", (r) => (r.attainment_met === null ? null : r.attainment_met ? 1 : 0)],
  ["attainment_basis", (r) => r.attainment_basis],
  ["attainment_ratio", (r) => r.attainment_ratio ?? null],
  ["line_start", (r) => r.line],
  ["line_end", (r) => r.lineEnd],
  ["page", (r) => r.page ?? null],
  ["bbox", (r) => (r.bbox ? JSON.stringify(r.bbox) : null)],
  ["cell_bboxes", (r) => (r.cellBoxes ? JSON.stringify(r.cellBoxes) : null)],
  ["extra", (r) => (r.extra && Object.keys(r.extra).length ? JSON.stringify(r.extra) : null)],
  ["confidence", (r) => r.confidence],
  ["reasons", (r) => JSON.stringify(r.reasons)],
  ["status_common", () => null], // set below from the row's attainment
  ["goal_id", () => null], // an index into `goals` here; the writer puts the stored goal's id in its place
];
/** Positions of the two columns `prepareDocument` and the writer fill in. */
export const KR_STATUS = KEY_RESULT_COLUMNS.length - 2;
export const KR_GOAL = KEY_RESULT_COLUMNS.length - 1;

/** A goal at any level; `parent` is the index of an earlier goal of the same document. */
export interface PreparedGoal {
  level: string;
  parent: number | null;
  n: number | null;
  code: string | null;
  text: string;
  strategy: string | null;
  owner: string | null;
  line: number | null;
  page: number | null;
  /** achieved, score, assessment, status_common, score_band (Länsi-Uusimaa evaluations). */
  evaluation: [SqlValue, SqlValue, SqlValue, SqlValue, SqlValue] | null;
  /** Goal blocks: the block's box on its page (JSON [x0, top, x1, bottom]) and its other fields (JSON). */
  bbox?: string | null;
  detail?: string | null;
}

/** A theme of a goal or key result: entity, index into `goals` or `keyResults`, theme, score, terms (JSON). */
export type PreparedTheme = [entity: "goal" | "key_result", index: number, theme: string, score: number, terms: string];

export interface PreparedDocument {
  document: DocumentMeta;
  /** Keys that identify the report's content across its forms (see documents.ts, same_as). */
  keys: string[];
  /** The keys indexed to find those forms (sketch.ts). */
  sketch: string[];
  goals: PreparedGoal[];
  /** Insert values of the key results, in KEY_RESULT_COLUMNS order. */
  keyResults: SqlValue[][];
  themes: PreparedTheme[];
  /** strategy, linjaus, count, average, completed_yes, completed_partial. */
  summaries: SqlValue[][];
  /** strategy, count, line. */
  announced: SqlValue[][];
  /** goal index (or null), heading, n, item. */
  successes: SqlValue[][];
  /** n, when, what. */
  timeline: SqlValue[][];
  /** body … rss, in the column order of agenda_items (without document_id). */
  agendaItem: SqlValue[] | null;
  /** region_id, period, metric, value. */
  progress: SqlValue[][];
  /** period, metric, reported, corrected, line. */
  corrections: SqlValue[][];
}

/** What the store steps of the families read: theme vocabulary and the status scale. */
export interface StoreAnalysis {
  themes: ThemeMatcher;
  status: StatusRules;
}

/**
 * Adds a goal at any level; returns its index. Module-level like `addThemes`, not a closure of
 * prepareDocument: V8 drops the optimized code of a closure made per call once none is alive, so
 * after every full GC (every few documents in a worker) it compiled them again (`--trace-opt`).
 */
export function addGoal(p: PreparedDocument, level: string, text: string, o: Partial<PreparedGoal> = {}): number {
  return p.goals.push({ level, text, parent: null, n: null, code: null, strategy: null, owner: null, line: null, page: null, evaluation: null, ...o }) - 1;
}

/** A row's values in KEY_RESULT_COLUMNS order (a loop, not a closure per row: see addGoal). */
export function keyResultValues(r: Row): SqlValue[] {
  const values = new Array<SqlValue>(KEY_RESULT_COLUMNS.length);
  for (let c = 0; c < KEY_RESULT_COLUMNS.length; c++) values[c] = KEY_RESULT_COLUMNS[c]![1](r);
  return values;
}

/** Themes of one goal or key result; its texts are matched one by one and their terms merged. */
export function addThemes(p: PreparedDocument, matcher: ThemeMatcher, entity: PreparedTheme[0], index: number, ...texts: string[]): void {
  const merged = new Map<string, Set<string>>();
  for (const text of texts) for (const a of matcher.assign(text)) for (const term of a.terms) (merged.get(a.theme) ?? merged.set(a.theme, new Set()).get(a.theme)!).add(term);
  for (const [t, terms] of merged) p.themes.push([entity, index, t, terms.size, JSON.stringify([...terms])]);
}
