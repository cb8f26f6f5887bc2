/**
 * Text path (issue 24): a first column whose values never recur (a key result or an objective
 * printed first) gives no group of first words for the rows under each page's header; the line
 * under a header still begins a row when the page before ended as the document's rows end.
 * Rows and words are invented.
 */
import { describe, expect, it } from "vitest";
import { findRowStarts } from "../src/reconstruct/okr-table/row-starts.js";
import { bodyOf } from "./okr-text-body.js";

const NAMES = ["Alfa", "Beeta", "Gamma", "Delta"];
const row = (first: string, k: number) => [`${first} asiakas saa avun sovitussa ajassa`, `${NAMES[k % 4]} Kotihoito ${80 + k} %`];

describe("a row start under a column header", () => {
  it("starts a row at each page top after a row's ending, though its first word is its own", () => {
    const firsts = ["Ainutkertainen", "Palvelu", "Palvelu", "Palvelu", "Omalaatuinen", "Palvelu", "Palvelu", "Harvinainen", "Palvelu", "Palvelu"];
    const { body, starts } = bodyOf(firsts.map((f, k) => row(f, k)), [0, 4, 7]);
    expect(findRowStarts(body, []).map((s) => s.at)).toEqual(starts);
  }, 30_000);

  it("leaves a page top that continues a row broken across the page (the page before ended mid-cell)", () => {
    const rows = [row("Palvelu", 0), row("Palvelu", 1), ["Palvelu asiakas saa avun", "sovitussa ajassa ja"], ["Ainutkertaisesti hyvin", "Alfa Kotihoito 83 %"], row("Palvelu", 4), row("Palvelu", 5)];
    const { body, starts } = bodyOf(rows, [3]);
    // The fourth "row" is the rest of the third under the next page's header: no start there.
    expect(findRowStarts(body, []).map((s) => s.at)).toEqual(starts.filter((_, k) => k !== 3));
  }, 30_000);
});

describe("a table whose first column is the key result", () => {
  it("starts a row at a line after a row's ending, though its first word begins no other row", () => {
    const long = (first: string, k: number) => [`${first} asiakas saa avun sovitussa ajassa joka`, "päivä ja tieto kulkee hyvin eteenpäin", `${NAMES[k % 4]} Kotihoito ${80 + k} %`];
    const short = (first: string, k: number) => [`${first} tulos`, `${NAMES[k % 4]} Neuvola ${80 + k} %`];
    const rows = [long("Palvelu", 0), long("Palvelu", 1), short("Ainutkertainen", 2), long("Palvelu", 3), short("Harvinainen", 4), long("Palvelu", 5), long("Palvelu", 6)];
    const { body, starts } = bodyOf(rows, [0]);
    const keyResultFirst = body.map((l) => ({ ...l, sentenceFirst: true }));
    expect(findRowStarts(keyResultFirst, []).map((s) => s.at)).toEqual(starts);
  }, 30_000);
});
