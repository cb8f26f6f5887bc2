/**
 * Scoring evaluation slides against gold: goals paired with the output goal most alike (by their
 * text), their fields exact, summary rows matched; extra output items count as errors.
 */
import type { ExtractResult } from "../../model/document.js";
import type { LuEvaluation } from "../../model/families.js";
import { likeness, listScore, pairedFieldScore, type FamilyScore } from "../../eval/measures.js";

const FIELDS = ["strategy", "linjaus", "tavoite", "alatavoitteet", "achieved", "score", "assessment"];

export function scoreLu(res: ExtractResult, goldFile: unknown): FamilyScore[] {
  const gold = goldFile as { goals: Record<string, unknown>[]; summaries: Record<string, unknown>[] };
  const lu = res.payload as LuEvaluation | undefined;
  const goals = (lu?.goals ?? []) as unknown as Record<string, unknown>[];
  const s = pairedFieldScore("goal", gold.goals, goals, FIELDS, (g, x) => likeness(`${g.linjaus} ${g.tavoite}`, `${x.linjaus} ${x.tavoite}`));
  const summaries = (lu?.summaries ?? []).map(({ line: _line, ...rest }) => rest);
  return [
    { ...s.found, measure: "goals found" },
    s.fields,
    listScore("summary rows exact", gold.summaries, summaries),
  ];
}
