/** Shared text helpers of the slide families: paragraphs, label blocks, bullet lists. */
import type { SourceLine } from "../model/source.js";
import { joinCellLines, type DehyphenContext } from "./dehyphenate.js";
import { letterKey } from "./okr-table/layout.js";

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

/** Splits bullet paragraphs into items: a line starting with a bullet or sub-bullet starts an item. */
export function bulletItems(paras: readonly Paragraph[], bullets: readonly string[], subBullets: readonly string[], ctx: DehyphenContext): string[] {
  const items: string[][] = [];
  for (const p of paras) {
    for (const l of p.lines) {
      const t = l.text.trim();
      const b = [...bullets, ...subBullets].find((x) => t.startsWith(x + " ") || t === x || (bullets.includes(x) && t.startsWith(x)));
      if (b !== undefined) items.push([t.slice(b.length).trim()]);
      else if (items.length) items[items.length - 1]!.push(l.text);
      else items.push([l.text]);
    }
  }
  return items.map((lines) => joinCellLines(lines, ctx)).filter(Boolean);
}

export function startsWithBullet(p: Paragraph, bullets: readonly string[]): boolean {
  const t = p.lines[0]!.text.trim();
  return bullets.some((b) => t.startsWith(b));
}
