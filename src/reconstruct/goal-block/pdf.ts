/**
 * Goal blocks from positioned words: rows of labels (`rules/goal-block.json`) open and fill
 * blocks; each label's value is read from its column (to the next label of its row, or the
 * block's edge) down to the next row of labels. A measures header row makes a table whose rows
 * are split at printed traffic lights, at rulings or at vertical gaps. Blocks run on across page
 * breaks: a block still open at the foot of a page takes the first lines of the next.
 */
import type { PdfText, Ruling, Word } from "../../model/pdf.js";
import type { GoalBlock, GoalMeasure } from "../../model/goal-block.js";
import type { Rules } from "../../rules/load.js";
import { HyphenEvidence, joinCellLines, type DehyphenContext } from "../dehyphenate.js";
import { loadStatusRules } from "../../analyze/status.js";
import { findLabels, flowLines, labelSpecs, type FlowLine, type LabelHit } from "./layout.js";
import { loadGoalBlockRules, type GoalBlockRules } from "./rules.js";

interface LabelRow {
  at: number;
  hits: LabelHit[];
  measures: boolean;
}

interface Draft {
  heading: string | null;
  group: string | null;
  rows: LabelRow[];
  /** Flow index of the block's last line. */
  last: number;
}

/**
 * Lines of a cell with words that a narrow cell broke without a hyphen ("Ositt" + "ain") made
 * whole: where the joined word stands in the document's running text and neither piece stands
 * there more than once (this occurrence). Hyphenated line ends are left to the dehyphenation.
 */
export function joinBrokenWords(lines: readonly string[], evidence: HyphenEvidence): string[] {
  const out = [...lines];
  for (let i = 0; i + 1 < out.length; i++) {
    const left = /(\p{L}+)$/u.exec(out[i]!)?.[1];
    const right = /^(\p{Ll}+)/u.exec(out[i + 1]!)?.[1];
    if (!left || !right || /[-\u00ad]$/u.test(out[i]!)) continue;
    if (evidence.count(left + right) > 0 && evidence.count(left) <= 1 && evidence.count(right) <= 1) {
      out[i] = out[i]! + out[i + 1]!.split(" ")[0]!;
      out[i + 1] = out[i + 1]!.split(" ").slice(1).join(" ");
      if (!out[i + 1]) out.splice(i + 1, 1);
    }
  }
  return out;
}

export interface GoalBlockResult {
  blocks: GoalBlock[];
  warnings: string[];
}

/** A row's fields; measures headers count as one key, so a second table starts a new block. */
function rowKeys(r: LabelRow): string[] {
  return r.measures ? ["measures"] : r.hits.map((h) => (h.field === "extra" ? `extra:${h.label}` : h.field));
}

const letters = (s: string) => s.toLowerCase().replace(/[^\p{L}]+/gu, "");

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[s.length >> 1]! : 0;
}

