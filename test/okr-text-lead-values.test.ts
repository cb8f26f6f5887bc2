/**
 * Text path (issue 24): an unknown FIRST column of a few values that recur row after row (a phase,
 * a status: any words, lower case, one or two of them, wrapped over lines in a narrow column) is
 * a column of its own that starts the rows; the division and every later field keep their columns.
 * All values and names are invented.
 */
import { describe, expect, it } from "vitest";
import { loadRules } from "../src/rules/load.js";
import { reconstructOkrTable } from "../src/reconstruct/okr-table/text.js";
import { findLeadValues } from "../src/reconstruct/okr-table/lead-values.js";

const rules = loadRules();
const pageLines = (pages: string[][]) =>
  pages.flatMap((p, pi) => p.map((t) => ({ t, p: pi + 1 }))).map((x, i) => ({ n: i + 1, text: x.t, page: x.p }));

const PHASES = ["orastaa", "kypsyy hiljaa", "lepää", "orastaa", "kypsyy hiljaa", "lepää", "orastaa", "kypsyy hiljaa", "lepää"];
const DIVISIONS = ["Alfapalvelut", "Alfapalvelut", "Alfapalvelut", "Beetatoimi", "Beetatoimi", "Beetatoimi", "Gammakeskus", "Gammakeskus", "Gammakeskus"];
const AREAS = ["Kotihoito", "Neuvola", "Kotihoito", "Tukipalvelut", "Tukipalvelut", "Arkisto", "Kotihoito", "Neuvola", "Arkisto"];

