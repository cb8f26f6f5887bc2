import { describe, expect, it } from "vitest";
import { unswapLatin } from "../src/read/byte-swapped.js";
import { toLines } from "../src/read/text.js";
import { itemsToWords } from "../src/read/pdf.js";

describe("byte-swapped ASCII in PDF text (Ghostscript's ligature ToUnicode)", () => {
  it("reads ligatures written as little-endian UTF-16 back as their letters inside Latin text", () => {
    expect(unswapLatin("ensikontak\u7400\u6900n")).toBe("ensikontaktin");
    expect(unswapLatin("\u7400\u6900etää")).toBe("tietää");
    expect(unswapLatin("kiiree\u7400\u7400ömien")).toBe("kiireettömien");
    // Between punctuation, in a run that has Latin letters: "Omahame.fi-verkkosivuston".
    expect(unswapLatin("Omahame.\u6600\u6900-verkkosivuston")).toBe("Omahame.fi-verkkosivuston");
  });

  it("leaves CJK text alone", () => {
    expect(unswapLatin("\u4e00\u4e8c\u4e09")).toBe("\u4e00\u4e8c\u4e09");
    expect(unswapLatin("Excel \u4e2d\u6587\u4e00")).toBe("Excel \u4e2d\u6587\u4e00");
    expect(unswapLatin("plain text")).toBe("plain text");
  });

  it("is undone in extracted text too (pdftotext keeps the swapped letters)", () => {
    expect(toLines("ensikontak\u7400\u6900n\nmukaises-\n\u7400\u6900.").map((l) => l.text)).toEqual(["ensikontaktin", "mukaises-", "ti."]);
    // Text with CJK of its own: only where a swapped run touches a Latin letter.
    expect(toLines("ensikontak\u7400\u6900n\n\u4e2d\u6587\n\u7400\u6900.").map((l) => l.text)).toEqual(["ensikontaktin", "\u4e2d\u6587", "\u7400\u6900."]);
  });

  it("is undone in PDF words, a ligature alone on its line too once the page shows the fault", () => {
    const item = (str: string, x: number, y: number) => ({ str, transform: [10, 0, 0, 10, x, y], width: 5 * str.length, height: 10, fontName: "f" });
    const words = itemsToWords([item("ensikontak\u7400\u6900n mukaises-", 10, 190), item("\u7400\u6900.", 10, 178)], 1, 200);
    expect(words.map((w) => w.text)).toEqual(["ensikontaktin", "mukaises-", "ti."]);
    // Alone, with no Latin word showing the fault, it is left as it is.
    expect(itemsToWords([item("\u7400\u6900.", 10, 178)], 1, 200).map((w) => w.text)).toEqual(["\u7400\u6900."]);
  });
});
