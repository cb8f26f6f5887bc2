/**
 * Storing goal blocks: one goal each, its assessment and status as an evaluation (status only where
 * rules/status.json states what the printed word means), the block's box and other fields kept.
 */
import type { ExtractResult } from "../../model/document.js";
import type { GoalBlock } from "../../model/goal-block.js";
import { addGoal, addThemes, type PreparedDocument, type PreparedGoal, type StoreAnalysis } from "../../store/prepared.js";

export function storeGoalBlocks(res: ExtractResult, p: PreparedDocument, { themes: matcher }: StoreAnalysis): void {
  for (const b of (res.payload as GoalBlock[] | undefined) ?? []) {
    const text = b.tavoite ?? b.measures[0]?.mittari ?? b.mittari ?? "";
    const evaluation: PreparedGoal["evaluation"] = [b.tila, null, b.arviointi, b.status, null];
    const detail = JSON.stringify({ group: b.group, mittari: b.mittari, measures: b.measures, extra: b.extra, pageEnd: b.pageEnd });
    const id = addGoal(p, "budget_goal", text, { n: b.n, strategy: b.heading, code: b.group, page: b.page, evaluation, bbox: JSON.stringify(b.bbox), detail });
    addThemes(p, matcher, "goal", id, text);
  }
}
