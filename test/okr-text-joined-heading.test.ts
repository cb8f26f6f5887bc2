/**
 * Text path (issue 24, helper txthead3): a section heading that `pdftotext -raw` set on the line of
 * the column header's first cells ("Arki sujuu Toimiala/vas-"), in every section. The
 * headings differ and the header's first cells do not, so the shared end of those lines is the
 * header's first line and the rest the heading. Inputs are invented.
 */
import { describe, expect, it } from "vitest";
import { loadRules } from "../src/rules/load.js";
import { reconstructOkrTable } from "../src/reconstruct/okr-table/text.js";
import { splitJoinedHeadings } from "../src/reconstruct/okr-table/joined-heading.js";
import { toLines } from "../src/read/text.js";

const rules = loadRules();
const REST = ["tuualue", "Tulosyksikkö Tavoitteet Avaintulos Mittari"];
const rows = (goal: string) => [
  `Kotihoito Neuvonta ${goal} Käynnit toteutuvat ohjelman mukaan. 90 %`,
  `Kotihoito Asuminen ${goal} Kysely tehdään kahdesti vuodessa. 80 %`,
  `Perheiden tuki Neuvola ${goal} Odotusaika lyhenee viikolla. 70 %`,
];

describe("text path: a section heading joined to the header's first line", () => {
  it("splits the heading off every such line and reads each section's rows", () => {
    const text = ["Arki sujuu Toimiala/vas-", ...REST, ...rows("Arki sujuu"), "Yhteys syntyy helposti Toimiala/vas-", ...REST, ...rows("Yhteys syntyy helposti")].join("\n");
    const res = reconstructOkrTable(toLines(text), null, rules);
    expect(res.headerBlocks).toBe(2);
    expect(res.rows.map((r) => r.section)).toEqual([...Array(3).fill("Arki sujuu"), ...Array(3).fill("Yhteys syntyy helposti")]);
    expect(res.rows.map((r) => r.toimiala)).toEqual(["Kotihoito", "Kotihoito", "Perheiden tuki", "Kotihoito", "Kotihoito", "Perheiden tuki"]);
  }, 60_000);

  it("splits no lines that share an end without a header after them", () => {
    const lines = toLines(["Arki sujuu Toimiala ja vastuu", "Kotihoito", "Yhteys syntyy Toimiala ja vastuu", "Neuvola"].join("\n"));
    expect(splitJoinedHeadings(lines, rules.okrTable)).toBe(lines);
  }, 30_000);

  it("splits off an added first column's label wrapped at a hyphen, a label no vocabulary knows (txtlead4)", () => {
    // "Arki sujuu Etenemis-" / "vaihe" / labels: the headings share only the label's first part.
    const header = ["vaihe", "Toimiala Tulosalue Tavoite Avaintulos Mittari"];
    const marks = ["orastaa", "–", "lepää", "orastaa", "–", "lepää", "orastaa", "lepää", "–", "orastaa", "–", "lepää"];
    const divisions = ["Alfapalvelut", "Alfapalvelut", "Alfapalvelut", "Beetatoimi", "Beetatoimi", "Beetatoimi", "Gammakeskus", "Gammakeskus", "Gammakeskus"];
    const areas = ["Kotihoito", "Neuvola", "Kotihoito", "Tukipalvelut", "Tukipalvelut", "Arkisto", "Kotihoito", "Neuvola", "Arkisto"];
    const row = (k: number) => [`${marks[k]} ${divisions[k % 9]} ${areas[k % 9]} Kotona asuminen tukee arkea Asiakkaista`, `${80 + k} % asuu kotona.`, `${90 + k} %`];
    const text = ["Arki sujuu Etenemis-", ...header, ...[0, 1, 2, 3, 4, 5].flatMap(row), "Yhteys syntyy helposti Etenemis-", ...header, ...[6, 7, 8, 9, 10, 11].flatMap(row)].join("\n");
    const res = reconstructOkrTable(toLines(text), null, rules);
    expect(res.rows.map((r) => r.section)).toEqual([...Array(6).fill("Arki sujuu"), ...Array(6).fill("Yhteys syntyy helposti")]);
    expect(res.rows.map((r) => [r.extra?.["Etenemisvaihe"], r.toimiala, r.tulosalue, r.toteuma])).toEqual(marks.map((m, k) => [m, divisions[k % 9], areas[k % 9], `${90 + k} %`]));
    // A shared last word wrapped inside a word with no header after it stays where it is.
    const plain = toLines(["Arki sujuu Etenemis-", "vaihe alkaa", "Yhteys syntyy Etenemis-", "vaihe jatkuu"].join("\n"));
    expect(splitJoinedHeadings(plain, rules.okrTable)).toBe(plain);
  }, 60_000);
});
