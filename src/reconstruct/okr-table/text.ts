/**
 * Reconstructing stage for the OKR table from text lines (text files, or the text layer of a PDF
 * read as lines): furniture removed, rows found, cells segmented, cell text dehyphenated.
 */
import type { Region, Rules } from "../../rules/load.js";
import type { SourceLine } from "../../model/source.js";
import type { OkrRow } from "../../model/okr.js";
import { HyphenEvidence, joinCellLines, patternsAllowBreak, type DehyphenContext } from "../dehyphenate.js";
import { findHeaderBlocks, headingLinesBefore, isBlank, isFurnitureLine } from "./layout.js";
import { letterKey } from "../../text/letters.js";
import { tokenize, type RowLine, type Token } from "./rows.js";
import { boundLines, cellValueKey, followedKey, fragments, isSentenceField, MAX_ROW_TOKENS, MAX_TAIL_WORDS, REPEATED_FIELDS, segmentRow, SEGMENT_FIELDS, type Candidate, type RowInput, type SegmentField } from "./segment.js";
import { findRowStarts, type BodyLine } from "./row-starts.js";
import { findLeadValues, type LeadValue } from "./lead-values.js";
import { findLeadPhrases } from "./lead-phrases.js";
import { assignContinuation, continuationUnderfill, endsSentence, seamEvidence } from "./continuation.js";
import { findInnerRowCodes, findRowCodes, findRunningNumbers, leadingCode, leadingNumber } from "./running-number.js";
import { EXTRA_PREFIX } from "./header.js";
import { valuesWithWordBefore, type ExtraCellSeen } from "./extra-values.js";
import { normalizeValue } from "../../normalize/value.js";
import { joinKerningSplits } from "./kerning-split.js";
import { LineTails } from "./line-tails.js";
import { boundWords } from "./bound-words.js";
import { endsWithRestatedHeading } from "./restated-heading.js";
import { splitJoinedHeadings } from "./joined-heading.js";
import { tellFieldsByValues, tellShapeFields } from "./text-value-told.js";
import { shapeFieldsGuess } from "./shape-header.js";
import { divisionByRuns, emptyUnknownColumn, measureUnderUnknownLabel } from "./rereadings.js";

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
  /** A known division matched at the row start (rules/regions.json confirms), or "". */
  division: string;
  divisionTokens: number;
  /** The cells to find, in printed order (after a matched division: the columns after toimiala). */
  fields: SegmentField[];
  reasons: string[];
  /** Index of the first line under the next page's header, when the row is broken across a page. */
  splitAt?: number;
  /** A first column counting rows: its header label and this row's number (taken off the first line). */
  lead?: { label: string; text: string };
  /** The header's last column is an added one (its cells may be empty). */
  extraLast?: boolean;
  /** The table's columns in printed order, as its header names them (fields told by values read them). */
  columns: string[];
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

interface Body {
  section: string;
  lines: RowLine[];
  /** The table's cells in printed order (optional columns, always empty in practice, left out). */
  fields: SegmentField[];
  /** Label of a first column that counts rows, when the document has one. */
  leadLabel?: string;
  /** The header's last column is an added one (its cells may be empty). */
  extraLast?: boolean;
}

/**
 * Splits the bodies of all tables into rows at the starts found from the document itself
 * (`row-starts.ts`). Text under a header that starts no row continues the last row before it
 * (a row broken across a page).
 */
function splitRows(bodies: Body[], region: Region | null, warnings: string[], running: ReadonlyMap<number, string>, inner: ReadonlyMap<number, string> = new Map(), codes = false): PendingRow[] {
  let all: BodyLine[] = [];
  let owner: number[] = [];
  bodies.forEach((b, bi) =>
    b.lines.forEach((l, i) => {
      all.push({ ...l, underHeader: i === 0, cells: b.fields.length, ...(sentenceColumn(b.fields, 0) ? { sentenceFirst: true } : {}), ...(sentenceColumn(b.fields, b.fields.length - 1) ? { sentenceLast: true } : {}), ...(b.fields[0] === "toteuma" ? { figureFirst: true } : {}) });
      owner.push(bi);
    }),
  );
  // An added first column of codes and short phrases (`lead-phrases.ts`): row codes of one shape
  // are then only some of its values, and the rows it leads outnumber them.
  const extraFirst = bodies.length > 0 && bodies.every((b) => (b.fields[0]?.startsWith(EXTRA_PREFIX) && !sentenceColumn(b.fields, 0)) || (codes && b.leadLabel !== undefined));
  let phrases = extraFirst && !inner.size && (!running.size || codes) ? findLeadPhrases(all, bodies.map((b) => b.section)) : null;
  if (phrases && running.size && phrases.size < PHRASES_OVER_CODES * running.size) phrases = null;
  if (phrases) running = new Map();
  // A column counting rows is the strongest evidence there is: its lines are the row starts, and
  // the rest of each such line (its number taken off) is read like any other row's first line.
  const leads = all.map((l) => leadOf(l.text, running.get(l.n)));
  leads.forEach((m, i) => {
    if (m) all[i] = { ...all[i]!, text: all[i]!.text.slice(m.length) };
  });
  let starts = findRowStarts(all, region?.divisions ?? []);
  // A start right after an objective restating the section's heading only continues that row.
  const texts = all.map((l) => l.text);
  starts = starts.filter((st, k) => {
    const body = bodies[owner[st.at]!]!;
    const from = k > 0 ? starts[k - 1]!.at : 0;
    return all[st.at]!.underHeader || body.fields[body.fields.length - 1] === "tavoite" || !endsWithRestatedHeading(texts, from, st.at, body.section);
  });
  if (running.size) {
    const found = new Map(starts.map((s) => [s.at, s]));
    starts = [];
    leads.forEach((m, i) => m && starts.push(found.get(i) ?? { at: i }));
  }
  // An unknown first column of recurring values (`lead-values.ts`): each value is taken off its
  // row's first line(s) and kept as that column's cell; the row's cells are the other columns.
  const valueLed = !running.size && !inner.size && bodies.length > 0 && bodies.every((b) => b.fields[0]?.startsWith(EXTRA_PREFIX) && !sentenceColumn(b.fields, 0));
  const figureColumnNext = bodies.every((b) => b.fields[1] === "toteuma");
  const recurring = valueLed ? findLeadValues(all, findRowStarts(all, [], { anyCase: true }).map((s) => s.at), (i) => all[i]!.underHeader, { figureColumnNext }) : null;
  // Codes that seldom recur beside a few that do ("–", "K1"): the next column's names show far more rows.
  const values = recurring && !(phrases && phrases.size >= PHRASES_OVER_CODES * recurring.size) ? recurring : phrases;
  if (values) {
    const taken = takeLeadValues(all, owner, values);
    [all, owner, starts] = [taken.all, taken.owner, taken.starts.map((at) => ({ at }))];
    leads.length = 0;
    all.forEach((_, i) => leads.push(taken.leads.has(i) ? { text: taken.leads.get(i)!, length: 0 } : null));
  }
  const rows: PendingRow[] = [];
  let current: PendingRow | undefined;
  let k = 0;
  for (let i = 0; i < all.length; i++) {
    const body = bodies[owner[i]!]!;
    const line: RowLine = { n: all[i]!.n, text: all[i]!.text, blankBefore: all[i]!.blankBefore };
    if (all[i]!.page !== undefined) line.page = all[i]!.page;
    if (k < starts.length && starts[k]!.at === i) {
      const d = starts[k]!.division;
      const known = d && body.fields[0] === "toimiala";
      current = {
        section: body.section,
        lines: [line],
        division: known ? d.name : "",
        divisionTokens: known ? d.tokens : 0,
        fields: known || (values && body.fields[0]?.startsWith(EXTRA_PREFIX)) ? body.fields.slice(1) : body.fields,
        reasons: [],
        ...(body.extraLast ? { extraLast: true } : {}),
        columns: body.fields,
      };
      const lead = leads[i]?.text ?? inner.get(line.n);
      const label = values ? body.leadLabel ?? body.fields[0]!.slice(EXTRA_PREFIX.length) : body.leadLabel ?? "";
      if (lead !== undefined) current.lead = { label, text: lead };
      rows.push(current);
      k++;
    } else if (current) {
      if (all[i]!.underHeader && current.splitAt === undefined) {
        current.reasons.push("continues across a page break");
        current.splitAt = current.lines.length;
      }
      current.lines.push(line);
      if (!current.lead && inner.has(line.n)) current.lead = { label: body.leadLabel ?? "", text: inner.get(line.n)! };
    } else {
      warnings.push(`line ${line.n}: text before the first row is ignored: "${line.text.trim().slice(0, 60)}"`);
    }
  }
  return rows;
}

