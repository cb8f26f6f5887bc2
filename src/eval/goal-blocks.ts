/**
 * Scoring goal blocks against a gold file: each gold block is paired with the extracted block (on
 * its page, where the gold gives one) whose objective is most alike (blocks are not paired by position, so one missed block
 * does not shift every later one); then every gold field is compared exactly, measures row by row.
 * Also counted: authors' hyphens (hyphenated words of the gold) that the extraction lost.
 */
import type { GoalBlock } from "../model/goal-block.js";
import type { FamilyScore } from "../families/types.js";
import { likeness } from "./measures.js";

export interface GoldBlock {
  /** Absent in generated gold files: then blocks are paired over all pages. */
  page?: number;
  heading: string | null;
  group: string | null;
  tavoite: string | null;
  mittari: string | null;
  arviointi: string | null;
  tila: string | null;
  extra?: Record<string, string>;
  measures?: { mittari: string | null; nykyarvo: string | null; tavoitearvo: string | null; toteuma: string | null; tila: string | null }[];
}

export const BLOCK_FIELDS = ["heading", "group", "tavoite", "mittari", "arviointi", "tila"] as const;
const MEASURE_FIELDS = ["mittari", "nykyarvo", "tavoitearvo", "toteuma", "tila"] as const;

/** Word overlap at white space (eval/measures.ts). */
const alike = (a: string | null, b: string | null) => likeness(a, b, /\s+/);

/** For each gold block, the extracted block paired with it (or undefined), each used once. */
export function pairBlocks(gold: readonly GoldBlock[], got: readonly GoalBlock[]): (GoalBlock | undefined)[] {
  const used = new Set<GoalBlock>();
  // Without pages (generated gold, where texts repeat), in order: among the next few blocks only.
  let next = 0;
  return gold.map((g) => {
    let best: GoalBlock | undefined;
    let score = 0.3;
    const window = g.page === undefined ? got.slice(next, next + 3) : got;
    for (const b of window) {
      if (used.has(b) || (g.page !== undefined && b.page !== g.page)) continue;
      const s = alike(b.tavoite, g.tavoite) + 0.5 * alike(b.measures[0]?.mittari ?? null, g.measures?.[0]?.mittari ?? null);
      if (s > score) [best, score] = [b, s];
    }
    if (best) {
      used.add(best);
      next = got.indexOf(best) + 1;
    }
    return best;
  });
}

/** Hyphenated words of `gold` ("Eu-parlamenttivaalien", "sosiaali-") missing from `got`. */
export function lostHyphens(gold: string | null, got: string | null | undefined): string[] {
  if (!gold) return [];
  const have = ` ${got ?? ""} `;
  return gold.split(/\s+/).filter((t) => /\p{L}-(\p{L}|$)|(^|\s)-\p{L}/u.test(t) && !have.includes(` ${t.replace(/[,.;:]$/u, "")}`));
}

export interface GoalBlockScore {
  scores: FamilyScore[];
  /** Per field name: [exact, total]. */
  byField: Record<string, [number, number]>;
  misses: { n: number; field: string; gold: unknown; got: unknown }[];
  lost: string[];
}

export function scoreGoalBlocks(gold: readonly GoldBlock[], got: readonly GoalBlock[], fields: readonly string[] = [...BLOCK_FIELDS, "extra", "measures"]): GoalBlockScore {
  const pairs = pairBlocks(gold, got);
  const byField: Record<string, [number, number]> = {};
  const misses: GoalBlockScore["misses"] = [];
  const lost: string[] = [];
  const count = (n: number, field: string, g: unknown, x: unknown) => {
    const ok = JSON.stringify(g ?? null) === JSON.stringify(x ?? null);
    const f = (byField[field] ??= [0, 0]);
    f[1]++;
    if (ok) f[0]++;
    else misses.push({ n, field, gold: g, got: x });
    if (typeof g === "string") lost.push(...lostHyphens(g, typeof x === "string" ? x : null));
  };
  gold.forEach((g, i) => {
    const b = pairs[i];
    for (const f of BLOCK_FIELDS) if (fields.includes(f)) count(i + 1, f, g[f], b?.[f]);
    if (fields.includes("extra")) for (const [k, v] of Object.entries(g.extra ?? {})) count(i + 1, `extra.${k}`, v, b?.extra[k]);
    if (fields.includes("measures"))
      (g.measures ?? []).forEach((m, j) => {
        for (const f of MEASURE_FIELDS) count(i + 1, `measures.${f}`, m[f], b?.measures[j]?.[f]);
      });
  });
  let exact = 0;
  let total = 0;
  for (const [e, t] of Object.values(byField)) [exact, total] = [exact + e, total + t];
  return {
    scores: [
      { measure: "blocks found", exact: pairs.filter(Boolean).length, total: gold.length },
      { measure: "fields exact", exact, total },
    ],
    byField,
    misses,
    lost,
  };
}
