/**
 * Text path (issue 24): an objective printed first, as a word-by-word writer (pdfkit) puts it in
 * text: a one-line objective shares its line with the division, a wrapped one stands on lines of
 * its own with the division's lines below it. Rows broken across pages leave the division at two
 * page tops, so it is seen under the header as often as a first column is; but its lines follow an
 * objective's words, where the objective's lines follow the measured value that ends a row. The
 * division is then no first column and starts no row. Rows and words are invented.
 */
import { describe, expect, it } from "vitest";
import { findRowStarts, type BodyLine } from "../src/reconstruct/okr-table/row-starts.js";

const WRAPPED = ["Luomme", "Kehitämme", "Vahvistamme", "Parannamme", "Tuemme"];

describe("an objective printed first, its division on lines of its own below a wrapped objective", () => {
  it("starts rows at the objectives, not at the division's lines, also where the division opens a page", () => {
    const rows: string[][] = [];
    // One-line objectives that recur, on the division's line.
    for (let k = 0; k < 3; k++) rows.push(["Palvelu toimii hyvin Henkilöstö- ja talous-", "palvelut", `Alue Avaintulos ${k + 1} saavutetaan vuoden aikana.`, `${70 + k} %`]);
    // Wrapped objectives, each restated in two rows, the division on lines of their own.
    for (const w of WRAPPED)
      for (let r = 0; r < 2; r++) rows.push([`${w} uudet mallit ja`, "asiakkaan tuen kaikille", "Henkilöstö- ja talous-", "palvelut", `Alue Kokeilu ${r + 1} valmistuu kesään mennessä.`, `${80 + r} %`]);
    for (let k = 0; k < 3; k++) rows.push(["Palvelu toimii hyvin Henkilöstö- ja talous-", "palvelut", `Alue Kysely ${k + 1} tehdään syksyllä.`, `${60 + k} %`]);
    const body: BodyLine[] = [];
    const starts: number[] = [];
    // Page tops: two rows' first lines, and two division lines of rows broken across pages.
    const topRows = new Set([0, rows.length - 3]);
    const brokenRows = new Set([4, 8]);
    rows.forEach((r, k) => {
      starts.push(body.length);
      r.forEach((text, j) => body.push({ n: body.length + 1, text, blankBefore: false, underHeader: (j === 0 && topRows.has(k)) || (j === 2 && brokenRows.has(k)), cells: 6 }));
    });
    expect(findRowStarts(body, []).map((s) => s.at)).toEqual(starts);
  }, 30_000);
});
