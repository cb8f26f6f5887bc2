/**
 * Reconstructing stage for the OKR table from text lines (text files, or the text layer of a PDF
 * read as lines): furniture removed, rows found, cells segmented, cell text dehyphenated.
 */
import type { Region, Rules } from "../../rules/load.js";
import type { SourceLine } from "../../model/source.js";
import type { OkrRow } from "../../model/okr.js";
import { HyphenEvidence, joinCellLines, type DehyphenContext } from "../dehyphenate.js";
import { findHeaderBlocks, headingLinesBefore, isBlank, isFurnitureLine } from "./layout.js";
import { letterKey } from "../../text/letters.js";
import { matchDivision, tokenize, type RowLine, type Token } from "./rows.js";
import { fragments, segmentRow, SEGMENT_FIELDS, type Candidate, type DocumentEvidence, type RowInput, type SegmentField } from "./segment.js";

export interface OkrTableResult {
  rows: OkrRow[];
  /** For debugging: the best segmentations of each row with their cell texts and scores. */
  explain?: { row: number; candidates: { score: number; cells: string[] }[] }[];
  sections: string[];
  headerBlocks: number;
  warnings: string[];
}

interface PendingRow {
  section: string;
  lines: RowLine[];
  division: string;
  divisionTokens: number;
  reasons: string[];
}

function toRowLines(lines: readonly SourceLine[]): RowLine[] {
  const out: RowLine[] = [];
  let blank = false;
  for (const l of lines) {
    if (isBlank(l)) {
      blank = true;
      continue;
    }
    const rl: RowLine = { n: l.n, text: l.text, blankBefore: blank };
    if (l.page !== undefined) rl.page = l.page;
    out.push(rl);
    blank = false;
  }
  return out;
}

/** Splits the body lines of one page into rows at division names. */
function splitRows(body: RowLine[], section: string, region: Region, prev: PendingRow | undefined, warnings: string[]): PendingRow[] {
  const rows: PendingRow[] = [];
  let current: PendingRow | undefined;
  for (let i = 0; i < body.length; i++) {
    const prevLine = i > 0 ? body[i - 1]! : undefined;
    const continuesWord = prevLine !== undefined && /[\p{L}]-$/u.test(prevLine.text.trimEnd()) && !prevLine.text.endsWith(" ");
    const m = continuesWord ? null : matchDivision(tokenize(body.slice(i, i + 4)), region.divisions);
    if (m) {
      current = { section, lines: [body[i]!], division: m.division, divisionTokens: m.tokenCount, reasons: [] };
      rows.push(current);
    } else if (current) {
      current.lines.push(body[i]!);
    } else if (prev) {
      // Text at the top of a page that is not a new row continues the last row of the previous page.
      prev.lines.push(body[i]!);
      if (!prev.reasons.includes("continues across a page break")) prev.reasons.push("continues across a page break");
    } else {
      warnings.push(`line ${body[i]!.n}: text before the first row is ignored: "${body[i]!.text.trim().slice(0, 60)}"`);
    }
  }
  return rows;
}

function rowInput(row: PendingRow): { input: RowInput; toimialaTokens: Token[] } {
  const all = tokenize(row.lines);
  const toimialaTokens = all.slice(0, row.divisionTokens);
  const tokens = all.slice(row.divisionTokens);
  const last = toimialaTokens[toimialaTokens.length - 1]!;
  return {
    toimialaTokens,
    input: {
      lines: row.lines,
      tokens,
      firstTokenMidLine: tokens.length > 0 && tokens[0]!.li === last.li,
      toimialaSingleLine: last.li === 0,
    },
  };
}

/** Fragment texts of a token span, keeping the trailing space of a source line (it marks suspended hyphens). */
function cellLines(row: PendingRow, tokens: readonly Token[], s: number, e: number): string[] {
  return fragments(tokens, s, e).map((f) => {
    const lineTokens = row.lines[f.li]!.text.split(/\s+/).filter(Boolean);
    const endsLine = f.text.endsWith(lineTokens[lineTokens.length - 1] ?? "") && /\s$/.test(row.lines[f.li]!.text);
    return endsLine ? f.text + " " : f.text;
  });
}

