/**
 * The text path on tables it has not seen (issue 24): header labels in another order with an
 * unknown column, row starts without any division list, a row broken across a page.
 */
import { describe, expect, it } from "vitest";
import { loadRules } from "../src/rules/load.js";
import { reconstructOkrTable } from "../src/reconstruct/okr-table/text.js";
import { findTextHeaders } from "../src/reconstruct/okr-table/text-header.js";
import { assignContinuation } from "../src/reconstruct/okr-table/continuation.js";
import { tokenize } from "../src/reconstruct/okr-table/rows.js";
import { findRowStarts } from "../src/reconstruct/okr-table/row-starts.js";
import { joinSoftHyphenLines } from "../src/reconstruct/okr-table/text.js";
import type { SourceLine } from "../src/model/source.js";
import { toLines as readLines } from "../src/read/text.js";

const rules = loadRules();
const toLines = (text: string, page = 1): SourceLine[] => text.split("\n").map((t, i) => ({ n: i + 1, text: t, page }));

describe("OKR table text path on unseen tables", () => {
  it("reads a header in any order, a synonym label, a wrapped label and an unknown column kept apart", () => {
    const lines = toLines("Tulosyksikkö Toimiala Tavoite Avaintulos Vastuuhenkilö Avaintuloksen\nmittari\nAmmattilaiset lähellä Ensimmäinen rivi");
    const h = findTextHeaders(lines, rules.okrTable);
    expect(h).toHaveLength(1);
    expect(h[0]!.columns).toEqual(["tulosalue", "toimiala", "tavoite", "avaintulos", "extra:Vastuuhenkilö", "toteuma"]);
    expect(h[0]!.end).toBe(1);
  });

  it("does not take a heading that begins like a label for a header row", () => {
    const lines = toLines("Tavoitteet yhdessä\nToimiala Tulosalue Strateginen tavoite Avaintulos Mittari");
    const h = findTextHeaders(lines, rules.okrTable);
    expect(h.map((x) => x.start)).toEqual([1]);
  });

  it("finds rows from first words the document repeats, with no division list, fills the unknown column, reads byte-swapped letters", () => {
    const rows = [
      ["Ikäpalvelut", "Kotihoito", "Kotona asuminen tukee arkea", "Asiakkaista 80 % asuu kotona.", "johtaja", "82 %"],
      ["Ikäpalvelut", "Kotihoito", "Kotona asuminen tukee arkea", "Hoitajan käynnit toteutuvat ajallaan.", "päällikkö", "90 %"],
      ["Ikäpalvelut", "Asuminen", "Asukkaat ovat tyytyväisiä", "Kysely tehdään kahdesti vuodessa.", "johtaja", "100 %"],
      ["Perheiden tuki", "Neuvola", "Perheet saavat tukea ajoissa", "Käynnit toteutuvat ohjelman mukaan.", "päällikkö", "95 %"],
      ["Perheiden tuki", "Neuvola", "Perheet saavat tukea ajoissa", "Odotusaika lyhenee viikolla.", "johtaja", "ei toteutunut"],
    ];
    const page = (rs: string[][]) => ["Uusi otsikko", "Toimiala Tulosalue Tavoite Avaintulos Vastuuhenkilö Avaintuloksen mittari", ...rs.map((r) => r.join(" "))].join("\n");
    // "kahdes琀椀": a ligature's text byte-swapped by Ghostscript, read back as "kahdesti" by the
    // reading stage (readLines), which every text input goes through; a form feed starts page 2.
    const text = (page(rows.slice(0, 3)) + "\n\f" + page(rows.slice(3))).replace("kahdesti", "kahdes\u7400\u6900");
    const lines = readLines(text);
    expect(lines.map((l) => l.page)).toEqual([1, 1, 1, 1, 1, 2, 2, 2, 2]);
    const res = reconstructOkrTable(lines, null, rules);
    expect(res.rows.map((r) => [r.toimiala, r.tulosalue, r.tavoite, r.avaintulos, r.extra?.["Vastuuhenkilö"], r.toteuma])).toEqual(rows);
    expect(res.rows.every((r) => r.section === "Uusi otsikko")).toBe(true);
  }, 60_000);

  it("hands the rest of a row broken across a page to the cells it continues", () => {
    const rest = [{ n: 1, text: "lut jauksen ja neuvonnan asiakkaista kokee saaneen-", blankBefore: false }, { n: 2, text: "sa apua.", blankBefore: false }];
    const spans = assignContinuation(["Perhekeskuspalve-", "Sosiaalipalvelut", "Yhteys syntyy helposti", "80 % lapsiperheiden palveluoh-", "96 %"], rest, tokenize(rest));
    expect(spans).toEqual([[0, 1], [1, 1], [1, 1], [1, 9], [9, 9]]);
  });

  it("takes a first word as a row start once other row starts show that its rows end the same way", () => {
    // Alfa seeds the first column (under both headers); Gamma's rows follow an Alfa-like ending
    // half of the time, and then show a second ending ("valmis") that all of Beeta's rows follow.
    const rows: [string, boolean][] = [
      ["Alfa x y z w 10", true], ["Alfa x y z w 20", false], ["Beeta x y z w valmis", false], ["Beeta x y z w valmis", false],
      ["Beeta x y z w 30", false], ["Gamma x y z w valmis", false], ["Gamma x y z w 40", false],
      ["Alfa x y z w 50", true], ["Alfa x y z w 60", false], ["Beeta x y z w valmis", false], ["Beeta x y z w 70", false],
      ["Gamma x y z w valmis", false], ["Gamma x y z w 80", false],
    ];
    const body = rows.map(([text, top], i) => ({ n: i + 1, text, blankBefore: false, page: i < 7 ? 1 : 2, underHeader: top, cells: 5 }));
    expect(findRowStarts(body, []).map((s) => s.at)).toEqual(rows.map((_, i) => i));
  });

  it("joins text broken at every soft hyphen: a drawn hyphen ends the visual line, a ligature's span continues its word", () => {
    const soft = "\u00ad";
    const filler = Array.from({ length: 12 }, (_, i) => `sa${soft}`).concat("na");
    const lines = toLines(
      [...filler, `Koh${soft}`, `ta${soft}`, "-", `lo ja tuo${soft}`, `tet${soft}t`, "u", `pa${soft}ket${soft}ti`, "vaihtuu"].join("\n"),
    );
    const out = joinSoftHyphenLines(lines);
    expect(out.brokenAtSoftHyphens).toBe(true);
    // "Kohta-" broke at its soft hyphen (the hyphen drawn there is the typesetter's); "tuotettu"
    // was cut after its "t-t" ligature; "paketti" ends where the patterns allow a break: a word end.
    expect(out.lines.slice(1).map((l) => l.text.replace(/\u00ad/g, "~"))).toEqual(["Kohta~", "lo ja tuotet~tu", "pa~ket~ti", "vaihtuu"]);
  });

  it("does not start a row at a division name from the rules that the document does not show as a first column's", () => {
    const texts = ["Alfa x y z w 10", "Alfa x y z w 20", "Alfa x y z w", "Pelastustoimi toimii hyvin 30", "Alfa x y z w 40", "Alfa x y z w 50"];
    const body = texts.map((text, i) => ({ n: i + 1, text, blankBefore: false, page: i < 3 ? 1 : 2, underHeader: i === 0 || i === 4, cells: 5 }));
    expect(findRowStarts(body, ["Pelastustoimi"]).map((s) => s.at)).toEqual([0, 1, 2, 4, 5]);
  });

  it("reads a label set a few letters a line (a column too narrow for a syllable) as part of the header", () => {
    const narrow = ["Av", "ai", "n-", "tul", "ok", "se", "n", "to", "te", "u-", "tu", "mi", "ne", "n", "vu", "o-", "si-", "ta-", "so", "lla"];
    const lines = toLines(["Toimiala Tulosalue Tavoite Avaintulos Avaintulok-", "sen mittari", ...narrow, "Alfa Beeta Rivin tavoite"].join("\n"));
    const h = findTextHeaders(lines, rules.okrTable);
    expect(h[0]!.columns).toEqual(["toimiala", "tulosalue", "tavoite", "avaintulos", "toteuma", "vuositaso"]);
    expect(h[0]!.end).toBe(1 + narrow.length);
  });

  it("starts rows at a word that also begins lines inside rows only where a row has ended, and keeps a suspended compound part apart", () => {
    // First column Alfa / "Pitkä-" + "nimi" (wrapped); second column Gamma, which begins a line
    // after the wrapped first column too. "Pitkä-" + "ja …" is a compound part, not "Pitkänimi".
    // Each row: its first line, then a line that ends in the row's value.
    const row = (first: string[], v: number) => [...first.slice(0, -1), `${first[first.length - 1]} x y z`, `a b c d e f g ${v}`];
    const rows = [
      ["Alfa Gamma"], ["Alfa Gamma"], ["Pitkä-", "nimi", "Gamma"], ["Gamma Gamma"], ["Alfa Gamma"], ["Alfa Gamma"],
      ["Pitkä-", "nimi", "Gamma"], ["Gamma Gamma"], ["Pitkänimi Gamma", "Pitkä- ja lyhyt"], ["Pitkänimi Gamma"], ["Pitkänimi Gamma"],
    ];
    const texts: string[] = [];
    const starts: number[] = [];
    rows.forEach((r, k) => {
      starts.push(texts.length);
      texts.push(...row(r, 10 + k));
    });
    const body = texts.map((text, i) => ({ n: i + 1, text, blankBefore: false, underHeader: i === 0 || i === starts[4], cells: 5 }));
    expect(findRowStarts(body, []).map((s) => s.at)).toEqual(starts);
  });

  it("reads a label whose first letter the extractor split off (kerning) as that label", () => {
    const lines = toLines("Toimiala Tulosalue Tavoite A\nvaintulos A\nvaintuloksen\nmittari\nAlfa Beeta Rivin tavoite");
    expect(findTextHeaders(lines, rules.okrTable)[0]!.columns).toEqual(["toimiala", "tulosalue", "tavoite", "avaintulos", "toteuma"]);
  });

  it("takes a page's last paragraph for the heading of a header opening the next page only after a row's value", () => {
    const header = "Toimiala Tulosalue Tavoite Avaintulos Avaintuloksen mittari";
    const row = (last: string) => ["Alfa Beeta Tavoite on hyvä", "Avaintulos toteutuu hyvin.", last];
    const page1 = ["Ensimmäinen otsikko", header, ...row("80 %"), ...row("Tila valmis")];
    const page2 = [header, ...row("70 %"), ...row("60 %"), "Toinen otsikko"];
    const page3 = [header, ...row("50 %")];
    const lines = [...page1.map((t) => ({ t, p: 1 })), ...page2.map((t) => ({ t, p: 2 })), ...page3.map((t) => ({ t, p: 3 }))].map((x, i) => ({ n: i + 1, text: x.t, page: x.p }));
    const res = reconstructOkrTable(lines, null, rules);
    // Page 1 ends in "Tila valmis" after a sentence's end: the last row's cell, and page 2 goes on
    // in the same section; page 2 ends in "Toinen otsikko" after a value: page 3's heading.
    expect(res.rows.map((r) => [r.section, r.toteuma])).toEqual([
      ["Ensimmäinen otsikko", "80 %"], ["Ensimmäinen otsikko", "Tila valmis"], ["Ensimmäinen otsikko", "70 %"], ["Ensimmäinen otsikko", "60 %"], ["Toinen otsikko", "50 %"],
    ]);
  }, 60_000);

  it("does not give an unknown column the end of a two-word first column on the same line", () => {
    const header = "Toimiala Omistaja Tulosalue Tavoite Avaintulos Avaintuloksen mittari";
    // Wrapped first columns show "johtaja" and "päällikkö" alone in the unknown column.
    const wrapped = (who: string, v: number) => ["Hyvin pitkä-", "nimi", `${who} Kotihoito Tavoite toteutuu Asiakkaat ovat tyytyväisiä arkeen. ${v} %`];
    const flat = (who: string, v: number) => [`Yhteiset alueet ${who} Kotihoito Tavoite toteutuu Asiakkaat ovat tyytyväisiä arkeen. ${v} %`];
    const body = [...wrapped("johtaja", 10), ...wrapped("päällikkö", 20), ...flat("johtaja", 30), ...wrapped("johtaja", 40), ...flat("päällikkö", 50), ...wrapped("johtaja", 60), ...flat("johtaja", 70)];
    const lines = ["Otsikko", header, ...body.slice(0, 10), header, ...body.slice(10)].map((text, i) => ({ n: i + 1, text, page: i < 12 ? 1 : 2 }));
    const res = reconstructOkrTable(lines, null, rules);
    expect(res.rows.map((r) => [r.toimiala, r.extra?.["Omistaja"]])).toEqual([
      ["Hyvin pitkänimi", "johtaja"], ["Hyvin pitkänimi", "päällikkö"], ["Yhteiset alueet", "johtaja"], ["Hyvin pitkänimi", "johtaja"],
      ["Yhteiset alueet", "päällikkö"], ["Hyvin pitkänimi", "johtaja"], ["Yhteiset alueet", "johtaja"],
    ]);
  }, 60_000);

  it("starts rows at a first column that counts them, keeps the number as that column's cell and its label out of the heading", () => {
    // Every toimiala differs, so no first-column value recurs: only the running number shows the rows.
    const names = ["Alfa", "Beeta", "Gamma", "Delta", "Epsilon", "Zeta", "Eeta"];
    const rowLines = (k: number) => [`${k + 1} ${names[k]} Kotihoito Kotona asuminen tukee arkea Asiakkaista`, `${80 + k} % asuu kotona.`, `${90 + k} %`];
    const header = ["Järjes-", "tys-", "numero", "Toimiala Tulosalue Tavoite Avaintulos Avaintuloksen mittari"];
    const page1 = ["Uusi suunta", ...header, ...[0, 1, 2, 3].flatMap(rowLines)];
    const page2 = [...header, ...[4, 5, 6].flatMap(rowLines)];
    const lines = [...page1.map((t) => ({ t, p: 1 })), ...page2.map((t) => ({ t, p: 2 }))].map((x, i) => ({ n: i + 1, text: x.t, page: x.p }));
    const res = reconstructOkrTable(lines, null, rules);
    expect(res.rows.map((r) => [r.section, r.extra?.["Järjestysnumero"], r.toimiala, r.toteuma])).toEqual(
      names.map((name, k) => ["Uusi suunta", String(k + 1), name, `${90 + k} %`]),
    );
    expect(res.rows[0]!.avaintulos).toBe("Asiakkaista 80 % asuu kotona.");
  }, 60_000);
});