/** The font most words of the document are set in. */
function bodyFont(flow: readonly FlowLine[]): string {
  const n = new Map<string, number>();
  for (const l of flow) for (const w of l.words) n.set(w.fontName, (n.get(w.fontName) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "";
}

/**
 * The label rows of the flow: fields rows, or measures headers (at least `minColumns` labels).
 * A row of one label counts only where the label is set in another font than the body text, so
 * that a cell whose whole value is a label's word ("Tavoitteet") is not taken for a label.
 */
export function labelRows(flow: readonly FlowLine[], gr: GoalBlockRules): Map<number, LabelRow> {
  const body = bodyFont(flow);
  const fieldSpecs = labelSpecs(gr, "fields");
  const measureSpecs = labelSpecs(gr, "measures");
  const rows = new Map<number, LabelRow>();
  for (let i = 0; i < flow.length; i++) {
    const m = findLabels(flow[i]!, flow[i + 1], measureSpecs, gr.labelGapEm);
    if (new Set(m.map((h) => h.field)).size >= gr.measures.minColumns) {
      rows.set(i, { at: i, hits: m, measures: true });
      continue;
    }
    const f = findLabels(flow[i]!, flow[i + 1], fieldSpecs, gr.labelGapEm);
    if (f.length > 1 || (f.length === 1 && f[0]!.words.every((w) => w.fontName !== body))) rows.set(i, { at: i, hits: f, measures: false });
  }
  return rows;
}

/** Lines whose words sit at least this many font sizes below the previous line end a block. */
function gapAfter(prev: FlowLine, line: FlowLine): number {
  return prev.page === line.page ? (line.top - prev.bottom) / line.maxSize : 0;
}

export function reconstructGoalBlocksPdf(doc: PdfText, rules: Rules): GoalBlockResult {
  const gr = loadGoalBlockRules(rules);
  const warnings: string[] = [];
  const flow = flowLines(doc, gr.furnitureShare);
  const rows = labelRows(flow, gr);
  const drafts = draftBlocks(flow, rows, gr);
  const labelWords = new Set<Word>();
  for (const r of rows.values()) for (const h of r.hits) for (const w of h.words) labelWords.add(w);
  const ctx: DehyphenContext = { rules: rules.dehyphenation, evidence: new HyphenEvidence(flow.map((l) => l.text), rules.dehyphenation.wrapHyphens) };
  const status = loadStatusRules(rules);
  const statusWords = new Map(Object.entries(status.statusWords ?? {}).map(([k, v]) => [letters(k), v]));
  const m: MeasureContext = { gr, light: new RegExp(gr.measures.light, "u"), ctx, labelWords, rulings: new Map(doc.pages.map((p) => [p.number, p.rulings.filter((r) => r.orientation === "h")])), boxWords: [] };
  const blocks = drafts.map((d, bi) => {
    const block = fillBlock(d, bi + 1, flow, { ...m, boxWords: [] });
    if (block.tila) block.status = statusWords.get(letters(block.tila)) ?? "unknown";
    if (!block.tavoite && !block.measures.length) warnings.push(`goal block ${block.n} (page ${block.page}): no objective found`);
    return block;
  });
  return { blocks, warnings };
}

/**
 * The blocks in reading order, as label rows: a block ends where a row repeats one of its labels,
 * after a gap (unless a measures row goes on), or at a group or heading line, which is remembered
 * for the blocks below it.
 */
function draftBlocks(flow: readonly FlowLine[], rows: Map<number, LabelRow>, gr: GoalBlockRules): Draft[] {
  const bodySize = median(flow.flatMap((l) => l.words.map((w) => w.fontSize)));
  const groups = new Map(gr.groups.map((g) => [letters(g), g]));
  const isGroup = (l: FlowLine) => groups.has(letters(l.text));
  const isHeading = (l: FlowLine) => l.maxSize >= gr.headingSizeRatio * bodySize && /\p{L}/u.test(l.text);
  const drafts: Draft[] = [];
  let cur: Draft | null = null;
  let heading: string | null = null;
  let group: string | null = null;
  let headingAt = -1;
  for (let i = 0; i < flow.length; i++) {
    const line = flow[i]!;
    const row = rows.get(i);
    if (row) {
      const keys = new Set(cur?.rows.flatMap(rowKeys));
      if (cur && (rowKeys(row).some((k) => keys.has(k)) || (gapAfter(flow[cur.last]!, line) > gr.blockGapEm && !row.measures))) cur = null;
      if (!cur) drafts.push((cur = { heading, group, rows: [], last: i }));
      cur.rows.push(row);
      cur.last = i;
      continue;
    }
    if (cur) {
      const ends = isGroup(line) || isHeading(line) || gapAfter(flow[cur.last]!, line) > gr.blockGapEm;
      if (!ends) {
        cur.last = i;
        continue;
      }
      cur = null;
    }
    if (isGroup(line)) group = groups.get(letters(line.text))!;
    else if (isHeading(line)) {
      // A heading that wraps goes on on the next line, set as large and close below.
      const prev = flow[i - 1];
      const wrapped = headingAt === i - 1 && prev && prev.page === line.page && line.top - prev.bottom < 0.5 * line.maxSize && Math.abs(prev.maxSize - line.maxSize) < 0.5;
      heading = wrapped ? `${heading} ${line.text}` : line.text;
      headingAt = i;
      group = null;
    }
  }
  return drafts;
}

/** A drafted block's fields, measures and box, read from the words under and beside its labels. */
function fillBlock(d: Draft, n: number, flow: readonly FlowLine[], m: MeasureContext): GoalBlock {
  const { labelWords, ctx, boxWords } = m;
  const block: GoalBlock = {
    n,
    heading: d.heading,
    group: d.group,
    tavoite: null,
    mittari: null,
    arviointi: null,
    tila: null,
    status: "unknown",
    measures: [],
    extra: {},
    page: flow[d.rows[0]!.at]!.page,
    pageEnd: flow[d.last]!.page,
    bbox: [0, 0, 0, 0],
  };
  d.rows.forEach((r, ri) => {
    const end = ri + 1 < d.rows.length ? d.rows[ri + 1]!.at : d.last + 1;
    const band = flow.slice(r.at, end);
    for (const h of r.hits) boxWords.push(...h.words);
    if (r.measures) {
      block.measures.push(...readMeasures(r, band.slice(1), m));
      return;
    }
    r.hits.forEach((h, hi) => {
      const from = hi === 0 ? -Infinity : h.x0 - 0.5 * h.words[0]!.fontSize;
      const to = hi + 1 < r.hits.length ? r.hits[hi + 1]!.x0 - 0.5 * h.words[0]!.fontSize : Infinity;
      const labelBottom = Math.min(...h.words.map((w) => w.bottom));
      const labelPage = h.words[0]!.page;
      const lines: string[] = [];
      for (const l of band) {
        const ws = l.words.filter(
          (w) =>
            !labelWords.has(w) &&
            w.x0 >= from &&
            w.x0 < to &&
            (h.value === "right" ? w.x0 >= h.x1 - 1 : w.page > labelPage || w.top >= labelBottom - 1 || w.x0 >= h.x1),
        );
        if (ws.length) lines.push(ws.map((w) => w.text).join(" "));
        boxWords.push(...ws);
      }
      const text = lines.length ? joinCellLines(joinBrokenWords(lines, ctx.evidence), ctx) : null;
      if (h.field === "extra") block.extra[h.label] = text ?? "";
      else if (block[h.field as "tavoite"] === null) block[h.field as "tavoite"] = text;
      else if (text) block[h.field as "tavoite"] += " " + text;
    });
  });
  const first = boxWords.filter((w) => w.page === block.page);
  if (first.length) block.bbox = [Math.min(...first.map((w) => w.x0)), Math.min(...first.map((w) => w.top)), Math.max(...first.map((w) => w.x1)), Math.max(...first.map((w) => w.bottom))].map((v) => Math.round(v * 10) / 10) as GoalBlock["bbox"];
  return block;
}

interface MeasureContext {
  gr: GoalBlockRules;
  light: RegExp;
  ctx: DehyphenContext;
  labelWords: Set<Word>;
  rulings: Map<number, Ruling[]>;
  boxWords: Word[];
}

/**
 * The rows of a measures table: a printed light starts a row, as does a ruling across the table
 * between two lines (not the table's top on a new page); where no row has a light, so does a gap
 * of over 1.5 lines.
 */
function readMeasures(header: LabelRow, lines: readonly FlowLine[], m: MeasureContext): GoalMeasure[] {
  const hits = header.hits;
  const lastHit = hits[hits.length - 1]!;
  const size = lastHit.words[0]!.fontSize;
  const left = hits[0]!.x0;
  // A light stands right of the last column's start and apart from the words before it.
  const lightOf = (l: FlowLine): Word | undefined => {
    const w = l.words[l.words.length - 1];
    if (!w || !m.light.test(w.text) || w.x0 < lastHit.x0 + 2 * m.gr.measures.lightGapEm * size) return undefined;
    const prev = l.words[l.words.length - 2];
    return !prev || w.x0 - prev.x1 >= m.gr.measures.lightGapEm * size ? w : undefined;
  };
  const lights = lines.map(lightOf);
  const anyLight = lights.some(Boolean);
  const pitch = median(lines.slice(1).map((l, i) => (l.page === lines[i]!.page ? l.baseline - lines[i]!.baseline : Infinity)).filter(Number.isFinite));
  const starts = lines.map((l, i) => {
    if (i === 0) return true;
    const prev = lines[i - 1]!;
    if (lights[i]) return true;
    if (prev.page !== l.page) return false;
    const ruled = (m.rulings.get(l.page) ?? []).some((r) => r.y0 > prev.bottom - 1 && r.y0 < l.top + 1 && Math.min(r.x1, lastHit.x1) - Math.max(r.x0, left) > 0.6 * (lastHit.x1 - left));
    return ruled || (!anyLight && pitch > 0 && l.baseline - prev.baseline > 1.5 * pitch);
  });
  const out: GoalMeasure[] = [];
  let cells: string[][] = [];
  let tila: string | null = null;
  const flush = () => {
    if (!cells.some((c) => c.length) && tila === null) return;
    const val = (f: string) => {
      const i = hits.findIndex((h) => h.field === f);
      return i >= 0 && cells[i]!.length ? joinCellLines(joinBrokenWords(cells[i]!, m.ctx.evidence), m.ctx) : null;
    };
    out.push({ mittari: val("mittari"), nykyarvo: val("nykyarvo"), tavoitearvo: val("tavoitearvo"), toteuma: val("toteuma"), tila });
  };
  lines.forEach((l, i) => {
    if (starts[i]) {
      if (i > 0) flush();
      cells = hits.map(() => []);
      tila = null;
    }
    const parts: Word[][] = hits.map(() => []);
    for (const w of l.words) {
      if (m.labelWords.has(w)) continue;
      if (w === lights[i]) {
        tila = w.text;
        m.boxWords.push(w);
        continue;
      }
      let c = 0;
      while (c + 1 < hits.length && w.x0 >= hits[c + 1]!.x0 - 0.5 * size) c++;
      parts[c]!.push(w);
      m.boxWords.push(w);
    }
    parts.forEach((p, c) => p.length && cells[c]!.push(p.map((w) => w.text).join(" ")));
  });
  flush();
  return out;
}
