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

/** What every step of one reconstruction reads: the rules, the document's hyphen evidence, the patterns. */
interface LuContext {
  lr: LuRules;
  ctx: DehyphenContext;
  pagePart: RegExp;
  furniture: RegExp[];
  statusRe: RegExp;
  announcedRe: RegExp;
  sectionEnds: RegExp[];
  goalLabels: { text: string; optional: boolean }[];
}

function luContext(lines: readonly SourceLine[], rules: Rules): LuContext {
  const lr = loadLuRules(rules);
  return {
    lr,
    ctx: { rules: rules.dehyphenation, evidence: new HyphenEvidence(lines.map((l) => l.text), rules.dehyphenation.wrapHyphens) },
    pagePart: new RegExp(lr.pagePartPattern),
    furniture: lr.furniturePatterns.map((p) => new RegExp(p, "u")),
    statusRe: new RegExp(`^(${lr.statusWords.join("|")})\\s+([1-5])(?:\\s+|$)(.*)$`, "u"),
    announcedRe: new RegExp(lr.announcedCountPattern, "u"),
    sectionEnds: lr.sectionEndPatterns.map((p) => new RegExp(p, "u")),
    goalLabels: lr.goalHeaderLabels.map((text) => ({ text, optional: text === "Alatavoitteet" })),
  };
}

/** The strategic line a slide's goals belong to, and whether its "n/N" parts are complete. */
interface LineState {
  linjaus: string | null;
  complete: boolean;
}

/** Everything found so far, with the warnings. */
interface Found {
  goals: LuGoal[];
  announced: LuEvaluation["announced"];
  warnings: string[];
}

/** Announced counts anywhere in a slide's text belong to the strategy of the slide that follows them. */
function readAnnounced(slide: Slide, c: LuContext, found: Found): void {
  for (const l of [...(slide.title?.lines ?? []), ...slide.body]) {
    const m = c.announcedRe.exec(l.text);
    if (m?.groups?.count) found.announced.push({ strategy: slide.strategy, count: Number(m.groups.count), line: l.n });
  }
}

/**
 * The slides inside a marker's body (slides whose marker is missing), each with its title: the
 * marker's title for the first, a title-like first paragraph for the others.
 */
function segmentsOf(slide: Slide, c: LuContext, titleLike: (p: Paragraph) => boolean): { seg: SourceLine[]; title: Paragraph | null }[] {
  return splitSlides(slide.body, c.lr.slideBreakBlankLines, c.sectionEnds).map((segLines, k) => {
    let seg = segLines;
    let title = k === 0 ? slide.title : null;
    const first = paragraphs(seg)[0];
    if (k > 0 && first && titleLike(first)) {
      title = first;
      seg = seg.slice(seg.indexOf(first.lines[first.lines.length - 1]!) + 1);
    }
    return { seg, title };
  });
}

/**
 * The strategic line of a goal slide: named by its title (without the prefix and the "n/N" part),
 * or, for an untitled slide after a complete line, the next line of the summary table.
 */
function advanceLine(state: LineState, title: Paragraph | null, strategy: string, summaries: readonly LuSummary[], headerLine: number, c: LuContext, warnings: string[]): void {
  if (title) {
    const raw = joinCellLines(title.lines.map((l) => l.text), c.ctx);
    const pp = c.pagePart.exec(raw);
    let name = pp ? raw.slice(0, pp.index) : raw;
    for (const p of c.lr.titlePrefixes) if (name.startsWith(p)) name = name.slice(p.length).trim();
    state.linjaus = name.trim();
    state.complete = pp ? pp[1] === pp[2] : true;
  } else if (state.complete) {
    const order = summaries.filter((s) => s.strategy === strategy).map((s) => s.linjaus);
    const at = state.linjaus ? order.findIndex((x) => letterKey(x) === letterKey(state.linjaus!)) : -1;
    state.linjaus = order[at + 1] ?? state.linjaus;
    warnings.push(`line ${headerLine}: slide without a title; strategic line taken from the summary table: ${state.linjaus}`);
  }
}

/**
 * The goals of one slide's table body. Walking back from each evaluation ("OSITTAIN 3 …"): its
 * sub-goal bullets, then the goal's own paragraph; what stands between the previous evaluation and
 * that paragraph continues the previous assessment.
 */
