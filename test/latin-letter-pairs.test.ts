/** A font's letter-pair characters ("ĳ" for "ij") are read as the two letters, from PDF and from text. */
import { describe, expect, it } from "vitest";
import { itemsToWords } from "../src/read/pdf.js";
import { cleanText } from "../src/read/decode.js";
import { spellLetterPairs } from "../src/read/latin-ligatures.js";

describe("Latin letter-pair characters", () => {
  it("are spelled as their two letters; other letters and marks stay", () => {
    expect(spellLetterPairs("kävĳät ja asiantuntĳat, ĲSSEL, ǆ ǅ")).toBe("kävijät ja asiantuntijat, IJSSEL, dž Dž");
    expect(spellLetterPairs("ŀ ŉ ﬁ ä Å")).toBe("ŀ ŉ ﬁ ä Å");
  });

  it("are spelled in PDF words and in text files as stored", () => {
    const item = (str: string, x: number, y: number) => ({ str, transform: [10, 0, 0, 10, x, y], width: 5 * str.length, height: 10, fontName: "f" });
    expect(itemsToWords([item("11 727 kävĳää", 10, 190)], 1, 200).map((w) => w.text)).toEqual(["11", "727", "kävijää"]);
    expect(cleanText("Asiantuntĳat\n")).toBe("Asiantuntijat\n");
  });
});
