/** Storing evaluations: strategic line → strategy goal (with its evaluation) → sub-goals; summary rows and announced counts. */
import type { ExtractResult } from "../../model/document.js";
import type { LuEvaluation } from "../../model/families.js";
import { scoreBand, statusFromAchieved } from "../../analyze/status.js";
import { addGoal, addThemes, type PreparedDocument, type PreparedGoal, type StoreAnalysis } from "../../store/prepared.js";

export function storeLuEvaluation(res: ExtractResult, p: PreparedDocument, { themes: matcher, status }: StoreAnalysis): void {
  const lu = res.payload as LuEvaluation | undefined;
  if (!lu) return;
  const lines = new Map<string, number>();
  for (const g of lu.goals) {
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
  for (const s of lu.summaries) p.summaries.push([s.strategy, s.linjaus, s.count, s.average, s.completed_yes, s.completed_partial]);
  for (const a of lu.announced) p.announced.push([a.strategy, a.count, a.line]);
}
