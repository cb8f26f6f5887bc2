/**
 * A PDF header naming only two known fields (the rest under names no rule has, an added column):
 * a header by the band's shape and the rows under it (`label-band.ts`), never a data row or a
 * line of prose that holds two label words.
 */
import { describe, expect, it } from "vitest";
import { findHeaderRows } from "../src/reconstruct/okr-table/header.js";
import { loadRules } from "../src/rules/load.js";
import type { PdfPage, Word } from "../src/model/pdf.js";
import { line } from "./synthetic-words.js";

const FS = 8;
/** Column starts of an invented seven-column table. */
const XS = [40, 130, 220, 340, 500, 580, 680];

function page(rows: string[][], headerY = 70): PdfPage {
  const words: Word[] = [];
  rows.forEach((cells, r) => cells.forEach((text, i) => text && words.push(...line(text, XS[i]!, headerY + r * 14, FS))));
  return { number: 1, width: 842, height: 595, words, rulings: [] };
}

// Invented labels: two known fields (result area, measure), an unknown division, objective, key
// result and yearly label, and an added code column.
const HEADER = ["Piiri", "Tulosalue", "Suunta", "Etappi", "Toteuma", "Kausiarvio 2026", "Koodi"];
const BODY = [
  ["Kotiapu", "Ohjaus", "Apu heti", "Soitto vastataan", "80 %", "toteutui", "K1"],
  ["Kotiapu", "Ohjaus", "Apu heti", "Jono lyhenee", "12 pv", "osittain", "K2"],
];

describe("a PDF header of few known labels", () => {
  const rules = loadRules();

  it("is the table's header when its cells read as labels and rows with a figure stand under it", () => {
    const rows = findHeaderRows(page([HEADER, ...BODY]), rules.okrTable);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.labels.map((l) => l.field)).toEqual(["extra:Piiri", "tulosalue", "extra:Suunta", "extra:Etappi", "toteuma", "extra:Kausiarvio 2026", "extra:Koodi"]);
  }, 30_000);

  it("keeps the wrapped rests of unknown labels that share a line below the known labels", () => {
    const head = page([["Seutu-", "Tulosalue", "Suunta", "Etappi", "Toteuma", "Kausi-", "Koodi"]]).words;
    const rests = [...line("piiri", XS[0]!, 80, FS), ...line("arvio", XS[5]!, 80, FS)];
    const p: PdfPage = { number: 1, width: 842, height: 595, words: [...head, ...rests, ...page(BODY, 94).words], rulings: [] };
    const rows = findHeaderRows(p, rules.okrTable);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.labels.map((l) => l.field)).toEqual(["extra:Seutupiiri", "tulosalue", "extra:Suunta", "extra:Etappi", "toteuma", "extra:Kausiarvio", "extra:Koodi"]);
  }, 30_000);

  it("is no header without rows under it", () => {
    expect(findHeaderRows(page([HEADER]), rules.okrTable)).toHaveLength(0);
    expect(findHeaderRows(page([HEADER, ["Metsä", "", "Polku", "", "", "", ""]]), rules.okrTable)).toHaveLength(0);
  }, 30_000);

  it("takes no data row or prose holding two label words for a header", () => {
    // A data row whose cells hold the words "Tulosalue" and "Toteuma", among sentences and figures.
    const dataRow = ["Kotiapu", "Tulosalue", "Apu heti, nopeasti.", "Soitto vastataan 2 päivässä", "Toteuma", "80 %", "K1"];
    expect(findHeaderRows(page([dataRow, ...BODY]), rules.okrTable)).toHaveLength(0);
    // A line of prose that names two labels.
    const prose: Word[] = line("Tulosalue ja Toteuma kerrotaan alla, kun vuosi 2026 on päättynyt ja luvut ovat valmiit.", 40, 70, FS);
    const below = page(BODY, 84).words;
    expect(findHeaderRows({ number: 1, width: 842, height: 595, words: [...prose, ...below], rulings: [] }, rules.okrTable)).toHaveLength(0);
  }, 30_000);
});
