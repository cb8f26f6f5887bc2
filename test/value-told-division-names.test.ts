/**
 * A division under a header label no vocabulary has, told by its values (value-told.ts) though its
 * names run long or are numbered ("1. …"): the division's long runs and the hierarchy tell it.
 */
import { describe, expect, it } from "vitest";
import { valueToldColumns, type FieldCells } from "../src/reconstruct/okr-table/value-told.js";

/** Invented divisions of 70 letters and more, numbered ones, and a sum per division (a figure with its unit). */
const LONG = [
  "Metsien, soiden, järvien ja tunturien hoidon sekä retkeilyreittien kokonaisuus",
  "Saariston, rannikon ja jokivarsien virkistysalueiden ylläpito ja palvelut yhdessä",
  "Kansallispuistojen opastus-, tiedotus- ja luontokeskuspalvelut koko maakunnassa",
  "Eräpalvelujen, kalastuslupien ja metsästyksen valvonnan sekä neuvonnan palvelut",
];
const NUMBERED = ["1. Metsä", "2. Järvi", "3. Suo", "4. Tunturi"];
const SUMS = ["120 000 €", "45 000 €", "8 500 €", "300 000 €"];

/**
 * 32 rows: four divisions of two result areas, two objectives per area, two key results per
 * objective, printed key result first; the division's column under the unknown label "Kenttä".
 */
function table(divisions: readonly string[], withSums = false): FieldCells[] {
  return Array.from({ length: 32 }, (_, n) => {
    const d = n >> 3;
    const area = `${["Metsä", "Järvi", "Suo", "Tunturi"][d]}n ${["kuusikko", "koivikko"][(n >> 2) & 1]}`;
    const fields = ["avaintulos", "extra:Kenttä", "tulosalue", "tavoite", "toteuma"];
    const texts = [`Reitti ${n + 1} merkitään ja sen opasteet uusitaan vuoden aikana`, divisions[d]!, area, `Polut ${area.toLowerCase()} kunnossa ${["keväällä", "syksyllä"][(n >> 1) & 1]}`, `${(n * 7) % 100} %`];
    if (withSums) {
      fields.push("extra:Budjetti");
      texts.push(SUMS[d]!);
    }
    return { fields, texts };
  });
}

const told = (rows: FieldCells[]) => Object.fromEntries(valueToldColumns(rows, { printedOrder: true }));

describe("valueToldColumns: a division's names", () => {
  it("tells a division whose names run longer than 60 letters on average", () => {
    expect(LONG.every((d) => d.length > 70)).toBe(true);
    expect(told(table(LONG))).toEqual({ "extra:Kenttä": "toimiala" });
  }, 30_000);

  it("tells a division whose names are numbered, but not a column of sums that open with their figure", () => {
    expect(told(table(NUMBERED))).toEqual({ "extra:Kenttä": "toimiala" });
    expect(told(table(NUMBERED, true))).toEqual({ "extra:Kenttä": "toimiala" });
  }, 30_000);
});
