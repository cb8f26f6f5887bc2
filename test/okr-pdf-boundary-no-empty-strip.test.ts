/**
 * A borderless table whose page holds a single row, its first column's long word set past the
 * column's edge into the next column's words, and the next column's label indented (a wrapped
 * header): no x between the two columns is free of words. Before, the least covered x nearest the
 * label was taken, right of where the area's lines begin, so the area's words were read into the
 * division ("Metsänhoitotyö Uusi ja puisto- Puistoalue …") and the division's last line became a
 * row of its own. Of the least covered places, the one right before where the next column's lines
 * begin is the boundary.
 */
import { describe, expect, it } from "vitest";
import { extractPdf } from "../src/pipeline/extract.js";
import { tableDoc, type SyntheticRow, type SyntheticTable } from "./synthetic-words.js";

const T: SyntheticTable = {
  labels: ["Toimiala", "Tulosalue", "Tavoite", "Avaintulos", "Mittari", "Toteutuminen vuositasolla"],
  xs: [40, 92, 190, 330, 560, 640],
  fs: 8,
  pitch: 9.6,
  rowGap: 14,
};

const row = (division: string[], area: string[], objective: string, keyResult: string, measure: string, yearly: string): SyntheticRow => [
  division,
  area,
  [objective],
  [keyResult],
  [measure],
  [yearly],
];

const PAGE1: SyntheticRow[] = [
  row(["Kulttuuri"], ["Kirjasto"], "Kirjasto palvelee kaikkia.", "Lainaajia on enemmän.", "80 %", "toteutui"),
  row(["Kulttuuri"], ["Museo"], "Näyttelyt uudistuvat.", "Kävijöitä on enemmän.", "12 kpl", "osittain"),
  row(["Tekninen toimi"], ["Kadut"], "Energia säästyy.", "Katuvalot vaihdetaan.", "70 %", "ei toteutunut"),
];
// The division's first word (14 letters, 56 pt from x 40) runs 4 pt past the area column's start (92).
const PAGE2: SyntheticRow[] = [row(["Metsänhoitotyö", "ja puisto-", "rakentaminen"], ["Uusi", "Puistoalue"], "Puistot kunnostetaan.", "Kolme puistoa valmistuu.", "3 kpl", "toteutui")];

describe("a column boundary where no strip between two columns is free of words", () => {
  it("is set right before where the next column's lines begin, not nearest its indented label", () => {
    const doc = tableDoc("metsa.pdf", [PAGE1, PAGE2], T);
    // The area's label indented 20 pt past its column's text (as a wrapped header sets it).
    for (const p of doc.pages) for (const w of p.words) if (w.text === "Tulosalue") Object.assign(w, { x0: w.x0 + 20, x1: w.x1 + 20 });
    const res = extractPdf(doc);
    expect(res.rows.map((r) => [r.toimiala, r.tulosalue])).toEqual([
      ["Kulttuuri", "Kirjasto"],
      ["Kulttuuri", "Museo"],
      ["Tekninen toimi", "Kadut"],
      ["Metsänhoitotyö ja puistorakentaminen", "Uusi Puistoalue"],
    ]);
  }, 60_000);
});
