/**
 * Scoring of Päijät-Häme slide decks as issue 25 counts it: the family's own scorer (main goals,
 * sub-goals with code and parent, success items under the right heading, timeline in order), as
 * exact/total pairs.
 */
import type { PhStrategy } from "../model/families.js";
import { scorePhLists } from "../families/ph-strategy/score.js";

export function scorePhDeck(ph: PhStrategy | undefined, gold: PhStrategy): Record<string, [number, number]> {
  const out: Record<string, [number, number]> = {};
  for (const s of scorePhLists(ph, gold)) out[s.measure] = [s.exact, s.total];
  return out;
}
