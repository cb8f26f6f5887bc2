/** Scoring strategy slides against gold: main goals, coded sub-goals, success items and headings. */
import type { ExtractResult } from "../../model/document.js";
import type { PhStrategy } from "../../model/families.js";
import { count, type FamilyScore } from "../../eval/measures.js";

export function scorePh(res: ExtractResult, goldFile: unknown): FamilyScore[] {
  const gold = goldFile as { priorities: { paatavoite: string; alatavoitteet: { code: string; text: string }[] }[]; successes: { paatavoite_heading: string; items: string[] }[] };
  const ph = res.payload as PhStrategy | undefined;
  const goldCodes = gold.priorities.flatMap((p) => p.alatavoitteet);
  const gotCodes = ph?.priorities.flatMap((p) => p.alatavoitteet) ?? [];
  return [
    count("main goals exact", gold.priorities.map((g, i) => [ph?.priorities[i]?.paatavoite, g.paatavoite])),
    count("sub-goals with code exact", goldCodes.map((g, i) => [gotCodes[i], g])),
    count("success items exact", gold.successes.flatMap((g, i) => g.items.map((it, j) => [ph?.successes[i]?.items[j], it] as [unknown, unknown]))),
    count("success headings exact", gold.successes.map((g, i) => [ph?.successes[i]?.paatavoite_heading, g.paatavoite_heading])),
  ];
}
