/**
 * Text broken at every soft hyphen (Chromium's, through `pdftotext -raw`): where the line really
 * broke, some fonts' hyphen is written on the line right after the soft hyphen ("ta\u00ad\u2010")
 * instead of on a line of its own ("ta\u00ad" / "-"). Both are the same visual line end: the word
 * is not joined to the next line's, and the soft hyphen stays to mark the typesetter's break.
 */
import { describe, expect, it } from "vitest";
import { joinSoftHyphenLines } from "../src/reconstruct/okr-table/text.js";
import type { SourceLine } from "../src/model/source.js";

const soft = "\u00ad";
const toLines = (texts: string[]): SourceLine[] => texts.map((text, i) => ({ n: i + 1, text, page: 1 }));
/** Lines broken at soft hyphens before the invented words, so the text counts as broken at them. */
const filler = Array.from({ length: 12 }, () => `sa${soft}`).concat("na");
const joined = (texts: string[]) => joinSoftHyphenLines(toLines([...filler, ...texts])).lines.slice(1).map((l) => l.text.replace(/\u00ad/g, "~"));

describe("a drawn hyphen written after its soft hyphen on the same line", () => {
  const ownLine = joined([`Koh${soft}`, `ta${soft}`, "-", `lo ja tuo${soft}`, "tet", `Uu${soft}si ri${soft}vi`]);

  it("ends the visual line as a hyphen on a line of its own does", () => {
    expect(ownLine).toEqual(["Kohta~", "lo ja tuotet", "Uu~si ri~vi"]);
    expect(joined([`Koh${soft}`, `ta${soft}\u2010`, `lo ja tuo${soft}`, "tet", `Uu${soft}si ri${soft}vi`])).toEqual(ownLine);
    expect(joined([`Koh${soft}`, `ta${soft}-`, `lo ja tuo${soft}`, "tet", `Uu${soft}si ri${soft}vi`])).toEqual(ownLine);
  });

  it("ends the visual line when the word is one syllable long before it", () => {
    expect(joined([`Kotihoito ja ko${soft}\u2010`, `ti${soft}`, `kun${soft}`, "tous"])).toEqual(["Kotihoito ja ko~", "tikuntous"]);
  });
});
