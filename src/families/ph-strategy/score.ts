/**
 * Scoring strategy slides against gold by matching lists: main goals, sub-goals with their code,
 * text and parent (the main goal they stand under), success items under their heading, success
 * headings, and the timeline's steps (when and what) in order; extra output items count as errors.
 */
import type { ExtractResult } from "../../model/document.js";
import type { PhStrategy } from "../../model/families.js";
import { listScore, orderedListScore, type FamilyScore } from "../../eval/measures.js";

type PhLists = Pick<PhStrategy, "priorities" | "successes" | "timeline">;

const subGoals = (p: PhLists["priorities"]) => p.flatMap((g) => g.alatavoitteet.map((a) => ({ parent: g.paatavoite, code: a.code, text: a.text })));
const successItems = (s: PhLists["successes"]) => s.flatMap((g) => g.items.map((item) => ({ heading: g.paatavoite_heading, item })));
const steps = (t: PhLists["timeline"]) => t.map((e) => ({ when: e.when, what: e.what }));

export function scorePh(res: ExtractResult, goldFile: unknown): FamilyScore[] {
  return scorePhLists(res.payload as PhLists | undefined, goldFile as PhLists);
}

export function scorePhLists(ph: PhLists | undefined, gold: PhLists): FamilyScore[] {
  const got: PhLists = ph ?? { priorities: [], successes: [], timeline: [] };
  return [
    listScore("main goals exact", gold.priorities.map((p) => p.paatavoite), got.priorities.map((p) => p.paatavoite)),
    listScore("sub-goals with code & parent exact", subGoals(gold.priorities), subGoals(got.priorities)),
    listScore("success items under right heading", successItems(gold.successes), successItems(got.successes)),
    listScore("success headings exact", gold.successes.map((s) => s.paatavoite_heading), got.successes.map((s) => s.paatavoite_heading)),
    orderedListScore("timeline steps in order", steps(gold.timeline), steps(got.timeline)),
  ];
}
