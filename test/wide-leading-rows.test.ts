/**
 * Borderless tables whose lines stand far apart (pdfkit at leading 1.5 or more, a browser's tall
 * line-height) with the objective printed first and wrapped over more lines than any other cell of
 * its row: the gap between two lines of one cell is then wider than a fixed share of the type size,
 * so it must be told from the gap between rows by the document's own line pitch, measured here on
 * lines that end in a word broken at a hyphen (the word goes on in the same cell).
 */
import { describe, expect, it } from "vitest";
import { extractPdf } from "../src/pipeline/extract.js";
import type { PdfPage, PdfText, Word } from "../src/model/pdf.js";
import { line as wordsOn } from "./synthetic-words.js";

const FS = 8;
/** Leading 1.5 × pdfkit's 1.2: lines 1.8 type sizes apart, 0.8 type sizes of white between them. */
const PITCH = 1.8 * FS;
/** Cell padding above and below (0.2 cm each): rows stand this much further apart. */
const ROW_PAD = 11.3;
const X = [40, 160, 260, 360, 560];

const line = (text: string, x: number, baseline: number): Word[] => wordsOn(text, x, baseline, FS);

function table(hyphen: string): PdfText {
  const words: Word[] = line("Metsän polku", 40, 60).map((w) => ({ ...w, fontSize: 10 }));
  ["Tavoite", "Toimiala", "Tulosalue", "Avaintulos", "Mittari"].forEach((l, i) => words.push(...line(l, X[i]!, 90)));
  // The second line of each objective ends in a whole word: only the pitch tells that the third goes on.
  const rows = [
    [["Hirvet kulkevat pol" + hyphen, "kuja pitkin kohti", "järven rantaa"], ["Lintuala"], ["Kivikko"], ["Puro vir" + hyphen, "taa"], ["12 %"]],
    [["Kettu juoksee pel" + hyphen, "lon laitaa pitkin", "kevään tullen"], ["Kalaniemi"], ["Ruovikko"], ["Sorsat lentä" + hyphen, "vät ylös"], ["5 %"]],
    [["Tikka koputtaa puu" + hyphen, "ta aamulla ja", "illalla"], ["Mäkelä"], ["Kanerva"], ["Kuusi viher" + hyphen, "tää"], ["7 pv"]],
    [["Karhu nukkuu tal" + hyphen, "ven yli luolassaan", "syvässä metsässä"], ["Harjula"], ["Jäkälä"], ["Kallio läm" + hyphen, "penee"], ["3 kpl"]],
  ];
  let y = 90 + PITCH + ROW_PAD;
  for (const row of rows) {
    row.forEach((cell, i) => cell.forEach((l, k) => words.push(...line(l, X[i]!, y + k * PITCH))));
    y += 3 * PITCH + 2 * ROW_PAD;
  }
  const page: PdfPage = { number: 1, width: 842, height: 595, words, rulings: [] };
  return { path: "wide.pdf", sha256: "0".repeat(64), bytes: 1, pageCount: 1, pages: [page] };
}

const WANT = [
  ["Hirvet kulkevat polkuja pitkin kohti järven rantaa", "Lintuala", "Puro virtaa"],
  ["Kettu juoksee pellon laitaa pitkin kevään tullen", "Kalaniemi", "Sorsat lentävät ylös"],
  ["Tikka koputtaa puuta aamulla ja illalla", "Mäkelä", "Kuusi vihertää"],
  ["Karhu nukkuu talven yli luolassaan syvässä metsässä", "Harjula", "Kallio lämpenee"],
];

describe("a borderless table whose lines stand wider apart than a fixed share of the type size", () => {
  it("keeps each wrapped objective in its row when its words are broken with drawn hyphens (pdfkit)", () => {
    const res = extractPdf(table("-"), { region: "kanta-hame" });
    expect(res.rows.map((r) => [r.tavoite, r.toimiala, r.avaintulos])).toEqual(WANT);
  }, 60_000);

  it("does so too when unused soft hyphens stand before the drawn one (Chromium)", () => {
    const res = extractPdf(table("\u00ad\u00ad"), { region: "kanta-hame" });
    expect(res.rows.map((r) => [r.tavoite.replace(/\u00ad/g, ""), r.toimiala, r.avaintulos])).toEqual(WANT);
  }, 60_000);
});
