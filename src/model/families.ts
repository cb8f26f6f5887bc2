/**
 * Output models of the document families other than the OKR table. Field names follow the gold
 * files (`fixtures/gold/`) so that outputs can be scored against them: keep them.
 */
import { z } from "zod";

export const LuSummary = z.object({
  strategy: z.string(),
  linjaus: z.string(),
  count: z.number().int().nullable(),
  average: z.number().nullable(),
  completed_yes: z.number().int().nullable(),
  completed_partial: z.number().int().nullable(),
  line: z.number().int().optional(),
});
export type LuSummary = z.infer<typeof LuSummary>;

export const Achieved = z.enum(["KYLLÄ", "OSITTAIN", "EI"]);
export const LuGoal = z.object({
  n: z.number().int().positive(),
  strategy: z.string(),
  linjaus: z.string(),
  tavoite: z.string(),
  alatavoitteet: z.array(z.string()),
  achieved: Achieved.nullable(),
  score: z.number().int().min(1).max(5).nullable(),
  assessment: z.string(),
  line: z.number().int().positive(),
  page: z.number().int().positive().optional(),
});
export type LuGoal = z.infer<typeof LuGoal>;

export const LuEvaluation = z.object({
  summaries: z.array(LuSummary),
  goals: z.array(LuGoal),
  /** Goal counts the text announces per strategy ("on asetettu 22 … tavoitetta"). */
  announced: z.array(z.object({ strategy: z.string(), count: z.number().int(), line: z.number().int() })),
  /** Per strategy: goals the text announces, goals its summary rows add up to, goals found. */
  goal_counts: z.array(z.object({ strategy: z.string(), announced: z.number().int().nullable(), summary_total: z.number().int().nullable(), found: z.number().int() })),
});
export type LuEvaluation = z.infer<typeof LuEvaluation>;

export const PhPriority = z.object({
  paatavoite: z.string(),
  alatavoitteet: z.array(z.object({ code: z.string(), text: z.string() })),
});
export const PhSuccess = z.object({ paatavoite_heading: z.string(), items: z.array(z.string()) });
export const PhTimelineEntry = z.object({ when: z.string().nullable(), what: z.string() });
export const PhStrategy = z.object({
  priorities: z.array(PhPriority),
  successes: z.array(PhSuccess),
  timeline: z.array(PhTimelineEntry),
});
export type PhStrategy = z.infer<typeof PhStrategy>;

export const Progress = z.object({
  key_results_total: z.number().nullable(),
  progressing_pct: z.number().nullable(),
  attention_pct: z.number().nullable(),
  not_progressing_pct: z.number().nullable(),
  tasks_total: z.number().nullable(),
  tasks_in_progress_pct: z.number().nullable(),
  tasks_done_pct: z.number().nullable(),
  tasks_not_started_pct: z.number().nullable(),
});
export type Progress = z.infer<typeof Progress>;

export const AgendaItem = z.object({
  body: z.string().nullable(),
  meeting_date: z.string().nullable(),
  document_kind: z.string().nullable(),
  item_number: z.number().int().nullable(),
  diary_number: z.string().nullable(),
  title: z.string().nullable(),
  preparer: z.string().nullable(),
  period: z.string().nullable(),
  binding_objectives: z.array(z.string()),
  objective_owners: z.array(z.object({ objective: z.string(), owner: z.string() })),
  progress: Progress,
  objectives_on_track: z.object({ on_track: z.number().int(), of: z.number().int() }).nullable(),
  sections: z.record(z.string(), z.string()),
  rss: z.record(z.string(), z.string()).nullable(),
  /** Figures of an earlier period that this text says were wrong ("teknisestä virheestä johtuen 210"). */
  corrections: z.array(z.object({ period: z.string(), metric: z.string(), reported: z.number(), corrected: z.number().nullable(), line: z.number().int() })),
});
export type AgendaItem = z.infer<typeof AgendaItem>;
