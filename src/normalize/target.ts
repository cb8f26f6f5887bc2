/**
 * The target stated in a key result ("80 % ... saa ratkaisun", "alle 190 €/vrk", "vähintään
 * 10 %", "vähenee 25 %") and how far the measured value reaches it. Attainment is computed only
 * where target and measurement are in comparable units; otherwise it stays null.
 */
import { z } from "zod";
import { parseFinnishNumber } from "./number.js";
import { changeDirection, loadNormalizeRules, TargetDirection, type CompiledNormalizeRules } from "./rules.js";
import { clean, type NormalizedValue } from "./value.js";

export const Target = z.object({
  direction: TargetDirection,
  value: z.number(),
  unit: z.string().nullable(),
  /** The words of the key result the target was read from. */
  text: z.string(),
});
export type Target = z.infer<typeof Target>;

export const Attainment = z.object({
  /** measured / target for at-least targets, target / measured for at-most targets, stated share for completion. */
  ratio: z.number().nullable(),
  met: z.boolean().nullable(),
  basis: z.enum(["target_vs_measured", "stated_completion", "not_comparable", "no_target", "no_measurement"]),
});
export type Attainment = z.infer<typeof Attainment>;

export function parseTarget(avaintulos: string, rules: CompiledNormalizeRules = loadNormalizeRules()): Target | null {
  const text = clean(avaintulos);
  for (const t of rules.targetRes) {
    const m = matchTarget(t, text, rules);
    const num = m?.groups?.num;
    if (!m || !num) continue;
    const value = parseFinnishNumber(num);
    if (value === null) continue;
    const unitRaw = m.groups?.unit;
    let unit = unitRaw ? (rules.units[unitRaw.toLowerCase()] ?? unitRaw) : null;
    if (unit && m.groups?.per) unit += m.groups.per;
    return { direction: t.direction, value, unit, text: m[0].trim() };
  }
  return null;
}

/**
 * The first match of a target pattern whose `verb` (if the pattern has one) is a verb of change in
 * the pattern's direction, in any inflected form (see changeDirection).
 */
function matchTarget(t: CompiledNormalizeRules["targetRes"][number], text: string, rules: CompiledNormalizeRules): RegExpExecArray | null {
  const wanted = t.direction === "increase_by" ? "increase" : t.direction === "decrease_by" ? "decrease" : null;
  const re = t.re;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const verb = m.groups?.verb;
    if (verb === undefined || changeDirection(verb, rules) === wanted) return m;
    re.lastIndex = m.index + 1;
  }
  return null;
}

function baseUnit(unit: string | null): string | null {
  return unit ? unit.split("/")[0]! : null;
}

/** Converts the measured value into the target's unit, or null when the units do not compare. */
function comparableValue(target: Target, measured: NormalizedValue, rules: CompiledNormalizeRules): number | null {
  if (measured.value === null || measured.kind === "range" || measured.kind === "text") return null;
  const tu = baseUnit(target.unit);
  const mu = baseUnit(measured.unit);
  if (tu === mu) return measured.value;
  const th = tu ? rules.durationHours[tu] : undefined;
  const mh = mu ? rules.durationHours[mu] : undefined;
  if (th && mh) return (measured.value * mh) / th;
  return null;
}

export function computeAttainment(target: Target | null, measured: NormalizedValue, rules: CompiledNormalizeRules = loadNormalizeRules()): Attainment {
  if (measured.completion && measured.unit === "%" && measured.value !== null) {
    return { ratio: measured.value / 100, met: measured.value >= 100, basis: "stated_completion" };
  }
  if (measured.status !== "measured") return { ratio: null, met: null, basis: "no_measurement" };
  if (!target) return { ratio: null, met: null, basis: "no_target" };
  const v = comparableValue(target, measured, rules);
  if (v === null) return { ratio: null, met: null, basis: "not_comparable" };
  const round = (x: number) => Math.round(x * 1000) / 1000;
  switch (target.direction) {
    case "at_least":
      return target.value > 0 ? { ratio: round(v / target.value), met: v >= target.value, basis: "target_vs_measured" } : { ratio: null, met: v >= target.value, basis: "target_vs_measured" };
    case "at_most":
      return v > 0 ? { ratio: round(target.value / v), met: v <= target.value, basis: "target_vs_measured" } : { ratio: null, met: true, basis: "target_vs_measured" };
    case "increase_by":
    case "decrease_by": {
      // A change target compares only with a measured change in the same direction ("5 % vähentynyt").
      const change = measured.qualifier ? changeDirection(measured.qualifier.split(" ")[0]!, rules) : null;
      const wanted = target.direction === "increase_by" ? "increase" : "decrease";
      if (change !== wanted || target.value <= 0) return { ratio: null, met: null, basis: "not_comparable" };
      return { ratio: round(v / target.value), met: v >= target.value, basis: "target_vs_measured" };
    }
  }
}
