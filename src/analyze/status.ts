/**
 * The comparable status scale (`rules/status.json`): Länsi-Uusimaa's KYLLÄ/OSITTAIN/EI, score
 * bands, and Kanta-Häme attainment mapped to achieved / partly / not_achieved / unknown. Where the
 * source states nothing, the status is unknown — never invented.
 */

import { z } from "zod";
import type { Rules } from "../rules/load.js";
import { readRulesJson } from "../rules/load.js";

export const CommonStatus = z.enum(["achieved", "partly", "not_achieved", "unknown"]);
export type CommonStatus = z.infer<typeof CommonStatus>;

export const StatusRules = z.object({
  scale: z.array(CommonStatus),
  achievedWords: z.record(z.string(), CommonStatus),
  /** Status words printed in a goal block's Tila cell (compared on letters only). */
  statusWords: z.record(z.string(), CommonStatus).optional(),
  scoreBands: z.array(z.object({ band: z.string(), min: z.number(), max: z.number() })),
  attainment: z.object({ partlyFrom: z.number() }),
});
export type StatusRules = z.infer<typeof StatusRules>;

export function loadStatusRules(rules: Rules): StatusRules {
  return readRulesJson(rules.dir, "status.json", StatusRules);
}

export function statusFromAchieved(word: string | null, sr: StatusRules): CommonStatus {
  return (word && sr.achievedWords[word.toUpperCase()]) || "unknown";
}

export function scoreBand(score: number | null, sr: StatusRules): string | null {
  if (score === null) return null;
  return sr.scoreBands.find((b) => score >= b.min && score <= b.max)?.band ?? null;
}

export function statusFromAttainment(ratio: number | null, met: boolean | null, sr: StatusRules): CommonStatus {
  if (met === true) return "achieved";
  if (ratio === null) return met === false ? "not_achieved" : "unknown";
  return ratio >= sr.attainment.partlyFrom ? "partly" : "not_achieved";
}
