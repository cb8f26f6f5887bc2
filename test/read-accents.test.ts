import { describe, expect, it } from "vitest";
import { composeAccents } from "../src/read/accents.js";
import { itemsToWords } from "../src/read/pdf.js";

/** A pdf.js-like text item at 10 pt on one baseline. */
const item = (str: string, x: number, width: number, y = 100) => ({ str, transform: [10, 0, 0, 10, x, y], width, height: 10, fontName: "f" });
const texts = (items: ReturnType<typeof item>[]) => itemsToWords(items, 1, 200).map((w) => w.text);

describe("accents drawn as glyphs of their own", () => {
  it("composes an accent ending a run with the letter drawn back under it (TeX OT1 / ae)", () => {
    // "K¨" + "a¨" + "antaja": each dieresis is drawn, then the letter is placed back over its x-range.
    expect(texts([item("K¨", 10, 10), item("a¨", 16, 10), item("antaja", 22, 30)])).toEqual(["Kääntaja"]);
    expect(texts([item("Yksikk¨", 10, 35), item("o", 41, 5)])).toEqual(["Yksikkö"]);
    // Every accent, not only the dieresis: ring (Å), acute (é), caron (š).
    expect(texts([item("˚", 10, 5), item("Abo", 10.5, 15)])).toEqual(["Åbo"]);
    expect(texts([item("caf´", 10, 20), item("e", 26, 5)])).toEqual(["café"]);
    expect(texts([item("ˇ", 10, 5), item("sakki", 10.5, 25)])).toEqual(["šakki"]);
  }, 10_000);

  it("composes an accent drawn after its letter, back over it", () => {
    expect(texts([item("na", 10, 10), item("¨ytt", 15.5, 20)])).toEqual(["näytt"]);
  }, 10_000);

  it("leaves an accent that no letter overlaps as it is", () => {
    expect(texts([item("a¨", 10, 10), item("b", 40, 5)])).toEqual(["a¨", "b"]);
    expect(texts([item("a¨", 10, 10), item("b", 16, 5, 130)])).toEqual(["b", "a¨"]);
    // Composition yields the precomposed character (NFC), so it compares equal to typed text.
    expect(composeAccents([item("t¨", 10, 10), item("o", 16, 5)])[0]!.str).toBe("t\u00f6");
  }, 10_000);
});

describe("a hyphen drawn apart in a monospaced font", () => {
  it("keeps an author's hyphen one (wide) space before the next word on the line", () => {
    // Monospaced at 10 pt: every glyph, the hyphen and the space included, is 5.25 pt wide.
    expect(texts([item("Alfa", 10, 21), item("-", 31, 5.25), item("ja", 41.5, 10.5)])).toEqual(["Alfa-", "ja"]);
    // At a line end, with the next column's text further away, it is still the typesetter's.
    expect(texts([item("Alfa", 10, 21), item("-", 31, 5.25), item("ja", 46, 10.5)])).toEqual(["Alfa\u00ad", "ja"]);
  }, 10_000);
});
