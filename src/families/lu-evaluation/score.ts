/** Scoring evaluation slides against gold: goals found, goal fields exact, summary rows exact. */
import type { ExtractResult } from "../../model/document.js";
import type { LuEvaluation } from "../../model/families.js";
import { count, type FamilyScore } from "../../eval/measures.js";

export function scoreLu(res: ExtractResult, goldFile: unknown): FamilyScore[] {
  const gold = goldFile as { goals: Record<string, unknown>[]; summaries: Record<string, unknown>[] };
  const lu = res.payload as LuEvaluation | undefined;
  const goals = lu?.goals ?? [];
  const fields = ["strategy", "linjaus", "tavoite", "alatavoitteet", "achieved", "score", "assessment"];
  return [
    { measure: "goals found", exact: Math.min(goals.length, gold.goals.length), total: gold.goals.length },
    count("goal fields exact", gold.goals.flatMap((g, i) => fields.map((f) => [(goals[i] as Record<string, unknown> | undefined)?.[f], g[f]] as [unknown, unknown]))),
    count("summary rows exact", gold.summaries.map((g, i) => [lu?.summaries[i], g])),
  ];
}
