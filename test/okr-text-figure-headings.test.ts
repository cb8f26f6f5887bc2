/**
 * Figures at the ends of headings and names in the OKR table's text path (issue 24, helper
 * txtwrap2): a heading ending in a figure and unit at the document's top or repeated above page
 * headers, an objective restating such a heading wrapped before its figure, a name that ends in or
 * holds a figure before the next cell's capitalized word, and a name's figure alone on its line.
 */
import { describe, expect, it } from "vitest";
import { loadRules } from "../src/rules/load.js";
import { reconstructOkrTable } from "../src/reconstruct/okr-table/text.js";
import { toLines } from "../src/read/text.js";
import { SAMPLE_HEADER, SAMPLE_ROWS } from "./okr-text-sample-rows.js";
import { findRowStarts } from "../src/reconstruct/okr-table/row-starts.js";
import { endsWithRestatedHeading } from "../src/reconstruct/okr-table/restated-heading.js";
import { segmentCells } from "./segment-helpers.js";
import { bodyOf } from "./okr-text-body.js";

const rules = loadRules();
const HEADER = SAMPLE_HEADER;
const rows = SAMPLE_ROWS;
const line = (r: string[]) => r.join(" ");

describe("OKR table text path: a heading that ends in a figure and its unit", () => {
  it("is the first section's heading when it opens the document", () => {
    const text = ["Jonotus 9 vrk", HEADER, ...rows.slice(0, 2).map(line), "Arki sujuu", HEADER, ...rows.slice(2).map(line)].join("\n");
    const res = reconstructOkrTable(toLines(text), null, rules);
    expect(res.rows.map((r) => r.section)).toEqual(["Jonotus 9 vrk", "Jonotus 9 vrk", "Arki sujuu", "Arki sujuu"]);
  }, 60_000);

  it("is the heading again when repeated above a later page's header after a row's wrapped end", () => {
    const text = ["Jonotus 9 vrk", HEADER, ...rows.slice(0, 3).map(line), "ohjelman mukaan", "Jonotus 9 vrk", HEADER, line(rows[3]!)].join("\n");
    const res = reconstructOkrTable(toLines(text), null, rules);
    expect(res.rows.map((r) => r.section)).toEqual(["Jonotus 9 vrk", "Jonotus 9 vrk", "Jonotus 9 vrk", "Jonotus 9 vrk"]);
    expect(res.rows[2]!.toteuma).not.toContain("Jonotus");
  }, 60_000);

  it("still leaves a measured value with a label above a later header to the row before", () => {
    const text = ["Arki sujuu", HEADER, ...rows.slice(0, 2).map(line), "Toteutunut 95 %", HEADER, ...rows.slice(2).map(line)].join("\n");
    const res = reconstructOkrTable(toLines(text), null, rules);
    expect(res.rows.map((r) => r.section)).toEqual(["Arki sujuu", "Arki sujuu", "Arki sujuu", "Arki sujuu"]);
  }, 60_000);
});

describe("OKR table text path: an objective restating a figure heading, wrapped before its figure", () => {
  it("reads the wrapped heading's end as the heading's, not a row's end", () => {
    const texts = ["Kotihoito Jaksaminen: poissa-", "olot alle 5 %", "Kysely tehdään keväällä."];
    expect(endsWithRestatedHeading(texts, 0, 2, "Jaksaminen: poissaolot alle 5 %")).toBe(true);
    expect(endsWithRestatedHeading(texts, 0, 2, "Arki sujuu")).toBe(false);
  }, 30_000);

  it("keeps the row whole: the line after the heading's figure starts no row", () => {
    const section = "Jaksaminen: poissaolot alle 5 %";
    const body = [
      ["Ikäpalvelut Kotihoito Jaksaminen: poissa-", "olot alle 5 %", "Kysely tehdään keväällä.", "82 %"],
      ["Ikäpalvelut Asuminen Jaksaminen: poissa-", "olot alle 5 %", "Kysely tehdään syksyllä.", "90 %"],
      ["Ikäpalvelut Kotihoito Jaksaminen: poissa-", "olot alle 5 %", "Kysely tehdään talvella.", "70 %"],
    ];
    const text = [section, HEADER, ...body.flat()].join("\n");
    const res = reconstructOkrTable(toLines(text), null, rules);
    expect(res.rows.map((r) => r.tavoite)).toEqual([section, section, section]);
    expect(res.rows.map((r) => r.toteuma)).toEqual(["82 %", "90 %", "70 %"]);
  }, 60_000);
});

