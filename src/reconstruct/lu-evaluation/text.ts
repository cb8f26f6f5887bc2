/**
 * Länsi-Uusimaa evaluation slides from text: strategies by their marker lines, strategic lines
 * (linjaus) from slide titles, the summary tables, and the goals with sub-goals (bullets),
 * "Tavoite saavutettu?" (KYLLÄ/OSITTAIN/EI), score 1–5 and narrative assessment.
 * Settings: `rules/lu-evaluation.json`.
 */

import { join } from "node:path";
import { z } from "zod";
import type { Rules } from "../../rules/load.js";
import { readRulesJson } from "../../rules/load.js";
import type { SourceLine } from "../../model/source.js";
import type { LuEvaluation, LuGoal, LuSummary } from "../../model/families.js";
import { HyphenEvidence, joinCellLines, type DehyphenContext } from "../dehyphenate.js";
import { letterKey } from "../../text/letters.js";
import { consumeLabels, isBlankLine, paragraphs, splitSlides, startsWithBullet, type Paragraph } from "../../text/paragraphs.js";
import { bulletItems } from "../bullets.js";
import { parseFinnishNumber } from "../../normalize/number.js";

export const LuRules = z.object({
  family: z.string(),
  description: z.string(),
  strategies: z.array(z.object({ marker: z.string(), name: z.string() })),
  goalHeaderLabels: z.array(z.string()),
  summaryHeaderStart: z.string(),
  statusWords: z.array(z.string()),
  titlePrefixes: z.array(z.string()),
  pagePartPattern: z.string(),
  furniturePatterns: z.array(z.string()),
  sectionEndPatterns: z.array(z.string()),
  announcedCountPattern: z.string(),
  bullets: z.array(z.string()),
  subBullets: z.array(z.string()),
  /** This many blank lines in a row end a slide (text exported from slides); a page change does too. */
  slideBreakBlankLines: z.number().int().positive(),
  pdf: z.object({
    goalColumns: z.array(z.object({ field: z.string(), label: z.string(), optional: z.boolean().optional() })),
    summaryColumns: z.array(z.object({ field: z.string(), label: z.string(), optional: z.boolean().optional() })),
    minHeaderLabels: z.number().int(),
  }),
});
export type LuRules = z.infer<typeof LuRules>;

export function loadLuRules(rules: Rules): LuRules {
  return readRulesJson(rules.dir, "lu-evaluation.json", LuRules);
}

const SUMMARY_NUMBERS = /(?:^|\s)(\d+)\s+(\d+(?:[,.]\d+)?)\s+(\d+)(?:\s+(\d+))?\s*$/;

interface Slide {
  strategy: string;
  title: Paragraph | null;
  body: SourceLine[];
}

/** Splits the text at strategy marker lines; the paragraph right above a marker is the slide's title when it looks like one. */
function slides(lines: readonly SourceLine[], lr: LuRules, knownLines: ReadonlySet<string>): Slide[] {
  const markers = new Map(lr.strategies.map((s) => [s.marker, s.name]));
  const pagePart = new RegExp(lr.pagePartPattern);
  const out: Slide[] = [];
  let current: Slide | null = null;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text.trim();
    const strategy = markers.get(t);
    if (strategy === undefined) {
      current?.body.push(lines[i]!);
      continue;
    }
    // Title candidate: the paragraph just above the marker (at most one blank line between).
    let title: Paragraph | null = null;
    let carried: SourceLine[] = [];
    if (current) {
      const body: SourceLine[] = current.body;
      let e = body.length;
      while (e > 0 && isBlankLine(body[e - 1])) e--;
      // A marker read after the goal table's column labels (a title wrapped down to the marker's
      // height pushes it there in reading order): the labels belong to the marker's slide, and the
      // title is the paragraph above them.
      const labelsAt = labelsEndingAt(body, e, lr);
      if (labelsAt >= 0) {
        carried = body.slice(labelsAt, e);
        e = labelsAt;
        while (e > 0 && isBlankLine(body[e - 1])) e--;
        current.body = body.slice(0, e);
      }
      let s = e;
      while (s > 0 && !isBlankLine(body[s - 1])) s--;
      const para: SourceLine[] = body.slice(s, e);
      const text = para.map((l) => l.text.trim()).join(" ");
      const looksLikeTitle = para.length > 0 && (lr.titlePrefixes.some((p) => text.startsWith(p)) || pagePart.test(text) || knownLines.has(letterKey(text)));
      if (looksLikeTitle && (carried.length > 0 || body.length - e <= 1)) {
        title = { lines: para };
        current.body = body.slice(0, s);
      }
    }
    current = { strategy, title, body: carried.length ? [...carried, { ...carried[carried.length - 1]!, text: "" }] : [] };
    out.push(current);
  }
  return out;
}

