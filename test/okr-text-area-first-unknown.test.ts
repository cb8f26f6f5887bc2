/**
 * Text path (issue 24): a result area printed FIRST under a label no vocabulary has, before the
 * division. The area's values recur row after row as an added first column's do (`lead-values.ts`),
 * but each area lies under one division, so every area goes on with the same division words: those
 * words, which also follow other areas, are the division's, not the area's. Only then is the column
 * told to be the result area by its values (`text-value-told.ts`). All names are invented.
 */
import { describe, expect, it } from "vitest";
import { loadRules } from "../src/rules/load.js";
import { reconstructOkrTable } from "../src/reconstruct/okr-table/text.js";
import { findLeadValues } from "../src/reconstruct/okr-table/lead-values.js";

const rules = loadRules();
const pageLines = (pages: string[][]) =>
  pages.flatMap((p, pi) => p.map((t) => ({ t, p: pi + 1 }))).map((x, i) => ({ n: i + 1, text: x.t, page: x.p }));

/** Area → its division; each area has two objectives, the first over two rows. */
const AREAS: [string, string][] = [
  ["Kotiapu", "Arjen tuki"], ["Lähiapu", "Arjen tuki"],
  ["Arkisto", "Yhteiset palvelut"], ["Kirjasto", "Yhteiset palvelut"],
  ["Pelastus", "Turva ja valmius"], ["Ensiapu", "Turva ja valmius"],
];
const ROWS = AREAS.flatMap(([area, division], a) =>
  [0, 0, 1].map((o, k) => ({ area, division, objective: `Tavoite numero ${2 * a + o + 1} toteutuu`, n: 3 * a + k })),
);

describe("an area printed first under an unknown label", () => {
  it("ends each area's value where the division words that follow other areas too begin", () => {
    const areas = ["Kotiapu", "Lähiapu", "Arkisto", "Kirjasto"].flatMap((a) => [a, a, a]);
    const texts = areas.map((a, k) => `${a} ${k < 6 ? "Arjen tuki" : "Yhteiset palvelut"} x${k}`);
    const found = findLeadValues(texts.map((text) => ({ text })), texts.map((_, k) => k))!;
    expect([...found.values()].map((v) => v.text)).toEqual(areas);
    expect(found.get(0)).toMatchObject({ skip: 0, cut: "Kotiapu ".length });
    // A value's own lower-case words still belong to it (a status "osin valmis", "lähes valmis").
    const statuses = ["osin valmis Alfa x", "osin valmis Beeta x", "lähes valmis Alfa x", "lähes valmis Gamma x", "osin valmis Gamma x", "lähes valmis Beeta x"];
    expect([...findLeadValues(statuses.map((text) => ({ text })), [0, 1, 2, 3, 4, 5])!.values()].map((v) => v.text)).toEqual(["osin valmis", "osin valmis", "lähes valmis", "lähes valmis", "osin valmis", "lähes valmis"]);
  }, 30_000);

  it("reads the area and the division of every row of a whole table", () => {
    const rowLines = (r: (typeof ROWS)[number]) => [`${r.area} ${r.division} ${r.objective} Asiakkaista ${50 + r.n} % saa`, `avun viikossa, rivi ${r.n + 1}.`, `${60 + r.n} %`];
    const header = "Hoitokenttä Toimiala Tavoite Avaintulos Mittari";
    const res = reconstructOkrTable(pageLines([["Uusi suunta", header, ...ROWS.slice(0, 9).flatMap(rowLines)], ["Toinen suunta", header, ...ROWS.slice(9).flatMap(rowLines)]]), null, rules);
    expect(res.rows.map((r) => [r.tulosalue, r.toimiala, r.tavoite, r.toteuma])).toEqual(ROWS.map((r) => [r.area, r.division, r.objective, `${60 + r.n} %`]));
  }, 60_000);
});