describe("an unknown first column of recurring values in text", () => {
  it("reads each start's value as the words its starts share, up to the next column's varying value", () => {
    const lines = ["kypsyy hiljaa Alfa x", "y", "kypsyy hiljaa Beeta x", "kypsyy hiljaa Gamma x", "lepää Alfa x", "lepää Beeta x", "lepää Alfa x"].map((text) => ({ text }));
    const found = findLeadValues(lines, [0, 2, 3, 4, 5, 6])!;
    expect([...found.values()].map((v) => v.text)).toEqual(["kypsyy hiljaa", "kypsyy hiljaa", "kypsyy hiljaa", "lepää", "lepää", "lepää"]);
    expect(found.get(0)).toMatchObject({ skip: 0, cut: "kypsyy hiljaa ".length });
    // Values of their own on most rows are free text, not a column of recurring values.
    const free = ["Yksi Alfa x", "Kaksi Beeta x", "Kolme Alfa x", "Neljä Beeta x", "Viisi Alfa x", "Kuusi Beeta x"].map((text) => ({ text }));
    expect(findLeadValues(free, [0, 1, 2, 3, 4, 5])).toBeNull();
  }, 30_000);

  it("takes a figure that nearly every value carries as the value's, and no recurring start without one", () => {
    const texts = ["orastaa 10 % Alfa x", "orastaa 40 % Beeta x", "ei alkanut 0 % Alfa x", "lepää 70 % Gamma x", "lepää 20 % Alfa x", "Ei vielä mitattavissa", "orastaa 55 % Beeta x", "lepää 5 % Gamma x", "ei alkanut 0 % Beeta x"];
    const found = findLeadValues(texts.map((text) => ({ text })), [0, 1, 2, 3, 4, 5, 6, 7, 8])!;
    expect([...found].map(([at, v]) => [at, v.text])).toEqual([
      [0, "orastaa 10 %"], [1, "orastaa 40 %"], [2, "ei alkanut 0 %"], [3, "lepää 70 %"], [4, "lepää 20 %"], [6, "orastaa 55 %"], [7, "lepää 5 %"], [8, "ei alkanut 0 %"],
    ]);
    expect(found.get(1)).toMatchObject({ skip: 0, cut: "orastaa 40 % ".length });
  }, 30_000);

  it("reads a code and its number as one value when the numbers, joined by a slash or a point, never recur", () => {
    // Invented codes: a letter and a number of its own per row ("Q 3/2031"), before a division whose name ends in a figure.
    const texts = ["Q 3/2031 Alfa 2 x", "Q 5/2032 Beeta 4 x", "Z 1.7 Alfa 2 x", "Q 8/2031 Gamma 9 x", "Z 2.4 Beeta 4 x", "Q 6/2033 Alfa 2 x", "Z 3.1 Gamma 9 x", "Q 9/2032 Beeta 4 x"];
    const found = findLeadValues(texts.map((text) => ({ text })), [0, 1, 2, 3, 4, 5, 6, 7])!;
    expect([...found.values()].map((v) => v.text)).toEqual(["Q 3/2031", "Q 5/2032", "Z 1.7", "Q 8/2031", "Z 2.4", "Q 6/2033", "Z 3.1", "Q 9/2032"]);
    expect(found.get(0)).toMatchObject({ skip: 0, cut: "Q 3/2031 ".length });
  }, 30_000);

  it("keeps a start whose wrapped value a page break cut short (its rest under the next header)", () => {
    const wrapped = (name: string) => ["kypsyy", "hiljaa", `${name} x y`];
    const texts = [...wrapped("Alfa"), ...wrapped("Beeta"), ...wrapped("Alfa"), ...wrapped("Gamma"), ...wrapped("Beeta"), "lepää Beeta x y", "lepää Alfa x y", "lepää Beeta x y", "kypsyy Gamma x y", "hiljaa x y", "lepää Alfa x y"];
    const lines = texts.map((text) => ({ text }));
    // Line 19 ("hiljaa x y") stands under a repeated header: the value on line 18 stops there.
    const found = findLeadValues(lines, [0, 3, 6, 9, 12, 15, 16, 17, 18, 20], (i) => i === 19)!;
    expect(found.get(18)).toMatchObject({ text: "kypsyy", skip: 0, cut: "kypsyy ".length });
    expect(found.get(0)).toMatchObject({ text: "kypsyy hiljaa", skip: 2, cut: 0 });
  }, 30_000);

  it("starts rows at lower-case recurring values and keeps every field in its column", () => {
    const rowLines = (k: number) => [`${PHASES[k]} ${DIVISIONS[k]} ${AREAS[k]} Kotona asuminen tukee arkea Asiakkaista`, `${80 + k} % asuu kotona.`, `${90 + k} %`];
    const header = "Vaihe Toimiala Tulosalue Tavoite Avaintulos Avaintuloksen mittari";
    const res = reconstructOkrTable(pageLines([["Uusi suunta", header, ...[0, 1, 2, 3].flatMap(rowLines)], ["Toinen suunta", header, ...[4, 5, 6, 7, 8].flatMap(rowLines)]]), null, rules);
    expect(res.rows.map((r) => [r.extra?.["Vaihe"], r.toimiala, r.tulosalue, r.toteuma])).toEqual(PHASES.map((p, k) => [p, DIVISIONS[k], AREAS[k], `${90 + k} %`]));
    expect(res.rows[4]!.section).toBe("Toinen suunta");
  }, 60_000);

  it("reads a value wrapped over lines of its own in a narrow first column", () => {
    // The extractor writes the narrow cell's lines before the next cells ("kypsyy" / "hiljaa" / "Beetatoimi …").
    const rowLines = (k: number) => [...PHASES[k]!.split(" "), `${DIVISIONS[k]} ${AREAS[k]} Kotona asuminen tukee arkea Asiakkaista`, `${80 + k} % asuu kotona.`, `${90 + k} %`];
    const header = "Vaihe Toimiala Tulosalue Tavoite Avaintulos Avaintuloksen mittari";
    const res = reconstructOkrTable(pageLines([["Uusi suunta", header, ...[0, 1, 2, 3].flatMap(rowLines)], ["Toinen suunta", header, ...[4, 5, 6, 7, 8].flatMap(rowLines)]]), null, rules);
    expect(res.rows.map((r) => [r.extra?.["Vaihe"], r.toimiala, r.tulosalue])).toEqual(PHASES.map((p, k) => [p, DIVISIONS[k], AREAS[k]]));
  }, 60_000);
  it("reads an added first column whose label wraps over lines of its own above the header, and keeps the sections", () => {
    // A producer drawing cell by cell writes the narrow first label's lines ("Vaihe" / "nyt") before the others'.
    const rowLines = (k: number) => [`${PHASES[k]} ${DIVISIONS[k]} ${AREAS[k]} Kotona asuminen tukee arkea Asiakkaista`, `${80 + k} % asuu kotona.`, `${90 + k} %`];
    const header = ["Vaihe", "nyt", "Toimiala Tulosalue Tavoite Avaintulos Avaintuloksen mittari"];
    const pages = [["Uusi suunta", ...header, ...[0, 1, 2, 3].flatMap(rowLines)], ["Toinen suunta", ...header, ...[4, 5, 6, 7, 8].flatMap(rowLines)]];
    const res = reconstructOkrTable(pageLines(pages), null, rules);
    expect(res.rows.map((r) => [r.section, r.extra?.["Vaihe nyt"], r.toimiala, r.tulosalue, r.toteuma])).toEqual(
      PHASES.map((p, k) => [k < 4 ? "Uusi suunta" : "Toinen suunta", p, DIVISIONS[k], AREAS[k], `${90 + k} %`]),
    );
    // One heading repeated above every header, short lines and all, is a heading: no column is added.
    const one = [["Tavoitteet", "vuodelle", ...header.slice(2), ...[0, 1, 2].map((k) => `${DIVISIONS[k]} ${AREAS[k]} Kotona asuminen tukee arkea Asiakkaista 8${k} % asuu kotona. 9${k} %`)],
      ["Tavoitteet", "vuodelle", ...header.slice(2), ...[3, 4, 5].map((k) => `${DIVISIONS[k]} ${AREAS[k]} Kotona asuminen tukee arkea Asiakkaista 8${k} % asuu kotona. 9${k} %`)]];
    const plain = reconstructOkrTable(pageLines(one), null, rules);
    expect(plain.rows.map((r) => [r.section, r.toimiala, r.extra])).toEqual([0, 1, 2, 3, 4, 5].map((k) => ["Tavoitteet vuodelle", DIVISIONS[k], undefined]));
  }, 60_000);

  it("reads values of two words, a unit after a slash and an empty first cell (txtlead3)", () => {
    // "ei kirjattu" leads most starts led by "ei"; "Ei vielä arvioitavissa" (a measured value at a
    // line's start, running on in lower case) opens no row; the row after it begins at its value.
    const texts = [
      "−4 MWh / v Alfa x", "ei kirjattu Beeta x", "Ei vielä arvioitavissa", "ei kirjattu Gamma x", "lepää Alfa x",
      "−4 MWh / v Beeta x", "ei kirjattu Alfa x", "Ei vielä arvioitavissa", "lepää Beeta x", "Gamma x y",
      "−4 MWh / v Gamma x", "ei kirjattu Beeta x", "lepää Gamma x", "Alfa x y",
    ];
    const found = findLeadValues(texts.map((text) => ({ text })), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13])!;
    expect([...found].map(([at, v]) => [at, v.text])).toEqual([
      [0, "−4 MWh / v"], [1, "ei kirjattu"], [3, "ei kirjattu"], [4, "lepää"], [5, "−4 MWh / v"], [6, "ei kirjattu"], [8, "lepää"],
      // A start led by a word that follows values more often than it leads starts: an empty first cell.
      [9, ""], [10, "−4 MWh / v"], [11, "ei kirjattu"], [12, "lepää"], [13, ""],
    ]);
    expect(found.get(0)).toMatchObject({ skip: 0, cut: "−4 MWh / v ".length });
    expect(found.get(9)).toMatchObject({ skip: 0, cut: 0 });
  }, 30_000);

  it("takes a sparse first column's empty cells for empty, where the next column's names lead more rows than the values do", () => {
    // Most rows have no value ("Alfa x" alone); a few carry one ("vko 12 Alfa x"): "Alfa" follows
    // values three times and leads six rows, yet it is the next column's name, not a value.
    const texts = [
      "Alfa x", "Alfa x", "vko 12 Alfa x", "Beeta x", "kesä 2031 Beeta x", "Alfa x", "Beeta x", "Q3 Alfa x", "Beeta x",
      "vko 12 Beeta x", "Alfa x", "Alfa x", "kesä 2031 Alfa x", "Beeta x", "Q3 Beeta x", "Alfa x", "vko 12 Alfa x", "Beeta x",
      "kesä 2031 Beeta x", "Q3 Alfa x",
    ];
    const found = findLeadValues(texts.map((text) => ({ text })), texts.map((_, i) => i))!;
    expect([...found].map(([at, v]) => [at, v.text])).toEqual(texts.map((t, i) => [i, /^(?:Alfa|Beeta) x$/.test(t) ? "" : t.replace(/ (?:Alfa|Beeta) x$/, "")]));
    // A name that also begins one of the values ("Beeta ja gamma", then "Beeta" in the next column) is that value.
    const shared = ["Alfa Beeta x", "Beeta ja gamma Beeta x", "Delta Beeta x", "Beeta ja gamma Kappa x", "Alfa Kappa x", "Delta Kappa x", "Beeta ja gamma Kappa x", "Alfa Beeta x", "Beeta ja gamma Kappa x", "Delta Kappa x", "Beeta ja gamma Beeta x", "Beeta ja gamma Kappa x"];
    const own = findLeadValues(shared.map((text) => ({ text })), shared.map((_, i) => i))!;
    expect([...own.values()].map((v) => v.text)).toEqual(shared.map((t) => t.replace(/ (?:Beeta|Kappa) x$/, "")));
  }, 30_000);

  it("takes a sign written on the next line back to its figure, and a wrapped range's end for no start (txtlead3)", () => {
    // A minus from a fallback font on a baseline of its own: "4 MWh / v" / "− Alfa x".
    const texts = ["4 MWh / v", "− Alfa x", "lepää Beeta 13–", "29", "Gamma x", "4 MWh / v", "− Beeta x", "lepää Alfa x", "4 MWh / v", "− Gamma x", "lepää Beeta 13–", "29", "Alfa x", "lepää Gamma x"];
    const found = findLeadValues(texts.map((text) => ({ text })), [0, 2, 3, 5, 7, 8, 10, 11, 13])!;
    expect([...found].map(([at, v]) => [at, v.text])).toEqual([[0, "−4 MWh / v"], [2, "lepää"], [5, "−4 MWh / v"], [7, "lepää"], [8, "−4 MWh / v"], [10, "lepää"], [13, "lepää"]]);
    expect(found.get(0)).toMatchObject({ skip: 1, cut: "− ".length });
  }, 30_000);

  it("starts rows at a dash standing for a first-column value, as at its words (txtlead4)", () => {
    // "–" has no letter: it is a value of the column all the same, and its row no part of the row above.
    const marks = ["orastaa", "–", "lepää", "orastaa", "–", "lepää", "orastaa", "lepää", "–", "orastaa", "–", "lepää"];
    const rowLines = (k: number) => [`${marks[k]} ${DIVISIONS[k % 9]} ${AREAS[k % 9]} Kotona asuminen tukee arkea Asiakkaista`, `${80 + k} % asuu kotona.`, `${90 + k} %`];
    const header = "Vaihe Toimiala Tulosalue Tavoite Avaintulos Avaintuloksen mittari";
    const res = reconstructOkrTable(pageLines([["Uusi suunta", header, ...[0, 1, 2, 3, 4, 5].flatMap(rowLines)], ["Toinen suunta", header, ...[6, 7, 8, 9, 10, 11].flatMap(rowLines)]]), null, rules);
    expect(res.rows.map((r) => [r.extra?.["Vaihe"], r.toimiala, r.tulosalue, r.toteuma])).toEqual(marks.map((m, k) => [m, DIVISIONS[k % 9], AREAS[k % 9], `${90 + k} %`]));
  }, 60_000);

  it("takes a code's recurring number for the value's ('TJ 1', 'TJ 3'), not the next column's (txtlead4)", () => {
    const texts = ["TJ 1 Alfa x", "TJ 3 Beeta x", "lepää Alfa x", "TJ 1 Gamma x", "TJ 3 Alfa x", "lepää Beeta x", "TJ 1 Beeta x", "TJ 3 Gamma x", "lepää Gamma x"];
    const found = findLeadValues(texts.map((text) => ({ text })), [0, 1, 2, 3, 4, 5, 6, 7, 8])!;
    expect([...found.values()].map((v) => v.text)).toEqual(["TJ 1", "TJ 3", "lepää", "TJ 1", "TJ 3", "lepää", "TJ 1", "TJ 3", "lepää"]);
    expect(found.get(1)).toMatchObject({ skip: 0, cut: "TJ 3 ".length });
  }, 30_000);
});
