/** Scoring an agenda item against gold: metadata fields and progress figures. */
import type { ExtractResult } from "../../model/document.js";
import { count, type FamilyScore } from "../../eval/measures.js";

export const AGENDA_FIELDS = ["body", "meeting_date", "document_kind", "item_number", "diary_number", "title", "preparer", "period", "binding_objectives", "objective_owners", "objectives_on_track", "sections", "rss"];

export function scoreAgenda(res: ExtractResult, goldFile: unknown): FamilyScore[] {
  const gold = goldFile as Record<string, unknown>;
  const a = res.payload as Record<string, unknown> | undefined;
  const gp = gold.progress as Record<string, unknown>;
  return [
    count("metadata fields exact", AGENDA_FIELDS.map((f) => [a?.[f], gold[f]])),
    count("progress figures exact", Object.keys(gp).map((k) => [(a?.progress as Record<string, unknown> | undefined)?.[k], gp[k]])),
  ];
}
