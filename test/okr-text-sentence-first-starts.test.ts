/**
 * Text path (issue 24): a table whose first column is the key result, in text that writes a row
 * cell after cell (`pdftotext -raw` of a word processor's table). The cell after the key result
 * begins a line with a recurring name; between two such lines lies one row start, the first line
 * of the key result that ends right above the second, found upwards by how its lines wrap.
 * Rows and words are invented.
 */
import { describe, expect, it } from "vitest";
import { findRowStarts } from "../src/reconstruct/okr-table/row-starts.js";
import { bodyOf } from "./okr-text-body.js";

const NAMES = ["Alfa", "Beeta", "Gamma"];
const FIRSTS = ["Asukkaiden", "Kokeilu", "Palveluohjaus", "Uusi", "Jonotus", "Ilmoitus", "Vastaanotto", "Lomake", "Kysely", "Neuvonta"];

/** A key result wrapped over two lines (the first full), the division line, the objective's rest, the measured value. */
function row(k: number, digitSecond: boolean): string[] {
  const key = digitSecond
    ? [`${FIRSTS[k]} käynnistyy kaikissa kunnissa viimeistään vuoden`, "2026 aikana."]
    : [`${FIRSTS[k]} palveluohjaus paranee ja ohjaus löytää oi-`, "kean palvelun kevään aikana."];
  return [...key, `${NAMES[k % 3]} Kotihoito Palvelu löytyy yhdellä yhteydenotolla`, "ja nopeasti", `${80 + k} % toteutunut`];
}

describe("a key result printed first, rows written cell after cell", () => {
  it("starts each row at its key result's first line, not at the measured value above it nor at a line of figures inside it", () => {
    const rows = FIRSTS.map((_, k) => row(k, k % 3 === 1));
    const { body, starts } = bodyOf(rows, [0]);
    const keyResultFirst = body.map((l) => ({ ...l, sentenceFirst: true }));
    expect(findRowStarts(keyResultFirst, []).map((s) => s.at)).toEqual(starts);
  }, 30_000);
});
