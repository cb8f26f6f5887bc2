/**
 * Text path header (issue 24): an unknown column's label anywhere on or around the header line
 * (first, in the middle on a line of its own, last under a repeated header) is kept as an extra
 * column, and the known fields keep their places. Inputs are invented.
 */
import { describe, expect, it } from "vitest";
import { loadRules } from "../src/rules/load.js";
import { findTextHeaders } from "../src/reconstruct/okr-table/text-header.js";
import { reconstructOkrTable } from "../src/reconstruct/okr-table/text.js";
import type { SourceLine } from "../src/model/source.js";

const rules = loadRules();
const toLines = (text: string, page = 1): SourceLine[] => text.split("\n").map((t, i) => ({ n: i + 1, text: t, page }));

describe("text header with unknown column labels", () => {
  it("accepts a header line that opens with an unknown label when known labels make up most of it", () => {
    const h = findTextHeaders(toLines("Ylätunniste\nLaskuri Toimiala Tulosalue Tavoite Avaintulos Avaintuloksen mittari\nAlfa Beeta"), rules.okrTable);
    expect(h.map((x) => [x.start, x.end])).toEqual([[1, 1]]);
    expect(h[0]!.columns).toEqual(["extra:Laskuri", "toimiala", "tulosalue", "tavoite", "avaintulos", "toteuma"]);
  }, 30_000);

  it("does not take a line of mostly other words for a header because a label stands in it", () => {
    // "Uudistuva tavoite kasvaa" names one field among unknown words: a heading, not the header.
    const h = findTextHeaders(toLines("Uudistuva tavoite kasvaa\nToimiala Tulosalue Tavoite Avaintulos Mittari"), rules.okrTable);
    expect(h.map((x) => x.start)).toEqual([1]);
    expect(h[0]!.columns).toEqual(["toimiala", "tulosalue", "tavoite", "avaintulos", "toteuma"]);
  }, 30_000);

  it("keeps an unknown label on a line of its own between known ones as an extra column in its place", () => {
    const text = "Toimiala Tulosalue Tavoite Avaintulos Avaintuloksen\nmittari\nTarkastaja\nAvaintuloksen\ntoteutuminen\nvuositasolla\nAlfa Kotihoito";
    const h = findTextHeaders(toLines(text), rules.okrTable);
    expect(h[0]!.columns).toEqual(["toimiala", "tulosalue", "tavoite", "avaintulos", "toteuma", "extra:Tarkastaja", "vuositaso"]);
    expect(h[0]!.end).toBe(5);
  }, 30_000);

  it("reads a last unknown label on lines of its own when every repeated header has it, and not a first row", () => {
    const header = ["Toimiala Tulosalue Tavoite Avaintulos Avaintuloksen", "mittari", "Arvio-", "luokka"];
    const page1 = ["Otsikko", ...header, "Alfa Kotihoito Arki sujuu Käynnit toteutuvat. 90 % hyvä"];
    const page2 = [...header, "Beeta Neuvola Perheet voivat hyvin Käynnit toteutuvat. 80 % heikko"];
    const lines = [...page1.map((t) => ({ t, p: 1 })), ...page2.map((t) => ({ t, p: 2 }))].map((x, i) => ({ n: i + 1, text: x.t, page: x.p }));
    const h = findTextHeaders(lines, rules.okrTable);
    expect(h.map((x) => [x.start, x.end, x.columns.at(-1)])).toEqual([[1, 4, "extra:Arvioluokka"], [6, 9, "extra:Arvioluokka"]]);
    // The same header over first rows that differ: those lines stay rows.
    const plain = [header[0]!, header[1]!];
    const other = [...["Otsikko", ...plain, "Alfa", "Kotihoito Arki sujuu"].map((t) => ({ t, p: 1 })), ...[...plain, "Beeta", "Neuvola Perheet"].map((t) => ({ t, p: 2 }))].map((x, i) => ({ n: i + 1, text: x.t, page: x.p }));
    expect(findTextHeaders(other, rules.okrTable).map((x) => [x.end, x.columns.length])).toEqual([[2, 5], [6, 5]]);
  }, 30_000);

  it("starts rows at a counting column whose label stands on the header line, and keeps the number apart", () => {
    const names = ["Alfa", "Beeta", "Gamma", "Delta", "Epsilon", "Zeta", "Eeta"];
    const rowLines = (k: number) => [`${k + 1} ${names[k]} Kotihoito Kotona asuminen tukee arkea Asiakkaista`, `${80 + k} % asuu kotona.`, `${90 + k} %`];
    const header = ["Laskuri Toimiala Tulosalue Tavoite Avaintulos Avaintuloksen mittari"];
    const page1 = ["Uusi suunta", ...header, ...[0, 1, 2, 3].flatMap(rowLines)];
    const page2 = [...header, ...[4, 5, 6].flatMap(rowLines)];
    const lines = [...page1.map((t) => ({ t, p: 1 })), ...page2.map((t) => ({ t, p: 2 }))].map((x, i) => ({ n: i + 1, text: x.t, page: x.p }));
    const res = reconstructOkrTable(lines, null, rules);
    expect(res.rows.map((r) => [r.section, r.extra?.["Laskuri"], r.toimiala, r.tulosalue, r.toteuma])).toEqual(
      names.map((name, k) => ["Uusi suunta", String(k + 1), name, "Kotihoito", `${90 + k} %`]),
    );
  }, 60_000);
});