/** Strategic-line names of the summary tables, read first so untitled slides can be placed. */
function parseSummaries(slide: Slide, lr: LuRules, ctx: DehyphenContext): LuSummary[] {
  const labels = ["Strateginen linjaus", "Tavoitteiden lukumäärä", "Keskiarvo kokonaisuuden tilanteesta", "Valmistuneita tavoitteita", "Kyllä", "Osittain"].map((text) => ({ text }));
  const body = slide.body;
  const headerKey = letterKey(lr.summaryHeaderStart).slice(0, 18);
  let start = indexOfLineStarting(body, headerKey);
  if (start < 0) return [];
  const end = consumeLabels(body, start, labels);
  if (end < 0) return [];
  const endRes = lr.sectionEndPatterns.map((p) => new RegExp(p, "u"));
  const out: LuSummary[] = [];
  let pending: SourceLine[] = [];
  for (let j = end; j < body.length; j++) {
    const l = body[j]!;
    const t = l.text.trim();
    if (!t) continue;
    if (endRes.some((r) => r.test(t))) break;
    const m = SUMMARY_NUMBERS.exec(t);
    if (m) {
      const before = t.slice(0, m.index).trim();
      const lines = [...pending.map((x) => x.text), ...(before ? [before] : [])];
      out.push({
        strategy: slide.strategy,
        linjaus: joinCellLines(lines, ctx),
        count: Number(m[1]),
        average: parseFinnishNumber(m[2]!),
        completed_yes: Number(m[3]),
        completed_partial: m[4] === undefined ? null : Number(m[4]),
        line: (pending[0] ?? l).n,
      });
      pending = [];
    } else pending.push(l);
  }
  return out;
}

// Module-level helpers rather than closures per call: V8 drops optimized code of per-call closures
// at each full GC and optimizes them again (see draftToRow in ../okr-table/pdf.ts).

/** The first line whose letters start with `key`; -1 when none does. */
function indexOfLineStarting(lines: readonly SourceLine[], key: string): number {
  for (let i = 0; i < lines.length; i++) if (letterKey(lines[i]!.text).startsWith(key)) return i;
  return -1;
}

/** Where the goal table's column labels that end at line `end` start; -1 when the lines before `end` are not those labels. */
function labelsEndingAt(body: readonly SourceLine[], end: number, lr: LuRules): number {
  const labels = lr.goalHeaderLabels.map((text) => ({ text, optional: text === "Alatavoitteet" }));
  for (let i = end - 1; i >= 0 && i >= end - 30; i--) if (letterKey(body[i]!.text).startsWith("tavoite") && consumeLabels(body, i, labels) === end) return i;
  return -1;
}

/** Where a goal table's header ("Tavoite", …) starts in a slide; -1 when it has none. */
function goalHeaderAt(seg: readonly SourceLine[], labels: readonly { text: string; optional?: boolean }[]): number {
  for (let i = 0; i < seg.length; i++) if (letterKey(seg[i]!.text).startsWith("tavoite") && consumeLabels(seg, i, labels) > 0) return i;
  return -1;
}

