/**
 * Progress figures of an agenda item found by their shape, not by one sentence: a percentage or a
 * count, and a label of the figure (a word stem from `rules/agenda-item.json`) in the same clause.
 * Numbers are matched to figures one to one, so that a number that two labels could claim goes to
 * the figure it explains best (most figures matched, then the labels nearest their numbers);
 * a number in parentheses (a side remark, such as an earlier wrong figure) only when nothing else
 * fits. A figure not found, or a group of shares that does not add up to 100, gives a warning:
 * a missing figure is said, never guessed.
 */
import { NUM_SOURCE, parseFinnishNumber } from "../../normalize/number.js";

export interface FigureRule {
  unit: "pct" | "count";
  /** Regular expressions naming the figure (word stems; inflection follows). */
  labels: string[];
  /** Sentences stating the figure is zero without a number ("not one key result…"). */
  zero?: string[];
}

export interface FoundFigure {
  value: number | null;
  /** The sentence the figure came from (for the reporting period, and for a reader). */
  sentence: string | null;
}

interface NumberAt {
  value: number;
  unit: "pct" | "count";
  start: number;
  end: number;
  clause: [number, number];
  sentence: [number, number];
  aside: boolean;
}

/** Clause boundaries: sentence ends, commas, semicolons, parentheses, "ja", "joista", "mutta". */
const CLAUSE_END = /[.!?](?=\s|$)|[,;:](?=\s)|[()]|\s(?:ja|joista|joiden|mutta|sekä)\s/gu;
const SENTENCE_END = /[.!?](?=\s+[A-ZÅÄÖ(]|\s*$)/gu;

function spans(text: string, re: RegExp): [number, number][] {
  const cuts = [0];
  for (const m of text.matchAll(re)) cuts.push(m.index! + m[0].length);
  cuts.push(text.length);
  const out: [number, number][] = [];
  for (let i = 1; i < cuts.length; i++) if (cuts[i]! > cuts[i - 1]!) out.push([cuts[i - 1]!, cuts[i]!]);
  return out;
}

function numbers(text: string): NumberAt[] {
  const clauses = spans(text, CLAUSE_END);
  const sentences = spans(text, SENTENCE_END);
  const out: NumberAt[] = [];
  const re = new RegExp(`(?<![\\d/.,:-])(${NUM_SOURCE})(\\s?(?:%|prosent[a-zäö]*))?(?![\\d/]|[.,]\\d|-\\d)`, "gu");
  for (const m of text.matchAll(re)) {
    const raw = m[1]!;
    const pct = !!m[2];
    const v = parseFinnishNumber(raw);
    if (v === null) continue;
    // Counts are whole numbers that are not years, dates or numbering.
    if (!pct && (!Number.isInteger(v) || (v >= 1900 && v <= 2100) || /^[-−–]/.test(raw))) continue;
    const start = m.index!;
    const end = start + m[0].length;
    const clause = clauses.find(([a, b]) => start >= a && start < b) ?? [0, text.length];
    const sentence = sentences.find(([a, b]) => start >= a && start < b) ?? [0, text.length];
    const before = text.slice(sentence[0], start);
    const aside = (before.match(/\(/g)?.length ?? 0) > (before.match(/\)/g)?.length ?? 0);
    out.push({ value: v, unit: pct ? "pct" : "count", start, end, clause, sentence, aside });
  }
  return out;
}

/** Words between the number and the nearest label in its clause, or null when the clause has none. */
function distance(text: string, n: NumberAt, labels: RegExp[]): number | null {
  const clause = text.slice(n.clause[0], n.clause[1]);
  let best: number | null = null;
  for (const re of labels) {
    for (const m of clause.matchAll(re)) {
      const at = n.clause[0] + m.index!;
      const between = at < n.start ? text.slice(at, n.start) : text.slice(n.end, at);
      const words = between.split(/\s+/).filter(Boolean).length;
      if (best === null || words < best) best = words;
    }
  }
  return best;
}

export function findFigures(text: string, rules: Record<string, FigureRule>): { figures: Record<string, FoundFigure>; warnings: string[] } {
  const nums = numbers(text);
  const metrics = Object.keys(rules);
  const cands = metrics.map((k) => {
    const r = rules[k]!;
    const labels = r.labels.map((p) => new RegExp(p, "giu"));
    return nums
      .map((n, i) => ({ i, d: n.unit === r.unit ? distance(text, n, labels) : null }))
      .filter((c): c is { i: number; d: number } => c.d !== null)
      .map((c) => ({ i: c.i, cost: c.d + (nums[c.i]!.aside ? 100 : 0) }))
      .sort((a, b) => a.cost - b.cost)
      .slice(0, 4);
  });
  // One-to-one: most figures matched, then the least total distance (small search: few candidates).
  let best: { n: number; cost: number; pick: (number | null)[] } = { n: 0, cost: 0, pick: metrics.map(() => null) };
  const pick: (number | null)[] = [];
  const used = new Set<number>();
  const search = (k: number, n: number, cost: number) => {
    if (k === metrics.length) {
      if (n > best.n || (n === best.n && cost < best.cost)) best = { n, cost, pick: [...pick] };
      return;
    }
    for (const c of cands[k]!) {
      if (used.has(c.i)) continue;
      used.add(c.i);
      pick[k] = c.i;
      search(k + 1, n + 1, cost + c.cost);
      used.delete(c.i);
    }
    pick[k] = null;
    search(k + 1, n, cost);
  };
  search(0, 0, 0);

  const figures: Record<string, FoundFigure> = {};
  const warnings: string[] = [];
  metrics.forEach((k, idx) => {
    const i = best.pick[idx];
    if (i !== null && i !== undefined) {
      const n = nums[i]!;
      figures[k] = { value: n.value, sentence: text.slice(n.sentence[0], n.sentence[1]).trim() };
      return;
    }
    for (const z of rules[k]!.zero ?? []) {
      const m = new RegExp(z, "u").exec(text);
      if (m) {
        const s = spans(text, SENTENCE_END).find(([a, b]) => m.index >= a && m.index < b)!;
        figures[k] = { value: 0, sentence: text.slice(s[0], s[1]).trim() };
        return;
      }
    }
    figures[k] = { value: null, sentence: null };
  });
  const found = Object.values(figures).filter((f) => f.value !== null).length;
  if (found > 0) for (const k of metrics) if (figures[k]!.value === null) warnings.push(`progress figure ${k} not found (no ${rules[k]!.unit === "pct" ? "percentage" : "count"} next to its label); left empty`);
  return { figures, warnings };
}

/** Shares of one whole that should add up to 100 %: a warning when they do not. */
export function checkSums(figures: Record<string, FoundFigure>, groups: string[][]): string[] {
  const out: string[] = [];
  for (const g of groups) {
    const vs = g.map((k) => figures[k]?.value);
    if (vs.some((v) => v === null || v === undefined)) continue;
    const sum = (vs as number[]).reduce((a, b) => a + b, 0);
    if (Math.abs(sum - 100) > 1.5) out.push(`progress figures ${g.join(" + ")} add up to ${Math.round(sum * 10) / 10} %, not 100 %: check them`);
  }
  return out;
}