describe("unknown column values read with the word before them", () => {
  it("learns a two-word value whose first word the cell before took, only where the cells before differ", async () => {
    const { valuesWithWordBefore } = await import("../src/reconstruct/okr-table/extra-values.js");
    const cell = (row: number, key: string, before: string, cellBefore: string) => ({ row, field: "extra:Luokka", key, before: { key: before, cellBeforeKey: cellBefore, sameLine: true } });
    const varied = [cell(0, "puuttuu", "ei", "10ei"), cell(1, "puuttuu", "ei", "20ei"), cell(2, "puuttuu", "ei", "30ei")];
    expect(valuesWithWordBefore(varied)).toEqual(new Map([["extra:Luokka|puuttuu", "extra:Luokka|eipuuttuu"]]));
    // One fixed cell before a fixed value: two columns that agree, not one value cut in two.
    const fixed = [0, 1, 2].map((r) => cell(r, "puuttuu", "kotihoito", "arkikotihoito"));
    expect(valuesWithWordBefore(fixed).size).toBe(0);
    // A value that starts a line in some row stands alone.
    expect(valuesWithWordBefore([...varied, { row: 3, field: "extra:Luokka", key: "puuttuu" }]).size).toBe(0);
    // Too few rows to tell.
    expect(valuesWithWordBefore(varied.slice(0, 2)).size).toBe(0);
  }, 30_000);

  it("reads a wrapped value's first line back from the cell before when word and value are a value of other rows", async () => {
    const { valuesWithWordBefore } = await import("../src/reconstruct/okr-table/extra-values.js");
    const field = "extra:Seuranta";
    const whole = [0, 1, 2, 3].map((row) => ({ row, field, key: "johdonkatsaus" }));
    // "johdon" ended the line above "katsaus", and the cell before took it.
    const cut = (row: number, cellBefore: string, before = "johdon") => ({ row, field, key: "katsaus", before: { key: before, cellBeforeKey: cellBefore, sameLine: false } });
    expect(valuesWithWordBefore([...whole, cut(4, "eiarvioitujohdon")])).toEqual(new Map([[`${field}|katsaus`, `${field}|johdonkatsaus`]]));
    // Without the whole value in other rows, a word on the line above is no evidence.
    expect(valuesWithWordBefore([...whole.slice(0, 2), cut(4, "eiarvioitujohdon"), cut(5, "valmisjohdon"), cut(6, "kesken johdon")]).size).toBe(0);
    // Nor when the rows have different words before the value.
    expect(valuesWithWordBefore([...whole, cut(4, "eiarvioitujohdon"), cut(5, "valmis", "valmis")]).size).toBe(0);
  }, 30_000);

  it("gives a last unknown column its two-word value back from the measured value before it", () => {
    const grades = ["ei tiedossa", "hyvä", "ei tiedossa", "heikko", "ei tiedossa", "kohtuullinen", "hyvä", "ei tiedossa", "heikko"];
    const values = ["10 % toteutunut", "20 %", "30 %", "40 % toteutunut", "50 %", "60 %", "70 % toteutunut", "80 %", "90 %"];
    const names = ["Alfa", "Beeta", "Gamma"];
    const header = "Toimiala Tulosalue Tavoite Avaintulos Avaintuloksen mittari Luokitus";
    const row = (k: number) => `${names[Math.floor(k / 3)]} Kotihoito Arki sujuu Käynnit toteutuvat ajallaan. ${values[k]} ${grades[k]}`;
    const pages = [0, 1, 2].map((p) => [...(p === 0 ? ["Otsikko"] : []), header, row(3 * p), row(3 * p + 1), row(3 * p + 2)]);
    const lines = pages.flatMap((ls, p) => ls.map((text) => ({ text, page: p + 1 }))).map((l, i) => ({ n: i + 1, ...l }));
    const res = reconstructOkrTable(lines, null, rules);
    expect(res.rows.map((r) => [r.toteuma, r.extra?.["Luokitus"]])).toEqual(values.map((v, k) => [v, grades[k]]));
  }, 60_000);

  it("takes a line without a letter above a repeated header for the end of the row before, not for a heading", () => {
    const header = "Toimiala Tulosalue Tavoite Avaintulos Avaintuloksen mittari";
    const row = (name: string, v: string) => `${name} Kotihoito Arki sujuu Hinta pysyy kohtuullisena. ${v}`;
    const page1 = ["Otsikko", header, row("Alfa", "10 %"), row("Alfa", "20 %"), row("Alfa", "Hinta 150"), "€"];
    const page2 = [header, row("Beeta", "30 %"), row("Beeta", "40 %"), row("Beeta", "50 %")];
    const lines = [...page1.map((text) => ({ text, page: 1 })), ...page2.map((text) => ({ text, page: 2 }))].map((l, i) => ({ n: i + 1, ...l }));
    const res = reconstructOkrTable(lines, null, rules);
    expect(res.rows.map((r) => [r.section, r.toimiala, r.toteuma])).toEqual([
      ["Otsikko", "Alfa", "10 %"], ["Otsikko", "Alfa", "20 %"], ["Otsikko", "Alfa", "Hinta 150 €"],
      ["Otsikko", "Beeta", "30 %"], ["Otsikko", "Beeta", "40 %"], ["Otsikko", "Beeta", "50 %"],
    ]);
  }, 60_000);
});

