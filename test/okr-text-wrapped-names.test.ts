/**
 * Names and headings wrapped over lines in the OKR table's text path (issue 24, helper txtwrap):
 * a first-column name whose last line ends in a figure ("Hyvinvointikes-" / "kus 2") still starts
 * its row, a unit sign never opens a cell ("100" | "% 37,5 %"), and a heading whose figure is
 * declined ("Palvelu 95 %:lle …") is a section heading, not the rest of a row.
 */
import { describe, expect, it } from "vitest";
import { findRowStarts, type BodyLine } from "../src/reconstruct/okr-table/row-starts.js";
import { segmentRow } from "../src/reconstruct/okr-table/segment.js";
import { tokenize } from "../src/reconstruct/okr-table/rows.js";
import { reconstructOkrTable } from "../src/reconstruct/okr-table/text.js";
import { loadRules } from "../src/rules/load.js";

const rules = loadRules();

function bodyOf(rows: string[][]): { body: BodyLine[]; starts: number[] } {
  const body: BodyLine[] = [];
  const starts: number[] = [];
  rows.forEach((lines, r) => {
    starts.push(body.length);
    lines.forEach((text, j) => body.push({ n: body.length + 1, text, blankBefore: false, underHeader: j === 0 && r % 4 === 0, cells: 5 }));
  });
  return { body, starts };
}

describe("OKR table text path: a first-column name that ends in a figure", () => {
  it("keeps the name's start when its figure line is followed by a line that could start a row", () => {
    const plain = (v: number) => ["Kotona asumisen", "palvelut", "Kotihoito Asiakkaat saavat apua ajoissa", "joka päivä koko alueella.", `${v} %`];
    // The division wraps inside a word and ends in a figure; its result area is also a name the
    // rules know as a division (it confirms a start, but not one that leaves a two-line fragment).
    const tailed = (v: number) => ["Hyvinvointikes-", "kus 2", "Pelastustoimi Pelastustoimen palvelut", "paranevat ja asiakas saa apua.", "Asiakkaat saavat apua ajoissa", "joka päivä koko alueella.", `${v} %`];
    const rows = [plain(10), plain(20), tailed(30), plain(40), plain(50), tailed(60), tailed(70), plain(80), plain(90), tailed(95)];
    const { body, starts } = bodyOf(rows);
    expect(findRowStarts(body, ["Pelastustoimi"]).map((s) => s.at)).toEqual(starts);
  }, 30_000);

  it("looks for the name's tail over a name wrapped over three lines, but not over a row's long lines", () => {
    const plain = (v: number) => ["Kotona asumisen", "palvelut", "Kotihoito Asiakkaat saavat apua ajoissa", "joka päivä koko alueella.", `${v} %`];
    const tailed = (v: number) => ["Vastaanotto-", "ja hoitopalve-", "lukeskus 3", "Pelastustoimi Pelastustoimen palvelut", "paranevat ja asiakas saa apua.", "Asiakkaat saavat apua ajoissa", `${v} %`];
    const rows = [plain(10), plain(20), tailed(30), plain(40), plain(50), tailed(60), tailed(70), plain(80), plain(90), tailed(95)];
    const { body, starts } = bodyOf(rows);
    expect(findRowStarts(body, ["Pelastustoimi"]).map((s) => s.at)).toEqual(starts);
  }, 30_000);
});

