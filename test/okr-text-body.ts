/** Shared helper of the OKR text-path row tests: body lines built from invented rows. */
import type { BodyLine } from "../src/reconstruct/okr-table/row-starts.js";

/** Body lines of invented rows: each row's lines in order; a page top (under a header) where marked. */
export function bodyOf(rows: string[][], tops: number[]): { body: BodyLine[]; starts: number[] } {
  const body: BodyLine[] = [];
  const starts: number[] = [];
  rows.forEach((r, k) => {
    starts.push(body.length);
    r.forEach((text, j) => body.push({ n: body.length + 1, text, blankBefore: false, underHeader: j === 0 && tops.includes(k), cells: 5 }));
  });
  return { body, starts };
}
