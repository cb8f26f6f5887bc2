/**
 * Text path (issue 24): columns under header labels no vocabulary has. Two unknown labels side by
 * side are two columns (each label opens with a capital), an unknown column right before the result
 * area's is the division's also after an added first column, and a column whose label is unknown is
 * told by its values once the rows are read (`text-value-told.ts`). Inputs are invented.
 */
import { describe, expect, it } from "vitest";
import { loadRules } from "../src/rules/load.js";
import { findTextHeaders } from "../src/reconstruct/okr-table/text-header.js";
import { reconstructOkrTable } from "../src/reconstruct/okr-table/text.js";
import { tellFieldsByValues } from "../src/reconstruct/okr-table/text-value-told.js";
import type { SourceLine } from "../src/model/source.js";
import type { OkrRow } from "../src/model/okr.js";
import { segmentRow } from "../src/reconstruct/okr-table/segment.js";
import { tokenize } from "../src/reconstruct/okr-table/rows.js";

const rules = loadRules();
const toLines = (text: string, page = 1): SourceLine[] => text.split("\n").map((t, i) => ({ n: i + 1, text: t, page }));
const columnsOf = (text: string) => findTextHeaders(toLines(text), rules.okrTable)[0]?.columns;

describe("text header: unknown labels side by side", () => {
  it("reads two unknown labels next to each other as two columns, each opening with a capital", () => {
    expect(columnsOf("Otsikko\nToimiala Tulosalue Painotus Riskitaso Avaintulos Mittari\nAlfa Beeta")).toEqual(
      ["toimiala", "tulosalue", "extra:Painotus", "extra:Riskitaso", "avaintulos", "toteuma"],
    );
  }, 30_000);

  it("keeps an unknown label's small-letter words and a wrapped word in one column", () => {
    expect(columnsOf("Otsikko\nToimiala Tulosalue Tavoite Vastuuhenkilön nimike Avaintulos Mittari\nAlfa Beeta")).toEqual(
      ["toimiala", "tulosalue", "tavoite", "extra:Vastuuhenkilön nimike", "avaintulos", "toteuma"],
    );
    expect(columnsOf("Otsikko\nToimiala Tulosalue Tavoite Kustan- nusarvio Avaintulos Mittari\nAlfa Beeta")).toEqual(
      ["toimiala", "tulosalue", "tavoite", "extra:Kustannusarvio", "avaintulos", "toteuma"],
    );
  }, 30_000);

  it("reads the unknown column right before the result area as the division, after an added first column too", () => {
    expect(columnsOf("Otsikko\nKoodi Osasto Tulosalue Tavoite Avaintulos Mittari\nAlfa Beeta")).toEqual(
      ["extra:Koodi", "toimiala", "tulosalue", "tavoite", "avaintulos", "toteuma"],
    );
  }, 30_000);
});

describe("text path: a column under an unknown label told by its values", () => {
  const row = (n: number, extra: Record<string, string>): OkrRow => ({ n, section: "S", toimiala: "Metsä", tulosalue: "Kuusikko", tavoite: "Kasvu", avaintulos: `Tulos ${n}`, toteuma: "", line: n, lineEnd: n, confidence: 1, reasons: [], extra });

  it("moves an added column of figures beside the key result into the measure, and leaves other added columns", () => {
    const rows = Array.from({ length: 14 }, (_, n) => row(n + 1, { Luokka: ["A", "B", "C"][n % 3]!, Lukema: `${60 + n} %` }));
    const columns = rows.map(() => ["toimiala", "tulosalue", "tavoite", "extra:Luokka", "avaintulos", "extra:Lukema"]);
    tellFieldsByValues(rows, columns);
    expect(rows.map((r) => [r.toteuma, r.extra])).toEqual(rows.map((_, n) => [`${60 + n} %`, { Luokka: ["A", "B", "C"][n % 3]! }]));
    expect(columns[0]).toEqual(["toimiala", "tulosalue", "tavoite", "extra:Luokka", "avaintulos", "toteuma"]);
  }, 30_000);

  it("reads a whole text table whose measure label is unknown with the measured values in the measure", () => {
    const names = ["Alfa", "Beeta", "Gamma", "Delta", "Epsilon", "Zeta", "Eeta", "Theta", "Iota", "Kappa", "Lambda", "Myy", "Nyy", "Ksii"];
    const rowLines = (k: number) => [`${k + 1} ${names[k]} Kotihoito Kotona asuminen tukee arkea Asiakkaista`, `${60 + k} % asuu kotona.`, `${70 + k} %`];
    const header = ["Laskuri Toimiala Tulosalue Tavoite Avaintulos Lukema"];
    const page1 = ["Uusi suunta", ...header, ...names.slice(0, 7).map((_, k) => k).flatMap(rowLines)];
    const page2 = [...header, ...names.slice(7).map((_, k) => k + 7).flatMap(rowLines)];
    const lines = [...page1.map((t) => ({ t, p: 1 })), ...page2.map((t) => ({ t, p: 2 }))].map((x, i) => ({ n: i + 1, text: x.t, page: x.p }));
    const res = reconstructOkrTable(lines, null, rules);
    expect(res.rows.map((r) => [r.toimiala, r.toteuma, r.extra])).toEqual(names.map((name, k) => [name, `${70 + k} %`, { Laskuri: String(k + 1) }]));
  }, 60_000);
});

