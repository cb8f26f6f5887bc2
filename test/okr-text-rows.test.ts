/**
 * Row starts of the OKR table's text path (issue 24): evidence for where a row begins, taken from
 * the document itself (what recurs, how rows end), for tables whose columns are in another order.
 */
import { describe, expect, it } from "vitest";
import { findRowStarts, type BodyLine } from "../src/reconstruct/okr-table/row-starts.js";

/** Body lines of invented rows: each row's lines in order; a page top (under a header) where marked. */
function bodyOf(rows: string[][], tops: number[]): { body: BodyLine[]; starts: number[] } {
  const body: BodyLine[] = [];
  const starts: number[] = [];
  rows.forEach((r, k) => {
    starts.push(body.length);
    r.forEach((text, j) => body.push({ n: body.length + 1, text, blankBefore: false, underHeader: j === 0 && tops.includes(k), cells: 5 }));
  });
  return { body, starts };
}

describe("OKR table text path: row starts", () => {
  it("does not start a row at an objective restated in several rows that follows a sentence ending in a value", () => {
    // Columns reordered: name, name, key result (sentences), objective (recurs), measured value.
    // The objective "Delta …" begins a line after a key result ending "80 %." (a sentence); rows
    // end in a bare value "85 %". Both end in a number: only the full stop tells them apart.
    const row = (first: string, v: number) => [`${first} Kotihoito Asiakkaat saavat`, `apua ajoissa ${v} %.`, `Delta tavoite on tärkeä ${v + 5} %`];
    const rows = [row("Alfa", 10), row("Alfa", 20), row("Alfa", 30), row("Beeta", 40), row("Beeta", 50), row("Alfa", 60), row("Alfa", 70), row("Beeta", 80)];
    const { body, starts } = bodyOf(rows, [0, 5]);
    expect(findRowStarts(body, []).map((s) => s.at)).toEqual(starts);
  }, 30_000);
});
