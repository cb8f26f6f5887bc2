/**
 * Storing the common model for one extracted document (inside its import transaction): goals at
 * every level with parents, evaluations with the common status, summaries, progress figures,
 * corrections, theme assignments and the keys that identify the report across its forms.
 */
import { prepared, type DB } from "./db.js";
import type { ExtractResult } from "../model/document.js";
import { letterKey } from "../reconstruct/okr-table/layout.js";
import { loadRules } from "../rules/load.js";
import { loadThemes, type ThemeMatcher } from "../analyze/themes.js";
import { loadStatusRules, scoreBand, statusFromAchieved, statusFromAttainment, type StatusRules } from "../analyze/status.js";

let analysis: { themes: ThemeMatcher; status: StatusRules } | undefined;
function tools() {
  const rules = loadRules();
  analysis ??= { themes: loadThemes(rules), status: loadStatusRules(rules) };
  return analysis;
}

/** Tables that hold data derived from one document (emptied before the document is stored again). */
const DOCUMENT_TABLES = ["theme_assignments", "report_keys", "successes", "timeline", "strategy_summaries", "announced_counts", "agenda_items", "progress_figures", "corrections", "findings"];

export function clearDocumentData(db: DB, docId: number): void {
  prepared(db, "UPDATE key_results SET goal_id = NULL WHERE document_id = ?").run(docId);
  for (const t of DOCUMENT_TABLES) prepared(db, `DELETE FROM ${t} WHERE document_id = ?`).run(docId);
  prepared(db, "DELETE FROM goals WHERE document_id = ?").run(docId);
}

/** Row keys of a report: what stays the same when one report is stored in two forms. */
export function reportKeys(res: ExtractResult): string[] {
  if (res.lu) return res.lu.goals.map((g) => letterKey(`${g.tavoite}|${g.achieved}|${g.score}`));
  if (res.ph) return res.ph.priorities.flatMap((p) => p.alatavoitteet.map((a) => letterKey(`${a.code}|${a.text}`)));
  if (res.agenda) return Object.entries(res.agenda.progress).map(([k, v]) => `${res.agenda!.period}|${k}|${v}`);
  return res.rows.map((r) => letterKey(`${r.toimiala}|${r.tulosalue}|${r.toteuma}`));
}

interface GoalFields {
  parent?: number | null;
  n?: number | null;
  code?: string | null;
  strategy?: string | null;
  owner?: string | null;
  line?: number | null;
  page?: number | null;
}

