/**
 * Text path (issue 24): cell-by-cell text (Chromium, borderless tables) of a table with an added
 * column of statutes between the objective and the key result. A statute wraps before its figure
 * ("Esimerkki-" / "laki 12 §"), so its line ends in a figure as a row's measured value ("80 %")
 * does; the key result after it begins with a word other key results begin with too. A figure
 * followed by a section sign cites a statute and ends no row: the key result starts none. Rows
 * and words are invented.
 */
import { describe, expect, it } from "vitest";
import { findRowStarts } from "../src/reconstruct/okr-table/row-starts.js";
import { bodyOf } from "./okr-text-body.js";

const DIVISIONS = ["Kotipalvelut", "Tukipalvelut", "Perhepalvelut"];
const AREAS = ["Arki", "Neuvonta", "Tilat"];

describe("a figure with a section sign that ends an added column's wrapped value", () => {
  it("ends no row: the key result after it, opening with a recurring word, stays in its row", () => {
    const rows: string[][] = [];
    for (let k = 0; k < 9; k++) {
      const last = k === 5 ? "– 90 €" : `${70 + k} %`;
      rows.push([`${DIVISIONS[k % 3]} ${AREAS[Math.floor(k / 3)]}`, "Palvelu sujuu hyvin Esimerkki-", `laki ${10 + k} §`, `Asiakas saa vastauksen ${k + 2} päivässä.`, last]);
    }
    const { body, starts } = bodyOf(rows, [0, 4]);
    expect(findRowStarts(body, []).map((s) => s.at)).toEqual(starts);
  }, 30_000);
});
