/**
 * The document's own line pitch: how far apart, in units of their type size, consecutive lines of
 * one paragraph or table cell stand. Fonts and producers differ widely (a font's ascent + descent,
 * a paragraph's proportional spacing, CSS line-height, `\linespread`, a leading set by hand set
 * lines from about 1 to over 2 type sizes apart), so a gap that starts a new row or block must be
 * measured against this pitch, never against the type size alone.
 *
 * Measured from lines that begin at the same left edge in the same type size, one right below the
 * other: within a paragraph or cell they all share one distance, while the distances between rows,
 * blocks and paragraphs are larger (see `typicalPitch`).
 *
 * The project's one pitch estimator: the OKR table (`okr-table/pdf.ts`, per table) and the reading
 * order of slides (`reading-order/pitch.ts`, per document, from line fragments) both use it.
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
  /** A distance must recur this many times, and in this share of the commonest one's count. */
  minRecur?: number;
  minShare?: number;
}

/**
 * The typical baseline distance between consecutive lines of one paragraph or cell, as a multiple
 * of the type size (e.g. 1.2), or undefined when the words show too few such pairs.
 */
export function linePitchRatio(words: readonly PitchWord[], opts: LinePitchOptions = {}): number | undefined {
  return typicalPitch(stackedRatios(words, opts.edgeTolerance ?? 1), opts);
}

/**
 * The pitch among distances (in type sizes) between consecutive lines, some within a paragraph or
 * cell and some between rows or blocks. Those between rows are never smaller than the pitch (rows
 * add padding, or stand whole lines apart without it), though they may be commoner (a page of
 * one-line cells): so the smallest distance that clearly recurs is the pitch, not the commonest.
 * An estimate that errs does so low, where callers fall back to their usual caps.
 */
export function typicalPitch(distances: readonly number[], opts: LinePitchOptions = {}): number | undefined {
  const relTol = opts.relativeTolerance ?? 0.03;
  const minSamples = opts.minSamples ?? 5;
  const ratios = distances.filter((r) => r >= 0.5 && r <= 4).sort((a, b) => a - b);
  if (ratios.length < minSamples) return undefined;
  // counts[i]: how many distances lie within relTol above ratios[i] (a window starting there).
  const counts: number[] = [];
  for (let i = 0, j = 0; i < ratios.length; i++) {
    if (j < i) j = i;
    while (j + 1 < ratios.length && ratios[j + 1]! <= ratios[i]! * (1 + relTol)) j++;
    counts.push(j - i + 1);
  }
  const densest = Math.max(...counts);
  const enough = Math.max(opts.minRecur ?? 3, (opts.minShare ?? 0.15) * densest);
  const i = counts.findIndex((c) => c >= enough);
  return ratios[i + Math.floor((counts[i]! - 1) / 2)];
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
