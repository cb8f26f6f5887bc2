/**
 * Which wellbeing services county a document belongs to, from its own words: the region's names
 * and aliases (`rules/regions.json`) and the names of its divisions. `--region` overrides.
 */
import type { Region, RegionsRules } from "../rules/load.js";
import { letterKey } from "../reconstruct/okr-table/layout.js";

export interface RegionGuess {
  region: Region;
  score: number;
}

function countOccurrences(haystack: string, needle: string): number {
  if (!needle) return 0;
  let n = 0;
  let i = haystack.indexOf(needle);
  while (i >= 0) {
    n++;
    i = haystack.indexOf(needle, i + needle.length);
  }
  return n;
}

/** How much of a text region detection reads: names and divisions show on the first pages. */
export const REGION_SAMPLE_CHARS = 40_000;

export function detectRegion(fullText: string, rules: RegionsRules): RegionGuess | null {
  const text = fullText.length > REGION_SAMPLE_CHARS ? fullText.slice(0, REGION_SAMPLE_CHARS) : fullText;
  const lower = text.toLowerCase();
  const letters = letterKey(text);
  let best: RegionGuess | null = null;
  for (const region of rules.regions) {
    let score = 0;
    for (const a of region.aliases) score += countOccurrences(lower, a.toLowerCase()) * 2;
    for (const d of region.divisions) score += Math.min(3, countOccurrences(letters, letterKey(d)));
    for (const v of region.strategyVocabulary) score += Math.min(2, countOccurrences(letters, letterKey(v)));
    if (score > 0 && (!best || score > best.score)) best = { region, score };
  }
  return best;
}

/** Looks a region up by id or name, case- and accent-insensitively ("kanta-hame", "Kanta-Häme"). */
export function findRegion(name: string, rules: RegionsRules): Region | undefined {
  const k = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^a-z0-9]/g, "");
  return rules.regions.find((r) => k(r.id) === k(name) || k(r.name) === k(name));
}
