/**
 * Text path (issue 24): once a column under a label no vocabulary has is told to be a field by its
 * values (`text-value-told.ts`), the rows' cells are read again with that field, so its cells are
 * cut as the field's: a wrapped objective under an unknown label stays whole instead of its last
 * words opening the key result (also under an unknown label) printed after it. Inputs are invented.
 */
import { describe, expect, it } from "vitest";
import { loadRules } from "../src/rules/load.js";
import { reconstructOkrTable } from "../src/reconstruct/okr-table/text.js";
import { tellFieldsByValues } from "../src/reconstruct/okr-table/text-value-told.js";
import type { OkrRow } from "../src/model/okr.js";

const rules = loadRules();

describe("text path: the cells of columns told by their values read again as those fields", () => {
  it("keeps a wrapped objective under an unknown label whole before a key result under another", () => {
    const divisions = ["Alfapalvelut", "Beetapalvelut", "Gammapalvelut"];
    const areas = ["Neuvonta", "Kotihoito", "Vastaanotto", "Kuntoutus", "Tukipalvelut"];
    const objectives = ["Apu löytyy nopeasti", "Arki sujuu kotona", "Yhteys pysyy auki", "Hoito jatkuu sujuvasti", "Talous kestää hyvin", "Tieto kulkee", "Palvelu on lähellä", "Jono lyhenee", "Työ tuntuu hyvältä"];
    const rows = Array.from({ length: 18 }, (_, k) => ({
      // A hierarchy: two divisions over three result areas, each over three objectives of two key results.
      division: divisions[Math.floor(k / 12)]!,
      area: areas[Math.floor(k / 6)]!,
      objective: objectives[Math.floor(k / 2)]!,
      keyResult: [`Asukkaista ${50 + k} % saa vastauksen`, `viikon ${k + 2} kuluessa.`],
      measure: `${60 + k} %`,
    }));
    // As `-raw` writes narrow columns: the names on a line of their own, then the objective and the key result's first line on one.
    const body = rows.flatMap((r) => [`${r.division} ${r.area}`, `${r.objective} ${r.keyResult[0]}`, r.keyResult[1]!, r.measure]);
    const lines = ["Uusi suunta", "Toimiala Tulosalue Linjaus Etenemä Toteuma", ...body].map((text, i) => ({ n: i + 1, text, page: 1 }));
    const res = reconstructOkrTable(lines, null, rules);
    expect(res.rows.map((r) => [r.toimiala, r.tulosalue, r.tavoite, r.avaintulos, r.toteuma])).toEqual(
      rows.map((r) => [r.division, r.area, r.objective, r.keyResult.join(" "), r.measure]),
    );
  }, 60_000);
});

describe("text path: a key result under an unknown label told though a few of its first cells recur", () => {
  it("tells the column when most (not nine in ten) of its cells differ row by row", () => {
    const row = (n: number, keyResult: string): OkrRow => ({ n, section: "S", toimiala: "Metsä", tulosalue: n < 8 ? "Kuusikko" : "Koivikko", tavoite: `Suunta ${Math.floor(n / 2)}`, avaintulos: "", toteuma: `${60 + n} %`, line: n, lineEnd: n, confidence: 1, reasons: [], extra: { Etenemä: keyResult } });
    // Sixteen rows; the first reading cut three rows' key results to the same word ("beeta"): 14 values in 16 rows.
    const keyResults = Array.from({ length: 16 }, (_, n) => (n >= 4 && n <= 6 ? "beeta" : `Asukkaista ${40 + n} % saa ajan viikossa.`));
    const rows = keyResults.map((k, n) => row(n, k));
    const columns = rows.map(() => ["toimiala", "tulosalue", "tavoite", "extra:Etenemä", "toteuma"]);
    tellFieldsByValues(rows, columns);
    expect(rows.map((r) => [r.avaintulos, r.extra])).toEqual(keyResults.map((k) => [k, undefined]));
    expect(columns[0]).toEqual(["toimiala", "tulosalue", "tavoite", "avaintulos", "toteuma"]);
  }, 30_000);
});
