/**
 * Text path (issue 24): rows whose last cell is a sentence (a key result printed last, after an
 * added first column of recurring values) end in words that seldom recur, so no ending is learnt
 * from them word for word; where the header's last column is a sentence field, a sentence's end
 * is their shared ending. A first-column value that no page top shows is then still taken by the
 * lines it begins after such an ending.
 * Rows and words are invented.
 */
import { describe, expect, it } from "vitest";
import { findRowStarts } from "../src/reconstruct/okr-table/row-starts.js";
import { bodyOf } from "./okr-text-body.js";

const FIRSTS = ["Alfa", "Beeta", "Gamma"];
const ENDS = ["kunnassa", "vuonna", "kylässä", "talvella", "keväällä", "kesällä", "syksyllä", "aamuisin", "illoin", "öisin", "pyhinä", "arkena"];

/** A row: the first column's value with the division, the objective's rest, the key result ending a sentence in a word of its own. */
const row = (k: number) => [`${FIRSTS[k % 3]} Kotihoito Palvelu löytyy helposti`, "ja nopeasti", `${80 + k} % Asiakas saa avun ${ENDS[k]}.`];

describe("rows that end in a sentence", () => {
  it("starts a row at each line of a recurring first value that follows a sentence's end", () => {
    const rows = ENDS.map((_, k) => row(k));
    // Page tops on Alfa and Beeta rows only: Gamma is never seen under a header.
    const { body, starts } = bodyOf(rows, [0, 1, 3, 4]);
    const keyResultLast = body.map((l) => ({ ...l, sentenceLast: true }));
    expect(findRowStarts(keyResultLast, []).map((s) => s.at)).toEqual(starts);
  }, 30_000);

  it("takes no sentence's end for the rows' ending where the last column is no sentence field (notes, some rows without)", () => {
    const rows = ENDS.map((_, k) => row(k));
    const { body, starts } = bodyOf(rows, [0, 1, 3, 4]);
    const gamma = starts.filter((_, k) => k % 3 === 2);
    expect(findRowStarts(body, []).map((s) => s.at).filter((i) => gamma.includes(i))).toEqual([]);
  }, 30_000);

  it("does not take a learnt ending of lines with no word ('%.') for every sentence's end", () => {
    // Each row's value wraps its sign with the full stop onto a line of its own; inside the row a
    // sentence ends before a line that begins with a recurring word.
    const rows = ENDS.map((end, k) => [`${FIRSTS[k % 3]} Kotihoito Palvelu löytyy.`, `Asiakas saa avun ${end} ${80 + k}`, "%."]);
    const { body, starts } = bodyOf(rows, [0, 1, 3, 4]);
    const found = findRowStarts(body, []).map((s) => s.at);
    expect(found.filter((i) => body[i]!.text.startsWith("Asiakas"))).toEqual([]);
    expect(found.filter((i) => starts.includes(i)).length).toBeGreaterThan(0);
  }, 30_000);
});
