/**
 * Text path (issue 24, helper txtrepeat): a section heading that ends in a column label's word
 * ("Arki sujuu, yhteinen tavoite") right above a header that names that column itself, in a
 * table whose objectives restate the heading. Lines ending in that word were taken for headings
 * joined to the header's first line: the word was cut off the heading and read as a first
 * column, and every cell of the section shifted. Inputs are invented.
 */
import { describe, expect, it } from "vitest";
import { loadRules } from "../src/rules/load.js";
import { reconstructOkrTable } from "../src/reconstruct/okr-table/text.js";
import { splitJoinedHeadings } from "../src/reconstruct/okr-table/joined-heading.js";
import { toLines } from "../src/read/text.js";

const rules = loadRules();
const HEADING = "Arki sujuu, yhteinen tavoite";
const HEADER = "Toimiala Tulosalue Tavoite Avaintulos Mittari";
const TEXT = [
  HEADING,
  HEADER,
  "Kotihoito Neuvonta Arki sujuu, yhteinen tavoite",
  "Käynnit toteutuvat ohjelman mukaan. 90 %",
  "Kotihoito Asuminen Jokaisella on oma tavoite",
  "Kysely tehdään kahdesti vuodessa. 80 %",
  "Perheiden tuki Neuvola Arki sujuu, yhteinen tavoite",
  "Odotusaika lyhenee viikolla. 70 %",
  "Yhteys syntyy helposti",
  HEADER,
  "Kotihoito Neuvonta Yhteys syntyy helposti Puhelu vastataan heti. 60 %",
  "Perheiden tuki Neuvola Yhteys syntyy helposti Chat avataan keväällä. 50 %",
].join("\n");

describe("text path: a section heading that ends in a label's word above its header", () => {
  it("is not split: the header below names that column itself", () => {
    const lines = toLines(TEXT);
    expect(splitJoinedHeadings(lines, rules.okrTable)).toBe(lines);
  }, 30_000);

  it("stays the section of its rows, and a row restating it keeps its division and objective", () => {
    const res = reconstructOkrTable(toLines(TEXT), null, rules);
    expect(res.sections).toEqual([HEADING, "Yhteys syntyy helposti"]);
    const first = res.rows[0]!;
    expect([first.section, first.toimiala, first.tulosalue, first.tavoite, first.toteuma]).toEqual([HEADING, "Kotihoito", "Neuvonta", HEADING, "90 %"]);
  }, 60_000);
});
