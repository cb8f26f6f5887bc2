/**
 * Storing OKR key results: the section heading is a council-level objective, a result area's
 * tavoite sits under it, and each row is stored with its goal and its status on the common scale.
 */
import type { ExtractResult } from "../../model/document.js";
import { statusFromAttainment } from "../../analyze/status.js";
import { addGoal, addThemes, keyResultValues, KR_GOAL, KR_STATUS, type PreparedDocument, type StoreAnalysis } from "../../store/prepared.js";

export function storeOkrTable(res: ExtractResult, p: PreparedDocument, { themes: matcher, status }: StoreAnalysis): void {
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
}
