/**
 * Scoring strategy slides against gold by matching lists: main goals, coded sub-goals, success
 * items (with their heading) and success headings; extra output items count as errors.
 */
import type { ExtractResult } from "../../model/document.js";
import type { PhStrategy } from "../../model/families.js";
import { listScore, type FamilyScore } from "../../eval/measures.js";

export function scorePh(res: ExtractResult, goldFile: unknown): FamilyScore[] {
  const gold = goldFile as { priorities: { paatavoite: string; alatavoitteet: { code: string; text: string }[] }[]; successes: { paatavoite_heading: string; items: string[] }[] };
  const ph = res.payload as PhStrategy | undefined;
  const items = (s: { paatavoite_heading: string; items: string[] }[]) => s.flatMap((x) => x.items);
  return [
    listScore("main goals exact", gold.priorities.map((p) => p.paatavoite), ph?.priorities.map((p) => p.paatavoite) ?? []),
    listScore("sub-goals with code exact", gold.priorities.flatMap((p) => p.alatavoitteet), ph?.priorities.flatMap((p) => p.alatavoitteet) ?? []),
    listScore("success items exact", items(gold.successes), items(ph?.successes ?? [])),
    listScore("success headings exact", gold.successes.map((s) => s.paatavoite_heading), ph?.successes.map((s) => s.paatavoite_heading) ?? []),
  ];
}
