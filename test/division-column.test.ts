/** The division column told by its values when its header label is no known word (division-column.ts). */
import { describe, expect, it } from "vitest";
import { divisionColumn, type FieldCells } from "../src/reconstruct/okr-table/division-column.js";

const FIELDS = ["extra:Sektori", "tulosalue", "extra:Kumppanit", "tavoite", "avaintulos", "toteuma"];
const PARTNERS = ["kunnat", "järjestöt", "oppilaitokset", "seurakunnat", "yritykset"];

/** Four divisions of two result areas each, three rows per result area; a partner that changes every row. */
function rows(fields = FIELDS): FieldCells[] {
  const out: FieldCells[] = [];
  let n = 0;
  for (const d of ["Metsä", "Järvi", "Suo", "Tunturi"])
    for (const a of ["Kuusikko", "Koivikko"])
      for (let k = 0; k < 3; k++) {
        const byField: Record<string, string> = { "extra:Sektori": d, tulosalue: `${d} ${a}`, "extra:Kumppanit": PARTNERS[n++ % PARTNERS.length]!, tavoite: "Kasvu", avaintulos: `Tulos ${n}`, toteuma: "10 %" };
        out.push({ fields, texts: fields.map((f) => byField[f] ?? "") });
      }
  return out;
}

describe("divisionColumn", () => {
  it("takes the added column whose values recur over runs and hold each result area", () => {
    expect(divisionColumn(rows())).toBe("extra:Sektori");
  }, 10_000);

  it("takes nothing when the header names a division column", () => {
    expect(divisionColumn(rows(["toimiala", "tulosalue", "extra:Kumppanit", "tavoite", "avaintulos", "toteuma"]))).toBeUndefined();
  }, 10_000);

  it("never takes a column that changes from row to row, nor one as fine as the result area", () => {
    const noDivision = rows().map((r) => ({ fields: r.fields.map((f) => (f === "extra:Sektori" ? "extra:Vastuu" : f)), texts: r.texts.map((t, i) => (i === 0 ? `Päällikkö ${r.texts[1]}` : t)) }));
    expect(divisionColumn(noDivision)).toBeUndefined();
  }, 10_000);
});
