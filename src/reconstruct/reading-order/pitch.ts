/**
 * The document's own line pitch. Block and row breaks are distances between lines, and how far
 * apart a box's lines stand depends on the face (its ascent and descent) and on the paragraph's
 * line spacing, not only on the font size: a deck set at 180 % spacing, or in a face whose lines
 * stand wide, has every wrapped line further below the one above than a next box stands in
 * another deck. So the vertical distances of `rules/reading-order.json`, given in em for a usual
 * pitch (`typicalPitch` em), are stretched by how much wider the document's own pitch is.
 */
import { linePitchRatio } from "../line-pitch.js";
import type { Fragment } from "./blocks.js";
import type { ReadingOrderSettings } from "./settings.js";

/**
 * The pitch (in em) of the document's wrapped lines, by the project's one estimator
 * (`line-pitch.ts`, which the OKR table uses too): distances between fragments that start at the
 * same left edge in the same size, one under the other; the smallest distance that clearly recurs.
 * A slide's one-line bullets with space between them can outnumber its wrapped lines, so a low
 * percentile of the distances would take the bullets' spacing for the pitch. Null when the
 * document has fewer than `pitch.minSamples` such pairs.
 */
export function documentPitch(pages: readonly (readonly Fragment[])[], s: ReadingOrderSettings): number | null {
  const starts = pages.flatMap((frags, page) => frags.map((f) => ({ x0: f.x0, baseline: f.baseline, fontSize: f.fontSize, page })));
  return linePitchRatio(starts, { minSamples: s.pitch.minSamples }) ?? null;
}

/**
 * Settings whose vertical distances are stretched to the document's pitch, when it is wider than
 * `typicalPitch`. A pitch at or under the usual one keeps the settings: boxes of a tightly set
 * deck still stand apart by their own margins.
 */
export function forPitch(s: ReadingOrderSettings, pitch: number | null): ReadingOrderSettings {
  const k = pitch === null ? 1 : Math.max(1, pitch / s.pitch.typicalPitch);
  if (k === 1) return s;
  return { ...s, blockLineSpacing: s.blockLineSpacing * k, faceBreakSpacing: s.faceBreakSpacing * k, flowGap: s.flowGap * k, continuationGap: s.continuationGap * k };
}
