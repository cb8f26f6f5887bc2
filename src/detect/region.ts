/**
 * Which wellbeing services county a document belongs to, from its own words: the region's names
 * and aliases (`rules/regions.json`), its division names and strategy headings. Names count only
 * as whole words ("pelastustoiminta" does not contain the division "Pelastustoimi"), and division
 * names only confirm a region that its names or strategy headings already point to: many
 * organisations have a "Terveydenhuolto". No evidence → null (the caller warns). `--region` overrides.
 */
import type { Region, RegionsRules } from "../rules/load.js";

export interface RegionGuess {
  region: Region;
  score: number;
}

/** Weights of the kinds of evidence: a name says more than a division name shared with others. */
const WEIGHT = { alias: 2, division: 1, strategy: 1 } as const;
/** How many times one division name or heading may count (a table repeats them on every row). */
const CAP = { division: 3, strategy: 2 } as const;

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Whole-word occurrences of `phrase` in `text` (case-insensitive; white space in the phrase matches any run). */
export function countWholeWords(text: string, phrase: string): number {
  const p = phrase.trim();
  if (!p) return 0;
  const body = p.split(/\s+/).map(escapeRe).join("\\s+");
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, "giu");
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

/** How much of a text region detection reads: names and divisions show on the first pages. */
export const REGION_SAMPLE_CHARS = 40_000;

export function detectRegion(fullText: string, rules: RegionsRules): RegionGuess | null {
  const text = fullText.length > REGION_SAMPLE_CHARS ? fullText.slice(0, REGION_SAMPLE_CHARS) : fullText;
  let best: RegionGuess | null = null;
  for (const region of rules.regions) {
    // Own evidence: the region's names, and its strategy headings (whole sentences of its own).
    let own = 0;
    for (const a of region.aliases) own += countWholeWords(text, a) * WEIGHT.alias;
    for (const v of region.strategyVocabulary) own += Math.min(CAP.strategy, countWholeWords(text, v)) * WEIGHT.strategy;
    if (own === 0) continue;
    let score = own;
    for (const d of region.divisions) score += Math.min(CAP.division, countWholeWords(text, d)) * WEIGHT.division;
    if (!best || score > best.score) best = { region, score };
  }
  return best;
}

/** Looks a region up by id or name, case- and accent-insensitively ("kanta-hame", "Kanta-Häme"). */
export function findRegion(name: string, rules: RegionsRules): Region | undefined {
  const k = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^a-z0-9]/g, "");
  return rules.regions.find((r) => k(r.id) === k(name) || k(r.name) === k(name));
}
