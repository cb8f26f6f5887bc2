/**
 * Scoring of the slide and agenda families against their gold files: goal fields exact
 * (alatavoitteet compared as lists), summary rows exact, priorities with codes, success items,
 * agenda metadata and progress figures.
 */
import type { ExtractResult } from "../model/document.js";

export interface FamilyScore {
  measure: string;
  exact: number;
  total: number;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function count(measure: string, pairs: [unknown, unknown][]): FamilyScore {
  return { measure, exact: pairs.filter(([a, b]) => same(a, b)).length, total: pairs.length };
}

export function scoreLu(res: ExtractResult, gold: { goals: Record<string, unknown>[]; summaries: Record<string, unknown>[] }): FamilyScore[] {
  const goals = res.lu?.goals ?? [];
  const fields = ["strategy", "linjaus", "tavoite", "alatavoitteet", "achieved", "score", "assessment"];
  return [
    { measure: "goals found", exact: Math.min(goals.length, gold.goals.length), total: gold.goals.length },
    count("goal fields exact", gold.goals.flatMap((g, i) => fields.map((f) => [(goals[i] as Record<string, unknown> | undefined)?.[f], g[f]] as [unknown, unknown]))),
    count("summary rows exact", gold.summaries.map((g, i) => [res.lu?.summaries[i], g])),
  ];
}

export function scorePh(res: ExtractResult, gold: { priorities: unknown[]; successes: { paatavoite_heading: string; items: string[] }[] }): FamilyScore[] {
  const ph = res.ph;
  const goldCodes = (gold.priorities as { alatavoitteet: { code: string; text: string }[] }[]).flatMap((p) => p.alatavoitteet);
  const gotCodes = ph?.priorities.flatMap((p) => p.alatavoitteet) ?? [];
  return [
    count("main goals exact", (gold.priorities as { paatavoite: string }[]).map((g, i) => [ph?.priorities[i]?.paatavoite, g.paatavoite])),
    count("sub-goals with code exact", goldCodes.map((g, i) => [gotCodes[i], g])),
    count("success items exact", gold.successes.flatMap((g, i) => g.items.map((it, j) => [ph?.successes[i]?.items[j], it] as [unknown, unknown]))),
    count("success headings exact", gold.successes.map((g, i) => [ph?.successes[i]?.paatavoite_heading, g.paatavoite_heading])),
  ];
}

export const AGENDA_FIELDS = ["body", "meeting_date", "document_kind", "item_number", "diary_number", "title", "preparer", "period", "binding_objectives", "objective_owners", "objectives_on_track", "sections", "rss"];

export function scoreAgenda(res: ExtractResult, gold: Record<string, unknown>): FamilyScore[] {
  const a = res.agenda as Record<string, unknown> | undefined;
  const gp = gold.progress as Record<string, unknown>;
  return [
    count("metadata fields exact", AGENDA_FIELDS.map((f) => [a?.[f], gold[f]])),
    count("progress figures exact", Object.keys(gp).map((k) => [(a?.progress as Record<string, unknown> | undefined)?.[k], gp[k]])),
  ];
}
