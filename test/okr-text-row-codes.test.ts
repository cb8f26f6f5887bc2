/**
 * Text path (issue 24): an unknown first column of row codes ("Q2.7", "4.1.1", "B-12"), which
 * restart per section and never recur, is read as a column of its own that starts the rows; and an
 * unknown last column whose values begin with a digit keeps that digit. Inputs are invented.
 */
import { describe, expect, it } from "vitest";
import { loadRules } from "../src/rules/load.js";
import { reconstructOkrTable } from "../src/reconstruct/okr-table/text.js";
import { findInnerRowCodes, findRowCodes, leadingCode } from "../src/reconstruct/okr-table/running-number.js";
import { valuesWithWordBefore, type ExtraCellSeen } from "../src/reconstruct/okr-table/extra-values.js";

const rules = loadRules();
const pageLines = (pages: string[][]) =>
  pages.flatMap((p, pi) => p.map((t) => ({ t, p: pi + 1 }))).map((x, i) => ({ n: i + 1, text: x.t, page: x.p }));

describe("row codes and digit-led unknown values in text", () => {
  it("takes a short token of letters and digits for a code, not a word, a bare number or a value", () => {
    expect(leadingCode("Q2.7 Alfa Kotihoito")).toMatchObject({ text: "Q2.7", shape: "A9.9" });
    expect(leadingCode("4.1.1 Alfa")).toMatchObject({ text: "4.1.1", shape: "9.9.9" });
    expect(leadingCode("B-12 Alfa")).toMatchObject({ text: "B-12", shape: "A-9" });
    expect(leadingCode("12 Alfa")).toBeNull();
    expect(leadingCode("Kotihoito 2026")).toBeNull();
    expect(leadingCode("3,8 / 5")).toBeNull();
  }, 30_000);

  it("finds codes only when one shape opens many lines, each code once", () => {
    const coded = ["Q1.1 A", "x", "Q1.2 B", "Q1.3 C", "y", "Q2.1 D", "Q2.2 E"].map((text) => ({ text }));
    expect([...findRowCodes(coded)!.at.values()]).toEqual(["Q1.1", "Q1.2", "Q1.3", "Q2.1", "Q2.2"]);
    // The same token over and over is a value that recurs, not a code naming one row.
    const recurring = ["H1/2026 A", "H1/2026 B", "H1/2026 C", "H1/2026 D", "H2/2026 E"].map((text) => ({ text }));
    expect(findRowCodes(recurring)).toBeNull();
  }, 30_000);

  it("takes codes of a second shape with the same separators as the same column's, when they too open many lines", () => {
    // Most rows "K1-n", every third "AB-n": both are the column's codes; a lone "2H-2026" is not.
    const lines = Array.from({ length: 15 }, (_, k) => (k % 3 === 2 ? `AB-${k + 1} R${k}` : `K1-${k + 1} R${k}`)).flatMap((t) => [t, "x"]);
    expect([...findRowCodes(lines.map((text) => ({ text })))!.at.values()]).toEqual(Array.from({ length: 15 }, (_, k) => (k % 3 === 2 ? `AB-${k + 1}` : `K1-${k + 1}`)));
    const stray = [...lines, "2H-2026 jatkuu"].map((text) => ({ text }));
    expect([...findRowCodes(stray)!.at.values()]).not.toContain("2H-2026");
    // A different separator is another thing printed at line start, not this column's code.
    const dotted = [...lines, ...["AB.1 a", "AB.2 b", "AB.3 c", "AB.4 d", "AB.5 e"]].map((text) => ({ text }));
    expect([...findRowCodes(dotted)!.at.values()]).not.toContain("AB.1");
  }, 30_000);

  it("starts rows at an unknown first column's codes and keeps each code as that column's cell", () => {
    // Every toimiala differs and the codes restart per section: neither recurring first words nor
    // a running number show the rows; without the codes the first row swallows the page.
    const names = ["Alfa", "Beeta", "Gamma", "Delta", "Epsilon", "Zeta", "Eeta"];
    const codes = ["Q1.1", "Q1.2", "Q1.3", "Q1.4", "Q2.1", "Q2.2", "Q2.3"];
    const rowLines = (k: number) => [`${codes[k]} ${names[k]} Kotihoito Kotona asuminen tukee arkea Asiakkaista`, `${80 + k} % asuu kotona.`, `${90 + k} %`];
    const header = "Tunnus Toimiala Tulosalue Tavoite Avaintulos Avaintuloksen mittari";
    const res = reconstructOkrTable(pageLines([["Uusi suunta", header, ...[0, 1, 2, 3].flatMap(rowLines)], ["Toinen suunta", header, ...[4, 5, 6].flatMap(rowLines)]]), null, rules);
    expect(res.rows.map((r) => [r.extra?.["Tunnus"], r.toimiala, r.tulosalue, r.toteuma])).toEqual(names.map((name, k) => [codes[k], name, "Kotihoito", `${90 + k} %`]));
    expect(res.rows[4]!.section).toBe("Toinen suunta");
  }, 60_000);

  it("reads a code column whose label wraps above the header line (a narrow first column)", () => {
    const names = ["Alfa", "Beeta", "Gamma", "Delta", "Epsilon", "Zeta"];
    const rowLines = (k: number) => [`B-${k + 1} ${names[k]} Kotihoito Kotona asuminen tukee arkea Asiakkaista`, `${80 + k} % asuu kotona.`, `${90 + k} %`];
    const header = ["Tunnis-", "te", "Toimiala Tulosalue Tavoite Avaintulos Avaintuloksen mittari"];
    const res = reconstructOkrTable(pageLines([["Uusi suunta", ...header, ...[0, 1, 2].flatMap(rowLines)], [...header, ...[3, 4, 5].flatMap(rowLines)]]), null, rules);
    expect(res.rows.map((r) => [r.section, r.extra?.["Tunniste"], r.toimiala])).toEqual(names.map((name, k) => ["Uusi suunta", `B-${k + 1}`, name]));
  }, 60_000);

  it("reads an unknown second column of codes, written mid-line or after a wrapped first cell, as that column", () => {
    const areas = ["Kotihoito", "Neuvola", "Kotihoito", "Neuvola", "Kotihoito", "Neuvola"];
    const rowLines = (k: number) =>
      k % 2 ? ["Alfa ja", "beeta", `RA1/${k + 1} ${areas[k]} Kotona asuminen tukee arkea Asiakkaista`, `${80 + k} % asuu kotona.`, `${90 + k} %`]
        : [`Gamma RA1/${k + 1} ${areas[k]} Kotona asuminen tukee arkea Asiakkaista`, `${80 + k} % asuu kotona. Q1/2025`, `${90 + k} %`];
    const header = "Toimiala Viite Tulosalue Tavoite Avaintulos Avaintuloksen mittari";
    const res = reconstructOkrTable(pageLines([["Uusi suunta", header, ...[0, 1, 2].flatMap(rowLines)], [header, ...[3, 4, 5].flatMap(rowLines)]]), null, rules);
    expect(res.rows.map((r) => [r.extra?.["Viite"], r.toimiala, r.tulosalue])).toEqual(areas.map((a, k) => [`RA1/${k + 1}`, k % 2 ? "Alfa ja beeta" : "Gamma", a]));
    expect(res.rows[0]!.avaintulos).toBe("Asiakkaista 80 % asuu kotona. Q1/2025");
  }, 60_000);

  it("finds inner codes only when about one a row stands in the text, one shape, each once", () => {
    const body = ["Alfa RA1/1 Kotihoito", "x", "Alfa RA1/2 Neuvola", "Alfa RA1/3 Kotihoito", "Alfa RA1/4 Neuvola", "Alfa RA1/5 Kotihoito"].map((text) => ({ text }));
    expect([...findInnerRowCodes(body)!.values()]).toEqual(["RA1/1", "RA1/2", "RA1/3", "RA1/4", "RA1/5"]);
    // A few dates in long text are not a column.
    const dates = [...body.map((l) => ({ text: l.text.replace(/RA1\/\d/, "x") })), ...Array.from({ length: 80 }, (_, k) => ({ text: k < 5 ? `valmis ${k + 1}.3.2026 mennessä` : "teksti jatkuu" }))];
    expect(findInnerRowCodes(dates)).toBeNull();
  }, 30_000);

  it("gives a value's leading digit back to it when most rows show digit and value together", () => {
    // "2" + "htv ja ostot" in four rows whose measured values differ; in one row the measured
    // value is "2" alone (it lost its own text to the cell before): still learnt with the digit.
    const seen: ExtraCellSeen[] = ["982", "100toteutunut2", "602", "2", "972"].map((before, row) => ({
      row,
      field: "extra:Resurssit",
      key: "htvjaostot",
      before: { key: "2", cellBeforeKey: before, sameLine: true },
    }));
    expect(valuesWithWordBefore(seen).get("extra:Resurssit|htvjaostot")).toBe("extra:Resurssit|2htvjaostot");
    // When the cell before is that word alone in most rows, the word is that cell's own value.
    const own = seen.map((c) => ({ ...c, before: { ...c.before!, cellBeforeKey: "2" } }));
    expect(valuesWithWordBefore(own).has("extra:Resurssit|htvjaostot")).toBe(false);
  }, 30_000);
});
