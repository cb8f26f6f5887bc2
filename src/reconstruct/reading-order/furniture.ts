/**
 * Page furniture: text that repeats at the same place on most pages (footers, headers, slide
 * numbers, a logo's text). Found per document, before blocks are built (so a footer never joins
 * the text above it): a line fragment in the top or bottom band of its page whose text (digits
 * folded, so slide numbers match) stands at about the same height on at least `minShare` of the
 * pages and on at least `minPages` pages.
 */
import type { Word } from "../../model/pdf.js";
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

interface PlacedWord {
  key: string;
  x0: number;
  x1: number;
  top: number;
}

/**
 * Furniture that shares a line with body text (a slide number just after the end of a line, a
 * footer on the baseline of a box that runs down to the foot of the page) makes one fragment with
 * it, which repeats nowhere. A fragment is split when it holds every word of a furniture text where
 * that text stands on the other pages (same words, digits folded; same height; same left, right or
 * centre): those words become furniture, the rest is split into fragments again. Changes `pages`'
 * fragments and `found` in place.
 */
export function separateFurniture(pages: { height: number; frags: Fragment[] }[], found: Set<Fragment>, s: ReadingOrderSettings, split: (words: readonly Word[]) => Fragment[]): void {
  const tol = s.furniture.positionTolerance;
  const patterns = new Map<string, PlacedWord[]>();
  for (const f of found) {
    const words = f.words.map((w) => ({ key: keyOf(w.text), x0: w.x0, x1: w.x1, top: w.top }));
    patterns.set(`${keyOf(f.text)}@${Math.round(f.top / tol)}:${Math.round(f.x0 / tol)}`, words);
  }
  const near = (w: Word, p: PlacedWord) => keyOf(w.text) === p.key && Math.abs(w.top - p.top) <= tol && (Math.abs(w.x0 - p.x0) <= tol || Math.abs(w.x1 - p.x1) <= tol || Math.abs(w.x0 + w.x1 - p.x0 - p.x1) <= 2 * tol);
  for (const page of pages) {
    const band = (w: Word) => w.bottom <= page.height * s.furniture.edgeBand || w.top >= page.height * (1 - s.furniture.edgeBand);
    page.frags = page.frags.flatMap((f) => {
      if (found.has(f) || f.words.length < 2 || !f.words.some(band)) return [f];
      const taken = new Set<Word>();
      for (const pattern of patterns.values()) {
        const match: Word[] = [];
        for (const p of pattern) {
          const w = f.words.find((x) => !taken.has(x) && !match.includes(x) && band(x) && near(x, p));
          if (!w) break;
          match.push(w);
        }
        if (match.length === pattern.length) for (const w of match) taken.add(w);
      }
      if (!taken.size) return [f];
      const furniture = split(f.words.filter((w) => taken.has(w)));
      for (const x of furniture) found.add(x);
      return [...split(f.words.filter((w) => !taken.has(w))), ...furniture];
    });
  }
}
