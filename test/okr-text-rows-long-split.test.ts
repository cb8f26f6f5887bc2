/**
 * Row starts of the OKR table's text path (issue 24) where the first column holds values printed
 * once (an objective printed first, restated in one row only): their first words do not recur,
 * so no group of first words finds them. The shape of the rows does: a row far longer than the
 * median that holds, inside, a line following a row's ending is split there. A row of ordinary
 * length with such a line inside (a key result's own line ending in a value) is not.
 */
import { describe, expect, it } from "vitest";
import { findRowStarts, type BodyLine } from "../src/reconstruct/okr-table/row-starts.js";

function bodyOf(items: { lines: string[]; top?: boolean }[]): { body: BodyLine[]; starts: number[] } {
  const body: BodyLine[] = [];
  const starts: number[] = [];
  for (const it of items) {
    starts.push(body.length);
    it.lines.forEach((text, j) => body.push({ n: body.length + 1, text, blankBefore: false, underHeader: j === 0 && !!it.top, cells: 5 }));
  }
  return { body, starts };
}

/** Objective first (its lines), then division, result area with the key result, the measured value. */
const row = (objective: string[], v: number, top = false) => ({
  top,
  lines: [...objective, "Kotona asumisen", "palvelut", "Kotihoito Asiakkaat saavat apua ajoissa", "joka päivä koko alueella.", `${v} %`],
});

describe("OKR table text path: rows whose first value is printed once", () => {
  it("splits a row twice the median at a line that follows a row's ending", () => {
    const restated = ["Palvelu löytyy helposti", "ja nopeasti"];
    const items = [
      row(restated, 10, true), row(restated, 20), row(restated, 30),
      row(["Kotiin annettava tuki", "vahvistuu"], 40),
      row(restated, 50, true), row(restated, 60),
      row(["Yhteistyö sujuu arjessa"], 70),
      row(restated, 80), row(restated, 90),
    ];
    const { body, starts } = bodyOf(items);
    expect(findRowStarts(body, []).map((s) => s.at)).toEqual(starts);
  }, 30_000);

  it("splits two short rows joined into one of less than one and a half times the median", () => {
    const restated = ["Palvelu löytyy helposti", "ja nopeasti"];
    // Two rows printed once, each shorter than the median (no key result's second line).
    const short = (objective: string, v: number) => ({ lines: [objective, "Kotona asumisen", "palvelut", "Kotihoito Asiakkaat saavat apua ajoissa", `${v} %`] });
    const items = [
      row(restated, 10, true), row(restated, 20), row(restated, 30),
      short("Yhteistyö", 40), row(["Tuki"], 45),
      row(restated, 50, true), row(restated, 60), row(restated, 70),
      row(restated, 80), row(restated, 90),
    ];
    const { body, starts } = bodyOf(items);
    expect(findRowStarts(body, []).map((s) => s.at)).toEqual(starts);
  }, 30_000);

  it("does not split a row of ordinary length at a key result's line ending in a value", () => {
    const restated = ["Palvelu löytyy helposti"];
    const odd = { lines: ["Palvelu löytyy helposti", "Kotona asumisen", "palvelut", "Kotihoito Käynnit lisääntyvät 10 %", "Yhteydenotot vähenevät.", "5 %"] };
    const items = [row(restated, 10, true), row(restated, 20), odd, row(restated, 30, true), row(restated, 40), row(restated, 50)];
    const { body, starts } = bodyOf(items);
    expect(findRowStarts(body, []).map((s) => s.at)).toEqual(starts);
  }, 30_000);
});
