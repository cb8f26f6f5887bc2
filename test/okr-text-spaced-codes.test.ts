/**
 * Text path (issue 24): an added first column of row codes written with a space between a capital
 * prefix and figures ("XQ 1.2"), as a narrow column's line starts them in `-raw` text; codes among
 * dashes or codes of another shape; and a code column beside a result area printed first, with the
 * division under a label no vocabulary has after it, or with the code column's label over lines of
 * its own above the header. Inputs are invented.
 */
import { describe, expect, it } from "vitest";
import { loadRules } from "../src/rules/load.js";
import { reconstructOkrTable } from "../src/reconstruct/okr-table/text.js";
import { findRowCodes, leadingCode } from "../src/reconstruct/okr-table/running-number.js";

const rules = loadRules();
const pageLines = (pages: string[][]) =>
  pages.flatMap((p, pi) => p.map((t) => ({ t, p: pi + 1 }))).map((x, i) => ({ n: i + 1, text: x.t, page: x.p }));

/** Fourteen rows (a column is told by its values from a dozen rows on): two divisions, each with areas of its own, two rows each. */
const ROWS = 14;
const areas = Array.from({ length: ROWS }, (_, k) => (k < 7 ? ["Kotihoito", "Neuvola"] : ["Ensihoito", "Kuntoutus"])[k % 7 < 4 ? 0 : 1]!);
const divisions = Array.from({ length: ROWS }, (_, k) => (k < 7 ? "Alfapalvelut" : "Beetapalvelut"));
const rowLines = (code: string, k: number) => [`${code} ${areas[k]} ${divisions[k]}`, "Kotona asuminen tukee", "arkea", `Asiakkaista ${80 + k} % asuu kotona.`, `${90 + k} %`];
const tables = (header: readonly string[], codes: readonly string[]) =>
  pageLines([["Uusi suunta", ...header, ...codes.slice(0, 7).flatMap((c, k) => rowLines(c, k))], ["Toinen suunta", ...header, ...codes.slice(7).flatMap((c, k) => rowLines(c, k + 7))]]);

describe("row codes with a space, and the other values of a code column", () => {
  it("takes a capital prefix and figures apart by a space for one code, not a word and a figure", () => {
    expect(leadingCode("XQ 1.2 Kotihoito")).toMatchObject({ text: "XQ 1.2", shape: "A 9.9" });
    expect(leadingCode("XQ 12")).toMatchObject({ text: "XQ 12", shape: "A 9" });
    expect(leadingCode("Kotihoito 2026 alkaen")).toBeNull();
    expect(leadingCode("XQ 2kk")).toBeNull();
    expect(leadingCode("ABCDEF 1.2 Alfa")).toBeNull();
    // The one-token codes as before.
    expect(leadingCode("Q2.7 Alfa")).toMatchObject({ text: "Q2.7", shape: "A9.9" });
  }, 30_000);

  it("adds a dash or a code of another shape before the name that follows the codes, after a row's end", () => {
    const lines = ["XQ 1.1 Kotihoito Alfa", "tekstiä.", "90 %", "– Kotihoito Alfa", "tekstiä.", "91 %", "XQ 1.3 Neuvola Beeta", "– jatkuu", "XQ 1.4 Kotihoito Alfa", "92 %", "C5 Neuvola Beeta", "XQ 1.6 Neuvola", "XQ 1.7 Kotihoito", "– Muuta"];
    const found = findRowCodes(lines.map((text) => ({ text })))!;
    expect([...found.at]).toEqual([[0, "XQ 1.1"], [3, "–"], [6, "XQ 1.3"], [8, "XQ 1.4"], [10, "C5"], [11, "XQ 1.6"], [12, "XQ 1.7"]]);
  }, 30_000);

  it("reads codes with a space before an area printed first, the division after it under an unknown label", () => {
    const codes = Array.from({ length: ROWS }, (_, k) => `XQ ${k < 7 ? 1 : 2}.${(k % 7) + 1}`);
    const res = reconstructOkrTable(tables(["Koodi Tulosalue Piirikunta Tavoite Avaintulos Avaintuloksen mittari"], codes), null, rules);
    expect(res.rows.map((r) => [r.extra?.["Koodi"], r.tulosalue, r.toimiala, r.tavoite, r.toteuma])).toEqual(
      codes.map((c, k) => [c, areas[k], divisions[k], "Kotona asuminen tukee arkea", `${90 + k} %`]),
    );
  }, 60_000);

  it("starts rows at a code column's dashes and reads its label over lines of its own above the header", () => {
    const codes = Array.from({ length: ROWS }, (_, k) => (k % 3 === 2 ? "–" : `XQ ${k < 7 ? 1 : 2}.${(k % 7) + 1}`));
    // The area's label is one no vocabulary has (its column kept under that label, not taken for
    // the codes' column); the code column's label stands above the header.
    const res = reconstructOkrTable(tables(["Koodin", "tunnus", "Piiri Toimiala Tavoite Avaintulos Avaintuloksen mittari"], codes), null, rules);
    expect(res.rows.map((r) => [r.section, r.extra?.["Koodin tunnus"], r.extra?.["Piiri"] ?? r.tulosalue, r.toimiala, r.toteuma])).toEqual(
      codes.map((c, k) => [k < 7 ? "Uusi suunta" : "Toinen suunta", c, areas[k], divisions[k], `${90 + k} %`]),
    );
  }, 60_000);
});
