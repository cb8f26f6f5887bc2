/**
 * Page furniture: text that repeats at the same place on most pages (footers, headers, slide
 * numbers, a logo's text). Found per document, before blocks are built (so a footer never joins
 * the text above it): a line fragment in the top or bottom band of its page whose text (digits
 * folded, so slide numbers match) stands at about the same height on at least `minShare` of the
 * pages and on at least `minPages` pages.
 */
import type { Fragment } from "./blocks.js";
import type { ReadingOrderSettings } from "./settings.js";

const keyOf = (text: string) => text.toLowerCase().replace(/\d+/g, "#").replace(/\s+/g, " ").trim();

export function findFurniture(pages: readonly { height: number; frags: readonly Fragment[] }[], s: ReadingOrderSettings): Set<Fragment> {
  const f = s.furniture;
  const inBand = (x: Fragment, h: number) => x.bottom <= h * f.edgeBand || x.top >= h * (1 - f.edgeBand);
  const seen = new Map<string, { page: number; frag: Fragment }[]>();
  pages.forEach((p, i) => {
    for (const x of p.frags) {
      if (!inBand(x, p.height)) continue;
      const k = keyOf(x.text);
      const list = seen.get(k) ?? [];
      list.push({ page: i, frag: x });
      seen.set(k, list);
    }
  });
  const need = Math.max(f.minPages, Math.ceil(f.minShare * pages.length));
  const out = new Set<Fragment>();
  for (const list of seen.values()) {
    // The occurrences at about the height where most pages have one.
    let best: typeof list = [];
    for (const a of list) {
      const near = list.filter((x) => Math.abs(x.frag.top - a.frag.top) <= f.positionTolerance);
      if (new Set(near.map((x) => x.page)).size > new Set(best.map((x) => x.page)).size) best = near;
    }
    if (new Set(best.map((x) => x.page)).size >= need) for (const x of best) out.add(x.frag);
  }
  return out;
}
