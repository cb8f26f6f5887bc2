/**
 * Output model of the goal-block family (budgets and financial statements): one row per labelled
 * block, with the canonical fields of `rules/goal-block.json` and provenance. Field names are the
 * gold file's (`fixtures/gold/`): keep them.
 */
import { z } from "zod";

export const GoalMeasure = z.object({
  mittari: z.string().nullable(),
  nykyarvo: z.string().nullable(),
  tavoitearvo: z.string().nullable(),
  toteuma: z.string().nullable(),
  /** The printed traffic-light value of the row ("1"), as printed. */
  tila: z.string().nullable(),
});
export type GoalMeasure = z.infer<typeof GoalMeasure>;

export const GoalBlock = z.object({
  n: z.number().int().positive(),
  heading: z.string().nullable(),
  group: z.string().nullable(),
  tavoite: z.string().nullable(),
  mittari: z.string().nullable(),
  arviointi: z.string().nullable(),
  tila: z.string().nullable(),
  /** `tila` on the common scale where `rules/status.json` states its meaning; otherwise unknown. */
  status: z.enum(["achieved", "partly", "not_achieved", "unknown"]),
  measures: z.array(GoalMeasure),
  /** Values of listed labels without a canonical field, under the label as printed. */
  extra: z.record(z.string(), z.string()),
  page: z.number().int().positive(),
  pageEnd: z.number().int().positive(),
  /** Box of the block on its first page: [x0, top, x1, bottom] in points from the top-left corner. */
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
});
export type GoalBlock = z.infer<typeof GoalBlock>;
