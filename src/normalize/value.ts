/**
 * Normalizes a measured value (toteuma) cell into kind, number, unit and status. The raw text is
 * always kept next to the result; nothing here guesses a number that the text does not state.
 */
import { z } from "zod";
import { parseFinnishNumber } from "./number.js";
import { changeDirection, loadNormalizeRules, ValueKind, ValueStatus, type CompiledNormalizeRules } from "./rules.js";

export const NormalizedValue = z.object({
  raw: z.string(),
  kind: ValueKind,
  value: z.number().nullable(),
  /** Upper end of a range ("2,2 - 4,4 %"). */
  valueMax: z.number().nullable(),
  unit: z.string().nullable(),
  status: ValueStatus,
  /** Words after the number ("toteutunut", "vähentynyt", "ikäryhmästä riippuen"). */
  qualifier: z.string().nullable(),
  /** Words before the number ("Hinta"). */
  label: z.string().nullable(),
  /** The value states completion of the key result ("90 % toteutunut"). */
  completion: z.boolean(),
  /** The whole cell is a value of a known shape (used by the table reconstructor as evidence). */
  valueLike: z.boolean(),
});
export type NormalizedValue = z.infer<typeof NormalizedValue>;

/** Runs of white space as one space, trimmed. Most cells have none to collapse: no replacing then. */
export function clean(s: string): string {
  return COLLAPSIBLE.test(s) ? s.replace(/\s+/g, " ").trim() : s.trim();
}
/** What `replace(/\s+/g, " ")` would change: two white-space characters in a row, or one that is not a space. */
const COLLAPSIBLE = /\s\s|[^\S ]/;

const memo = new WeakMap<CompiledNormalizeRules, Map<string, NormalizedValue>>();

/** Values repeat ("100 %" in a third of the rows): the result for a text is computed once per rule set. */
export function normalizeValue(rawText: string, rules: CompiledNormalizeRules = loadNormalizeRules()): NormalizedValue {
  let m = memo.get(rules);
  if (!m) memo.set(rules, (m = new Map()));
  const hit = m.get(rawText);
  if (hit) return { ...hit };
  const v = computeValue(rawText, rules);
  if (m.size > 10_000) m.clear();
  m.set(rawText, v);
  return { ...v };
}

function computeValue(rawText: string, rules: CompiledNormalizeRules): NormalizedValue {
  const raw = clean(rawText);
  const base: NormalizedValue = {
    raw: rawText,
    kind: "text",
    value: null,
    valueMax: null,
    unit: null,
    status: "qualitative",
    qualifier: null,
    label: null,
    completion: false,
    valueLike: false,
  };
  if (!raw) return { ...base, status: "missing" };
  for (const s of rules.statusRes) {
    if (s.re.test(raw)) return { ...base, status: s.status, valueLike: raw.split(" ").length <= 6 };
  }
  const range = rules.rangeRe.exec(raw);
  if (range?.groups) {
    const a = parseFinnishNumber(range.groups.a!);
    const b = parseFinnishNumber(range.groups.b!);
    const unitRaw = range.groups.ub ?? range.groups.ua;
    if (a !== null && b !== null && a <= b) {
      return {
        ...base,
        kind: "range",
        value: a,
        valueMax: b,
        unit: unitRaw ? (rules.units[unitRaw.toLowerCase()] ?? unitRaw) : null,
        status: "measured",
        qualifier: range.groups.rest ?? null,
        valueLike: true,
      };
    }
  }
  const single = rules.singleRe.exec(raw);
  if (single?.groups) {
    const value = parseFinnishNumber(single.groups.num!);
    if (value !== null) {
      const label = clean(single.groups.label ?? "") || null;
      let rest = clean(single.groups.rest ?? "") || null;
      const unitRaw = single.groups.unit;
      let unit = unitRaw ? (rules.units[unitRaw.toLowerCase()] ?? unitRaw) : null;
      let kind: ValueKind = unit ? (rules.unitKinds[unit] ?? "number") : "number";
      if (unit && single.groups.per) unit += single.groups.per.replace(/\s+/g, "");
      // A counted noun right after the number ("11 727 kävijää", "210 ohjausta") is a count.
      if (!unit && rest && /^\p{Ll}+$/u.test(rest.split(" ")[0]!) && changeDirection(rest.split(" ")[0]!, rules) === null &&
          !rules.completionWords.includes(rest.split(" ")[0]!)) {
        const words = rest.split(" ");
        unit = words[0]!;
        kind = "count";
        rest = words.slice(1).join(" ") || null;
      }
      const restWords = rest ? rest.split(" ") : [];
      const completion = restWords.some((w) => rules.completionWords.some((c) => w.toLowerCase().startsWith(c)));
      return {
        ...base,
        kind,
        value,
        unit,
        status: "measured",
        qualifier: rest,
        label,
        completion,
        valueLike: (label?.split(" ").length ?? 0) <= 1 && restWords.length <= 3,
      };
    }
  }
  return base;
}
