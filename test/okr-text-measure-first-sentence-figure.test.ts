/**
 * Text path (issue 24): columns in reversed order, the measured value printed first and the key
 * result after it, in text that writes a row cell after cell (`pdftotext -raw`). A key result
 * wrapped so that a figure of its own opens a line ("… päivitetään" / "2027 mennessä kaikissa
 * tiimeissä,") begins no row: the line above ends mid-sentence in a lower-case word and stands once
 * in the document, and no capitalized cell follows the figure on its line, where a row's first line
 * goes on to the key result's capital. Rows and words are invented.
 */
import { describe, expect, it } from "vitest";
import { findRowStarts } from "../src/reconstruct/okr-table/row-starts.js";
import { bodyOf } from "./okr-text-body.js";

const MEASURES = ["82 %", "3,5 / 5", "12 kpl", "97 % toteutunut", "40 käyntiä", "64 %", "7 kpl", "88 %"];
const KEYS = ["Asukkaiden", "Kokeilun", "Palveluohjauksen", "Neuvonnan", "Jonotuksen", "Lomakkeen", "Kyselyn", "Yhteydenoton"];
const VERBS = ["päivitetään", "laajennetaan", "kuvataan", "arvioidaan", "uusitaan", "tarkistetaan", "kootaan", "sovitaan"];
const AREAS = ["Neuvonta Alfa 2", "Kotihoito Alfa 2", "Vastaanotto Beeta"];

/** Measure, key result, objective, result area and division; every other key result wraps before a figure of its own. */
function row(k: number): string[] {
  const names = ["Apu löytyy ajoissa", `${AREAS[k % 3]}`];
  if (k % 2) return [`${MEASURES[k]} ${KEYS[k]} toimintamalli ${VERBS[k]}`, `${2026 + (k % 3)} mennessä kaikissa tiimeissä,`, "ja ohjaus löytää oikean palvelun.", ...names];
  return [`${MEASURES[k]} ${KEYS[k]} toimintamalli ${VERBS[k]} ja`, "ohjaus löytää oikean palvelun.", ...names];
}

describe("the measured value printed first, a key result after it with a figure opening a wrapped line", () => {
  it("starts each row at its measured value's line, not at the key result's figure", () => {
    const { body, starts } = bodyOf(MEASURES.map((_, k) => row(k)), [0]);
    const measureFirst = body.map((l) => ({ ...l, figureFirst: true }));
    expect(findRowStarts(measureFirst, []).map((s) => s.at)).toEqual(starts);
  }, 30_000);

  it("still starts a row at a measured value alone on its line after a division's last line", () => {
    // The value wraps ("97 %" / "toteutunut"), so the key result begins on the next line; the line
    // above it is a division's last line, which recurs row after row.
    const rows = MEASURES.map((m, k) => [m, `${KEYS[k]} toimintamalli ${VERBS[k]}.`, "Apu löytyy ajoissa", "Neuvonta Alfa", "kotiin annettava tuki"]);
    const { body, starts } = bodyOf(rows, [0]);
    const measureFirst = body.map((l) => ({ ...l, figureFirst: true }));
    expect(findRowStarts(measureFirst, []).map((s) => s.at)).toEqual(starts);
  }, 30_000);
});
