/**
 * The document's own line pitch. Block and row breaks are distances between lines, and how far
 * apart a box's lines stand depends on the face (its ascent and descent) and on the paragraph's
 * line spacing, not only on the font size: a deck set at 180 % spacing, or in a face whose lines
 * stand wide, has every wrapped line further below the one above than a next box stands in
 * another deck. So the vertical distances of `rules/reading-order.json`, given in em for a usual
 * pitch (`typicalPitch` em), are stretched by how much wider the document's own pitch is.
 */
import type { Fragment } from "./blocks.js";
import type { ReadingOrderSettings } from "./settings.js";

/**
 * The pitch (in em) of the document's wrapped lines: for each fragment, the next fragment under it
 * that overlaps it, in the same size and starting at its left edge; the lower quartile of those
 * distances (wrapped lines are the closest; paragraph and box gaps are wider). Null when the
 * document has too few such pairs to tell.
 */
export function documentPitch(pages: readonly (readonly Fragment[])[], s: ReadingOrderSettings): number | null {
  const samples: number[] = [];
  for (const frags of pages) {
    for (const f of frags) {
      let next: Fragment | undefined;
      for (const g of frags) {
        if (g.baseline <= f.baseline + 0.5 * f.fontSize || Math.min(f.x1, g.x1) <= Math.max(f.x0, g.x0)) continue;
        if (!next || g.baseline < next.baseline) next = g;
      }
      if (!next || Math.abs(next.fontSize - f.fontSize) > 0.05 * f.fontSize || Math.abs(next.x0 - f.x0) > s.alignTolerance * f.fontSize) continue;
      const ratio = (next.baseline - f.baseline) / f.fontSize;
      if (ratio <= s.pitch.maxSample) samples.push(ratio);
    }
  }
  if (samples.length < s.pitch.minSamples) return null;
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 4)]!;
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
