import { describe, expect, it } from "vitest";
import { letterPairRepairs, spellLetterPairLigatures } from "../src/read/letter-pair-ligatures.js";
import type { Word } from "../src/model/pdf.js";

/** Invented words of one small table, each in a named font, positions irrelevant here. */
function words(spec: [text: string, font: string][]): Word[] {
  return spec.map(([text, fontName], i) => ({ page: 1, text, x0: 10 * i, x1: 10 * i + 8, top: 0, bottom: 10, baseline: 8, fontSize: 10, fontName }));
}

describe("two-letter ligatures named like æ / Œ (Ghostscript re-distilled faces)", () => {
  it("spells æ and Œ out in a font that never draws the two letters apart", () => {
    const w = words([
      ["Pihatyöt", "body"],
      ["alkæn", "body"],
      ["2026,", "body"],
      ["kattæn", "body"],
      ["(MŒ)", "body"],
      ["valmis", "body"],
    ]);
    spellLetterPairLigatures(w);
    expect(w.map((x) => x.text)).toEqual(["Pihatyöt", "alkaen", "2026,", "kattaen", "(MOE)", "valmis"]);
  });

  it("keeps the letter in a font that also writes the pair apart (a quoted name), and other fonts' letters alone", () => {
    const w = words([
      ["Næsby", "body"],
      ["vaeltaa", "body"],
      ["laskæn", "head"],
      ["tulos", "head"],
    ]);
    expect([...letterPairRepairs(w).keys()]).toEqual(["head"]);
    spellLetterPairLigatures(w);
    expect(w.map((x) => x.text)).toEqual(["Næsby", "vaeltaa", "laskaen", "tulos"]);
  });
});
