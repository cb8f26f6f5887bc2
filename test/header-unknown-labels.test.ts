/**
 * Header cells no vocabulary knows, set close together over narrow columns: each capitalized word
 * after another on the same line is a column of its own, while a label's own small-letter words
 * stay with it.
 */
import { describe, expect, it } from "vitest";
import { findHeaderRows } from "../src/reconstruct/okr-table/header.js";
import { loadRules } from "../src/rules/load.js";
import type { PdfPage, Word } from "../src/model/pdf.js";
import { line } from "./synthetic-words.js";

const FS = 8;

function header(cells: [string, number][]): PdfPage {
  const words: Word[] = cells.flatMap(([text, x]) => line(text, x, 70, FS));
  return { number: 1, width: 842, height: 595, words, rulings: [] };
}

describe("unknown header labels set close together", () => {
  const rules = loadRules().okrTable;
  const known: [string, number][] = [["Tulosalue", 120], ["Tavoite", 200], ["Avaintulos", 320], ["Mittari", 480]];

  it("are a column each when each opens with a capital (two narrow columns, their labels 4 pt apart)", () => {
    const rows = findHeaderRows(header([["Koodi", 40], ["Lohko", 64], ...known]), rules);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.labels.map((l) => l.field)).toEqual(["extra:Koodi", "extra:Lohko", "tulosalue", "tavoite", "avaintulos", "toteuma"]);
  });

  it("stay one column when the next word goes on in small letters or after a joiner", () => {
    const rows = findHeaderRows(header([["Vastuuhenkilön nimike", 20], ...known]), rules);
    expect(rows[0]!.labels.map((l) => l.field)).toEqual(["extra:Vastuuhenkilön nimike", "tulosalue", "tavoite", "avaintulos", "toteuma"]);
    const joined = findHeaderRows(header([["Hanke / Ohjelma", 20], ...known]), rules);
    expect(joined[0]!.labels.map((l) => l.field)).toEqual(["extra:Hanke / Ohjelma", "tulosalue", "tavoite", "avaintulos", "toteuma"]);
  });
});
