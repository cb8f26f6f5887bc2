/**
 * Every document family, in the order structural detection tries them. The one place where a
 * family is chosen by its id: add a family here (see docs/architecture.md).
 */
import type { FamilyDef } from "./types.js";
import { okrTable } from "./okr-table/index.js";
import { agendaItem } from "./agenda-item/index.js";
import { luEvaluation } from "./lu-evaluation/index.js";
import { phStrategy } from "./ph-strategy/index.js";
import { goalBlock } from "./goal-block/index.js";

export const FAMILIES: readonly FamilyDef<any>[] = [okrTable, agendaItem, luEvaluation, phStrategy, goalBlock];

/** The id of a document no family matched: stored with a warning, without rows. */
export const UNKNOWN_FAMILY = "unknown";

export const FAMILY_IDS: readonly string[] = FAMILIES.map((f) => f.id);

const byId = new Map(FAMILIES.map((f) => [f.id, f]));

/** The family of this id; undefined for "unknown" (and ids of families no longer known). */
export function findFamily(id: string): FamilyDef<any> | undefined {
  return byId.get(id);
}