/**
 * The body lines with each row's recurring first-column value taken off (lines it fills whole
 * dropped), the row starts in the new lines, and each start's value.
 */
function takeLeadValues(all: readonly BodyLine[], owner: readonly number[], values: ReadonlyMap<number, LeadValue>): { all: BodyLine[]; owner: number[]; starts: number[]; leads: Map<number, string> } {
  const out: BodyLine[] = [];
  const outOwner: number[] = [];
  const starts: number[] = [];
  const leads = new Map<number, string>();
  for (let i = 0; i < all.length; i++) {
    const v = values.get(i);
    if (!v) {
      out.push(all[i]!);
      outOwner.push(owner[i]!);
      continue;
    }
    const rest = all[i + v.skip]!;
    starts.push(out.length);
    leads.set(out.length, v.text);
    out.push({ ...rest, text: rest.text.slice(v.cut), underHeader: all[i]!.underHeader, blankBefore: all[i]!.blankBefore });
    outOwner.push(owner[i]!);
    i += v.skip;
  }
  return { all: out, owner: outOwner, starts, leads };
}

/** Rows an added first column's phrases must lead, per row its codes of one shape lead, to be taken over them. */
const PHRASES_OVER_CODES = 1.5;

/** A row start's running number or row code (its text as found), taken off the line. */
function leadOf(text: string, found: string | undefined): { text: string; length: number } | null {
  if (found === undefined) return null;
  const m = leadingNumber(text) ?? leadingCode(text);
  if (m && m.text === found) return m;
  // Another value of a code column (a dash, a code of another shape): the line's first token.
  const t = /^\s*(\S+)(?:\s+|$)/u.exec(text);
  return t && t[1] === found ? { text: found, length: t[0].length } : null;
}

/**
 * The one unknown column of every header, when it is not the first and its values are row codes
 * (`findInnerRowCodes`): each code is taken off its line, so rows and cells are found as in a table
 * without it, and kept as that column's cell. Line number → code; the bodies lose that column.
 */
function innerCodes(bodies: Body[]): Map<number, string> | null {
  // An unknown first column beside it holds other values (a key result under a label no rule has).
  const extras = new Set(bodies.map((b) => b.fields.filter((f, k) => k > 0 && f.startsWith(EXTRA_PREFIX)).join("|")));
  const [only] = [...extras];
  if (extras.size !== 1 || !only || only.includes("|") || bodies.some((b) => b.fields[0] === only)) return null;
  const all = bodies.flatMap((b) => b.lines);
  const found = findInnerRowCodes(all);
  if (!found) return null;
  const byN = new Map<number, string>();
  found.forEach((code, i) => byN.set(all[i]!.n, code));
  for (const b of bodies) {
    b.fields = b.fields.filter((f) => f !== only);
    b.leadLabel = only.slice(EXTRA_PREFIX.length);
    // A code alone on its line belongs to the line after it.
    let carried: string | undefined;
    b.lines = b.lines.flatMap((l) => {
      const code = byN.get(l.n);
      if (code === undefined) {
        if (carried !== undefined) byN.set(l.n, carried);
        carried = undefined;
        return [l];
      }
      const text = l.text.split(/(\s+)/).filter((t, k, a) => !(t === code && (k === 0 || /\s/.test(a[k - 1]!)))).join("").replace(/\s{2,}/g, " ").trim();
      if (text) return [{ ...l, text }];
      byN.delete(l.n);
      carried = code;
      return [];
    });
  }
  return byN;
}

/** Columns of sentences every OKR table has: a header that lacks one may print it under a label no vocabulary has. */
const SENTENCE_COLUMNS = ["tavoite", "avaintulos"];

/**
 * Whether the header's column k holds sentences: an objective or a key result, or a column under a
 * label no vocabulary has where the header lacks one of them (a key result printed first under an
 * invented label is told by its values only once the rows are read; its rows start as a key
 * result's, and its sentences' first words are no recurring values or phrases of an added column).
 */
export function sentenceColumn(fields: readonly SegmentField[], k: number): boolean {
  const f = fields[k];
  if (isSentenceField(f)) return true;
  const missing = SENTENCE_COLUMNS.filter((c) => !fields.includes(c as SegmentField));
  if (!f?.startsWith(EXTRA_PREFIX) || missing.length === 0) return false;
  if (missing.length > 1) return true;
  // An unknown column in the missing field's usual place (the key result right after the objective,
  // the objective right before the key result) is the one that holds the sentences; another unknown
  // column (a code or a date per row printed first) does not.
  const usual = missing[0] === "avaintulos" ? fields.indexOf("tavoite" as SegmentField) + 1 : fields.indexOf("avaintulos" as SegmentField) - 1;
  return !(usual >= 0 && k !== usual && fields[usual]?.startsWith(EXTRA_PREFIX));
}

function rowInput(row: PendingRow): { input: RowInput; toimialaTokens: Token[] } {
  // A row broken across a page: its first part is segmented; the rest continues its cells.
  const all = tokenize(row.lines.slice(0, row.splitAt ?? row.lines.length));
  const toimialaTokens = all.slice(0, row.divisionTokens);
  const tokens = all.slice(row.divisionTokens);
  const last = toimialaTokens[toimialaTokens.length - 1];
  return {
    toimialaTokens,
    input: {
      lines: row.lines,
      tokens,
      firstTokenMidLine: last !== undefined && tokens.length > 0 && tokens[0]!.li === last.li,
      toimialaSingleLine: last !== undefined && last.li === 0,
      fields: row.fields,
      ...(row.extraLast ? { lastMayBeEmpty: true } : {}),
      ...(SENTENCE_COLUMNS.some((f) => !row.columns.includes(f)) ? { extraMayHoldSentences: true } : {}),
      ...(row.splitAt !== undefined ? { brokenAtEnd: true } : {}),
    },
  };
}

