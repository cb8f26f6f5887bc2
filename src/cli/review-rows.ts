/**
 * The rows `review` lists, each with the reasons to look at it: what the reader recorded (an
 * ambiguous cell boundary = low score margin, a row continued across a page, a word crossing a
 * column) and what the stored values show (an empty cell, a value with digits that did not parse).
 * Why derived here too: a row is worth a look for what it holds, not only for how sure the reader
 * was, and a row listed with no reason tells the reader nothing.
 */
import type { DB } from "../store/db.js";
import { reviewCandidates, type ReviewCandidate } from "../store/queries.js";

/** A row `review` lists: the stored key result without the fields only weighed, and every reason. */
export type ReviewRow = Omit<ReviewCandidate, "tavoite" | "toteuma_value" | "toteuma_status" | "reasons"> & { reasons: string[] };

const CELLS = ["toimiala", "tulosalue", "tavoite", "avaintulos", "toteuma"] as const;
/** Statuses that explain a toteuma without a number ("Ei vielä mitattavissa 2025"). */
const EXPLAINED = new Set(["not_yet_measurable", "data_pending", "deferred"]);

/** Reasons from the stored values of one row, beside the recorded ones. */
export function valueReasons(r: Record<(typeof CELLS)[number], string> & { toteuma_value: number | null; toteuma_status: string }, recorded: readonly string[]): string[] {
  const out: string[] = [];
  const empty = CELLS.filter((c) => !r[c]?.trim());
  if (empty.length && !recorded.some((x) => x.startsWith("empty cell"))) out.push(`empty cell: ${empty.join(", ")}`);
  if (/\d/.test(r.toteuma) && r.toteuma_value === null && !EXPLAINED.has(r.toteuma_status)) out.push(`value not parsed: "${r.toteuma.slice(0, 60)}"`);
  return out;
}

/** Rows below the confidence threshold or with a value to check, every one with its reasons. */
export function reviewRows(db: DB, below: number): ReviewRow[] {
  const rows = reviewCandidates(db);
  const out: ReviewRow[] = [];
  for (const r of rows) {
    const recorded = JSON.parse(r.reasons) as string[];
    const derived = valueReasons(r, recorded);
    if (r.confidence >= below && derived.length === 0) continue;
    const reasons = [...recorded, ...derived];
    if (reasons.length === 0) reasons.push(`confidence ${r.confidence} below ${below}, no single cause recorded by the reader`);
    const { tavoite: _t, toteuma_value: _v, toteuma_status: _s, ...rest } = r;
    out.push({ ...rest, reasons });
  }
  return out;
}