function percentile(values: number[], p: number): number | undefined {
  if (values.length < 3) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

/** Column widths (characters of a full line) from the non-last lines of the chosen cells. */
function measureWidths(inputs: RowInput[], chosen: (Candidate | undefined)[]): Partial<Record<SegmentField, number>> {
  const lens: Record<SegmentField, number[]> = { tulosalue: [], tavoite: [], avaintulos: [], toteuma: [] };
  inputs.forEach((inp, r) => {
    const c = chosen[r];
    if (!c) return;
    const bounds = [0, ...c.cuts, inp.tokens.length];
    SEGMENT_FIELDS.forEach((f, k) => {
      const fr = fragments(inp.tokens, bounds[k]!, bounds[k + 1]!);
      fr.slice(0, -1).forEach((x) => lens[f].push(x.text.length));
    });
  });
  const out: Partial<Record<SegmentField, number>> = {};
  for (const f of SEGMENT_FIELDS) {
    const p = percentile(lens[f], 0.9);
    if (p) out[f] = p;
  }
  return out;
}

function cellText(inp: RowInput, c: Candidate, k: number): string {
  const b = [0, ...c.cuts, inp.tokens.length];
  return fragments(inp.tokens, b[k]!, b[k + 1]!)
    .map((f) => f.text)
    .join(" ");
}

/**
 * Picks a segmentation for every row. Pass 1 uses only the row itself; later passes add what the
 * document says about itself: column widths and values repeated in other rows.
 */
function chooseSegmentations(pending: PendingRow[], inputs: RowInput[], rules: Rules, region: Region): Candidate[][] {
  const w = rules.okrTable.segmentation;
  const knownResultAreas = new Set(region.resultAreaHints.map(letterKey));
  const repeatedFields = ["tulosalue", "tavoite"] as const;
  const keyOf = (r: number, field: SegmentField, key: string) =>
    field === "tulosalue" ? `${field}|${pending[r]!.division}|${key}` : `${field}|${key}`;
  const sectionKey = (r: number) => letterKey(pending[r]!.section);
  let cands = inputs.map((inp, r) => segmentRow(inp, { knownResultAreas, sectionKey: sectionKey(r) }, w));
  for (let pass = 1; pass < w.passes; pass++) {
    const chosen = cands.map((c) => c[0]);
    const own = inputs.map((inp, r) => {
      const c = chosen[r];
      return c ? repeatedFields.map((f) => keyOf(r, f, letterKey(cellText(inp, c, SEGMENT_FIELDS.indexOf(f))))) : [];
    });
    const counts = new Map<string, number>();
    own.flat().forEach((k) => counts.set(k, (counts.get(k) ?? 0) + 1));
    const widths = measureWidths(inputs, chosen);
    cands = inputs.map((inp, r) => {
      const mine = new Set(own[r]);
      return segmentRow(inp, {
        knownResultAreas,
        sectionKey: sectionKey(r),
        widths,
        // Values chosen in *other* rows only: a row is no evidence for itself.
        repeats: (field, key) => {
          const k = keyOf(r, field, key);
          return (counts.get(k) ?? 0) - (mine.has(k) ? 1 : 0);
        },
      }, w);
    });
  }
  return cands;
}

/** Score margin between the best and the second segmentation below which a row's cells are ambiguous. */
const AMBIGUOUS_MARGIN = 1;

/**
 * A row's confidence from its score margin: 0.9 exactly at AMBIGUOUS_MARGIN, rising towards 1.
 * Why calibrated so: on the two text forms of the gold table (420 rows) every exactly right row
 * had a margin ≥ 1, and the old curve (margin ÷ (margin + 1.5)) put 155 of the seed's 210 exact
 * rows below 0.9 with no reason; now a row is below 0.9 exactly when it carries the reason.
 */
export function marginConfidence(margin: number): number {
  return Math.round((margin / (margin + AMBIGUOUS_MARGIN / 9)) * 1000) / 1000;
}

export function reconstructOkrTable(lines: readonly SourceLine[], region: Region, rules: Rules, explain = false): OkrTableResult {
  const warnings: string[] = [];
  const tableRules = rules.okrTable;
  const ctx: DehyphenContext = {
    rules: rules.dehyphenation,
    evidence: new HyphenEvidence(lines.map((l) => l.text), rules.dehyphenation.wrapHyphens),
  };
  const furniture = tableRules.furnitureLinePatterns.map((p) => new RegExp(p, "iu"));
  const blocks = findHeaderBlocks(lines, tableRules);
  if (blocks.length === 0) return { rows: [], sections: [], headerBlocks: 0, warnings: ["no column-header block found"] };

  const knownHeadings = new Set<string>();
  const headingStarts: number[] = [];
  const sections: string[] = [];
  blocks.forEach((b, i) => {
    const lower = i === 0 ? 0 : blocks[i - 1]!.end + 1;
    const picked = headingLinesBefore(lines, b, lower, knownHeadings, tableRules);
    const text = joinCellLines(picked.map((k) => lines[k]!.text), ctx);
    if (!text) warnings.push(`line ${lines[b.start]!.n}: no section heading above the column headers`);
    knownHeadings.add(letterKey(text));
    sections.push(text || (sections[sections.length - 1] ?? ""));
    headingStarts.push(picked.length ? picked[0]! : b.start);
  });

  const pending: PendingRow[] = [];
  blocks.forEach((b, i) => {
    const end = i + 1 < blocks.length ? headingStarts[i + 1]! : lines.length;
    const bodyLines = lines.slice(b.end + 1, end).filter((l) => !isFurnitureLine(l.text, furniture));
    const rows = splitRows(toRowLines(bodyLines), sections[i]!, region, pending[pending.length - 1], warnings);
    pending.push(...rows);
  });

  const prepared = pending.map(rowInput);
  const inputs = prepared.map((p) => p.input);
  const cands = chooseSegmentations(pending, inputs, rules, region);

  const rows: OkrRow[] = [];
  pending.forEach((row, r) => {
    const { input, toimialaTokens } = prepared[r]!;
    const best = cands[r]?.[0];
    const reasons = [...row.reasons];
    const toimialaText = joinCellLines(cellLines(row, toimialaTokens, 0, toimialaTokens.length), ctx);
    const toimiala = letterKey(toimialaText) === letterKey(row.division) ? row.division : toimialaText;
    const cells = ["", "", "", ""];
    let confidence = 0;
    if (best) {
      const b = [0, ...best.cuts, input.tokens.length];
      for (let k = 0; k < 4; k++) cells[k] = joinCellLines(cellLines(row, input.tokens, b[k]!, b[k + 1]!), ctx);
      const second = cands[r]![1];
      const margin = second ? best.score - second.score : 10;
      confidence = marginConfidence(margin);
      if (margin < AMBIGUOUS_MARGIN) reasons.push(`ambiguous cell boundary (score margin ${margin.toFixed(2)})`);
    } else {
      cells[0] = joinCellLines(cellLines(row, input.tokens, 0, input.tokens.length), ctx);
      reasons.push("too few words for five cells; all text put in tulosalue");
    }
    const first = row.lines[0]!;
    const lastLine = row.lines[row.lines.length - 1]!;
    const out: OkrRow = {
      n: rows.length + 1,
      section: row.section,
      toimiala,
      tulosalue: cells[0]!,
      tavoite: cells[1]!,
      avaintulos: cells[2]!,
      toteuma: cells[3]!,
      line: first.n,
      lineEnd: lastLine.n,
      confidence,
      reasons,
    };
    if (first.page !== undefined) out.page = first.page;
    rows.push(out);
  });
  const result: OkrTableResult = { rows, sections: [...new Set(sections)], headerBlocks: blocks.length, warnings };
  if (explain) {
    result.explain = inputs.map((inp, r) => ({
      row: r + 1,
      candidates: (cands[r] ?? []).slice(0, 3).map((c) => ({ score: Math.round(c.score * 100) / 100, cells: [0, 1, 2, 3].map((k) => cellText(inp, c, k)) })),
    }));
  }
  return result;
}
