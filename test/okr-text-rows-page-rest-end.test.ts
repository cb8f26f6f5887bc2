/**
 * Row starts of the OKR table's text path (issue 24) where a row broken across a page leaves only
 * its objective's last words at the next page's top: that rest ends no row the way whole rows do,
 * so a result area printed after such an objective elsewhere does not start a row; and a rest
 * wider than a narrow column goes to the wide cell it fits; a known division name that the
 * document's own name goes on from names no cell.
 */
import { describe, expect, it } from "vitest";
import { findRowStarts, type BodyLine } from "../src/reconstruct/okr-table/row-starts.js";
import { assignContinuation, continuationUnderfill } from "../src/reconstruct/okr-table/continuation.js";
import { fragments } from "../src/reconstruct/okr-table/segment.js";
import { tokenize } from "../src/reconstruct/okr-table/rows.js";

/** Body lines: each item a row (its lines) or a page's rest (lines under a header, starting no row). */
function bodyOf(items: { lines: string[]; top?: boolean; rest?: boolean }[]): { body: BodyLine[]; starts: number[] } {
  const body: BodyLine[] = [];
  const starts: number[] = [];
  for (const it of items) {
    if (!it.rest) starts.push(body.length);
    it.lines.forEach((text, j) => body.push({ n: body.length + 1, text, blankBefore: false, underHeader: j === 0 && !!it.top, cells: 5 }));
  }
  return { body, starts };
}

describe("OKR table text path: the end of a page's rest", () => {
  it("does not take an objective's last word at a page top for a row's end", () => {
    // Division, objective, result area ("Kota"), key result, value. The objective "… oikeassa
    // paikassa" is followed by "Kota" in whole rows; twice a row breaks so that only "oikeassa
    // paikassa" goes on at the next page's top, right before a row's start.
    const full = (v: number) => ({ lines: ["Alfa Hyvä arki kotona", "kaikille oikeassa paikassa", "Kota Asiakkaat saavat apua", "ajoissa joka päivä.", `${v} %`] });
    const gamma = (v: number) => ({ lines: ["Gamma Turvallinen arki", "joka päivä", "Koti Apu tulee nopeasti", "kaikkialle.", `${v} %`] });
    const broken = (v: number) => ({ lines: ["Alfa Hyvä arki kotona", "kaikille", "Kota Asiakkaat saavat apua", "ajoissa joka päivä.", `${v} %`] });
    const rest = { lines: ["oikeassa paikassa"], top: true, rest: true };
    const items = [{ ...full(10), top: true }, gamma(20), broken(30), rest, full(40), gamma(50), broken(60), rest, full(70), gamma(80)];
    const { body, starts } = bodyOf(items);
    expect(findRowStarts(body, []).map((s) => s.at)).toEqual(starts);
  }, 30_000);
});

describe("OKR table text path: a page's rest wider than a narrow column", () => {
  it("gives the rest to the wide cell it fits, not to the narrow measured value after it", () => {
    // First parts: a key result (wide column, ends open) and the measured value (narrow column).
    // The rest's lines are as wide as the key result's column, twice the measured value's.
    const lines = ["vuoden 2030 loppuun mennessä: 75 %", "asukkaista pitää palvelua hyvänä."].map((text, i) => ({ n: i + 1, text, blankBefore: false }));
    const tokens = tokenize(lines);
    const firstParts = ["Kota", "Asukaskyselyt on otettu käyttöön kaikissa", "kymmenessä palvelupisteessä", "55 % toteutunut"];
    const widths = [10, 40, 40, 16];
    const spans = assignContinuation([firstParts[0]!, firstParts.slice(1, 3).join(" "), firstParts[3]!], lines, tokens, (k, s, e) => continuationUnderfill(fragments(tokens, s, e), [widths[0], widths[1], widths[3]][k]));
    const cells = spans.map(([s, e]) => tokens.slice(s, e).map((t) => t.text).join(" "));
    expect(cells).toEqual(["", "vuoden 2030 loppuun mennessä: 75 % asukkaista pitää palvelua hyvänä.", ""]);
  }, 30_000);
});

describe("OKR table text path: a known division name the document's name goes on from", () => {
  it("does not cut the first column's name at a known division that a lower-case word continues", () => {
    // "Alfa" is a division the rules know; this document's division is "Alfa ja beeta" (its
    // result area "Alfa"), the name over two lines. Only a whole known name names the cell.
    const alfa = (v: number) => ({ lines: ["Alfa ja", "beeta", "Alfa Hyvä arki kaikille.", "Asiakkaat saavat apua.", `${v} %`] });
    const plain = (v: number) => ({ lines: ["Alfa Kota Hyvä arki kaikille.", "Asiakkaat saavat apua.", `${v} %`] });
    const { body } = bodyOf([{ ...alfa(10), top: true }, alfa(20), { ...plain(30), top: true }, plain(40)]);
    const found = findRowStarts(body, ["Alfa"]);
    expect(found.map((s) => s.division?.name ?? "")).toEqual(["", "", "Alfa", "Alfa"]);
  }, 30_000);
});