/** The lines from `from` on that are not slide furniture (page numbers, logos' text, …). */
function withoutFurniture(lines: readonly SourceLine[], from: number, furniture: readonly RegExp[]): SourceLine[] {
  const out: SourceLine[] = [];
  outer: for (let i = Math.max(0, from); i < lines.length; i++) {
    for (const r of furniture) if (r.test(lines[i]!.text)) continue outer;
    out.push(lines[i]!);
  }
  return out;
}

function isStatus(p: Paragraph, statusRe: RegExp): boolean {
  return statusRe.test(p.lines[0]!.text.trim());
}

/** The dehyphenated text of each paragraph in [from, to). */
function paragraphTexts(paras: readonly Paragraph[], from: number, to: number, ctx: DehyphenContext): string[] {
  const out: string[] = [];
  for (let i = Math.max(0, from); i < Math.min(to, paras.length); i++) {
    const lines: string[] = [];
    for (const l of paras[i]!.lines) lines.push(l.text);
    out.push(joinCellLines(lines, ctx));
  }
  return out;
}

export function reconstructLuEvaluation(lines: readonly SourceLine[], rules: Rules): LuEvaluation & { warnings: string[] } {
  const lr = loadLuRules(rules);
  const warnings: string[] = [];
  const ctx: DehyphenContext = { rules: rules.dehyphenation, evidence: new HyphenEvidence(lines.map((l) => l.text), rules.dehyphenation.wrapHyphens) };
  const pagePart = new RegExp(lr.pagePartPattern);
  const furniture = lr.furniturePatterns.map((p) => new RegExp(p, "u"));
  const statusRe = new RegExp(`^(${lr.statusWords.join("|")})\\s+([1-5])(?:\\s+|$)(.*)$`, "u");

  // First pass: summary tables (their row names identify titles and untitled slides).
  const pre = slides(lines, lr, new Set());
  const summaries = pre.flatMap((s) => parseSummaries(s, lr, ctx));
  const known = new Set(summaries.map((s) => letterKey(s.linjaus)));
  const all = slides(lines, lr, known);

  const announcedRe = new RegExp(lr.announcedCountPattern, "u");
  const announced: LuEvaluation["announced"] = [];
  const goals: LuGoal[] = [];
  const current = new Map<string, { linjaus: string | null; complete: boolean }>();
  const goalLabels = lr.goalHeaderLabels.map((text) => ({ text, optional: text === "Alatavoitteet" }));

  const titleLike = (p: Paragraph) => {
    const text = p.lines.map((l) => l.text.trim()).join(" ");
    return lr.titlePrefixes.some((x) => text.startsWith(x)) || pagePart.test(text) || known.has(letterKey(text));
  };
  for (const slide of all) {
    // Announced counts anywhere in the text belong to the strategy of the slide that follows them.
    for (const l of [...(slide.title?.lines ?? []), ...slide.body]) {
      const m = announcedRe.exec(l.text);
      if (m?.groups?.count) announced.push({ strategy: slide.strategy, count: Number(m.groups.count), line: l.n });
    }
    // A marker's body may hold further slides of the same strategy (slides whose marker is missing).
    splitSlides(slide.body, lr.slideBreakBlankLines, lr.sectionEndPatterns.map((p) => new RegExp(p, "u"))).forEach((segLines, k) => {
      let seg = segLines;
      let title = k === 0 ? slide.title : null;
      const first = paragraphs(seg)[0];
      if (k > 0 && first && titleLike(first)) {
        title = first;
        seg = seg.slice(seg.indexOf(first.lines[first.lines.length - 1]!) + 1);
      }
      const headerAt = goalHeaderAt(seg, goalLabels);
      if (headerAt < 0) return;
      const state = current.get(slide.strategy) ?? { linjaus: null, complete: true };
      if (title) {
        const raw = joinCellLines(title.lines.map((l) => l.text), ctx);
        const pp = pagePart.exec(raw);
        let name = pp ? raw.slice(0, pp.index) : raw;
        for (const p of lr.titlePrefixes) if (name.startsWith(p)) name = name.slice(p.length).trim();
        state.linjaus = name.trim();
        state.complete = pp ? pp[1] === pp[2] : true;
      } else if (state.complete) {
        // An untitled slide after a complete strategic line continues with the next one of the summary table.
        const order = summaries.filter((s) => s.strategy === slide.strategy).map((s) => s.linjaus);
        const at = state.linjaus ? order.findIndex((x) => letterKey(x) === letterKey(state.linjaus!)) : -1;
        state.linjaus = order[at + 1] ?? state.linjaus;
        warnings.push(`line ${seg[headerAt]!.n}: slide without a title; strategic line taken from the summary table: ${state.linjaus}`);
      }
      current.set(slide.strategy, state);
      const body = withoutFurniture(seg, consumeLabels(seg, headerAt, goalLabels), furniture);
      readGoals(paragraphs(body), slide.strategy, state.linjaus ?? "");
    });
  }

  function readGoals(paras: Paragraph[], strategy: string, linjaus: string): void {
    const statusIdx: number[] = [];
    for (let i = 0; i < paras.length; i++) if (isStatus(paras[i]!, statusRe)) statusIdx.push(i);
    const first = goals.length;
    let lo = 0;
    for (const s of statusIdx) {
      // Walking back from the evaluation: its sub-goal bullets, then the goal's own paragraph;
      // what stands between the previous evaluation and that paragraph continues the previous assessment.
      let j = s - 1;
      while (j >= lo && startsWithBullet(paras[j]!, lr.bullets)) j--;
      const tavoitePara = j >= lo && !isStatus(paras[j]!, statusRe) ? paras[j]! : null;
      const prevGoal = goals.length > first ? goals[goals.length - 1] : undefined;
      const extra = paragraphTexts(paras, lo, tavoitePara ? j : j + 1, ctx);
      if (extra.length && prevGoal) prevGoal.assessment = [prevGoal.assessment, ...extra].filter(Boolean).join(" ");
      const m = statusRe.exec(paras[s]!.lines[0]!.text.trim())!;
      if (!tavoitePara) warnings.push(`line ${paras[s]!.lines[0]!.n}: evaluation without a goal text`);
      goals.push({
        n: goals.length + 1,
        strategy,
        linjaus,
        tavoite: tavoitePara ? joinCellLines(tavoitePara.lines.map((l) => l.text), ctx) : "",
        alatavoitteet: bulletItems(paras.slice(j + 1, s), lr.bullets, lr.subBullets, ctx),
        achieved: m[1] as LuGoal["achieved"],
        score: Number(m[2]),
        assessment: joinCellLines([m[3] ?? "", ...paras[s]!.lines.slice(1).map((l) => l.text)], ctx),
        line: (tavoitePara ?? paras[s]!).lines[0]!.n,
      });
      lo = s + 1;
    }
    const tail = paragraphTexts(paras, lo, paras.length, ctx);
    const last = goals.length > first ? goals[goals.length - 1] : undefined;
    if (tail.length && last) last.assessment = [last.assessment, ...tail].filter(Boolean).join(" ");
  }
  const goal_counts = lr.strategies
    .map((s) => s.name)
    .filter((name) => goals.some((g) => g.strategy === name) || summaries.some((x) => x.strategy === name))
    .map((strategy) => {
      const rows = summaries.filter((x) => x.strategy === strategy && x.count !== null);
      return {
        strategy,
        announced: announced.find((a) => a.strategy === strategy)?.count ?? null,
        summary_total: rows.length ? rows.reduce((a, x) => a + x.count!, 0) : null,
        found: goals.filter((g) => g.strategy === strategy).length,
      };
    });
  for (const c of goal_counts) {
    if ((c.announced !== null && c.announced !== c.found) || (c.summary_total !== null && c.summary_total !== c.found)) {
      warnings.push(`${c.strategy}: the source claims ${c.announced ?? c.summary_total} goals, ${c.found} found`);
    }
  }
  return { summaries: summaries.map(({ line: _l, ...s }) => s), goals, announced, goal_counts, warnings };
}