describe("OKR table text path: a name that ends in or holds a figure", () => {
  const fields = ["tulosalue", "toimiala", "tavoite", "avaintulos", "toteuma"];
  it("keeps a division's last figure from the objective that follows (division second)", () => {
    for (const figure of ["4", "1–3", "0–6"]) {
      const got = segmentCells(["Neuvonta", `Sote-alue ${figure} Asiakas saa apua ajoissa`, "Kyselyn tulos paranee vuodessa.", "90 %"], fields);
      expect(got.slice(1, 3)).toEqual([`Sote-alue ${figure}`, "Asiakas saa apua ajoissa"]);
    }
  }, 30_000);

  it("keeps a figure inside a division with the division", () => {
    const got = segmentCells(["Neuvonta", "Ensiapu 24/7 ja valmius Asiakas saa apua ajoissa", "Kyselyn tulos paranee vuodessa.", "90 %"], fields);
    expect(got.slice(1, 3)).toEqual(["Ensiapu 24/7 ja valmius", "Asiakas saa apua ajoissa"]);
  }, 30_000);

  it("is a setting: without the penalty the figure opens the objective", () => {
    const off = { ...rules.okrTable.segmentation, figureNameStartPenalty: 0 };
    const got = segmentCells(["Neuvonta", "Sote-alue 4 Asiakas saa apua ajoissa", "Kyselyn tulos paranee vuodessa.", "90 %"], fields, off);
    expect(got[1]).not.toBe("Sote-alue 4");
  }, 30_000);

  it("takes a name's figure alone on its line for the name's end, not a row's measured value", () => {
    const row = (k: number, end: string[]) => ["Kotialue", "3", "Koti Arki sujuu kotona", `Käynnit toteutuvat ${k}.`, ...end];
    const { body, starts } = bodyOf([row(1, ["50 %"]), row(2, ["5 % vähenty-", "nyt"]), row(3, ["60 %"]), row(4, ["70 %"])], [0]);
    expect(findRowStarts(body, []).map((s) => s.at)).toEqual(starts);
  }, 30_000);
});

describe("OKR table text path: a heading of one word and a figure mid-document (txthead3)", () => {
  const restating = (section: string, r: string[]) => [r[0], r[1], section, r[3], r[4]].join(" ");
  it("is the next section's heading under a row that ended in a value, restated by its rows", () => {
    const text = ["Arki sujuu", HEADER, ...rows.slice(0, 2).map((r) => restating("Arki sujuu", r)), "Ylijäämä 1 %", HEADER, ...rows.slice(2).map((r) => restating("Ylijäämä 1 %", r))].join("\n");
    const res = reconstructOkrTable(toLines(text), null, rules);
    expect(res.rows.map((r) => r.section)).toEqual(["Arki sujuu", "Arki sujuu", "Ylijäämä 1 %", "Ylijäämä 1 %"]);
    expect(res.rows[1]!.toteuma).toBe("100 %");
  }, 60_000);

  it("is a row's value when no row opens with it (a measured value printed once)", () => {
    const text = ["Arki sujuu", HEADER, ...rows.slice(0, 2).map((r) => restating("Arki sujuu", r)), "Nettohinta 178 €", HEADER, ...rows.slice(2).map((r) => restating("Arki sujuu", r))].join("\n");
    const res = reconstructOkrTable(toLines(text), null, rules);
    expect(res.rows.map((r) => r.section)).toEqual(["Arki sujuu", "Arki sujuu", "Arki sujuu", "Arki sujuu"]);
  }, 60_000);
});

describe("OKR table text path: a row's values line above a repeated header (txthead3)", () => {
  const H = "Toimiala Tulosalue Tavoite Avaintulos Avaintuloksen mittari Htv";
  it("is the row's end, not a heading, when it opens with a figure and has no capitalized word", () => {
    const text = [
      "Arki sujuu", H,
      "Ikäpalvelut Kotihoito Kotona asuminen tukee arkea Asiakkaista 80 % asuu kotona. 82 % 1,25",
      "Ikäpalvelut Asuminen Asukkaat ovat tyytyväisiä Kysely tehdään kahdesti vuodessa.",
      "100 % toteutunut 0",
      H,
      "Perheiden tuki Neuvola Perheet saavat tukea ajoissa Käynnit toteutuvat ohjelman mukaan. 95 % 2",
      "Perheiden tuki Neuvola Perheet saavat tukea ajoissa Odotusaika lyhenee viikolla. 70 % 0,5",
    ].join("\n");
    const res = reconstructOkrTable(toLines(text), null, rules);
    expect(res.rows.map((r) => r.section)).toEqual(["Arki sujuu", "Arki sujuu", "Arki sujuu", "Arki sujuu"]);
    expect(res.rows[1]!.toteuma).toBe("100 % toteutunut");
  }, 60_000);
});
