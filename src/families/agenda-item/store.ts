/** Storing an agenda item: its metadata row, binding objectives (with owners) as goals, progress figures, corrections. */
import type { ExtractResult } from "../../model/document.js";
import type { AgendaItem } from "../../model/families.js";
import { letterKey } from "../../text/letters.js";
import { addGoal, addThemes, type PreparedDocument, type StoreAnalysis } from "../../store/prepared.js";

export function storeAgendaItem(res: ExtractResult, p: PreparedDocument, { themes: matcher }: StoreAnalysis): void {
  const a = res.payload as AgendaItem | undefined;
  if (!a) return;
  p.agendaItem = [a.body, a.meeting_date, a.document_kind, a.item_number, a.diary_number, a.title, a.preparer, a.period, a.objectives_on_track?.on_track ?? null, a.objectives_on_track?.of ?? null, JSON.stringify(a.sections), a.rss ? JSON.stringify(a.rss) : null];
  const owners = new Map(a.objective_owners.map((o) => [letterKey(o.objective), o.owner]));
  for (let i = 0; i < a.binding_objectives.length; i++) {
    const o = a.binding_objectives[i]!;
    addThemes(p, matcher, "goal", addGoal(p, "binding_objective", o, { n: i + 1, owner: owners.get(letterKey(o)) ?? null }), o);
  }
  for (const [metric, value] of Object.entries(a.progress)) if (value !== null) p.progress.push([res.document.regionId, a.period, metric, value]);
  for (const c of a.corrections) p.corrections.push([c.period, c.metric, c.reported, c.corrected, c.line]);
}
