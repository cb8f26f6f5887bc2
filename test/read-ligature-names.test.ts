import { describe, expect, it } from "vitest";
import { ligatureRepairs, ligatureText, namesLigatureGlyphs } from "../src/read/ligature-names.js";
import { fillGlyphHoles } from "../src/read/glyph-holes.js";
import { readPdf } from "../src/read/pdf.js";
import { writePdf } from "./pdf-writer.js";

/**
 * A one-page PDF in two fonts without ToUnicode: F1 names code 35 "t_t" (a ligature pdf.js cannot
 * name, so it gives "#"), F2 is plain WinAnsi, where code 35 is a real "#".
 */
function ligaturePdf(): Buffer {
  const content = ["BT /F1 10 Tf 1 0 0 1 50 700 Tm (kehi#\u00e4minen) Tj", "/F2 10 Tf 1 0 0 1 50 680 Tm (kohta #3) Tj ET"].join("\n");
  return writePdf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 800] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [35 /t_t] >> >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /WinAnsiEncoding >>",
    `<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`,
  ]);
}

describe("ligature glyphs known only by name", () => {
  it("spells Adobe Glyph List ligature names and nothing else", () => {
    expect(ligatureText("t_t")).toBe("tt");
    expect(ligatureText("f_f_i.liga")).toBe("ffi");
    expect(ligatureText("uni0054_uni0068")).toBe("Th");
    expect(ligatureText("numbersign")).toBeNull();
    expect(ligatureText("a_odieresis")).toBeNull(); // a component this reader cannot spell: left alone
    expect(ligatureText("uni00E4")).toBeNull(); // one character, which pdf.js names itself
  }, 10_000);

  it("repairs only a character no other code of the font produces", () => {
    expect([...ligatureRepairs({ differences: [...Array(35).fill(null), "t_t"], toUnicode: { _map: [] } })]).toEqual([["#", "tt"]]);
    // The font also draws a real "#" with another code: the ligature is left as pdf.js read it.
    const map: string[] = [];
    map[50] = "#";
    expect(ligatureRepairs({ differences: [...Array(35).fill(null), "t_t"], toUnicode: { _map: map } }).size).toBe(0);
    // ToUnicode already gives the ligature's text: nothing to do.
    const known: string[] = [];
    known[35] = "tt";
    expect(ligatureRepairs({ differences: [...Array(35).fill(null), "t_t"], toUnicode: { _map: known } }).size).toBe(0);
  }, 10_000);

  it("reads a ligature from its glyph name in a PDF and keeps a real '#' of another font", async () => {
    const bytes = ligaturePdf();
    expect(namesLigatureGlyphs(new Uint8Array(bytes))).toBe(true);
    const doc = await readPdf("lig.pdf", new Uint8Array(bytes), { rulings: false });
    const words = doc.pages[0]!.words.map((w) => w.text);
    expect(words).toContain("kehittäminen");
    expect(words).toContain("#3");
  }, 60_000);
});

describe("a letter drawn from a fallback font into a hole of its word", () => {
  const item = (str: string, x: number, width: number, fontName = "bold", y = 100) => ({ str, transform: [10, 0, 0, 10, x, y], width, height: 10, fontName });
  it("puts the letter back into the space it was drawn over", () => {
    // "ja v lineet" drawn with a space for the missing "ä", which another font draws on top after the run.
    const out = fillGlyphHoles([item("ja v lineet", 0, 44), item("ä", 17, 4, "regular")]);
    expect(out.map((i) => i.str)).toEqual(["ja välineet"]);
  }, 10_000);
  it("leaves short runs elsewhere on the line, on other lines, or on a space between words alone", () => {
    expect(fillGlyphHoles([item("ja v lineet", 0, 44), item("ä", 60, 4, "regular")]).map((i) => i.str)).toEqual(["ja v lineet", "ä"]);
    expect(fillGlyphHoles([item("ja v lineet", 0, 44), item("ä", 17, 4, "regular", 80)]).map((i) => i.str)).toEqual(["ja v lineet", "ä"]);
    // A space next to a digit or a comma is a word gap, not a hole.
    expect(fillGlyphHoles([item("12 , 5 kk", 0, 36), item("x", 10, 4, "regular")]).map((i) => i.str)).toEqual(["12 , 5 kk", "x"]);
  }, 10_000);
});
