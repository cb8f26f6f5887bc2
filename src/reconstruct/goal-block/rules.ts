/** The goal-block family's rules (`rules/goal-block.json`), validated at the boundary. */
import { z } from "zod";
import { readRulesJson, type Rules } from "../../rules/load.js";

const Label = z.array(z.string().min(1)).min(1);

export const GoalBlockRules = z.object({
  $comment: z.string().optional(),
  fields: z.array(
    z.object({
      field: z.enum(["tavoite", "mittari", "arviointi", "tila", "extra"]),
      value: z.enum(["below", "right"]),
      labels: Label,
    }),
  ),
  measures: z.object({
    columns: z.array(z.object({ field: z.enum(["mittari", "nykyarvo", "tavoitearvo", "toteuma"]), labels: Label })).min(2),
    minColumns: z.number().int().min(2),
    light: z.string(),
    lightGapEm: z.number().positive(),
  }),
  groups: z.array(z.string()),
  headingSizeRatio: z.number().min(1),
  labelGapEm: z.number().positive(),
  blockGapEm: z.number().positive(),
  furnitureShare: z.number().min(0).max(1),
  detect: z.object({ minLabelRows: z.number().int().min(1), minLabelsPerRow: z.number().int().min(1) }),
});
export type GoalBlockRules = z.infer<typeof GoalBlockRules>;

const cache = new Map<string, GoalBlockRules>();

export function loadGoalBlockRules(rules: Rules): GoalBlockRules {
  let r = cache.get(rules.dir);
  if (!r) cache.set(rules.dir, (r = readRulesJson(rules.dir, "goal-block.json", GoalBlockRules)));
  return r;
}
