/**
 * Text path (issue 24): a capital split off its word by kerning, `pdftotext -raw` writing it at the
 * end of one line and the rest of the word at the start of the next ("PTH A" / "vopalvelut",
 * "(HV" / "A ICT"). Joined back only on the document's own evidence. Inputs are invented.
 */
import { describe, expect, it } from "vitest";
import { joinKerningSplits } from "../src/reconstruct/okr-table/kerning-split.js";
import type { SourceLine } from "../src/model/source.js";

const toLines = (text: string, page = 1): SourceLine[] => text.split("\n").map((t, i) => ({ n: i + 1, text: t, page }));
const texts = (lines: SourceLine[]) => lines.map((l) => l.text);

describe("capitals split off their word by kerning", () => {
  it("joins a lone capital at a line end with a lower-case continuation that begins no word elsewhere", () => {
    const out = joinKerningSplits(toLines("Kaarna ORT A\nvorinteet Sulo kasvaa 10 %.\nKaarna ORT A\nvorinteet Lumo laskee."));
    expect(texts(out)).toEqual(["Kaarna ORT Avorinteet Sulo kasvaa 10 %.", "Kaarna ORT Avorinteet Lumo laskee."]);
    // The joined line keeps the first line's number.
    expect(out.map((l) => l.n)).toEqual([1, 3]);
  }, 30_000);

  it("leaves a lone capital before a continuation that is a word of its own elsewhere", () => {
    const text = "Vaihe B\nja sen jälkeen kasvaa.\nTulos ja tavoite";
    expect(texts(joinKerningSplits(toLines(text)))).toEqual(text.split("\n"));
  }, 30_000);

  it("joins when the joined word stands whole elsewhere in the document", () => {
    const text = "Rivi T\nuokko kasvaa.\nTuokko on hyvä, uokko ei.\nuokko";
    // "uokko" is a word elsewhere, but "Tuokko" is too, and more often than the bare part.
    const out = texts(joinKerningSplits(toLines("Rivi T\nuokko kasvaa.\nTuokko on hyvä, uokko ei.\nTuokko Tuokko")));
    expect(out[0]).toBe("Rivi Tuokko kasvaa.");
    expect(texts(joinKerningSplits(toLines(text)))[0]).toBe("Rivi T");
  }, 30_000);

  it("joins a lone capital opening a line to the abbreviation before it when the document splits that capital off elsewhere", () => {
    const text = "Kehitys (KL\nA ORT-ympäristö) etenee.\nKaarna A\nvorinteet kasvaa.";
    expect(texts(joinKerningSplits(toLines(text)))).toEqual(["Kehitys (KLA ORT-ympäristö) etenee.", "Kaarna Avorinteet kasvaa."]);
  }, 30_000);

  it("leaves a lone capital after an abbreviation when that capital is a word between words elsewhere", () => {
    const text = "Kehitys (KL\nA ORT-ympäristö) etenee.\nKaarna A\nvorinteet kasvaa.\nLuokka A on paras.";
    expect(texts(joinKerningSplits(toLines(text)))[0]).toBe("Kehitys (KL");
  }, 30_000);

  it("never joins across a page break", () => {
    const lines = [...toLines("Kaarna A", 1), { n: 2, text: "vorinteet kasvaa.", page: 2 }];
    expect(texts(joinKerningSplits(lines))).toEqual(["Kaarna A", "vorinteet kasvaa."]);
  }, 30_000);
});
