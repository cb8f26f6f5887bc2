/**
 * Row starts of the OKR table's text path (issue 24): evidence for where a row begins, taken from
 * the document itself (what recurs, how rows end), for tables whose columns are in another order.
 */
import { describe, expect, it } from "vitest";
import { findRowStarts } from "../src/reconstruct/okr-table/row-starts.js";
import { followedKey, segmentRow } from "../src/reconstruct/okr-table/segment.js";
import { tokenize } from "../src/reconstruct/okr-table/rows.js";
import { loadRules } from "../src/rules/load.js";
import { bodyOf } from "./okr-text-body.js";
import { letterKey } from "../src/text/letters.js";
import { reconstructOkrTable } from "../src/reconstruct/okr-table/text.js";
import type { SourceLine } from "../src/model/source.js";

const rules = loadRules();


describe("OKR table text path: row starts", () => {
  it("does not start a row at an objective restated in several rows that follows a sentence ending in a value", () => {
    // Columns reordered: name, name, key result (sentences), objective (recurs), measured value.
    // The objective "Delta …" begins a line after a key result ending "80 %." (a sentence); rows
    // end in a bare value "85 %". Both end in a number: only the full stop tells them apart.
    const row = (first: string, v: number) => [`${first} Kotihoito Asiakkaat saavat`, `apua ajoissa ${v} %.`, `Delta tavoite on tärkeä ${v + 5} %`];
    const rows = [row("Alfa", 10), row("Alfa", 20), row("Alfa", 30), row("Beeta", 40), row("Beeta", 50), row("Alfa", 60), row("Alfa", 70), row("Beeta", 80)];
    const { body, starts } = bodyOf(rows, [0, 5]);
    expect(findRowStarts(body, []).map((s) => s.at)).toEqual(starts);
  }, 30_000);

  it("gives a name column back its value that other rows chose when the next cell would begin with it", () => {
    // Result area first, then the division: "Kota Ulkotyöt" | "Hoiva". Other rows (last pass)
    // chose "Kota" and "Ulkotyöt", but many more chose "Hoiva" for the division column.
    const lines = ["Kota Ulkotyöt Hoiva Asukkaat saavat apua", "ajoissa joka päivä.", "Hyvä arki 90 %"].map((text, i) => ({ n: i + 1, text, blankBefore: false }));
    const tokens = tokenize(lines);
    const chosen: Record<string, number> = { [`tulosalue|${letterKey("Kota")}`]: 5, [`toimiala|${letterKey("Ulkotyöt")}`]: 5, [`toimiala|${letterKey("Hoiva")}`]: 20 };
    const fields = ["tulosalue", "toimiala", "avaintulos", "tavoite", "toteuma"];
    const best = segmentRow(
      { lines, tokens, firstTokenMidLine: false, toimialaSingleLine: false, fields },
      { knownResultAreas: new Set(), repeats: (field, key) => chosen[`${field}|${key}`] ?? 0 },
      rules.okrTable.segmentation,
    )[0]!;
    const bounds = [0, ...best.cuts, tokens.length];
    const cells = fields.map((_, k) => tokens.slice(bounds[k], bounds[k + 1]).map((t) => t.text).join(" "));
    expect(cells).toEqual(["Kota Ulkotyöt", "Hoiva", "Asukkaat saavat apua ajoissa joka päivä.", "Hyvä arki", "90 %"]);
  }, 30_000);

  it("ends a name cell after the word that follows its value in other rows when a key result comes next, not an objective", () => {
    // "Kota Ulkotyöt": other rows (last pass) chose "Kota" and began the key result after it with
    // "Ulkotyöt". A key result's first word recurs after one name only as the name's own last word;
    // an objective after the name recurs anyway, so there the evidence says nothing.
    const lines = ["Hoiva Kota Ulkotyöt Asukkaat saavat apua", "ajoissa joka päivä.", "Hyvä arki 90 %"].map((text, i) => ({ n: i + 1, text, blankBefore: false }));
    const tokens = tokenize(lines);
    const seen: Record<string, number> = { [`tulosalue|${letterKey("Kota")}`]: 6, [`tulosalue|${followedKey(letterKey("Kota"), letterKey("Ulkotyöt"))}`]: 4 };
    const cellsOf = (fields: string[]) => {
      const best = segmentRow(
        { lines, tokens, firstTokenMidLine: false, toimialaSingleLine: false, fields },
        { knownResultAreas: new Set(), repeats: (f, key) => seen[`${f}|${key}`] ?? 0, followed: (f, key) => seen[`${f}|${key}`] ?? 0 },
        rules.okrTable.segmentation,
      )[0]!;
      const bounds = [0, ...best.cuts, tokens.length];
      return fields.map((_, k) => tokens.slice(bounds[k], bounds[k + 1]).map((t) => t.text).join(" "));
    };
    expect(cellsOf(["toimiala", "tulosalue", "avaintulos", "tavoite", "toteuma"]).slice(0, 3)).toEqual(["Hoiva", "Kota Ulkotyöt", "Asukkaat saavat apua ajoissa joka päivä."]);
    expect(cellsOf(["toimiala", "tulosalue", "tavoite", "avaintulos", "toteuma"]).slice(0, 2)).toEqual(["Hoiva", "Kota"]);
  }, 30_000);

  it("does not take the rest of a first column's word wrapped at its first line for a row's end", () => {
    // "Kilo- ja lima-" / "nimi" is a first column wrapped mid-word; the objective after it begins
    // a line ("Talous …", "Delta …"). "Talous" also starts real rows, so it is a first-column word;
    // its objective lines must not teach that "…nimi" ends rows, or "Delta" would start rows too.
    const kilo = (objective: string, v: string) => ["Kilo- ja lima-", "nimi", `${objective} on tässä`, `a b c d ${v}`];
    const rows = [
      ["Alfa x y z", "a b c d 10"], ["Talous x y z", "a b c d 11"], ["Alfa x y z", "a b c d 12"], kilo("Talous hyvä", "13"), kilo("Talous hyvä", "14"),
      ["Alfa x y z", "a b c d 15"], ["Talous x y z", "a b c d 16"], ["Alfa x y z", "a b c d valmis"], kilo("Delta", "17"), kilo("Delta", "18"),
      ["Alfa x y z", "a b c d 19"], ["Talous x y z", "a b c d 20"],
    ];
    const { body, starts } = bodyOf(rows, [0, 7]);
    expect(findRowStarts(body, []).map((s) => s.at)).toEqual(starts);
  }, 30_000);

  it("takes a page's last paragraph for the next page's heading after a row that ends in a recurring status line", () => {
    // Rows end in a value or in a status line of their own ("Ei vielä mitattavissa"); the next
    // section's heading was kept at the page's foot, under the last row, and each page repeats the
    // header. The status stands whole in several places, each followed by a row's first line.
    const header = "Toimiala Tulosalue Tavoite Avaintulos Avaintuloksen mittari";
    const row = (div: string, area: string, end: string) => [`${div} ${area} Hyvä arki kaikille Asiakkaat saavat apua`, "ajoissa joka päivä.", end];
    const page1 = ["Ensimmäinen osa", header, ...row("Alfa", "Kotihoito", "Ei vielä mitattavissa"), ...row("Alfa", "Kotihoito", "80 %"),
      ...row("Alfa", "Asuminen", "Ei vielä mitattavissa"), ...row("Beeta", "Neuvola", "90 %"), ...row("Beeta", "Neuvola", "Ei vielä mitattavissa"), "Toinen osa"];
    const page2 = [header, ...row("Beeta", "Koulu", "70 %"), ...row("Beeta", "Koulu", "Ei vielä mitattavissa"), ...row("Beeta", "Tuki", "60 %")];
    const lines: SourceLine[] = [...page1.map((text) => ({ text, page: 1 })), ...page2.map((text) => ({ text, page: 2 }))].map((l, i) => ({ n: i + 1, ...l }));
    const res = reconstructOkrTable(lines, null, rules);
    expect(res.rows.map((r) => [r.section, r.toimiala, r.toteuma])).toEqual([
      ["Ensimmäinen osa", "Alfa", "Ei vielä mitattavissa"], ["Ensimmäinen osa", "Alfa", "80 %"], ["Ensimmäinen osa", "Alfa", "Ei vielä mitattavissa"],
      ["Ensimmäinen osa", "Beeta", "90 %"], ["Ensimmäinen osa", "Beeta", "Ei vielä mitattavissa"],
      ["Toinen osa", "Beeta", "70 %"], ["Toinen osa", "Beeta", "Ei vielä mitattavissa"], ["Toinen osa", "Beeta", "60 %"],
    ]);
  }, 60_000);

  it("does not take a word that begins two lines inside rows, one after a cell line ending in a number, for a row start", () => {
    // "Oma …" begins a key result's line twice: once after "… vähintään 20 %" (a number ends
    // the line, as rows end) and once after "… paranee". One line after a row-like ending is no
    // evidence that a word begins rows.
    const rows = [
      ["Alfa x y z", "a b c 10"], ["Alfa x y z", "a b c vähintään 20 %", "Oma tieto kasvaa tässä.", "30 %"], ["Beeta x y z", "a b c 40"],
      ["Beeta x y z", "käyttö paranee", "Oma asia on hyvä", "50 %"], ["Alfa x y z", "a b c 60"], ["Beeta x y z", "a b c 70"], ["Alfa x y z", "a b c 80"],
    ];
    const { body, starts } = bodyOf(rows, [0, 4]);
    expect(findRowStarts(body, []).map((s) => s.at)).toEqual(starts);
  }, 30_000);
});
