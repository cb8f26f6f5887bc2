/**
 * Storing the common model for one extracted document (inside its import transaction): goals at
 * every level with parents, evaluations with the common status, summaries, progress figures,
 * corrections, theme assignments and the keys that identify the report across its forms.
 */
import type { DB } from "./db.js";
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
  db.prepare("UPDATE key_results SET goal_id = NULL WHERE document_id = ?").run(docId);
  for (const t of DOCUMENT_TABLES) db.prepare(`DELETE FROM ${t} WHERE document_id = ?`).run(docId);
  db.prepare("DELETE FROM goals WHERE document_id = ?").run(docId);
}

/** Row keys of a report: what stays the same when one report is stored in two forms. */
export function reportKeys(res: ExtractResult): string[] {
  if (res.lu) return res.lu.goals.map((g) => letterKey(`${g.tavoite}|${g.achieved}|${g.score}`));
  if (res.ph) return res.ph.priorities.flatMap((p) => p.alatavoitteet.map((a) => letterKey(`${a.code}|${a.text}`)));
  if (res.agenda) return Object.entries(res.agenda.progress).map(([k, v]) => `${res.agenda!.period}|${k}|${v}`);
  return res.rows.map((r) => letterKey(`${r.toimiala}|${r.tulosalue}|${r.toteuma}`));
}