/** Fragment texts of a token span, keeping the trailing space of a source line (it marks suspended hyphens). */
function cellLines(row: { lines: readonly RowLine[] }, tokens: readonly Token[], s: number, e: number): string[] {
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
function measureWidths(inputs: RowInput[], chosen: (Candidate | undefined)[]): Record<SegmentField, number> {
  const lens = new Map<SegmentField, number[]>();
  inputs.forEach((inp, r) => {
    const c = chosen[r];
    if (!c) return;
    const bounds = [0, ...c.cuts, inp.tokens.length];
    fieldsOf(inp).forEach((f, k) => {
      const fr = fragments(inp.tokens, bounds[k]!, bounds[k + 1]!);
      if (!lens.has(f)) lens.set(f, []);
      fr.slice(0, -1).forEach((x) => lens.get(f)!.push(x.text.length));
    });
  });
  const out: Record<SegmentField, number> = {};
  for (const [f, l] of lens) {
    const p = percentile(l, 0.9);
    if (p) out[f] = p;
  }
  return out;
}

/** Share of each column's chosen cells whose text ends a sentence (a column of sentences or of values). */
function measureSentenceShares(inputs: RowInput[], chosen: (Candidate | undefined)[]): Record<SegmentField, number> {
  const seen = new Map<SegmentField, [number, number]>();
  inputs.forEach((inp, r) => {
    const c = chosen[r];
    if (!c) return;
    fieldsOf(inp).forEach((f, k) => {
      const text = cellText(inp, c, k);
      if (!text.trim()) return;
      const [ends, all] = seen.get(f) ?? [0, 0];
      seen.set(f, [ends + (endsSentence(text) ? 1 : 0), all + 1]);
    });
  });
  const out: Record<SegmentField, number> = {};
  for (const [f, [ends, all]] of seen) if (all >= MIN_CELLS_FOR_SHARE) out[f] = ends / all;
  return out;
}

/** Fewer cells than this say nothing about what a column's cells are like. */
const MIN_CELLS_FOR_SHARE = 5;

function fieldsOf(inp: RowInput): readonly SegmentField[] {
  return inp.fields ?? SEGMENT_FIELDS;
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
/** The chosen segmentations, and what they say about the document: a row's values repeated in other rows. */
interface Segmentations {
  cands: Candidate[][];
  /** How many *other* rows chose a value (letter key) for a field of row r. */
  repeats: (r: number, field: SegmentField, key: string) => number;
  /** Typical full-line width (characters) of each column, from the chosen cells. */
  widths: Record<SegmentField, number>;
  /** Share of each column's chosen cells that end a sentence. */
  sentenceShares: Record<SegmentField, number>;
}

function chooseSegmentations(pending: PendingRow[], inputs: RowInput[], rules: Rules, region: Region | null): Segmentations {
  const w = rules.okrTable.segmentation;
  const knownResultAreas = new Set((region?.resultAreaHints ?? []).map(letterKey));
  const knownDivisions = new Set((region?.divisions ?? []).map(letterKey));
  // A result area is a value within its division; when the division is itself a cell, within the column.
  const keyOf = (r: number, field: SegmentField, key: string) =>
    field === "tulosalue" && pending[r]!.division ? `${field}|${pending[r]!.division}|${key}` : `${field}|${key}`;
  const sectionKey = (r: number) => letterKey(pending[r]!.section);
  const boundBefore = boundWords(inputs);
  const bound = boundLines(inputs.map((inp) => inp.lines));
  const boundLine = (text: string) => bound.get(text.trim()) ?? 0;
  let cands = inputs.map((inp, r) => segmentRow(inp, { knownResultAreas, knownDivisions, sectionKey: sectionKey(r), boundBefore, boundLine }, w));
  const noLengths: ReadonlySet<number> = new Set();
  const valuesOf = (chosen: (Candidate | undefined)[]) => {
    const lengths = new Map<SegmentField, Set<number>>();
    const extraCells: ExtraCellSeen[] = [];
    const own = inputs.map((inp, r) => {
      const c = chosen[r];
      if (!c) return [];
      const out: string[] = [];
      const fields = fieldsOf(inp);
      const b = [0, ...c.cuts, inp.tokens.length];
      fields.forEach((f, k) => {
        if (!REPEATED_FIELDS(f)) return;
        const key = cellValueKey(cellText(inp, c, k));
        if (b[k] === b[k + 1]) return;
        out.push(keyOf(r, f, key));
        if (!lengths.has(f)) lengths.set(f, new Set());
        lengths.get(f)!.add(key.length);
        if (f.startsWith(EXTRA_PREFIX)) extraCells.push(extraCellSeen(inp, c, k, r, f, key));
        // The last words of the cell before an added last column that has a value (segment.ts `endsCellBefore`):
        // its end only, never the whole cell ("100 %" as a whole measure is a value, not an ending).
        if (inp.lastMayBeEmpty && k === fields.length - 1 && k > 0 && f.startsWith(EXTRA_PREFIX)) {
          for (let n = 1; n <= MAX_TAIL_WORDS && b[k]! - n > b[k - 1]!; n++) out.push(`${TAIL_PREFIX}${f}|${inp.tokens.slice(b[k]! - n, b[k]!).map((t) => letterKey(t.text)).join("")}`);
        }
        // The first word of a key result that follows a name on its line (segment.ts `followed`).
        const next = inp.tokens[b[k + 1]!];
        if ((f === "toimiala" || f === "tulosalue") && isSentenceField(fields[k + 1]) && next && b[k + 1]! > b[k]! && next.li === inp.tokens[b[k + 1]! - 1]!.li) {
          out.push(keyOf(r, f, followedKey(key, letterKey(next.text))));
        }
      });
      return out;
    });
    // An unknown column's value that always follows the same word is learnt with that word.
    const withWord = valuesWithWordBefore(extraCells);
    own.forEach((keys, r) =>
      keys.forEach((k, j) => {
        const longer = withWord.get(k);
        if (!longer) return;
        keys[j] = longer;
        const f = longer.slice(0, longer.indexOf("|"));
        lengths.get(f)!.add(longer.length - f.length - 1);
      }),
    );
    const counts = new Map<string, number>();
    own.flat().forEach((k) => counts.set(k, (counts.get(k) ?? 0) + 1));
    return { own, counts, lengths };
  };
  for (let pass = 1; pass < w.passes; pass++) {
    const chosen = cands.map((c) => c[0]);
    const { own, counts, lengths } = valuesOf(chosen);
    const widths = measureWidths(inputs, chosen);
    cands = inputs.map((inp, r) => {
      const mine = new Set(own[r]);
      return segmentRow(inp, {
        knownResultAreas,
        knownDivisions,
        sectionKey: sectionKey(r),
        boundBefore,
        boundLine,
        widths,
        repeatedKeyLengths: (field) => lengths.get(field) ?? noLengths,
        endsCellBefore: (field, key) => {
          const k = `${TAIL_PREFIX}${field}|${key}`;
          return (counts.get(k) ?? 0) - (mine.has(k) ? 1 : 0);
        },
        followed: (field, key) => {
          const k = keyOf(r, field, key);
          return (counts.get(k) ?? 0) - (mine.has(k) ? 1 : 0);
        },
        // Values chosen in *other* rows only: a row is no evidence for itself.
        repeats: (field, key) => {
          const k = keyOf(r, field, key);
          return (counts.get(k) ?? 0) - (mine.has(k) ? 1 : 0);
        },
      }, w);
    });
  }
  const { own, counts } = valuesOf(cands.map((c) => c[0]));
  return {
    cands,
    widths: measureWidths(inputs, cands.map((c) => c[0])),
    sentenceShares: measureSentenceShares(inputs, cands.map((c) => c[0])),
    repeats: (r, field, key) => {
      const k = keyOf(r, field, key);
      return (counts.get(k) ?? 0) - (own[r]!.includes(k) ? 1 : 0);
    },
  };
}

/** Key prefix of the counted ends of the cell before an added last column. */
const TAIL_PREFIX = "tail|";

/** A chosen cell of an unknown column and the word before it (`extra-values.ts`). */
function extraCellSeen(inp: RowInput, c: Candidate, k: number, row: number, field: string, key: string): ExtraCellSeen {
  const s = k === 0 ? 0 : c.cuts[k - 1]!;
  const seen: ExtraCellSeen = { row, field, key };
  if (k > 0 && s > 0 && s < inp.tokens.length) {
    seen.before = { key: letterKey(inp.tokens[s - 1]!.text), cellBeforeKey: letterKey(cellText(inp, c, k - 1)), sameLine: inp.tokens[s - 1]!.li === inp.tokens[s]!.li };
  }
  return seen;
}

/** A page's rest that completes a cell into a value of other rows outweighs the seam's signs. */
const REPEATED_CONTINUATION_BONUS = 4;

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

/** Cells of the fields the table has no column for stay empty. */
function emptyCells(): Record<string, string> {
  return { toimiala: "", tulosalue: "", tavoite: "", avaintulos: "", toteuma: "" };
}

/** Soft hyphens a text must have, and the share of them at line ends, to count as broken at them. */
const SOFT_HYPHEN_LINES_MIN = 10;
const SOFT_HYPHEN_LINE_END_SHARE = 0.6;

/**
 * A line that ends in a soft hyphen continues its word on the next line: some producers (Chromium)
 * draw every possible break as a soft hyphen, and text extractors then break the line there.
 * Such lines are joined (the soft hyphen dropped) and keep the first line's number.
 *
 * Where the producer did break the line at one, it drew a hyphen, which the extractor writes as
 * a line of its own ("pal\u00ad" / "-" / "ve\u00ad" / "lut"): the visual line ends there with
 * the soft hyphen kept, so dehyphenation knows the hyphen for the typesetter's. With some fonts
 * the extractor writes that hyphen on the line itself, right after the soft hyphen ("pal\u00ad\u2010"
 * / "ve\u00ad" / "lut"): the same visual line end, read the same way.
 *
 * In such text (most soft hyphens end a line) a line whose last word holds a soft hyphen inside
 * it also stops mid-word: the extractor wrote a ligature's /ActualText ("t\u00adt") and broke the
 * line after it ("aloi\u00ad" / "tet\u00adt" / "u"). It continues when the next line goes on
 * with another soft hyphen, or in lower case where the seam is no break point of the Finnish
 * hyphenation patterns (a break point would have had its soft hyphen: there the word ended).
 */
export function joinSoftHyphenLines(lines: readonly SourceLine[]): { lines: SourceLine[]; brokenAtSoftHyphens: boolean } {
  const out: SourceLine[] = [];
  const brokenAtSoftHyphens = softHyphensEndLines(lines);
  let open = false;
  let inner = false;
  for (const l of lines) {
    const last = out[out.length - 1];
    const samePage = last !== undefined && l.page === last.page;
    if (open && samePage && /^\s*[-\u2010\u2011]\s*$/u.test(l.text)) {
      // The hyphen drawn where the line broke: the visual line ends in its soft hyphen.
      open = inner = false;
      continue;
    }
    // The hyphen drawn where the line broke, written on the line after its soft hyphen.
    const drawn = DRAWN_BREAK.test(l.text);
    const text = drawn ? l.text.replace(DRAWN_BREAK, "\u00ad") : l.text;
    const goesOn = inner && (/^\u00ad/u.test(text) || (/^\p{Ll}/u.test(text) && !wordBreakAt(last!.text, text)));
    if ((open || goesOn) && samePage) last!.text = last!.text.replace(/\u00ad\s*$/u, "") + text.replace(/^\s+/, "");
    else out.push({ ...l, text });
    open = !drawn && /\u00ad\s*$/u.test(out[out.length - 1]!.text);
    // Only the line just read: a word it ends inside of is one a ligature's span cut.
    inner = brokenAtSoftHyphens && !open && !drawn && /[^\s\u00ad]\u00ad[^\s\u00ad]+$/u.test(text);
  }
  return { lines: out, brokenAtSoftHyphens };
}

/** A soft hyphen with the hyphen drawn after it at the line's end: where the visual line broke. */
const DRAWN_BREAK = /\u00ad[-\u2010\u2011]\s*$/u;

/** Whether the seam between a line's last word and the next line's first is a Finnish break point. */
function wordBreakAt(line: string, next: string): boolean {
  const left = (/\S+$/u.exec(line)?.[0] ?? "").replace(/\u00ad/gu, "");
  const right = (/^\S+/u.exec(next)?.[0] ?? "").replace(/\u00ad/gu, "").replace(/[^\p{L}]+$/u, "");
  if (!/^\p{L}+$/u.test(left) || !/^\p{L}+$/u.test(right)) return false;
  return patternsAllowBreak(left, right);
}

/** Whether the text's soft hyphens mostly end lines (an extractor broke its lines at them). */
function softHyphensEndLines(lines: readonly SourceLine[]): boolean {
  let atEnd = 0;
  let all = 0;
  for (const l of lines) {
    if (!l.text.includes("\u00ad")) continue;
    all += l.text.match(/\u00ad/gu)!.length;
    if (/\u00ad\s*$/u.test(l.text)) atEnd++;
  }
  return all >= SOFT_HYPHEN_LINES_MIN && atEnd >= SOFT_HYPHEN_LINE_END_SHARE * all;
}

/** Readings again with the fields told by values, at the most (each tells a field the one before could not). */
const MAX_REREADS = 2;
/** Most readings of a header told by its shape whose values tell the fields again. */
const MAX_SHAPE_RETELLINGS = 3;

export function reconstructOkrTable(source: readonly SourceLine[], region: Region | null, rules: Rules, explain = false): OkrTableResult {
  // (Byte-swapped ligature letters are read back by the reading stage, src/read/text.ts.)
  const softJoined = joinSoftHyphenLines(source);
  const brokenAtSoftHyphens = softJoined.brokenAtSoftHyphens;
  const lines = splitJoinedHeadings(joinKerningSplits(softJoined.lines), rules.okrTable);
  const warnings: string[] = [];
  const tableRules = rules.okrTable;
  const ctx: DehyphenContext = {
    rules: rules.dehyphenation,
    evidence: new HyphenEvidence(lines.map((l) => l.text), rules.dehyphenation.wrapHyphens),
    // Every break the typesetter could make is a soft hyphen: a plain one at a line end is the author's.
    ...(brokenAtSoftHyphens ? { typesetHyphensMarked: true } : {}),
  };
  const furniture = tableRules.furnitureLinePatterns.map((p) => new RegExp(p, "iu"));
  const blocks = findHeaderBlocks(lines, tableRules);
  if (blocks.length === 0) return { rows: [], sections: [], headerBlocks: 0, warnings: ["no column-header block found"] };
  const optional = new Set(tableRules.columns.filter((c) => c.optional).map((c) => c.field));
  const bodyTexts = lines.map((l, i) => ({ text: blocks.some((b) => i >= b.start && i <= b.end) ? "" : l.text }));
  // Row codes only where most headers say their first column is not a known field, or carry one
  // more label above their first line (a narrow column's label wrapped over lines of its own).
  // A first column taken for the division by its place alone (an unknown label before the area's)
  // may be such a column too: codes that name one row each are no division's values.
  const guessedFirst = (b: (typeof blocks)[number]) => b.guessedDivision?.at === 0;
  const codedFirst = blocks.filter((b) => b.columns[0]?.startsWith(EXTRA_PREFIX) || guessedFirst(b)).length * 2 > blocks.length;
  const codes = (bodies: typeof bodyTexts) => {
    const found = findRowCodes(bodies);
    return found && opensATable(found.at) && (codedFirst || leadLabelLines(lines, blocks, ctx).some(Boolean)) ? found : null;
  };
  // A first column of codes opens the first row under its header; codes that open only later lines
  // belong to a column printed after a first one whose lines the extractor wrote before them
  // (a key result first, "1.2" beside it): they are an inner column's (`innerCodes`).
  const opensATable = (at: ReadonlyMap<number, string>) =>
    blocks.some((b) => {
      let k = b.end + 1;
      while (k < lines.length && !lines[k]!.text.trim()) k++;
      return at.has(k);
    });
  const numbers = findRunningNumbers(bodyTexts);
  const running = numbers ?? codes(bodyTexts);
  const { sections, headingStarts, leadLabels, stackedLabels } = sectionHeadings(lines, blocks, tableRules, ctx, warnings, running !== null);

  // The tables' rows and cells, read with each header's columns renamed by `rename`; a column under
  // a label no vocabulary has is then told its field by its values (`text-value-told.ts`).
  const read = (rename: (column: string) => string, readWarnings: string[], dropped?: string) => {
    const bodies: Body[] = blocks.map((b, i) => {
      const end = i + 1 < blocks.length ? headingStarts[i + 1]! : lines.length;
      const bodyLines = lines.slice(b.end + 1, end).filter((l) => !isFurnitureLine(l.text, furniture));
      // Lines led by a running number or a code: a first column guessed to be the division is that column.
      const columns = running && guessedFirst(b) ? [`${EXTRA_PREFIX}${b.guessedDivision!.label}`, ...b.columns.slice(1)] : b.columns;
      let fields = columns.filter((c) => !optional.has(c) && c !== dropped);
      // An added first column whose label stood above the header: a column of its own.
      const stacked = stackedLabels[i];
      if (stacked !== undefined && !fields[0]?.startsWith(EXTRA_PREFIX)) fields = [`${EXTRA_PREFIX}${stacked}`, ...fields];
      let leadLabel = leadLabels[i];
      // The header read the counting column's label as its first column: the number fills it.
      // (Not when the code column's label stood above the header: the header's first column is then another.)
      if (running && (leadLabel === undefined || guessedFirst(b)) && fields[0]?.startsWith(EXTRA_PREFIX)) {
        leadLabel = fields[0].slice(EXTRA_PREFIX.length);
        fields = fields.slice(1);
      }
      fields = fields.map(rename) as SegmentField[];
      // An added column printed last among the cells read (an optional column after it, left out,
      // is empty in practice): its cell may be empty too.
      const extraLast = fields[fields.length - 1]?.startsWith(EXTRA_PREFIX) ? { extraLast: true } : {};
      return { section: sections[i]!, lines: toRowLines(bodyLines), fields, ...(running ? { leadLabel: leadLabel ?? "" } : {}), ...extraLast };
    });
    const runningLines = new Map([...(running?.at ?? [])].map(([i, t]) => [lines[i]!.n, t]));
    const inner = running ? null : innerCodes(bodies);
    const pending = splitRows(bodies, region, readWarnings, runningLines, inner ?? undefined, running !== null && !numbers);
    const cells = readCells(pending, rules, region, ctx);
    return { ...cells, told: tellFieldsByValues(cells.rows, pending.map((row) => [...row.columns])) };
  };
  // Read again as if the header had named the told fields: their rows start and their cells are cut
  // as those fields' (a wrapped objective kept whole, not its last words put before the key result);
  // a column told only from the better cells of that reading is read so once more.
  // A header told by its shape names no field: a first reading with the fields its kinds suggest
  // cuts the cells, and the values tell each column's field; every reading after it starts there.
  let shapeNamed: ReadonlyMap<string, string> = new Map();
  const readTold = (dropped?: string, named: ReadonlyMap<string, string> = shapeNamed) => {
    let readWarnings: string[] = [];
    let reading = read((c) => named?.get(c) ?? c, readWarnings, dropped);
    const told = new Map<string, string>(named);
    for (let again = 0; again < MAX_REREADS && [...reading.told].some(([c, f]) => told.get(c) !== f); again++) {
      for (const [c, f] of reading.told) told.set(c, f);
      readWarnings = [];
      reading = read((c) => told.get(c) ?? c, readWarnings, dropped);
    }
    return { reading, readWarnings, told };
  };
  let shapeRead: ReturnType<typeof readTold> | undefined;
  if (blocks.every((b) => b.byShape)) {
    // The first reading's fields are a guess by the columns' kinds; each reading's cells then tell
    // the fields again (fields told before kept where the new telling names neither their column
    // nor their field), until the telling stands.
    let fields: ReadonlyMap<string, string> = shapeFieldsGuess(lines, blocks);
    let toldSoFar = new Map<string, string>();
    for (let again = 0; again < MAX_SHAPE_RETELLINGS; again++) {
      const r = readTold(undefined, fields);
      shapeRead = r;
      const byValues = tellShapeFields(r.reading.rows, blocks[0]!.columns, r.told);
      const taken = new Set(byValues.values());
      for (const [c, f] of toldSoFar) if (!byValues.has(c) && !taken.has(f)) byValues.set(c, f);
      if (!byValues.size || ([...byValues].every(([c, f]) => fields.get(c) === f) && byValues.size === fields.size)) break;
      fields = toldSoFar = byValues;
      shapeRead = undefined;
    }
    shapeNamed = fields;
  }
  // (The telling's last reading, when it stood, is the reading with those fields.)
  let { reading, readWarnings, told } = shapeRead ?? readTold();
  const empty = emptyUnknownColumn(blocks, reading.rows, told, readTold);
  if (empty) ({ reading, readWarnings } = empty);
  // Columns the header did not name that a later reading named: every reading after it keeps them.
  const named = new Map<string, string>(shapeNamed);
  if (!empty && ![...shapeNamed.values()].includes("toteuma")) {
    const measured = measureUnderUnknownLabel(blocks, reading.rows, (column) => readTold(undefined, new Map([...shapeNamed, [column, "toteuma"]])));
    if (measured) {
      ({ reading, readWarnings } = measured);
      named.set(measured.column, "toteuma");
    }
  }
  const runs = empty ? null : divisionByRuns(blocks, reading.rows, (names) => readTold(undefined, new Map([...named, ...names])));
  if (runs) ({ reading, readWarnings } = runs);
  warnings.push(...readWarnings);
  const { inputs, cands, rows } = reading;
  const result: OkrTableResult = { rows, sections: [...new Set(sections)], headerBlocks: blocks.length, warnings };
  if (explain) {
    result.explain = inputs.map((inp, r) => ({
      row: r + 1,
      candidates: (cands[r] ?? []).slice(0, 3).map((c) => ({ score: Math.round(c.score * 100) / 100, cells: fieldsOf(inp).map((_, k) => cellText(inp, c, k)) })),
    }));
  }
  return result;
}

/** Every row's cells: each row segmented with what the other rows say, and built. */
function readCells(pending: PendingRow[], rules: Rules, region: Region | null, ctx: DehyphenContext): { inputs: RowInput[]; cands: Candidate[][]; rows: OkrRow[] } {
  const prepared = pending.map(rowInput);
  const inputs = prepared.map((p) => p.input);
  const seg = chooseSegmentations(pending, inputs, rules, region);
  const cands = seg.cands;
  const rows = pending.map((row, r) => buildRow(row, prepared[r]!, cands[r] ?? [], ctx, r + 1, (f, key) => seg.repeats(r, f, key), seg.widths, seg.sentenceShares));
  return { inputs, cands, rows };
}

/**
 * Each header block's section: the lines printed above it, whatever their words, and where they
 * start. A counting column's label may stand above the header (`leadLabelLines`); so may an added
 * first column's wrapped label (`stackedLabelLines`), taken only when the sections read without it
 * still differ (a heading repeated at every page top is the same everywhere).
 */
function sectionHeadings(
  lines: readonly SourceLine[],
  blocks: ReturnType<typeof findHeaderBlocks>,
  tableRules: Rules["okrTable"],
  ctx: DehyphenContext,
  warnings: string[],
  counted: boolean,
): { sections: string[]; headingStarts: number[]; leadLabels: (string | undefined)[]; stackedLabels: (string | undefined)[] } {
  const none = blocks.map(() => undefined);
  if (counted) {
    // A code column's label wrapped over short lines of its own above every header, when no
    // counting column's label stands there (`leadLabelLines`): the lead label all the same.
    const lead = leadLabelLines(lines, blocks, ctx);
    const stackedLead = lead.some(Boolean) ? undefined : stackedLabelLines(lines, blocks, ctx);
    return { ...headingsWith(lines, blocks, tableRules, ctx, warnings, stackedLead ?? lead), stackedLabels: none };
  }
  const stacked = stackedLabelLines(lines, blocks, ctx);
  if (stacked) {
    const own: string[] = [];
    const read = headingsWith(lines, blocks, tableRules, ctx, own, stacked);
    if (new Set(read.sections.map(letterKey).filter(Boolean)).size >= MIN_STACKED_SECTIONS) {
      warnings.push(...own);
      return { ...read, leadLabels: none, stackedLabels: read.leadLabels };
    }
  }
  return { ...headingsWith(lines, blocks, tableRules, ctx, warnings, none), stackedLabels: none };
}

/** Sections a document must show under one stacked label for it to be a column's label, not a heading. */
const MIN_STACKED_SECTIONS = 2;
/** Most words of a line of a stacked label (a narrow column wraps its label a word or two a line). */
const MAX_STACKED_LINE_WORDS = 2;
/** Most words of a stacked label, and most lines. */
const MAX_STACKED_WORDS = 3;
const MAX_STACKED_LINES = 3;

/**
 * An added first column's label wrapped over lines of its own, written before the other labels
 * (producers that draw cell by cell): the same short lines right above every header, two or more,
 * a word or two each. `undefined` when the headers do not all show them.
 */
function stackedLabelLines(lines: readonly SourceLine[], blocks: ReturnType<typeof findHeaderBlocks>, ctx: DehyphenContext): ({ label: string; from: number } | undefined)[] | undefined {
  if (blocks.length < 2) return undefined;
  const words = (k: number) => lines[k]!.text.trim().split(/\s+/u).filter(Boolean).length;
  const above = blocks.map((b, bi) => {
    const lower = bi === 0 ? 0 : blocks[bi - 1]!.end + 1;
    const keys: string[] = [];
    for (let j = b.start - 1; j >= lower && keys.length < MAX_STACKED_LINES && !isBlank(lines[j]) && words(j) <= MAX_STACKED_LINE_WORDS; j--) keys.push(letterKey(lines[j]!.text));
    return keys;
  });
  let k = 0;
  while (k < MAX_STACKED_LINES && above.every((a) => a[k] && a[k] === above[0]![k])) k++;
  if (k < 2) return undefined;
  const first = blocks[0]!.start;
  const label = joinCellLines(lines.slice(first - k, first).map((l) => l.text), ctx);
  if (label.split(/\s+/u).length > MAX_STACKED_WORDS) return undefined;
  return blocks.map((b) => ({ label, from: b.start - k }));
}

/** `sectionHeadings` with each block's label lines above its header (`lead`) taken off its heading. */
function headingsWith(
  lines: readonly SourceLine[],
  blocks: ReturnType<typeof findHeaderBlocks>,
  tableRules: Rules["okrTable"],
  ctx: DehyphenContext,
  warnings: string[],
  lead: readonly ({ label: string; from: number } | undefined)[],
): { sections: string[]; headingStarts: number[]; leadLabels: (string | undefined)[] } {
  const knownHeadings = new Set<string>();
  const tails = new LineTails(lines);
  const headingStarts: number[] = [];
  const sections: string[] = [];
  const leadLabels = lead.map((l) => l?.label);
  const aboveHeaders = new Map<string, number>();
  for (const b of blocks) {
    const k = letterKey(lines[prevNonBlank(lines, b.start)]?.text ?? "");
    if (k) aboveHeaders.set(k, (aboveHeaders.get(k) ?? 0) + 1);
  }
  blocks.forEach((b, i) => {
    const lower = i === 0 ? 0 : blocks[i - 1]!.end + 1;
    // A value ("96 %"), a lower-case line or one without a letter ("€" wrapped off "4183") at the
    // top of a page is the rest of a row broken across the page, printed above the repeated
    // header: not a heading.
    const start = lead[i]?.from ?? b.start;
    const picked = headingLinesBefore(lines, { ...b, start }, lower, knownHeadings, tableRules);
    const restOfRow = (t: string) => {
      const v = normalizeValue(t);
      return (v.valueLike && !yearTitle(t, v) && !inflectedFigureTitle(t)) || /^\s*\p{Ll}/u.test(t) || !/\p{L}/u.test(t) || rowValuesLine(t);
    };
    // A value other rows end their lines with, under a line that does not end so, is the last
    // cell of the row before the page break (`line-tails.ts`).
    const lastCellOfRow = (k: number) => tails.isRepeatedTail(k) && !tails.endsWithRepeatedTail(prevNonBlank(lines, k));
    // No row can end above the document's first text, nor does a row's end repeat a heading taken
    // above an earlier header ("Jonot alle 10 vrk" read as a value with a label): those are headings.
    // A title-shaped line that stands right above more than one header is the heading repeated at
    // each page top, whatever ends the row before it.
    const heading = () => {
      const text = joinCellLines(picked.map((j) => lines[j]!.text), ctx);
      const key = letterKey(text);
      if (!key) return false;
      return prevNonBlank(lines, picked[0]!) < 0 || knownHeadings.has(key) || (figureTitle(text) && (aboveHeaders.get(key) ?? 0) > 1) || (wordFigureTitle(text) && afterValue(lines, picked[0]!) && restatedByRows(lines, text));
    };
    while (picked.length && !heading() && (restOfRow(lines[picked[0]!]!.text) || lastCellOfRow(picked[0]!))) picked.shift();
    // Lines ending in a percentage right above the header are a row (some producers write a
    // page's first row before its repeated header), not a heading.
    // A title that ends in a figure ("Kulut kasvavat alle 3 %") is the exception, where a row has
    // ended right above it (a value or a sentence's end) or nothing stands there.
    // So are lines ending in a line of a row's values ("100 % valmis 0": a measured value and an added one).
    if (picked.length && !heading() && (/%\s*$/u.test(lines[picked[picked.length - 1]!]!.text) || rowValuesLine(lines[picked[picked.length - 1]!]!.text)) && !(figureTitle(joinCellLines(picked.map((k) => lines[k]!.text), ctx)) && afterRowEnd(lines, picked[0]!, !isSentenceField(b.columns[0])))) picked.length = 0;
    const text = joinCellLines(picked.map((k) => lines[k]!.text), ctx);
    if (!text) warnings.push(`line ${lines[b.start]!.n}: no section heading above the column headers`);
    knownHeadings.add(letterKey(text));
    sections.push(text || (sections[sections.length - 1] ?? ""));
    headingStarts.push(picked.length ? picked[0]! : start);
  });
  // A figure title that is another block's heading and a figure ("Arki 14 %" beside "Arki")
  // is that heading with a row's value set on its line: the heading without the figure.
  const plain = new Map(sections.filter((t) => !figureTitle(t)).map((t) => [letterKey(t), t]));
  sections.forEach((t, i) => {
    const bare = figureTitle(t) ? plain.get(letterKey(t.replace(TRAILING_FIGURE, ""))) : undefined;
    if (bare !== undefined) sections[i] = bare;
  });

  return { sections, headingStarts, leadLabels };
}

/** Line k follows a row's end (a value or a sentence's end), a blank line or nothing. */
function afterRowEnd(lines: readonly SourceLine[], k: number, statusEnds = false): boolean {
  if (k === 0 || isBlank(lines[k - 1])) return true;
  if (/(?:[\p{N}%€]|[.!?])\s*$/u.test(lines[k - 1]!.text)) return true;
  // A short phrase the rows repeat whole on lines of its own ("Not yet measurable") ends a row too,
  // unless the rows begin with a key result (whose sentence may stand there, a title's shape).
  if (!statusEnds) return false;
  const text = lines[k - 1]!.text.trim();
  if (!/\p{L}/u.test(text) || text.split(/\s+/u).length > MAX_STATUS_WORDS) return false;
  return lines.filter((l) => l.text.trim() === text).length > MIN_STATUS_REPEATS;
}

/** Most words of a status phrase that ends rows, and times it must stand whole elsewhere. */
const MAX_STATUS_WORDS = 5;
const MIN_STATUS_REPEATS = 2;

function prevNonBlank(lines: readonly SourceLine[], k: number): number {
  let i = k - 1;
  while (i >= 0 && isBlank(lines[i])) i--;
  return i;
}

/**
 * A capitalized line whose only figure is a year, with words around it ("Talous 2030 tasapainoon"):
 * the value reader takes it for a count with a label, but a measured value is not written so.
 */
function yearTitle(text: string, v: ReturnType<typeof normalizeValue>): boolean {
  return /^\s*\p{Lu}/u.test(text) && (v.kind === "count" || v.kind === "number") && !!v.label && v.value !== null && Number.isInteger(v.value) && v.value >= 1900 && v.value <= 2100;
}

/** A figure and its unit at a line's end. */
const TRAILING_FIGURE = /\s+[-+±]?\d[\d\s,.]*\s*[%‰€]?\s*$/u;

/** Fewest words of letters before a title's figure. */
const MIN_TITLE_WORDS = 2;

/**
 * A capitalized phrase of words that ends in a figure and its unit, with no sentence inside it
 * ("Jonot lyhenevät 20 %"): a heading's shape. A row's last line that ends in a value has a
 * sentence before the value ("… ajoissa. 90 %") or no words before it ("90 %").
 */
function figureTitle(text: string): boolean {
  const words = text.replace(TRAILING_FIGURE, "");
  // A colon may end the first word ("Työhyvinvointi: poissaolot alle 5 %"), a title's topic and its aim.
  if (words === text || !/^\s*\p{Lu}/u.test(words) || /[\d.!?;]/u.test(words) || /:/u.test(words.replace(/^\s*[\p{L}-]+:\s/u, ""))) return false;
  return words.trim().split(/\s+/u).filter((w) => /\p{L}{3,}/u.test(w)).length >= MIN_TITLE_WORDS;
}

/**
 * A line that opens with a figure and has no capitalized word ("100 % valmis 0", "82 % 1,25",
 * "3 (osto)"): a row's measured value and the cells after it, left above a repeated header at a
 * page break. A heading is a capitalized title.
 */
function rowValuesLine(text: string): boolean {
  return /^\s*[-+−±]?\d/u.test(text) && !/(?:^|[\s(])\p{Lu}/u.test(text);
}

/** A capitalized word (not a status in capitals) and a figure with its unit, alone on a line ("Säästö 2 %"). */
const WORD_FIGURE = /^\s*\p{Lu}\p{Ll}{3,}\s+[-+±−]?\d[\d\s,.]*\s*[%‰€]\s*$/u;

/**
 * A heading of one word and a figure ("Säästö 2 %") has a measured value's shape ("Hinta
 * 95 €"), so figureTitle's rule of two words leaves it out. Above a header, right under a line
 * that ends in a value (the row before has its measured value) or under nothing, and standing on
 * other lines before more cells (rows restating their section's heading as their objective: a
 * measured value is not printed so, again and again), it is a heading.
 */
function wordFigureTitle(text: string): boolean {
  return WORD_FIGURE.test(text);
}

/** Fewest lines that must open with a one-word figure heading's text, followed by more words. */
const MIN_RESTATED_LINES = 2;

/** Whether at least MIN_RESTATED_LINES lines hold `text` as whole words with other words after it. */
function restatedByRows(lines: readonly SourceLine[], text: string): boolean {
  const t = ` ${text.trim().replace(/\s+/gu, " ")} `;
  return lines.filter((l) => ` ${l.text.trim().replace(/\s+/gu, " ")}`.includes(t)).length >= MIN_RESTATED_LINES;
}

/** Line k is the text's first, or follows a line that ends in a figure or a unit (a row's values). */
function afterValue(lines: readonly SourceLine[], k: number): boolean {
  const above = prevNonBlank(lines, k);
  return above < 0 || /[\p{N}%€]\s*$/u.test(lines[above]!.text);
}

/**
 * A capitalized line whose figure's unit takes a case ending ("Palvelu 95 %:lle viikossa", "Säästö
 * 2 %:n tasolla"): a figure declined in a sentence is a title's, a measured value is not written so.
 */
function inflectedFigureTitle(text: string): boolean {
  return /^\s*\p{Lu}/u.test(text) && /\p{N}\s*[%‰€]:\p{Ll}+/u.test(text);
}

/** Most words a counting column's label has ("Nro", "Järjestys-numero", "N:o"). */
const MAX_LEAD_LABEL_WORDS = 2;

/**
 * A counting column's label printed above the other labels (its cell is narrow, so the label sits
 * over the header's first line, or wraps over several): the line right above each header, and
 * lines above it that end in a wrap hyphen. Taken only when most headers have the same one (a
 * section heading differs between sections), and off a lone header only with a heading above.
 */
function leadLabelLines(lines: readonly SourceLine[], blocks: ReturnType<typeof findHeaderBlocks>, ctx: DehyphenContext): ({ label: string; from: number } | undefined)[] {
  const cands = blocks.map((b, bi) => {
    const lower = bi === 0 ? 0 : blocks[bi - 1]!.end + 1;
    if (b.columns[0]?.startsWith(EXTRA_PREFIX) || b.start - 1 < lower || isBlank(lines[b.start - 1])) return undefined;
    let from = b.start - 1;
    while (from - 1 >= lower && /\p{L}-$/u.test(lines[from - 1]!.text.trimEnd())) from--;
    const label = joinCellLines(lines.slice(from, b.start).map((l) => l.text), ctx);
    if (label.split(/\s+/).length > MAX_LEAD_LABEL_WORDS) return undefined;
    return { label, from, headingAbove: from - 1 >= lower && !isBlank(lines[from - 1]) };
  });
  const count = new Map<string, number>();
  for (const c of cands) if (c) count.set(letterKey(c.label), (count.get(letterKey(c.label)) ?? 0) + 1);
  const [key, n] = [...count].sort((a, b) => b[1] - a[1])[0] ?? ["", 0];
  if (n * 2 <= blocks.length || (blocks.length === 1 && !cands[0]?.headingAbove)) return blocks.map(() => undefined);
  return cands.map((c) => (c && letterKey(c.label) === key ? { label: c.label, from: c.from } : undefined));
}

/** One output row: its segmentation's cells (the continuation of a row broken across pages added), or all text in the first cell. */
function buildRow(
  row: PendingRow,
  { input, toimialaTokens }: ReturnType<typeof rowInput>,
  cands: Candidate[],
  ctx: DehyphenContext,
  n: number,
  repeats: (field: SegmentField, key: string) => number,
  widths: Readonly<Record<SegmentField, number>> = {},
  sentenceShares: Readonly<Record<SegmentField, number>> = {},
): OkrRow {
  const best = cands[0];
  const reasons = [...row.reasons];
  const cells = emptyCells();
  const extra: Record<string, string> = {};
  if (row.lead) extra[row.lead.label] = row.lead.text;
  const put = (field: string, text: string) => {
    if (field.startsWith(EXTRA_PREFIX)) extra[field.slice(EXTRA_PREFIX.length)] = text;
    else cells[field] = text;
  };
  if (row.division) {
    const toimialaText = joinCellLines(cellLines(row, toimialaTokens, 0, toimialaTokens.length), ctx);
    cells.toimiala = letterKey(toimialaText) === letterKey(row.division) ? row.division : toimialaText;
  }
  let confidence = 0;
  if (best) {
    const b = [0, ...best.cuts, input.tokens.length];
    const parts = row.fields.map((_, k) => cellLines(row, input.tokens, b[k]!, b[k + 1]!));
    if (row.splitAt !== undefined) {
      const rest = { lines: row.lines.slice(row.splitAt) };
      const restTokens = tokenize(rest.lines);
      // A cell completed by its rest into a value other rows chose is that value.
      const evidence = (k: number, s: number, e: number) => {
        const f = row.fields[k]!;
        const first = parts[k]!.join(" ");
        const seam = e > s ? seamEvidence(first, restTokens[s]?.text, restTokens[e - 1]?.text, sentenceShares[f], ctx.evidence) : 0;
        const underfilled = continuationUnderfill(fragments(restTokens, s, e), widths[f]) + seam;
        if (!REPEATED_FIELDS(f)) return underfilled;
        const text = [...parts[k]!, ...fragments(restTokens, s, e).map((x) => x.text)].join(" ");
        return underfilled + (repeats(f, letterKey(text)) > 0 ? REPEATED_CONTINUATION_BONUS : 0);
      };
      const spans = assignContinuation(parts.map((p) => p.join(" ")), rest.lines, restTokens, evidence);
      spans.forEach(([s, e], k) => parts[k]!.push(...cellLines(rest, restTokens, s, e)));
    }
    row.fields.forEach((f, k) => put(f, joinCellLines(parts[k]!, ctx)));
    const second = cands[1];
    const margin = second ? best.score - second.score : 10;
    confidence = marginConfidence(margin);
    if (margin < AMBIGUOUS_MARGIN) reasons.push(`ambiguous cell boundary (score margin ${margin.toFixed(2)})`);
  } else {
    put(row.fields[0] ?? "tulosalue", joinCellLines(cellLines(row, input.tokens, 0, input.tokens.length), ctx));
    reasons.push(
      input.tokens.length > MAX_ROW_TOKENS
        ? `${input.tokens.length} words: too long for one row, not split into cells; all text put in the first`
        : `too few words for ${row.fields.length} cells; all text put in the first`,
    );
  }
  const first = row.lines[0]!;
  const lastLine = row.lines[row.lines.length - 1]!;
  const out: OkrRow = {
    n,
    section: row.section,
    toimiala: cells.toimiala!,
    tulosalue: cells.tulosalue!,
    tavoite: cells.tavoite!,
    avaintulos: cells.avaintulos!,
    toteuma: cells.toteuma!,
    line: first.n,
    lineEnd: lastLine.n,
    confidence,
    reasons,
  };
  if (Object.keys(extra).length) out.extra = extra;
  if (first.page !== undefined) out.page = first.page;
  return out;
}