describe("text path: an unknown column where the header lacks the objective", () => {
  it("may hold a sentence over lines: its cell is not scored as a short name", () => {
    // Key result first; "Suuntaviiva" (unknown) over the objectives, which the header does not name.
    const fields = ["avaintulos", "toimiala", "tulosalue", "extra:Suuntaviiva", "toteuma"];
    const texts = ["Asiakkaat saavat ajan viikon sisällä.", "Alfapalvelut Neuvonta Palvelut ovat", "lähellä asukkaita ja", "toimivat joustavasti", "arjen tukena", "90 % toteutunut"];
    const lines = texts.map((text, i) => ({ n: i + 1, text, blankBefore: false }));
    const tokens = tokenize(lines);
    const cells = (extraMayHoldSentences: boolean) => {
      const row = { lines, tokens, firstTokenMidLine: false, toimialaSingleLine: false, fields, ...(extraMayHoldSentences ? { extraMayHoldSentences } : {}) };
      const b = [0, ...segmentRow(row, { knownResultAreas: new Set() }, rules.okrTable.segmentation)[0]!.cuts, tokens.length];
      return fields.map((_, k) => tokens.slice(b[k], b[k + 1]).map((t) => t.text).join(" "));
    };
    const sentence = "Palvelut ovat lähellä asukkaita ja toimivat joustavasti arjen tukena";
    expect(cells(true).slice(1)).toEqual(["Alfapalvelut", "Neuvonta", sentence, "90 % toteutunut"]);
    // Scored as a name, the sentence is cut short and the names run together.
    expect(cells(false)[3]).not.toBe(sentence);
  }, 30_000);
});

describe("text path: the key result first under an unknown label, a row code beside it", () => {
  it("reads the sentences first and the codes as the second column's, not as row starts", () => {
    // As pdfTeX's cells come out of `-raw`: the key result's lines, then the code and the division.
    const divisions = ["Alfapalvelut", "Beetapalvelut", "Gammapalvelut"];
    const areas = ["Neuvonta", "Kotihoito", "Vastaanotto", "Kuntoutus", "Tukipalvelut"];
    const keyResults = Array.from({ length: 15 }, (_, k) => [`Asukkaista ${50 + k} % saa vastauksen`, `viikon ${k + 2} aikana.`]);
    const division = (k: number) => divisions[Math.floor(k / 5)]!;
    const area = (k: number) => areas[k % 5]!;
    const rowLines = (k: number) => [...keyResults[k]!, `${Math.floor(k / 5) + 1}.${k + 1} ${division(k)}`, `${area(k)} Arki sujuu kotona ${60 + k} %`];
    const lines = ["Uusi suunta", "Odotettu muutos Viite Toimiala Tulosalue Tavoite Mittari", ...keyResults.flatMap((_, k) => rowLines(k))].map((text, i) => ({ n: i + 1, text, page: 1 }));
    const res = reconstructOkrTable(lines, null, rules);
    expect(res.rows.map((r) => [r.avaintulos, r.toimiala, r.tulosalue, r.toteuma, r.extra])).toEqual(
      keyResults.map((kr, k) => [kr.join(" "), division(k), area(k), `${60 + k} %`, { Viite: `${Math.floor(k / 5) + 1}.${k + 1}` }]),
    );
  }, 60_000);
});

describe("text path: the key result first under an unknown label, opening with recurring figures", () => {
  it("reads the first column as sentences, not as an added column of recurring values", () => {
    const divisions = ["Alfapalvelut", "Beetapalvelut", "Gammapalvelut"];
    const areas = ["Neuvonta", "Kotihoito", "Vastaanotto", "Kuntoutus", "Tukipalvelut"];
    const keyResults = Array.from({ length: 15 }, (_, k) => [k % 3 ? `Asukkaista ${50 + k} % saa vastauksen` : `${80 + k} % asukkaista saa vastauksen`, `viikon ${k + 2} aikana.`]);
    const division = (k: number) => divisions[Math.floor(k / 5)]!;
    const area = (k: number) => areas[k % 5]!;
    const rowLines = (k: number) => [...keyResults[k]!, division(k), `${area(k)} Arki sujuu kotona ${60 + k} %`];
    const lines = ["Uusi suunta", "Odotettu muutos Toimiala Tulosalue Tavoite Mittari", ...keyResults.flatMap((_, k) => rowLines(k))].map((text, i) => ({ n: i + 1, text, page: 1 }));
    const res = reconstructOkrTable(lines, null, rules);
    expect(res.rows.map((r) => [r.avaintulos, r.toimiala, r.tulosalue, r.toteuma])).toEqual(keyResults.map((kr, k) => [kr.join(" "), division(k), area(k), `${60 + k} %`]));
  }, 60_000);
});

describe("text path: which unknown column holds the missing key result's sentences", () => {
  it("is the unknown column right after the objective, not an added first column of codes", async () => {
    const { sentenceColumn } = await import("../src/reconstruct/okr-table/text.js");
    const codesFirst = ["extra:Asiakirja", "toimiala", "tulosalue", "tavoite", "extra:Odotus", "toteuma"] as const;
    expect(sentenceColumn([...codesFirst] as never, 0)).toBe(false);
    expect(sentenceColumn([...codesFirst] as never, 4)).toBe(true);
    // The key result printed first under an unknown label, a code column beside it: the first column holds the sentences.
    const keyResultFirst = ["extra:Muutos", "extra:Numero", "toimiala", "tulosalue", "tavoite", "toteuma"] as const;
    expect(sentenceColumn([...keyResultFirst] as never, 0)).toBe(true);
  }, 30_000);
});
