/**
 * The geometry the goal-block reader works on: a PDF's words as one flow of lines across pages
 * (running headers and footers left out), and the labels of `rules/goal-block.json` found on them.
 * A label counts only where it stands apart from its neighbours (a gap of `labelGapEm` or a line
 * end on both sides), so the same words inside running text are not taken for a label.
 */
import type { PdfText, Word } from "../../model/pdf.js";
import type { GoalBlockRules } from "./rules.js";

export interface FlowLine {
  page: number;
  words: Word[];
  baseline: number;
  top: number;
  bottom: number;
  /** Largest font size on the line. */
  maxSize: number;
  text: string;
}

/** Words of one page grouped by baseline (within 0.3 font sizes), each line left to right. */
export function pageLines(words: readonly Word[]): FlowLine[] {
  const sorted = [...words].sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0);
  const lines: Word[][] = [];
  let cur: Word[] = [];
  let base = -Infinity;
  for (const w of sorted) {
    if (cur.length && w.baseline - base > 0.3 * w.fontSize) {
      lines.push(cur);
      cur = [];
    }
    if (!cur.length) base = w.baseline;
    cur.push(w);
  }
  if (cur.length) lines.push(cur);
  return lines.map((ws) => {
    ws.sort((a, b) => a.x0 - b.x0);
    return {
      page: ws[0]!.page,
      words: ws,
      baseline: ws[0]!.baseline,
      top: Math.min(...ws.map((w) => w.top)),
      bottom: Math.max(...ws.map((w) => w.bottom)),
      maxSize: Math.max(...ws.map((w) => w.fontSize)),
      text: ws.map((w) => w.text).join(" "),
    };
  });
}

/**
 * All pages' lines in reading order, without furniture: lines in the top or bottom eighth of a
 * page whose text (digits aside) comes back at the same height on a share of the pages.
 */
export function flowLines(doc: PdfText, share: number): FlowLine[] {
  const perPage = doc.pages.map((p) => ({ page: p, lines: pageLines(p.words) }));
  const key = (l: FlowLine) => `${l.text.replace(/\d+/g, "#")}@${Math.round(l.baseline / 4)}`;
  const counts = new Map<string, number>();
  for (const { page, lines } of perPage) {
    for (const k of new Set(lines.filter((l) => inMargin(l, page.height)).map(key))) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const min = Math.max(2, Math.ceil(share * doc.pages.length));
  const out: FlowLine[] = [];
  for (const { page, lines } of perPage) {
    for (const l of lines) if (!(inMargin(l, page.height) && (counts.get(key(l)) ?? 0) >= min)) out.push(l);
  }
  return out;
}

function inMargin(l: FlowLine, height: number): boolean {
  return l.bottom < height / 8 || l.top > (height * 7) / 8;
}

export interface LabelHit {
  /** The label as the rules spell it. */
  label: string;
  field: string;
  value: "below" | "right";
  words: Word[];
  x0: number;
  x1: number;
}

export interface LabelSpec {
  label: string;
  field: string;
  value: "below" | "right";
  tokens: string[];
  /** The label's first letter as the rules write it: labels start with a capital, running text rarely. */
  initial: string;
}

const norm = (s: string) => s.toLowerCase().replace(/[:.]+$/u, "");

/** The label specs of one kind, longest first (so "Mittari/mittarit" wins over "Mittari"). */
export function labelSpecs(rules: GoalBlockRules, kind: "fields" | "measures"): LabelSpec[] {
  const specs: LabelSpec[] = [];
  if (kind === "fields") for (const f of rules.fields) for (const l of f.labels) specs.push({ label: l, field: f.field, value: f.value, tokens: l.split(/\s+/).map(norm), initial: l.charAt(0) });
  else for (const c of rules.measures.columns) for (const l of c.labels) specs.push({ label: l, field: c.field, value: "below", tokens: l.split(/\s+/).map(norm), initial: l.charAt(0) });
  return specs.sort((a, b) => b.tokens.length - a.tokens.length || b.label.length - a.label.length);
}

/**
 * Labels standing on `line` (a label may wrap onto `next`, its rest starting under its first
 * word). Words are used by one label at most.
 */
export function findLabels(line: FlowLine, next: FlowLine | undefined, specs: readonly LabelSpec[], gapEm: number): LabelHit[] {
  const used = new Set<Word>();
  const hits: LabelHit[] = [];
  const ws = line.words;
  const apart = (a: Word | undefined, b: Word | undefined) => !a || !b || b.x0 - a.x1 >= gapEm * Math.max(a.fontSize, b.fontSize);
  for (const s of specs) {
    for (let i = 0; i < ws.length; i++) {
      if (used.has(ws[i]!) || !apart(ws[i - 1], ws[i]) || ws[i]!.text.charAt(0) !== s.initial) continue;
      let k = 0;
      while (k < s.tokens.length && i + k < ws.length && !used.has(ws[i + k]!) && norm(ws[i + k]!.text) === s.tokens[k]) k++;
      if (k === 0) continue;
      const own = ws.slice(i, i + k);
      if (!apart(ws[i + k - 1], ws[i + k])) continue;
      if (k < s.tokens.length) {
        // A wrapped label: the rest on the next line, starting under the label's first word.
        if (!next || next.page !== line.page || next.top - line.bottom > line.maxSize) continue;
        const j = next.words.findIndex((w) => Math.abs(w.x0 - ws[i]!.x0) < 0.3 * w.fontSize);
        if (j < 0) continue;
        let m = 0;
        while (k + m < s.tokens.length && j + m < next.words.length && norm(next.words[j + m]!.text) === s.tokens[k + m]) m++;
        if (k + m < s.tokens.length || !apart(next.words[j + m - 1], next.words[j + m])) continue;
        own.push(...next.words.slice(j, j + m));
      }
      for (const w of own) used.add(w);
      hits.push({ label: s.label, field: s.field, value: s.value, words: own, x0: own[0]!.x0, x1: Math.max(...own.map((w) => w.x1)) });
    }
  }
  return hits.sort((a, b) => a.x0 - b.x0);
}
