/**
 * Storing, the part that needs no database: every key result's column values (geometry and
 * reasons as the JSON text they are stored as), the goals a document's items belong to, statuses
 * in the common scale, theme assignments, the report keys and their sketch. Why a separate step: in a parallel
 * import the one writer (the main thread) is the serial part, so this runs on the worker that
 * extracted the document and the writer only inserts (`storePrepared` in documents.ts). The
 * result is plain arrays and strings — cheap to pass between threads — and pure, so it is tested
 * without a database.
 */
import type { DocumentMeta, ExtractResult } from "../model/document.js";
import { letterKey } from "../reconstruct/okr-table/layout.js";
import { loadRules, type Rules } from "../rules/load.js";
import { loadThemes, type ThemeMatcher } from "../analyze/themes.js";
import { sketchKeys } from "./sketch.js";
import { loadStatusRules, scoreBand, statusFromAchieved, statusFromAttainment, type StatusRules } from "../analyze/status.js";

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
  ["line_start", (r) => r.line],
  ["line_end", (r) => r.lineEnd],
  ["page", (r) => r.page ?? null],
  ["bbox", (r) => (r.bbox ? JSON.stringify(r.bbox) : null)],
  ["cell_bboxes", (r) => (r.cellBoxes ? JSON.stringify(r.cellBoxes) : null)],
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

interface Analysis {
  themes: ThemeMatcher;
  status: StatusRules;
}
const analyses = new Map<string, Analysis>();
function analysisFor(rules: Rules): Analysis {
  let a = analyses.get(rules.dir);
  if (!a) analyses.set(rules.dir, (a = { themes: loadThemes(rules), status: loadStatusRules(rules) }));
  return a;
}

/** Row keys of a report: what stays the same when one report is stored in two forms. */
export function reportKeys(res: ExtractResult): string[] {
  if (res.lu) return res.lu.goals.map((g) => letterKey(`${g.tavoite}|${g.achieved}|${g.score}`));
  if (res.blocks) return res.blocks.map((b) => letterKey(`${b.heading}|${b.tavoite}|${b.tila}`));
  if (res.ph) return res.ph.priorities.flatMap((p) => p.alatavoitteet.map((a) => letterKey(`${a.code}|${a.text}`)));
  if (res.agenda) return Object.entries(res.agenda.progress).map(([k, v]) => `${res.agenda!.period}|${k}|${v}`);
  return res.rows.map((r) => letterKey(`${r.toimiala}|${r.tulosalue}|${r.toteuma}`));
}

/** Words of a heading or goal, for matching a success slide's heading to its main goal. */
function words(s: string): Set<string> {
  return new Set(s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2));
}

/**
 * Adds a goal at any level; returns its index. Module-level like `addThemes`, not a closure of
 * prepareDocument: V8 drops the optimized code of a closure made per call once none is alive, so
 * after every full GC (every few documents in a worker) it compiled them again (`--trace-opt`).
 */
function addGoal(p: PreparedDocument, level: string, text: string, o: Partial<PreparedGoal> = {}): number {
  return p.goals.push({ level, text, parent: null, n: null, code: null, strategy: null, owner: null, line: null, page: null, evaluation: null, ...o }) - 1;
}

/** A row's values in KEY_RESULT_COLUMNS order (a loop, not a closure per row: see addGoal). */
function keyResultValues(r: Row): SqlValue[] {
  const values = new Array<SqlValue>(KEY_RESULT_COLUMNS.length);
  for (let c = 0; c < KEY_RESULT_COLUMNS.length; c++) values[c] = KEY_RESULT_COLUMNS[c]![1](r);
  return values;
}

/** Themes of one goal or key result; its texts are matched one by one and their terms merged. */
function addThemes(p: PreparedDocument, matcher: ThemeMatcher, entity: PreparedTheme[0], index: number, ...texts: string[]): void {
  const merged = new Map<string, Set<string>>();
  for (const text of texts) for (const a of matcher.assign(text)) for (const term of a.terms) (merged.get(a.theme) ?? merged.set(a.theme, new Set()).get(a.theme)!).add(term);
  for (const [t, terms] of merged) p.themes.push([entity, index, t, terms.size, JSON.stringify([...terms])]);
}