export function storeFamilyData(db: DB, docId: number, res: ExtractResult): void {
  const { themes, status } = tools();
  const goal = db.prepare(
    "INSERT INTO goals(document_id, level, parent_id, n, code, text, strategy, owner, line, page) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
  );
  const addGoal = (level: string, text: string, o: { parent?: number | null; n?: number | null; code?: string | null; strategy?: string | null; owner?: string | null; line?: number | null; page?: number | null } = {}) =>
    Number(goal.run(docId, level, o.parent ?? null, o.n ?? null, o.code ?? null, text, o.strategy ?? null, o.owner ?? null, o.line ?? null, o.page ?? null).lastInsertRowid);
  const theme = db.prepare("INSERT INTO theme_assignments(document_id, entity, entity_id, theme, score, terms) VALUES (?, ?, ?, ?, ?, ?)");
  const assignThemes = (entity: string, id: number, ...texts: string[]) => {
    // Texts are matched one by one (a repeated goal text is matched once) and their terms merged.
    const merged = new Map<string, Set<string>>();
    for (const text of texts) for (const a of themes.assign(text)) for (const term of a.terms) (merged.get(a.theme) ?? merged.set(a.theme, new Set()).get(a.theme)!).add(term);
    for (const [t, terms] of merged) theme.run(docId, entity, id, t, terms.size, JSON.stringify([...terms]));
  };
  const key = db.prepare("INSERT INTO report_keys(document_id, k) VALUES (?, ?)");
  for (const k of reportKeys(res)) key.run(docId, k);

  if (res.rows.length) {
    // Kanta-Häme: section heading = council-level objective; tavoite of a result area under it.
    const objectives = new Map<string, number>();
    const areaGoals = new Map<string, number>();
    const link = db.prepare("UPDATE key_results SET goal_id = ?, status_common = ? WHERE id = ?");
    const ids = new Map((db.prepare("SELECT n, id FROM key_results WHERE document_id = ?").all(docId) as { n: number; id: number }[]).map((x) => [x.n, x.id]));
    for (const r of res.rows) {
      let parent = objectives.get(r.section);
      if (parent === undefined) {
        parent = addGoal("binding_objective", r.section, { n: objectives.size + 1, line: r.line, page: r.page ?? null });
        objectives.set(r.section, parent);
        assignThemes("goal", parent, r.section);
      }
      const k = `${r.section}|${r.toimiala}|${r.tulosalue}|${r.tavoite}`;
      let g = areaGoals.get(k);
      if (g === undefined) {
        g = addGoal("result_area_objective", r.tavoite, { parent, n: areaGoals.size + 1, strategy: `${r.toimiala} / ${r.tulosalue}`, line: r.line, page: r.page ?? null });
        areaGoals.set(k, g);
      }
      const krId = ids.get(r.n)!;
      link.run(g, statusFromAttainment(r.attainment, r.attainment_met, status), krId);
      assignThemes("key_result", krId, r.tavoite, r.avaintulos);
    }
  }

  if (res.lu) {
    const lines = new Map<string, number>();
    const evaluation = db.prepare("INSERT INTO evaluations(goal_id, achieved, score, assessment, status_common, score_band) VALUES (?, ?, ?, ?, ?, ?)");
    for (const g of res.lu.goals) {
      const lk = `${g.strategy}|${g.linjaus}`;
      let parent = lines.get(lk);
      if (parent === undefined) {
        parent = addGoal("strategic_line", g.linjaus, { strategy: g.strategy, n: lines.size + 1, line: g.line });
        lines.set(lk, parent);
      }
      const id = addGoal("strategy_goal", g.tavoite, { parent, n: g.n, strategy: g.strategy, line: g.line, page: g.page ?? null });
      evaluation.run(id, g.achieved, g.score, g.assessment, statusFromAchieved(g.achieved, status), scoreBand(g.score, status));
      g.alatavoitteet.forEach((a, i) => addGoal("sub_goal", a, { parent: id, n: i + 1, strategy: g.strategy }));
      assignThemes("goal", id, [g.tavoite, ...g.alatavoitteet].join(" "));
    }
    const sum = db.prepare("INSERT INTO strategy_summaries(document_id, strategy, linjaus, count, average, completed_yes, completed_partial) VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (const s of res.lu.summaries) sum.run(docId, s.strategy, s.linjaus, s.count, s.average, s.completed_yes, s.completed_partial);
    const ann = db.prepare("INSERT INTO announced_counts(document_id, strategy, count, line) VALUES (?, ?, ?, ?)");
    for (const a of res.lu.announced) ann.run(docId, a.strategy, a.count, a.line);
  }

  if (res.ph) {
    const mains: { id: number; words: Set<string> }[] = [];
    const words = (s: string) => new Set(s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2));
    res.ph.priorities.forEach((p, i) => {
      const id = addGoal("main_goal", p.paatavoite, { n: i + 1 });
      mains.push({ id, words: words(p.paatavoite) });
      assignThemes("goal", id, p.paatavoite);
      p.alatavoitteet.forEach((a, j) => {
        const sub = addGoal("prioritized_sub_goal", a.text, { parent: id, n: j + 1, code: a.code });
        assignThemes("goal", sub, a.text);
      });
    });
    const succ = db.prepare("INSERT INTO successes(document_id, goal_id, heading, n, item) VALUES (?, ?, ?, ?, ?)");
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
    const tl = db.prepare("INSERT INTO timeline(document_id, n, when_text, what) VALUES (?, ?, ?, ?)");
    res.ph.timeline.forEach((t, i) => tl.run(docId, i + 1, t.when, t.what));
  }

  if (res.agenda) {
    const a = res.agenda;
    db.prepare(
      `INSERT INTO agenda_items(document_id, body, meeting_date, document_kind, item_number, diary_number, title, preparer, period, objectives_on_track, objectives_total, sections, rss)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(docId, a.body, a.meeting_date, a.document_kind, a.item_number, a.diary_number, a.title, a.preparer, a.period, a.objectives_on_track?.on_track ?? null, a.objectives_on_track?.of ?? null, JSON.stringify(a.sections), a.rss ? JSON.stringify(a.rss) : null);
    const owners = new Map(a.objective_owners.map((o) => [letterKey(o.objective), o.owner]));
    a.binding_objectives.forEach((o, i) => {
      const id = addGoal("binding_objective", o, { n: i + 1, owner: owners.get(letterKey(o)) ?? null });
      assignThemes("goal", id, o);
    });
    const pf = db.prepare("INSERT INTO progress_figures(document_id, region_id, period, metric, value) VALUES (?, ?, ?, ?, ?)");
    for (const [metric, value] of Object.entries(a.progress)) if (value !== null) pf.run(docId, res.document.regionId, a.period, metric, value);
    const corr = db.prepare("INSERT INTO corrections(document_id, period, metric, reported, corrected, line) VALUES (?, ?, ?, ?, ?, ?)");
    for (const c of a.corrections) corr.run(docId, c.period, c.metric, c.reported, c.corrected, c.line);
  }
}