describe("cells in text broken at every soft hyphen", () => {
  it("does not end a name cell at a soft hyphen where the typesetter broke the line", async () => {
    const { tokenize } = await import("../src/reconstruct/okr-table/rows.js");
    const { segmentRow } = await import("../src/reconstruct/okr-table/segment.js");
    // The result area wraps at a soft hyphen ("Sai­" / "raala"); the objective starts in lower case,
    // so a lower-case start cannot tell where the result area ends.
    const lines = ["Alfa Sai\u00ad", "raala", "arki sujuu hyvin", "Käynnit toteutuvat ajallaan.", "10 %"].map((text, n) => ({ n, text, blankBefore: false }));
    const fields = ["toimiala", "tulosalue", "tavoite", "avaintulos", "toteuma"];
    const best = segmentRow({ lines, tokens: tokenize(lines), firstTokenMidLine: false, toimialaSingleLine: false, fields }, { knownResultAreas: new Set() }, rules.okrTable.segmentation)[0]!;
    expect(best.cuts).toEqual([1, 3, 6, 9]);
  }, 30_000);
});

describe("section heading at a page's foot", () => {
  it("takes the paragraph ending a page for the next header's heading after a row ending in a status the rows repeat", () => {
    const header = "Toimiala Tulosalue Tavoite Avaintulos Avaintuloksen mittari";
    const row = (name: string, v: string) => [`${name} Kotihoito Arki sujuu hyvin Käynnit toteutuvat ajallaan.`, v];
    const page1 = ["Ensimmäinen osio", header, ...row("Alfa", "10 %"), ...row("Alfa", "Ei mitattu"), ...row("Alfa", "Ei mitattu"), "Toinen osio"];
    const page2 = [header, ...row("Beeta", "Ei mitattu"), ...row("Beeta", "20 %"), ...row("Beeta", "Ei mitattu")];
    const lines = [...page1.map((text) => ({ text, page: 1 })), ...page2.map((text) => ({ text, page: 2 }))].map((l, i) => ({ n: i + 1, ...l }));
    const res = reconstructOkrTable(lines, null, rules);
    expect(res.rows.map((r) => [r.section, r.toimiala, r.toteuma])).toEqual([
      ["Ensimmäinen osio", "Alfa", "10 %"], ["Ensimmäinen osio", "Alfa", "Ei mitattu"], ["Ensimmäinen osio", "Alfa", "Ei mitattu"],
      ["Toinen osio", "Beeta", "Ei mitattu"], ["Toinen osio", "Beeta", "20 %"], ["Toinen osio", "Beeta", "Ei mitattu"],
    ]);
  }, 60_000);

  it("keeps a paragraph with a sentence end inside for the last row's end, after a line the rows repeat", () => {
    const header = "Toimiala Tulosalue Tavoite Avaintulos Avaintuloksen mittari";
    // The first column stands alone on its line in every row; the producer repeats only the header.
    const row = (v: string) => ["Alfa", `Kotihoito Arki sujuu. Käynnit toteutuvat. ${v}`];
    const page1 = ["Ainoa osio", header, ...row("10 %"), ...row("20 %"), ...row("30 %"), ...row("Ei mitattu")];
    const page2 = [header, ...row("40 %")];
    const lines = [...page1.map((text) => ({ text, page: 1 })), ...page2.map((text) => ({ text, page: 2 }))].map((l, i) => ({ n: i + 1, ...l }));
    const res = reconstructOkrTable(lines, null, rules);
    expect(res.rows.map((r) => r.section)).toEqual(Array(5).fill("Ainoa osio"));
  }, 60_000);
});

