/**
 * A header with only three known labels: enough when the key result's label is one of them (the
 * column that makes a table an OKR table), while the other columns carry words no vocabulary has.
 */
import { describe, expect, it } from "vitest";
import { findHeaderRows } from "../src/reconstruct/okr-table/header.js";
import { detectOkrTable } from "../src/families/okr-table/detect.js";
import { findTextHeaders } from "../src/reconstruct/okr-table/text-header.js";
import { loadRules } from "../src/rules/load.js";
import type { PdfPage, Word } from "../src/model/pdf.js";
import type { SourceLine } from "../src/model/source.js";
import { line } from "./synthetic-words.js";

const FS = 8;

function header(cells: [string, number][]): PdfPage {
  const words: Word[] = cells.flatMap(([text, x]) => line(text, x, 70, FS));
  return { number: 1, width: 842, height: 595, words, rulings: [] };
}

const pageLines = (...texts: string[]): SourceLine[] => texts.map((text, i) => ({ n: i + 1, text, page: 1 }) as SourceLine);

describe("a header with three known labels", () => {
  const rules = loadRules();
  // Invented labels for the result area, the objective and the yearly column.
  const cells: [string, number][] = [["Toimiala", 40], ["Yksikkö", 120], ["Suunta", 200], ["Avaintulos", 320], ["Mittari", 480], ["Vuosikatsaus", 560]];

  it("is found on a PDF page when the key result is among them, and not without it", () => {
    const rows = findHeaderRows(header(cells), rules.okrTable);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.labels.map((l) => l.field)).toEqual(["toimiala", "extra:Yksikkö", "extra:Suunta", "avaintulos", "toteuma", "extra:Vuosikatsaus"]);
    const noKeyResult = cells.map(([t, x]): [string, number] => [t === "Avaintulos" ? "Muutos" : t, x]);
    expect(findHeaderRows(header(noKeyResult), rules.okrTable)).toHaveLength(0);
  });

  it("makes a PDF an OKR table only as a row of labels, not as a sentence that names them", () => {
    expect(detectOkrTable(pageLines("Toimiala Yksikkö Suunta Avaintulos Mittari Vuosikatsaus", "Kotihoito Yö Hoito Asiakas saa avun 80 %"), rules, { pdf: true })?.family).toBe("okr-table");
    expect(detectOkrTable(pageLines("Toimialan tavoitteet, avaintulokset ja mittari käsiteltiin kokouksessa.", "Päätös: merkittiin tiedoksi."), rules, { pdf: true })).toBeNull();
  });

  it("is found in text when the key result is among them and the header has as many columns as labels needed", () => {
    const text = (header: string) => pageLines("Metsän polku", header, "Kotihoito Yö Hoito Asiakas saa avun 80 %");
    const h = findTextHeaders(text("Toimiala Yksikkö Suunta Avaintulos Mittari Vuosikatsaus"), rules.okrTable);
    expect(h).toHaveLength(1);
    expect(h[0]!.columns).toEqual(expect.arrayContaining(["toimiala", "avaintulos", "toteuma"]));
    // Two known labels without the key result: a header only as a row of labels with rows under it (`label-line.ts`).
    expect(findTextHeaders(text("Toimiala Yksikkö Suunta Muutos Mittari Vuosikatsaus"), rules.okrTable)).toHaveLength(1);
    expect(findTextHeaders(pageLines("Metsän polku", "Toimiala Yksikkö Suunta Muutos Mittari Vuosikatsaus", "Kotihoito Yö Hoito Asiakas saa avun"), rules.okrTable)).toHaveLength(0);
    // Three known labels and nothing else: too few columns to be the table's header.
    expect(findTextHeaders(text("Toimiala Avaintulos Mittari"), rules.okrTable)).toHaveLength(0);
  }, 30_000);
});
