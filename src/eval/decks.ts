/**
 * Scoring of Päijät-Häme slide decks as issue 25 counts it: main goals in order, sub-goals with
 * code, text and parent (the main goal they stand under), success items under the right heading,
 * timeline entries (when and what) in chronological order.
 */
import type { PhStrategy } from "../model/families.js";

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function scorePhDeck(ph: PhStrategy | undefined, gold: PhStrategy): Record<string, [number, number]> {
  const got = ph ?? { priorities: [], successes: [], timeline: [] };
  const main = gold.priorities.filter((g, i) => got.priorities[i]?.paatavoite === g.paatavoite).length;
  const subs = gold.priorities.flatMap((g) => g.alatavoitteet.map((a) => ({ parent: g.paatavoite, ...a })));
  const gotSubs = got.priorities.flatMap((g) => g.alatavoitteet.map((a) => ({ parent: g.paatavoite, ...a })));
  const subsOk = subs.filter((s) => gotSubs.some((x) => same(x, s))).length;
  const items = gold.successes.flatMap((g) => g.items.map((it) => ({ h: g.paatavoite_heading, it })));
  const itemsOk = items.filter(({ h, it }) => got.successes.some((s) => s.paatavoite_heading === h && s.items.includes(it))).length;
  const tl = gold.timeline.filter((g, i) => same(got.timeline[i], g)).length;
  return {
    "main goals": [main, gold.priorities.length],
    "sub-goals with code & parent": [subsOk, subs.length],
    "success items under right heading": [itemsOk, items.length],
    "timeline in order": [tl, gold.timeline.length],
  };
}
