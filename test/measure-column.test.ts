/** The measure column told by its values when its header label is no known word (measure-column.ts). */
import { describe, expect, it } from "vitest";
import { measureColumn } from "../src/reconstruct/okr-table/measure-column.js";
import type { FieldCells } from "../src/reconstruct/okr-table/division-column.js";

const FIELDS = ["toimiala", "tulosalue", "tavoite", "extra:Luokka", "avaintulos", "vuositaso", "extra:Lukema"];
const CLASSES = ["A", "B", "C"];
const READINGS = ["80 %", "12 käyntiä", "n. 60 %", "ei mitattu", "1 200 asiakasta"];

/** Eighteen invented rows: an added class column before the key result, the measure last beside the yearly column. */
function rows(fields = FIELDS, reading = (n: number) => READINGS[n % READINGS.length]!): FieldCells[] {
  return Array.from({ length: 18 }, (_, n) => {
    const byField: Record<string, string> = { toimiala: "Metsä", tulosalue: "Kuusikko", tavoite: "Kasvu", "extra:Luokka": CLASSES[n % 3]!, avaintulos: `Tulos ${n}`, vuositaso: "osittain", "extra:Lukema": reading(n), "extra:Paino": `${10 + n} %`, toteuma: reading(n) };
    return { fields, texts: fields.map((f) => byField[f] ?? "") };
  });
}

describe("measureColumn", () => {
  it("takes the added column of figures beside the yearly column when the header names no measure", () => {
    expect(measureColumn(rows())).toBe("extra:Lukema");
  }, 10_000);

  it("takes nothing when the header names a measure column", () => {
    expect(measureColumn(rows(FIELDS.map((f) => (f === "extra:Lukema" ? "toteuma" : f))))).toBeUndefined();
  }, 10_000);

  it("takes nothing from a column of words, nor from one far from the key result and the yearly column", () => {
    expect(measureColumn(rows(FIELDS, () => "kesken"))).toBeUndefined();
    expect(measureColumn(rows(["extra:Lukema", "toimiala", "tulosalue", "tavoite", "avaintulos", "vuositaso"]))).toBeUndefined();
  }, 10_000);

  it("guesses nothing when two added columns of figures stand beside those cells", () => {
    expect(measureColumn(rows(["toimiala", "tulosalue", "tavoite", "extra:Paino", "avaintulos", "vuositaso", "extra:Lukema"]))).toBeUndefined();
  }, 10_000);
});
