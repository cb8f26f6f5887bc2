/**
 * Page breaks inside a row: a row whose cell ends the page in a word broken at a hyphen goes on at
 * the next page's top, even when the first column goes on with a figure (a division "Valmius 112"
 * broken before its number) and every column has text on that line. A heading and header left at a
 * page's foot with no row under them head the next page's table, and make no row.
 */
import { describe, expect, it } from "vitest";
import { extractPdf } from "../src/pipeline/extract.js";
import type { PdfPage, PdfText, Word } from "../src/model/pdf.js";
import { line as lineAt } from "./synthetic-words.js";

const FS = 8;
const PITCH = 1.6 * FS;
const ROW_GAP = 6;
const X = [40, 160, 280, 420, 640];

/** The shared line builder (`synthetic-words.ts`) with the page first and this file's type size. */
const line = (page: number, text: string, x: number, baseline: number, fs = FS): Word[] => lineAt(text, x, baseline, fs, page);

type Row = string[][];

/** Tables one under another on a page: a heading (when given), the header row, the rows. */
function page(n: number, tables: { heading?: string; rows: Row[] }[]): PdfPage {
  const words: Word[] = [];
  let y = 40;
  for (const t of tables) {
    if (t.heading) {
      words.push(...line(n, t.heading, 40, y, 10));
      y += 30;
    }
    ["Toimiala", "Tulosalue", "Tavoite", "Avaintulos", "Mittari"].forEach((l, i) => words.push(...line(n, l, X[i]!, y)));
    y += PITCH + ROW_GAP;
    for (const row of t.rows) {
      row.forEach((cell, i) => cell.forEach((l, k) => words.push(...line(n, l, X[i]!, y + k * PITCH))));
      y += Math.max(...row.map((c) => c.length)) * PITCH + ROW_GAP;
    }
    y += 20;
  }
  return { number: n, width: 842, height: 595, words, rulings: [] };
}

function doc(pages: { heading?: string; rows: Row[] }[][]): PdfText {
  const ps = pages.map((t, i) => page(i + 1, t));
  return { path: "cut.pdf", sha256: "0".repeat(64), bytes: 1, pageCount: ps.length, pages: ps };
}

const FIRST: Row = [["Lintuala"], ["Kivikko"], ["Vesi kirkastuu"], ["Puro virtaa"], ["12 %"]];

describe("a row cut by a page break", () => {
  it("goes on at the next page's top when a cell ended the page in a broken word, though its first column goes on with a figure", () => {
    const res = extractPdf(
      doc([
        [{ heading: "Metsän polku", rows: [FIRST, [["Valmius ja"], ["Pelastus"], ["Palvelu"], ["Asiakas saa vas-"], ["Kerää-"]]] }],
        [{ rows: [[["112"], ["ja apu"], ["paranee"], ["tauksen nopeasti"], ["minen alkaa"]], [["Harjula"], ["Jäkälä"], ["Metsä kasvaa"], ["Tikka koputtaa"], ["3 kpl"]]] }],
      ]),
      { region: "kanta-hame" },
    );
    expect(res.rows.map((r) => [r.toimiala, r.avaintulos, r.toteuma])).toEqual([
      ["Lintuala", "Puro virtaa", "12 %"],
      ["Valmius ja 112", "Asiakas saa vastauksen nopeasti", "Kerääminen alkaa"],
      ["Harjula", "Tikka koputtaa", "3 kpl"],
    ]);
  }, 60_000);

  it("makes no row of a header left at a page's foot, and its heading heads the next page's rows", () => {
    const res = extractPdf(
      doc([
        [{ heading: "Metsän polku", rows: [FIRST] }, { heading: "Suon reuna", rows: [] }],
        [{ rows: [[["Harjula"], ["Jäkälä"], ["Metsä kasvaa"], ["Tikka koputtaa"], ["3 kpl"]]] }],
      ]),
      { region: "kanta-hame" },
    );
    expect(res.rows.map((r) => [r.section, r.toimiala])).toEqual([
      ["Metsän polku", "Lintuala"],
      ["Suon reuna", "Harjula"],
    ]);
  }, 60_000);
});
