/**
 * One header cell that names its field twice, joined by a slash ("Toteuma / mittari", issue 24):
 * one column, from PDF (side by side, or wrapped with the second name's first syllable on the
 * first line) and from text, never a second column that takes the values' last words.
 */
import { describe, expect, it } from "vitest";
import { findHeaderRows } from "../src/reconstruct/okr-table/header.js";
import { findTextHeaders } from "../src/reconstruct/okr-table/text-header.js";
import { loadRules } from "../src/rules/load.js";
import type { PdfPage, Word } from "../src/model/pdf.js";
import { line } from "./synthetic-words.js";

const rules = loadRules();
const FS = 8;

function header(cells: [string, number][], below: [string, number][] = []): PdfPage {
  const words: Word[] = [];
  for (const [t, x] of cells) words.push(...line(t, x, 100, FS));
  for (const [t, x] of below) words.push(...line(t, x, 100 + 1.2 * FS, FS));
  return { number: 1, width: 842, height: 595, words, rulings: [] };
}

describe("a header cell that names its field twice", () => {
  it("is one column from PDF, the names side by side", () => {
    const page = header([["Toimiala", 40], ["Tulosalue", 120], ["Tavoite", 200], ["Avaintulos", 320], ["Toteuma / mittari", 460], ["Toteutuminen vuositasolla", 560]]);
    const fields = findHeaderRows(page, rules.okrTable)[0]!.labels.map((l) => l.field);
    expect(fields).toEqual(["toimiala", "tulosalue", "tavoite", "avaintulos", "toteuma", "vuositaso"]);
  }, 30_000);

  it("is one column from PDF, the second name wrapped after its first syllable", () => {
    const page = header(
      [["Toimialue", 40], ["Tulosyksikkö", 120], ["Tavoite", 200], ["Avaintulos", 320], ["Mittari / To-", 460], ["Toteutumi-", 560]],
      [["teuma", 460], ["nen vuositasolla", 560]],
    );
    const fields = findHeaderRows(page, rules.okrTable)[0]!.labels.map((l) => l.field);
    expect(fields).toEqual(["toimiala", "tulosalue", "tavoite", "avaintulos", "toteuma", "vuositaso"]);
  }, 30_000);

  it("is one column from text, and an unknown name after a slash stays an added column", () => {
    const lines = (texts: string[]) => texts.map((text, i) => ({ n: i + 1, text }));
    expect(findTextHeaders(lines(["Toimiala Tulosalue Tavoite Avaintulos Toteuma / mittari Toteutuminen", "vuositasolla"]), rules.okrTable)[0]!.columns).toEqual([
      "toimiala",
      "tulosalue",
      "tavoite",
      "avaintulos",
      "toteuma",
      "vuositaso",
    ]);
    expect(findTextHeaders(lines(["Toimiala Tulosalue / vastuuhenkilö Tavoite Avaintulos Mittari"]), rules.okrTable)[0]!.columns).toEqual([
      "toimiala",
      "tulosalue",
      "extra:vastuuhenkilö",
      "tavoite",
      "avaintulos",
      "toteuma",
    ]);
  }, 30_000);
});