function addGoal(db: DB, docId: number, level: string, text: string, o: GoalFields = {}): number {
  const goal = prepared(db, "INSERT INTO goals(document_id, level, parent_id, n, code, text, strategy, owner, line, page) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  return Number(goal.run(docId, level, o.parent ?? null, o.n ?? null, o.code ?? null, text, o.strategy ?? null, o.owner ?? null, o.line ?? null, o.page ?? null).lastInsertRowid);
}

/** Themes of one goal or key result; its texts are matched one by one (a repeated goal text once) and their terms merged. */
function assignThemes(db: DB, docId: number, entity: string, id: number, ...texts: string[]): void {
  const { themes } = tools();
  const theme = prepared(db, "INSERT INTO theme_assignments(document_id, entity, entity_id, theme, score, terms) VALUES (?, ?, ?, ?, ?, ?)");
  const merged = new Map<string, Set<string>>();
  for (const text of texts) for (const a of themes.assign(text)) for (const term of a.terms) (merged.get(a.theme) ?? merged.set(a.theme, new Set()).get(a.theme)!).add(term);
  for (const [t, terms] of merged) theme.run(docId, entity, id, t, terms.size, JSON.stringify([...terms]));
}

/** The goal a key-result row belongs to and the row's status in the common scale. */
export interface RowGoal {
  goalId: number;
  status: string;
}

/**
 * Goals of Kanta-Häme key-result rows, stored before the rows so each row is inserted with its
 * goal and status at once: the section heading is a council-level objective, a result area's
 * tavoite sits under it.
 */
export function storeRowGoals(db: DB, docId: number, rows: ExtractResult["rows"]): RowGoal[] {
  const { status } = tools();
  const objectives = new Map<string, number>();
  const areaGoals = new Map<string, number>();
  return rows.map((r) => {
    let parent = objectives.get(r.section);
    if (parent === undefined) {
      parent = addGoal(db, docId, "binding_objective", r.section, { n: objectives.size + 1, line: r.line, page: r.page ?? null });
      objectives.set(r.section, parent);
      assignThemes(db, docId, "goal", parent, r.section);
    }
    const k = `${r.section}|${r.toimiala}|${r.tulosalue}|${r.tavoite}`;
    let g = areaGoals.get(k);
    if (g === undefined) {
      g = addGoal(db, docId, "result_area_objective", r.tavoite, { parent, n: areaGoals.size + 1, strategy: `${r.toimiala} / ${r.tulosalue}`, line: r.line, page: r.page ?? null });
      areaGoals.set(k, g);
    }
    return { goalId: g, status: statusFromAttainment(r.attainment, r.attainment_met, status) };
  });
}

/**
 * Everything of a document but its key-result rows and their goals: themes of the stored rows
 * (`keyResultIds`, in row order), report keys, and the other families' goals, evaluations and tables.
 */
export function storeFamilyData(db: DB, docId: number, res: ExtractResult, keys: readonly string[], keyResultIds: readonly number[]): void {
  const { status } = tools();
  const add = (level: string, text: string, o?: GoalFields) => addGoal(db, docId, level, text, o);
  const themesOf = (entity: string, id: number, ...texts: string[]) => assignThemes(db, docId, entity, id, ...texts);
  const key = prepared(db, "INSERT INTO report_keys(document_id, k) VALUES (?, ?)");
  for (const k of keys) key.run(docId, k);
  res.rows.forEach((r, i) => themesOf("key_result", keyResultIds[i]!, r.tavoite, r.avaintulos));

  if (res.lu) {
    const lines = new Map<string, number>();
    const evaluation = prepared(db, "INSERT INTO evaluations(goal_id, achieved, score, assessment, status_common, score_band) VALUES (?, ?, ?, ?, ?, ?)");
    for (const g of res.lu.goals) {
      const lk = `${g.strategy}|${g.linjaus}`;
      let parent = lines.get(lk);
      if (parent === undefined) {
        parent = add("strategic_line", g.linjaus, { strategy: g.strategy, n: lines.size + 1, line: g.line });
        lines.set(lk, parent);
      }
      const id = add("strategy_goal", g.tavoite, { parent, n: g.n, strategy: g.strategy, line: g.line, page: g.page ?? null });
      evaluation.run(id, g.achieved, g.score, g.assessment, statusFromAchieved(g.achieved, status), scoreBand(g.score, status));
      g.alatavoitteet.forEach((a, i) => add("sub_goal", a, { parent: id, n: i + 1, strategy: g.strategy }));
      themesOf("goal", id, [g.tavoite, ...g.alatavoitteet].join(" "));
    }
    const sum = prepared(db, "INSERT INTO strategy_summaries(document_id, strategy, linjaus, count, average, completed_yes, completed_partial) VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (const s of res.lu.summaries) sum.run(docId, s.strategy, s.linjaus, s.count, s.average, s.completed_yes, s.completed_partial);
    const ann = prepared(db, "INSERT INTO announced_counts(document_id, strategy, count, line) VALUES (?, ?, ?, ?)");
    for (const a of res.lu.announced) ann.run(docId, a.strategy, a.count, a.line);
  }

  if (res.ph) {
    const mains: { id: number; words: Set<string> }[] = [];
    const words = (s: string) => new Set(s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2));
    res.ph.priorities.forEach((p, i) => {
      const id = add("main_goal", p.paatavoite, { n: i + 1 });
      mains.push({ id, words: words(p.paatavoite) });
      themesOf("goal", id, p.paatavoite);
      p.alatavoitteet.forEach((a, j) => {
        const sub = add("prioritized_sub_goal", a.text, { parent: id, n: j + 1, code: a.code });
        themesOf("goal", sub, a.text);
      });
    });
    const succ = prepared(db, "INSERT INTO successes(document_id, goal_id, heading, n, item) VALUES (?, ?, ?, ?, ?)");
    for (const s of res.ph.successes) {
      // The success slide's heading names a main goal, not always word for word: best word overlap.
      const hw = words(s.paatavoite_heading);
      let best: { id: number; score: number } | null = null;
      for (const m of mains) {
        const common = [...hw].filter((w) => m.words.has(w)).length;
        const score = common / Math.max(hw.size, m.words.size);
        if (!best || score > best.score) best = { id: m.id, score };
      }
      s.items.forEach((it, i) => succ.run(docId, best && best.score >= 0.6 ? best.id : null, s.paatavoite_heading, i + 1, it));
    }
    const tl = prepared(db, "INSERT INTO timeline(document_id, n, when_text, what) VALUES (?, ?, ?, ?)");
    res.ph.timeline.forEach((t, i) => tl.run(docId, i + 1, t.when, t.what));
  }

  if (res.agenda) {
    const a = res.agenda;
    prepared(db, 
      `INSERT INTO agenda_items(document_id, body, meeting_date, document_kind, item_number, diary_number, title, preparer, period, objectives_on_track, objectives_total, sections, rss)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(docId, a.body, a.meeting_date, a.document_kind, a.item_number, a.diary_number, a.title, a.preparer, a.period, a.objectives_on_track?.on_track ?? null, a.objectives_on_track?.of ?? null, JSON.stringify(a.sections), a.rss ? JSON.stringify(a.rss) : null);
    const owners = new Map(a.objective_owners.map((o) => [letterKey(o.objective), o.owner]));
    a.binding_objectives.forEach((o, i) => {
      const id = add("binding_objective", o, { n: i + 1, owner: owners.get(letterKey(o)) ?? null });
      themesOf("goal", id, o);
    });
    const pf = prepared(db, "INSERT INTO progress_figures(document_id, region_id, period, metric, value) VALUES (?, ?, ?, ?, ?)");
    for (const [metric, value] of Object.entries(a.progress)) if (value !== null) pf.run(docId, res.document.regionId, a.period, metric, value);
    const corr = prepared(db, "INSERT INTO corrections(document_id, period, metric, reported, corrected, line) VALUES (?, ?, ?, ?, ?, ?)");
    for (const c of a.corrections) corr.run(docId, c.period, c.metric, c.reported, c.corrected, c.line);
  }
}
