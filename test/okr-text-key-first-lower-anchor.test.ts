/**
 * Text path (issue 24): a key result printed first, then an added column of lower-case values,
 * the result area, the division (wrapped over two lines) and an objective restated row after row
 * (`pdftotext -raw` of a word processor's table). The lower-case values after the key result's
 * sentence end mark one line in each row; the restated objective, right after the division's
 * recurring last line, is a later cell of its row, never a row start, also where a page break
 * leaves its row without a second anchor. Rows and words are invented.
 */
import { describe, expect, it } from "vitest";
import { findRowStarts } from "../src/reconstruct/okr-table/row-starts.js";
import { bodyOf } from "./okr-text-body.js";

const REACH = ["laaja", "pieni", "rajattu, noin 40 henkeä", "välillinen"];
const FIRSTS = ["Asukkaiden", "Kokeilu", "Palveluohjaus", "Uusi", "Jonotus", "Ilmoitus", "Vastaanotto", "Lomake", "Kysely", "Neuvonta", "Etäkäynti", "Ryhmä"];

/** Key result (two lines), added value with the area and the division's start, its rest, the objective (two lines), the measured value. */
function row(k: number): string[] {
  return [
    `${FIRSTS[k]} palveluohjaus paranee ja ohjaus löytää oi-`,
    "kean palvelun kevään aikana.",
    `${REACH[k % REACH.length]} Asiakasohjaus Kotikunto ja arjen`,
    "tuki",
    "Neuvonta pelaa heti ensimmäi-",
    "sellä kerralla",
    `${60 + k} %`,
  ];
}

describe("a key result first, a lower-case added value after it, an objective restated in every row", () => {
  it("starts each row at its key result, not at the restated objective after the division's last line", () => {
    const rows = FIRSTS.map((_, k) => row(k));
    const { body, starts } = bodyOf(rows, [0, 6]);
    const keyResultFirst = body.map((l) => ({ ...l, sentenceFirst: true, cells: 7 }));
    expect(findRowStarts(keyResultFirst, []).map((s) => s.at)).toEqual(starts);
  }, 30_000);
});
