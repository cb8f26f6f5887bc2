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
  let end = -1;
  for (let j = start; j < lines.length && j < start + 30; j++) {
    const k = letterKey(lines[j]!.text);
    if (!k) continue;
    const next = acc + k;
    if (![...variants].some((v) => v.startsWith(next))) break;
    acc = next;
    end = j + 1;
    if (variants.has(acc)) return end;
  }
  return -1;
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
