/** Loads `rules/normalize.json`: units, status phrases, target patterns. */

import { z } from "zod";
import { DEFAULT_RULES_DIR, readRulesJson } from "../rules/load.js";
import { NUM_SOURCE } from "./number.js";

export const ValueKind = z.enum(["percent", "number", "count", "currency", "duration", "score", "range", "text"]);
export type ValueKind = z.infer<typeof ValueKind>;
export const ValueStatus = z.enum(["measured", "not_yet_measurable", "data_pending", "deferred", "qualitative", "missing"]);
export type ValueStatus = z.infer<typeof ValueStatus>;
export const TargetDirection = z.enum(["at_least", "at_most", "increase_by", "decrease_by"]);
export type TargetDirection = z.infer<typeof TargetDirection>;

export const NormalizeRules = z.object({
  units: z.record(z.string(), z.string()),
  unitKinds: z.record(z.string(), ValueKind),
  statusPhrases: z.array(z.object({ status: ValueStatus, pattern: z.string() })),
  completionWords: z.array(z.string()),
  /** Stems of the verbs of change; a word is one when a stem is followed by a verb ending (`verbEndings`). */
  changeVerbs: z.object({ $comment: z.string().optional(), increase: z.array(z.string()).min(1), decrease: z.array(z.string()).min(1) }),
  /** A regular expression the rest of a word after a change-verb stem must match: Finnish verb endings. */
  verbEndings: z.string(),
  scoreWords: z.array(z.string()),
  targetPatterns: z.array(z.object({ direction: TargetDirection, pattern: z.string() })),
  /** A row's attainment is at most this share of its target (the uncapped ratio is kept beside it). */
  attainmentCap: z.number().positive(),
  /** Hours per duration unit, so "alle 1 vrk" and "5 tuntia" can be compared. */
  durationHours: z.record(z.string(), z.number()),
});
export type NormalizeRules = z.infer<typeof NormalizeRules>;

export interface CompiledNormalizeRules extends NormalizeRules {
  statusRes: { status: ValueStatus; re: RegExp }[];
  targetRes: { direction: TargetDirection; re: RegExp }[];
  unitSource: string;
  /** "2,2 - 4,4 % rest" */
  rangeRe: RegExp;
  /** "[label] 12,5 unit[/per] [rest]" */
  singleRe: RegExp;
  /** Any of `scoreWords` at the start of a word. */
  scoreRe: RegExp;
  verbEndingsRe: RegExp;
}

export type ChangeDirection = "increase" | "decrease";

/**
 * The direction of change a word states, if it is a verb of change in any inflected form: a stem
 * of `changeVerbs` followed by a Finnish verb ending. Why stems and endings rather than the forms
 * seen: targets are written in every person and number ("lisääntyy", "lisääntyvät"), and a form
 * missing from a list silently turned a change target into an absolute one.
 */
export function changeDirection(word: string, rules: CompiledNormalizeRules): ChangeDirection | null {
  const w = word.toLowerCase();
  let best: { dir: ChangeDirection; len: number } | null = null;
  for (const dir of ["increase", "decrease"] as const) {
    for (const stem of rules.changeVerbs[dir]) {
      if (w.startsWith(stem) && rules.verbEndingsRe.test(w.slice(stem.length)) && (!best || stem.length > best.len)) best = { dir, len: stem.length };
    }
  }
  return best?.dir ?? null;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The units as one alternation: longest first so "tuntia" wins over "h"; word-bounded so "e" never
 * matches inside a word. Each run of units that start with a letter shares one look-ahead,
 * `(?:tuntia|kpl)(?![\p{L}])`, which matches what `tuntia(?![\p{L}])|kpl(?![\p{L}])` matches, in
 * the same order. Why: V8 compiles every `\p{L}` of a case-insensitive pattern anew, and the
 * patterns that embed the units were most of a text extract's normalizing time.
 */
export function unitAlternatives(units: readonly string[]): string {
  const parts: string[] = [];
  let letterRun: string[] = [];
  const endRun = () => {
    if (letterRun.length) parts.push(`(?:${letterRun.join("|")})(?![\\p{L}])`);
    letterRun = [];
  };
  for (const u of [...units].sort((a, b) => b.length - a.length)) {
    if (/^\p{L}/u.test(u)) letterRun.push(escape(u));
    else {
      endRun();
      parts.push(escape(u));
    }
  }
  endRun();
  return parts.join("|");
}

const cache = new Map<string, CompiledNormalizeRules>();

export function loadNormalizeRules(dir: string = process.env.HVA_OKR_RULES ?? DEFAULT_RULES_DIR): CompiledNormalizeRules {
  const hit = cache.get(dir);
  if (hit) return hit;
  const r = readRulesJson(dir, "normalize.json", NormalizeRules);
  const unitSource = unitAlternatives(Object.keys(r.units));
  const compiled: CompiledNormalizeRules = {
    ...r,
    unitSource,
    statusRes: r.statusPhrases.map((s) => ({ status: s.status, re: new RegExp(s.pattern, "iu") })),
    rangeRe: new RegExp(`^(?<a>${NUM_SOURCE})\\s*(?<ua>${unitSource})?\\s*[-–]\\s*(?<b>${NUM_SOURCE})\\s*(?<ub>${unitSource})?(?:\\s+(?<rest>.*))?$`, "u"),
    singleRe: new RegExp(
      `^(?<label>(?:\\p{L}[\\p{L}-]*\\s+){0,3}?)(?<num>${NUM_SOURCE})\\s*(?<unit>${unitSource})?(?<per>\\s*/\\s*\\p{L}+)?(?:\\s+(?<rest>[^\\d]*))?$`,
      "u",
    ),
    verbEndingsRe: new RegExp(r.verbEndings, "u"),
    scoreRe: new RegExp(`(?:^|[^\\p{L}])(?:${r.scoreWords.join("|")})`, "iu"),
    targetRes: r.targetPatterns.map((t) => ({
      direction: t.direction,
      // global: a pattern with a verb is tried at every place until the word is a verb of its direction
      re: new RegExp(t.pattern.replaceAll("NUM", `(?:${NUM_SOURCE})`).replaceAll("UNIT", `(?:${unitSource})`), "giu"),
    })),
  };
  cache.set(dir, compiled);
  return compiled;
}
