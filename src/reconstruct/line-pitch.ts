/**
 * The document's own line pitch: how far apart, in units of their type size, consecutive lines of
 * one paragraph or table cell stand. Fonts and producers differ widely (a font's ascent + descent,
 * a paragraph's proportional spacing, CSS line-height, `\linespread`, a leading set by hand set
 * lines from about 1 to over 2 type sizes apart), so a gap that starts a new row or block must be
 * measured against this pitch, never against the type size alone.
 *
 * Measured from lines that begin at the same left edge in the same type size, one right below the
 * other: within a paragraph or cell they all share one distance, while the distances between rows,
 * blocks and paragraphs vary with padding and content. The distance most of them share (within a
 * few per cent) is the pitch; on ties, the smaller one.
 */

/** The geometry of a word the estimate needs (a PDF `Word` has it). */
export interface PitchWord {
  x0: number;
  baseline: number;
  fontSize: number;
  /** Words of different pages never stand above one another. */
  page?: number;
}

export interface LinePitchOptions {
  /** Left edges within this many points count as one edge. */
  edgeTolerance?: number;
  /** Distances within this share of each other count as one. */
  relativeTolerance?: number;
  /** Fewer measured distances than this: no estimate. */
  minSamples?: number;
}

/**
 * The typical baseline distance between consecutive lines of one paragraph or cell, as a multiple
 * of the type size (e.g. 1.2), or undefined when the words show too few such pairs.
 */
export function linePitchRatio(words: readonly PitchWord[], opts: LinePitchOptions = {}): number | undefined {
  const edgeTol = opts.edgeTolerance ?? 1;
  const relTol = opts.relativeTolerance ?? 0.03;
  const minSamples = opts.minSamples ?? 5;
  const ratios = stackedRatios(words, edgeTol);
  if (ratios.length < minSamples) return undefined;
  ratios.sort((a, b) => a - b);
  const densest = densestAround(ratios, relTol, () => true);
  // Rows with no padding between them stand a whole number of lines apart, and where most cells
  // hold two lines, twice the pitch is the commonest distance: a clear cluster at a half, third or
  // quarter of it is the pitch.
  for (let k = 4; k >= 2; k--) {
    const target = densest.value / k;
    const sub = densestAround(ratios, relTol, (r) => Math.abs(r - target) <= target * 2 * relTol);
    if (sub.count >= Math.max(minSamples, 0.25 * densest.count)) return sub.value;
  }
  return densest.value;
}

/**
 * The densest window of sorted ratios (members within relTol of its first) among those `keep`
 * accepts: its median and size.
 */
function densestAround(ratios: readonly number[], relTol: number, keep: (r: number) => boolean): { value: number; count: number } {
  let best = -1;
  let bestCount = 0;
  for (let i = 0, j = 0; i < ratios.length; i++) {
    if (!keep(ratios[i]!)) continue;
    if (j < i) j = i;
    while (j + 1 < ratios.length && ratios[j + 1]! <= ratios[i]! * (1 + relTol) && keep(ratios[j + 1]!)) j++;
    const count = j - i + 1;
    if (count > bestCount) {
      bestCount = count;
      best = i;
    }
  }
  return best < 0 ? { value: NaN, count: 0 } : { value: ratios[best + Math.floor((bestCount - 1) / 2)]!, count: bestCount };
}

/**
 * Distances (in type sizes) from each word to the next word below that starts at the same left
 * edge in the same type size, when nothing else starts at that edge in between. Words are
 * bucketed by rounded left edge so that the work stays linear in the number of words.
 */
function stackedRatios(words: readonly PitchWord[], edgeTol: number): number[] {
  const sorted = [...words].filter((w) => w.fontSize > 0).sort((a, b) => (a.page ?? 0) - (b.page ?? 0) || a.x0 - b.x0 || a.baseline - b.baseline);
  const out: number[] = [];
  // Runs of words whose left edges lie within edgeTol of the run's first.
  for (let start = 0; start < sorted.length; ) {
    let end = start + 1;
    while (end < sorted.length && sorted[end]!.page === sorted[start]!.page && sorted[end]!.x0 - sorted[start]!.x0 <= edgeTol) end++;
    const run = sorted.slice(start, end).sort((a, b) => a.baseline - b.baseline);
    for (let i = 1; i < run.length; i++) {
      const a = run[i - 1]!;
      const b = run[i]!;
      const fs = a.fontSize;
      if (Math.abs(b.fontSize - fs) > 0.05 * fs) continue;
      const r = (b.baseline - a.baseline) / fs;
      // Same line (another word at the edge) or a distance no line spacing gives.
      if (r < 0.5 || r > 4) continue;
      out.push(r);
    }
    start = end;
  }
  return out;
}