/** Everything `storePrepared` inserts for one extraction result, in the order it inserts it. */
export function prepareDocument(res: ExtractResult, rules: Rules = loadRules()): PreparedDocument {
  const { themes: matcher, status } = analysisFor(rules);
  const keys = reportKeys(res);
  const p: PreparedDocument = {
    document: res.document,
    keys,
    sketch: sketchKeys(keys),
    goals: [],
    keyResults: [],
    themes: [],
    summaries: [],
    announced: [],
    successes: [],
    timeline: [],
    agendaItem: null,
    progress: [],
    corrections: [],
  };
  // Kanta-Häme key results: the section heading is a council-level objective, a result area's
  // tavoite sits under it, and each row is stored with its goal and status.
  const objectives = new Map<string, number>();
  const areaGoals = new Map<string, number>();
  for (const r of res.rows) {
    let parent = objectives.get(r.section);
    if (parent === undefined) {
      parent = addGoal(p, "binding_objective", r.section, { n: objectives.size + 1, line: r.line, page: r.page ?? null });
      objectives.set(r.section, parent);
      addThemes(p, matcher, "goal", parent, r.section);
    }
    const k = `${r.section}|${r.toimiala}|${r.tulosalue}|${r.tavoite}`;
    let g = areaGoals.get(k);
    if (g === undefined) {
      g = addGoal(p, "result_area_objective", r.tavoite, { parent, n: areaGoals.size + 1, strategy: `${r.toimiala} / ${r.tulosalue}`, line: r.line, page: r.page ?? null });
      areaGoals.set(k, g);
    }
    const values = keyResultValues(r);
    values[KR_STATUS] = statusFromAttainment(r.attainment, r.attainment_met, status);
    values[KR_GOAL] = g;
    p.keyResults.push(values);
  }
  for (let i = 0; i < res.rows.length; i++) addThemes(p, matcher, "key_result", i, res.rows[i]!.tavoite, res.rows[i]!.avaintulos);

  if (res.lu) {
    const lines = new Map<string, number>();
    for (const g of res.lu.goals) {
      const lk = `${g.strategy}|${g.linjaus}`;
      let parent = lines.get(lk);
      if (parent === undefined) {
        parent = addGoal(p, "strategic_line", g.linjaus, { strategy: g.strategy, n: lines.size + 1, line: g.line });
        lines.set(lk, parent);
      }
      const evaluation: PreparedGoal["evaluation"] = [g.achieved, g.score, g.assessment, statusFromAchieved(g.achieved, status), scoreBand(g.score, status)];
      const id = addGoal(p, "strategy_goal", g.tavoite, { parent, n: g.n, strategy: g.strategy, line: g.line, page: g.page ?? null, evaluation });
      for (let i = 0; i < g.alatavoitteet.length; i++) addGoal(p, "sub_goal", g.alatavoitteet[i]!, { parent: id, n: i + 1, strategy: g.strategy });
      addThemes(p, matcher, "goal", id, [g.tavoite, ...g.alatavoitteet].join(" "));
    }
    for (const s of res.lu.summaries) p.summaries.push([s.strategy, s.linjaus, s.count, s.average, s.completed_yes, s.completed_partial]);
    for (const a of res.lu.announced) p.announced.push([a.strategy, a.count, a.line]);
  }

  if (res.blocks) {
    // Goal blocks of budgets and financial statements: one goal each, its assessment and status
    // as an evaluation (status only where rules/status.json states what the printed word means).
    for (const b of res.blocks) {
      const text = b.tavoite ?? b.measures[0]?.mittari ?? b.mittari ?? "";
      const evaluation: PreparedGoal["evaluation"] = [b.tila, null, b.arviointi, b.status, null];
      const detail = JSON.stringify({ group: b.group, mittari: b.mittari, measures: b.measures, extra: b.extra, pageEnd: b.pageEnd });
      const id = addGoal(p, "budget_goal", text, { n: b.n, strategy: b.heading, code: b.group, page: b.page, evaluation, bbox: JSON.stringify(b.bbox), detail });
      addThemes(p, matcher, "goal", id, text);
    }
  }

  if (res.ph) {
    const mains: { index: number; words: Set<string> }[] = [];
    res.ph.priorities.forEach((pr, i) => {
      const index = addGoal(p, "main_goal", pr.paatavoite, { n: i + 1 });
      mains.push({ index, words: words(pr.paatavoite) });
      addThemes(p, matcher, "goal", index, pr.paatavoite);
      for (let j = 0; j < pr.alatavoitteet.length; j++) {
        const a = pr.alatavoitteet[j]!;
        addThemes(p, matcher, "goal", addGoal(p, "prioritized_sub_goal", a.text, { parent: index, n: j + 1, code: a.code }), a.text);
      }
    });
    for (const s of res.ph.successes) {
      // The success slide's heading names a main goal, not always word for word: best word overlap.
      const hw = words(s.paatavoite_heading);
      let best: { index: number; score: number } | null = null;
      for (const m of mains) {
        const common = [...hw].filter((w) => m.words.has(w)).length;
        const score = common / Math.max(hw.size, m.words.size);
        if (!best || score > best.score) best = { index: m.index, score };
      }
      s.items.forEach((it, i) => p.successes.push([best && best.score >= 0.6 ? best.index : null, s.paatavoite_heading, i + 1, it]));
    }
    res.ph.timeline.forEach((t, i) => p.timeline.push([i + 1, t.when, t.what]));
  }

  if (res.agenda) {
    const a = res.agenda;
    p.agendaItem = [a.body, a.meeting_date, a.document_kind, a.item_number, a.diary_number, a.title, a.preparer, a.period, a.objectives_on_track?.on_track ?? null, a.objectives_on_track?.of ?? null, JSON.stringify(a.sections), a.rss ? JSON.stringify(a.rss) : null];
    const owners = new Map(a.objective_owners.map((o) => [letterKey(o.objective), o.owner]));
    for (let i = 0; i < a.binding_objectives.length; i++) {
      const o = a.binding_objectives[i]!;
      addThemes(p, matcher, "goal", addGoal(p, "binding_objective", o, { n: i + 1, owner: owners.get(letterKey(o)) ?? null }), o);
    }
    for (const [metric, value] of Object.entries(a.progress)) if (value !== null) p.progress.push([res.document.regionId, a.period, metric, value]);
    for (const c of a.corrections) p.corrections.push([c.period, c.metric, c.reported, c.corrected, c.line]);
  }
  return p;
}
