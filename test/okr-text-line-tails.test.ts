/**
 * A last column's value alone on the line above a repeated header (issue 24, text path): it ends
 * the lines of other rows and never stands before another cell's words, so it is the row's last
 * cell, not the next section's heading; a heading the rows restate as a cell is followed by words.
 */
import { describe, expect, it } from "vitest";
import { LineTails } from "../src/reconstruct/okr-table/line-tails.js";

const lines = (texts: string[]) => texts.map((text, i) => ({ n: i + 1, text }));

describe("OKR text path: values the rows repeat at their lines' ends", () => {
  it("takes a reference that ends other rows' lines, alone under an unfinished row, for a row's value", () => {
    const doc = lines([
      "Alfa Kota Asiakkaat saavat apua. 90 % KOM § 12/2031",
      "Beeta Pihlaja Palvelu paranee. 80 % valmis KOM § 12/2031",
      "Gamma Vaahtera Jonot lyhenevät",
      "selvästi. 70 %",
      "KOM § 12/2031",
      "Toimiala Tulosalue Tavoite Avaintulos Käsittely",
    ]);
    const tails = new LineTails(doc);
    expect(tails.isRepeatedTail(4)).toBe(true);
    expect(tails.endsWithRepeatedTail(3)).toBe(false);
    // Once only: not yet a value the rows repeat.
    expect(new LineTails(doc.slice(1)).isRepeatedTail(3)).toBe(false);
  }, 30_000);

  it("keeps a heading that the rows restate as their objective, followed there by the next cell", () => {
    const doc = lines([
      "Alfa Kota Hyvä arki kaikille",
      "Asiakkaat saavat apua. 90 %",
      "Beeta Pihlaja Hyvä arki kaikille Palvelu paranee.",
      "Gamma Vaahtera Hyvä arki kaikille",
      "Jonot lyhenevät. 70 %",
      "Hyvä arki kaikille",
      "Toimiala Tulosalue Tavoite Avaintulos",
    ]);
    const tails = new LineTails(doc);
    expect(tails.count("Hyvä arki kaikille")).toBe(2);
    expect(tails.isRepeatedTail(5)).toBe(false);
  }, 30_000);

  it("sees a row's complete last line by the repeated value it ends with", () => {
    const doc = lines(["Alfa 90 % KOM § 12/2031", "Beeta 80 % KOM § 12/2031", "Gamma 70 % KOM § 12/2031", "Delta 60 %"]);
    const tails = new LineTails(doc);
    expect(tails.endsWithRepeatedTail(0)).toBe(true);
    expect(tails.endsWithRepeatedTail(3)).toBe(false);
  }, 30_000);
});

describe("OKR text path: a last column's value above a repeated header", () => {
  it("keeps the section of the rows after a page break where the row's last value stood alone", async () => {
    const { loadRules } = await import("../src/rules/load.js");
    const { reconstructOkrTable } = await import("../src/reconstruct/okr-table/text.js");
    const header = "Toimiala Tulosalue Tavoite Avaintulos Mittari Käsittely";
    const row = (div: string, area: string, v: number) => `${div} ${area} Arki sujuu Asiakkaat saavat apua ajoissa. ${v} % KOM § 12/2031`;
    const page1 = ["Hyvä arki kaikille", header, row("Alfa", "Kota", 10), row("Alfa", "Kuusi", 20), row("Beeta", "Pihlaja", 30), row("Beeta", "Kota", 35), row("Alfa", "Kuusi", 36), "Beeta Vaahtera Arki sujuu Jonot lyhenevät selvästi", "koko vuoden. 40 %", "KOM § 12/2031"];
    const page2 = [header, row("Alfa", "Koivu", 50), row("Beeta", "Tammi", 60), row("Alfa", "Kota", 70), row("Beeta", "Kuusi", 80)];
    const lines = [...page1.map((text) => ({ text, page: 1 })), ...page2.map((text) => ({ text, page: 2 }))].map((l, i) => ({ ...l, n: i + 1 }));
    const out = reconstructOkrTable(lines, null, loadRules());
    expect(out.rows.map((r) => r.section)).toEqual(Array(10).fill("Hyvä arki kaikille"));
    expect(out.rows.find((r) => r.tulosalue === "Vaahtera")?.extra?.["Käsittely"]).toBe("KOM § 12/2031");
  }, 60_000);
});

describe("OKR text path: a section heading that ends in a figure", () => {
  it("takes a title ending in a percentage for the heading, and a row's last line ending so for no heading", async () => {
    const { loadRules } = await import("../src/rules/load.js");
    const { reconstructOkrTable } = await import("../src/reconstruct/okr-table/text.js");
    const header = "Toimiala Tulosalue Tavoite Avaintulos Mittari";
    const row = (div: string, area: string, v: number) => `${div} ${area} Arki sujuu Asiakkaat saavat apua ajoissa. ${v} %`;
    const texts = [
      "Jonot lyhenevät 20 %", header, row("Alfa", "Kota", 10), row("Alfa", "Kuusi", 20), row("Beeta", "Pihlaja", 30),
      "Kulut kasvavat alle 3 %", header, row("Beeta", "Kota", 35), row("Alfa", "Kuusi", 36), row("Beeta", "Koivu", 40),
    ];
    const lines = texts.map((text, i) => ({ n: i + 1, text, page: 1 }));
    const out = reconstructOkrTable(lines, null, loadRules());
    expect(out.rows.map((r) => r.section)).toEqual([...Array(3).fill("Jonot lyhenevät 20 %"), ...Array(3).fill("Kulut kasvavat alle 3 %")]);
  }, 60_000);
});
