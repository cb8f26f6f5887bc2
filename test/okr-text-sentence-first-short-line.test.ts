/**
 * Text path (issue 24, helper txtrepeat): a table whose first column is the key result, written
 * cell after cell. A row's start is found upwards from the recurring cell after its key result,
 * a line going on in the line below when it was full: it and the next word would not have fitted
 * in the first column. A short measured value ("212 kpl") followed by a key result that opens
 * with a long word passed that test, so the value was read as the next key result's first line.
 * A line shorter than half the column was not full: a long word after it would have been broken
 * there. Rows and words are invented.
 */
import { describe, expect, it } from "vitest";
import { findRowStarts } from "../src/reconstruct/okr-table/row-starts.js";
import { bodyOf } from "./okr-text-body.js";

const NAMES = ["Alfa", "Beeta", "Gamma"];
/** First words of the key results: some long enough to fill most of a line after a short one. */
const FIRSTS = ["Uusi", "Asiakastyytyväisyyskysely", "Kokeilu", "Neuvontapuhelinpalvelu", "Lomake", "Palveluohjausjärjestelmä", "Kysely", "Ilmoitus", "Vastaanotto", "Jonotus"];

/** A key result over two lines (wrapped at a hyphen), the division line, the objective's rest, a short measured value. */
function row(k: number): string[] {
  return [`${FIRSTS[k]} paranee ja ohjaus löy-`, "tää oikean palvelun kevään aikana.", `${NAMES[k % 3]} Kotihoito Palvelu löytyy yhdellä yhteydenotolla`, "ja nopeasti", `${210 + k} kpl`];
}

describe("a key result printed first after a short measured value", () => {
  it("starts each row at its key result's first line, not at the short measured value above it", () => {
    const rows = FIRSTS.map((_, k) => row(k));
    const { body, starts } = bodyOf(rows, [0]);
    const keyResultFirst = body.map((l) => ({ ...l, sentenceFirst: true }));
    expect(findRowStarts(keyResultFirst, []).map((s) => s.at)).toEqual(starts);
  }, 30_000);
});