function readGoals(paras: readonly Paragraph[], strategy: string, linjaus: string, c: LuContext, found: Found): void {
  const { goals, warnings } = found;
  const statusIdx: number[] = [];
  for (let i = 0; i < paras.length; i++) if (isStatus(paras[i]!, c.statusRe)) statusIdx.push(i);
  const first = goals.length;
  let lo = 0;
  for (const s of statusIdx) {
    let j = s - 1;
    while (j >= lo && startsWithBullet(paras[j]!, c.lr.bullets)) j--;
    const tavoitePara = j >= lo && !isStatus(paras[j]!, c.statusRe) ? paras[j]! : null;
    const prevGoal = goals.length > first ? goals[goals.length - 1] : undefined;
    const extra = paragraphTexts(paras, lo, tavoitePara ? j : j + 1, c.ctx);
    if (extra.length && prevGoal) prevGoal.assessment = [prevGoal.assessment, ...extra].filter(Boolean).join(" ");
    const m = c.statusRe.exec(paras[s]!.lines[0]!.text.trim())!;
    if (!tavoitePara) warnings.push(`line ${paras[s]!.lines[0]!.n}: evaluation without a goal text`);
    goals.push({
      n: goals.length + 1,
      strategy,
      linjaus,
      tavoite: tavoitePara ? joinCellLines(tavoitePara.lines.map((l) => l.text), c.ctx) : "",
      alatavoitteet: bulletItems(paras.slice(j + 1, s), c.lr.bullets, c.lr.subBullets, c.ctx),
      achieved: m[1] as LuGoal["achieved"],
      score: Number(m[2]),
      assessment: joinCellLines([m[3] ?? "", ...paras[s]!.lines.slice(1).map((l) => l.text)], c.ctx),
      line: (tavoitePara ?? paras[s]!).lines[0]!.n,
    });
    lo = s + 1;
  }
  const tail = paragraphTexts(paras, lo, paras.length, c.ctx);
  const last = goals.length > first ? goals[goals.length - 1] : undefined;
  if (tail.length && last) last.assessment = [last.assessment, ...tail].filter(Boolean).join(" ");
}

/** Per strategy: the announced count, the summary tables' total and the goals found; a warning where they differ. */
function goalCounts(lr: LuRules, summaries: readonly LuSummary[], found: Found): LuEvaluation["goal_counts"] {
  const { goals, announced } = found;
  const counts = lr.strategies
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
  for (const c of counts) {
    if ((c.announced !== null && c.announced !== c.found) || (c.summary_total !== null && c.summary_total !== c.found)) {
      found.warnings.push(`${c.strategy}: the source claims ${c.announced ?? c.summary_total} goals, ${c.found} found`);
    }
  }
  return counts;
}

export function reconstructLuEvaluation(lines: readonly SourceLine[], rules: Rules): LuEvaluation & { warnings: string[] } {
  const c = luContext(lines, rules);
  // First pass: summary tables (their row names identify titles and untitled slides).
  const summaries = slides(lines, c.lr, new Set()).flatMap((s) => parseSummaries(s, c.lr, c.ctx));
  const known = new Set(summaries.map((s) => letterKey(s.linjaus)));
  const titleLike = (p: Paragraph) => {
    const text = p.lines.map((l) => l.text.trim()).join(" ");
    return c.lr.titlePrefixes.some((x) => text.startsWith(x)) || c.pagePart.test(text) || known.has(letterKey(text));
  };
  const found: Found = { goals: [], announced: [], warnings: [] };
  const lineOf = new Map<string, LineState>();
  for (const slide of slides(lines, c.lr, known)) {
    readAnnounced(slide, c, found);
    for (const { seg, title } of segmentsOf(slide, c, titleLike)) {
      const headerAt = goalHeaderAt(seg, c.goalLabels);
      if (headerAt < 0) continue;
      const state = lineOf.get(slide.strategy) ?? { linjaus: null, complete: true };
      advanceLine(state, title, slide.strategy, summaries, seg[headerAt]!.n, c, found.warnings);
      lineOf.set(slide.strategy, state);
      const body = withoutFurniture(seg, consumeLabels(seg, headerAt, c.goalLabels), c.furniture);
      readGoals(paragraphs(body), slide.strategy, state.linjaus ?? "", c, found);
    }
  }
  const goal_counts = goalCounts(c.lr, summaries, found);
  return { summaries: summaries.map(({ line: _l, ...s }) => s), goals: found.goals, announced: found.announced, goal_counts, warnings: found.warnings };
}
