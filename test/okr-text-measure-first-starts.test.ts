/**
 * Text path (issue 24): a table whose first column is the measured value ("82 %", "3,5", "12 kpl"),
 * in text that writes a row cell after cell (`pdftotext -raw`). The figures differ row by row, so no
 * first word recurs; a figure opening a line is the column's recurring value. A figure alone on
 * its line (a division's name wrapped before its figure, "Beetapalvelut" / "4") starts no row, nor
 * does a sentence's last line that opens with a figure ("90 % asukkaista kevään aikana.").
 * Rows and words are invented.
 */
import { describe, expect, it } from "vitest";
import { findRowStarts } from "../src/reconstruct/okr-table/row-starts.js";
import { bodyOf } from "./okr-text-body.js";

const MEASURES = ["82 %", "3,5", "12 kpl", "-2 %", "97 % toteutunut", "40 käyntiä", "1,8 vrk", "64 %", "7 kpl", "88 %"];
const AREAS = ["Neuvonta", "Kotihoito", "Vastaanotto"];
const KEYS = ["Asukkaiden", "Kokeilu", "Palveluohjaus", "Uusi", "Jonotus", "Ilmoitus", "Lomake", "Kysely", "Neuvonta", "Yhteydenotto"];

/** Measure, division, result area, objective and key result; every third division wraps before its figure. */
function row(k: number): string[] {
  const key = [`${KEYS[k]} toimii kaikissa kunnissa ja ohjaus löytää`, k % 2 ? "90 % asukkaista kevään aikana." : "oikean palvelun kevään aikana."];
  if (k % 3 === 2) return [`${MEASURES[k]} Beetapalvelut`, "4", `${AREAS[k % 3]} Apu löytyy ajoissa`, ...key];
  return [`${MEASURES[k]} Alfa 2 ${AREAS[k % 3]} Apu löytyy ajoissa ${key[0]}`, key[1]!];
}

describe("the measured value printed first, rows written cell after cell", () => {
  it("starts each row at its measured value's line, not at a division's figure wrapped onto a line of its own nor at a sentence's figure", () => {
    const { body, starts } = bodyOf(MEASURES.map((_, k) => row(k)), [0]);
    const measureFirst = body.map((l) => ({ ...l, figureFirst: true }));
    expect(findRowStarts(measureFirst, []).map((s) => s.at)).toEqual(starts);
  }, 30_000);

  it("starts a row at a measured value followed by a key result that opens with a figure", () => {
    // The key result printed second ("98 % 80 % asukkaista …"), the names on a line after it.
    const rows = MEASURES.map((m, k) => [`${m} ${60 + k} % asukkaista saa ajan samana tai`, "seuraavana arkipäivänä.", `Alfa 2 ${AREAS[k % 3]} Apu löytyy ajoissa`]);
    const { body, starts } = bodyOf(rows, [0]);
    const measureFirst = body.map((l) => ({ ...l, figureFirst: true }));
    expect(findRowStarts(measureFirst, []).map((s) => s.at)).toEqual(starts);
  }, 30_000);
});
