/**
 * An added first column of case numbers narrower than the longest number: the typesetter cuts such
 * a number where the line is full, with no hyphen ("5/00.02.0" + "7/2031"). Before, the two parts
 * were read as two words ("5/00.02.0 7/2031"). A short line ending in a figure, whose next line
 * starts with one, had room to spare and stays two words.
 */
import { describe, expect, it } from "vitest";
import { extractPdf } from "../src/pipeline/extract.js";
import { tableDoc, type SyntheticRow, type SyntheticTable } from "./synthetic-words.js";

const T: SyntheticTable = {
  labels: ["Asiakirja", "Toimiala", "Tulosalue", "Tavoite", "Avaintulos", "Mittari", "Toteutuminen vuositasolla"],
  xs: [40, 90, 170, 250, 420, 600, 680],
  fs: 8,
  pitch: 9.6,
  rowGap: 14,
};

const row = (code: string[], division: string, area: string, objective: string[], keyResult: string[], measure: string, yearly: string): SyntheticRow => [
  code,
  [division],
  [area],
  objective,
  keyResult,
  [measure],
  [yearly],
];

const ROWS: SyntheticRow[] = [
  row(["KL 3/2029"], "Sivistys", "Kirjasto", ["Kirjasto palvelee", "kaikkia."], ["Lainaajia on enemmän kuin", "viime vuonna."], "80 %", "toteutui"),
  row(["5/00.02.0", "7/2031"], "Sivistys", "Kirjasto", ["Kirjasto palvelee", "kaikkia."], ["Uusia lukupiirejä perustetaan."], "12 kpl", "osittain"),
  row(["Kohta 12/3", "4 kpl"], "Sivistys", "Liikunta", ["Liikunta lisääntyy."], ["Uimahalli on auki joka päivä."], "95 %", "toteutui"),
  row(["KL 8/2029"], "Tekninen toimi", "Kadut", ["Energia säästyy."], ["Katuvalot vaihdetaan."], "70 %", "ei toteutunut"),
];

describe("a figure code cut without a hyphen in a narrow added column", () => {
  it("is one word again where the joined code is wider than the column, and two words where the line had room", () => {
    const res = extractPdf(tableDoc("codes.pdf", [ROWS], T));
    const codes = res.rows.map((r) => Object.values(r.extra ?? {})[0]);
    expect(codes).toEqual(["KL 3/2029", "5/00.02.07/2031", "Kohta 12/3 4 kpl", "KL 8/2029"]);
    expect(res.rows.map((r) => r.tulosalue)).toEqual(["Kirjasto", "Kirjasto", "Liikunta", "Kadut"]);
  }, 60_000);
});