describe("OKR table text path: a unit sign opens no cell", () => {
  it("keeps the per cent with its figure when the next column's value follows on the line", () => {
    const fields = ["tulosalue", "tavoite", "avaintulos", "toteuma", "extra:Edistyminen"];
    const lines = ["Neuvonta Hyvä arki kaikille Asiakkaat saavat apua", "ajoissa joka päivä.", "100 % 37,5 %"].map((t, i) => ({ n: i + 1, text: t, blankBefore: false }));
    const tokens = tokenize(lines);
    const best = segmentRow({ lines, tokens, firstTokenMidLine: false, toimialaSingleLine: false, fields }, { knownResultAreas: new Set() }, rules.okrTable.segmentation)[0]!;
    const bounds = [0, ...best.cuts, tokens.length];
    const got = fields.map((_, k) => tokens.slice(bounds[k], bounds[k + 1]).map((t) => t.text).join(" "));
    expect(got.slice(3)).toEqual(["100 %", "37,5 %"]);
  }, 30_000);

  it("keeps a euro sign and a thousands group with their figure, and a quantifier with the figure after it", () => {
    const fields = ["tulosalue", "tavoite", "avaintulos", "toteuma", "extra:Edistyminen"];
    const cut = (...rest: string[]) => {
      const lines = ["Neuvonta Hyvä arki kaikille Asiakkaat saavat apua", ...rest].map((t, i) => ({ n: i + 1, text: t, blankBefore: false }));
      const tokens = tokenize(lines);
      const best = segmentRow({ lines, tokens, firstTokenMidLine: false, toimialaSingleLine: false, fields }, { knownResultAreas: new Set() }, rules.okrTable.segmentation)[0]!;
      const bounds = [0, ...best.cuts, tokens.length];
      return fields.map((_, k) => tokens.slice(bounds[k], bounds[k + 1]).map((t) => t.text).join(" "));
    };
    expect(cut("ajoissa joka päivä.", "90 € 0 %").slice(3)).toEqual(["90 €", "0 %"]);
    expect(cut("ajoissa joka päivä.", "11 727 kävijää 0 %").slice(3)).toEqual(["11 727 kävijää", "0 %"]);
    // A signed amount ("+15 000 €", a change) keeps its thousands group too.
    expect(cut("ajoissa joka päivä.", "90 % toteutunut +15 000 € / v").slice(3)).toEqual(["90 % toteutunut", "+15 000 € / v"]);
    // Other evidence of a document (widths, repeated values) can outweigh a little: the cut after
    // the figure costs the whole penalty more than the cut after its unit or thousands group.
    for (const [last, wrongAt] of [["90 € 0 %", 1], ["11 727 kävijää 0 %", 1]] as const) {
      const lines = ["Neuvonta Hyvä arki kaikille Asiakkaat saavat apua", "ajoissa joka päivä.", last].map((t, i) => ({ n: i + 1, text: t, blankBefore: false }));
      const tokens = tokenize(lines);
      const all = segmentRow({ lines, tokens, firstTokenMidLine: false, toimialaSingleLine: false, fields }, { knownResultAreas: new Set() }, rules.okrTable.segmentation, 200);
      const lastLine = tokens.findIndex((t) => t.li === 2);
      const right = all.find((c) => c.cuts[2] === lastLine && c.cuts[3] === tokens.length - 2)!;
      const wrong = all.find((c) => c.cuts[2] === lastLine && c.cuts[3] === lastLine + wrongAt)!;
      expect(right.score - wrong.score).toBeGreaterThanOrEqual(rules.okrTable.segmentation.unitCellStartPenalty);
    }
    // The key result's last line, its measured value and the next column's value share a line.
    const quantified = cut("ajoissa joka päivä.", "Hoitoaika osastoilla lyhenee alle 8 vrk:een 9 vrk 37,5 %");
    expect(quantified[2]).toBe("Hoitoaika osastoilla lyhenee alle 8 vrk:een");
    expect(quantified.slice(3)).toEqual(["9 vrk", "37,5 %"]);
    // A quantifier ("alle", "vähintään") wants its figure: a cell ending in one is dangling.
    for (const word of ["alle", "yli", "vähintään", "enintään", "noin"]) expect(rules.okrTable.segmentation.danglingEndWords).toContain(word);
  }, 30_000);
});

describe("OKR table text path: a heading whose figure is declined", () => {
  it("is the section's heading, not the rest of a row", () => {
    const row = (v: number) => ["Kotihoito Neuvonta Hyvä arki kaikille Asiakkaat saavat apua", "ajoissa joka päivä.", `${v} %`];
    const header = ["Toimiala Tulosalue Tavoite Avaintulos Avaintuloksen", "mittari"];
    const text = [
      "Palvelu 95 %:lle viikon sisällä", ...header, ...row(10), ...row(20), ...row(30),
      "Säästöt 2 %:n tasolla", ...header, ...row(40), ...row(50), ...row(60),
    ];
    const res = reconstructOkrTable(text.map((t, i) => ({ n: i + 1, text: t })), null, rules);
    expect(res.rows.map((r) => r.section)).toEqual([...Array(3).fill("Palvelu 95 %:lle viikon sisällä"), ...Array(3).fill("Säästöt 2 %:n tasolla")]);
  }, 30_000);
});
