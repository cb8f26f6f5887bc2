/** Text helpers shared by the families: paragraphs, slides, label blocks, bullets. */
import type { SourceLine } from "../model/source.js";
import { letterKey } from "./letters.js";

export interface Paragraph {
  lines: SourceLine[];
}

export function isBlankLine(l: SourceLine | undefined): boolean {
  return !l || l.text.trim() === "";
}

/** Consecutive non-blank lines. */
export function paragraphs(lines: readonly SourceLine[]): Paragraph[] {
  const out: Paragraph[] = [];
  let cur: SourceLine[] = [];
  for (const l of lines) {
    if (isBlankLine(l)) {
      if (cur.length) out.push({ lines: cur });
      cur = [];
    } else cur.push(l);
  }
  if (cur.length) out.push({ lines: cur });
  return out;
}

/**
 * If the lines from `start` spell the labels in order (letters only, blank lines skipped,
 * optional labels may be missing), the index after the last label line; else -1.
 */
export function consumeLabels(lines: readonly SourceLine[], start: number, labels: readonly { text: string; optional?: boolean }[]): number {
  const variants = new Set<string>();
  const build = (i: number, acc: string) => {
    if (i === labels.length) {
      variants.add(acc);
      return;
    }
    build(i + 1, acc + letterKey(labels[i]!.text));
    if (labels[i]!.optional) build(i + 1, acc);
  };
  build(0, "");
  let acc = "";
  for (let j = start; j < lines.length && j < start + 30; j++) {
    const k = letterKey(lines[j]!.text);
    if (!k) continue;
    const next = acc + k;
    if (![...variants].some((v) => v.startsWith(next))) break;
    acc = next;
    if (variants.has(acc)) return j + 1;
  }
  return consumeInterleavedLabels(lines, start, [...variants]);
}

/**
 * Labels of boxes side by side whose lines were joined (a label box shifted a little towards its
 * neighbour: "Arviointi (1- Sanallinen arviointi (tiivistelmä)" then "5)") spell the labels with
 * their letters interleaved: the lines from `start` are taken while their letters, counted, still
 * fit a variant, and end the labels where they match one exactly. -1 when they never do.
 */
function consumeInterleavedLabels(lines: readonly SourceLine[], start: number, variants: readonly string[]): number {
  const counts = variants.map(letterCounts);
  const acc = new Map<string, number>();
  for (let j = start; j < lines.length && j < start + 30; j++) {
    const k = letterKey(lines[j]!.text);
    if (!k) continue;
    for (const c of k) acc.set(c, (acc.get(c) ?? 0) + 1);
    const fits = counts.filter((v) => [...acc].every(([c, n]) => (v.get(c) ?? 0) >= n));
    if (!fits.length) return -1;
    if (fits.some((v) => v.size === acc.size && [...v].every(([c, n]) => acc.get(c) === n))) return j + 1;
  }
  return -1;
}

function letterCounts(key: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const c of key) m.set(c, (m.get(c) ?? 0) + 1);
  return m;
}

export function startsWithBullet(p: Paragraph, bullets: readonly string[]): boolean {
  const t = p.lines[0]!.text.trim();
  return bullets.some((b) => t.startsWith(b));
}

/**
 * Splits lines into slides: at a run of `breakAt` blank lines, where the page changes, and at a
 * line matching one of `endPatterns` (a section end that starts the next slide). Slides of blank
 * lines only are dropped.
 */
export function splitSlides(lines: readonly SourceLine[], breakAt: number, endPatterns: readonly RegExp[] = []): SourceLine[][] {
  const out: SourceLine[][] = [[]];
  let blanks = 0;
  let prevPage: number | undefined;
  for (const l of lines) {
    const cur = out[out.length - 1]!;
    if (isBlankLine(l)) {
      if (++blanks === breakAt) out.push([]);
      else cur.push(l);
      continue;
    }
    blanks = 0;
    const newPage = l.page !== undefined && prevPage !== undefined && l.page !== prevPage && cur.some((x) => !isBlankLine(x));
    if (newPage || endPatterns.some((r) => r.test(l.text.trim()))) out.push([l]);
    else cur.push(l);
    prevPage = l.page;
  }
  return out.filter((s) => s.some((l) => !isBlankLine(l)));
}
