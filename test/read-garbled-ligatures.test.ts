import { describe, expect, it } from "vitest";
import { garbledLigatureRepairs } from "../src/read/garbled-ligatures.js";
import { readPdf } from "../src/read/pdf.js";
import { writePdf } from "./pdf-writer.js";

/**
 * A one-page PDF whose font maps codes 0x80–0x82 as Ghostscript re-distilled Carlito does: "tt" and
 * "ti" byte-swapped (<7400 7400>, <7400 6900>) and "tti" with its last two letters summed
 * (<7400 dd00>), which pdf.js reads as "t" + U+50000. Widths: t 278, i 222, "tti" 740 (the letters
 * side by side 778, "ttt" 834).
 */
function garbledPdf(tti = 740): Buffer {
  const cmap = [
    "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapType 2 def /CMapName /G def",
    "1 begincodespacerange <00> <ff> endcodespacerange",
    "4 beginbfrange <20> <7e> <0020> <80> <80> <74007400> <81> <81> <74006900> <82> <82> <7400dd00> endbfrange",
    "endcmap CMapName currentdict /CMap defineresource pop end end",
  ].join("\n");
  const widths = Array.from({ length: 0x82 - 32 + 1 }, (_, i) => {
    const c = i + 32;
    return c === 0x74 ? 278 : c === 0x69 ? 222 : c === 0x80 ? 540 : c === 0x81 ? 480 : c === 0x82 ? tti : 500;
  });
  const content = "BT /F1 10 Tf 1 0 0 1 50 700 Tm (amma\x82laisten ja \x80\x81) Tj ET";
  return writePdf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 800] /Resources << /Font << /F1 4 0 R >> >> /Contents 6 0 R >>",
    `<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 32 /LastChar 130 /Widths [${widths.join(" ")}] /ToUnicode 5 0 R >>`,
    `<< /Length ${Buffer.byteLength(cmap, "latin1")} >>\nstream\n${cmap}\nendstream`,
    `<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`,
  ]);
}

describe("three-letter ligatures whose ToUnicode text Ghostscript garbled", () => {
  it("reads them as two of the font's ligatures overlapping, the nearest in width", () => {
    const font = { toUnicode: { _map: Object.assign([], { 0x74: "t", 0x69: "i", 0x80: "\u7400\u7400", 0x81: "\u7400\u6900", 0x82: "\u7400\u{50000}" }) }, widths: { 0x74: 278, 0x69: 222, 0x82: 740 } };
    expect(garbledLigatureRepairs(font)).toEqual(new Map([["\u7400\u{50000}", "tti"]]));
  }, 10_000);

  it("leaves the glyph alone where the widths do not tell the letters", () => {
    // As wide as "tti" and "ttt" are apart: neither is clearly nearer.
    const font = { toUnicode: { _map: Object.assign([], { 0x74: "t", 0x69: "i", 0x80: "\u7400\u7400", 0x81: "\u7400\u6900", 0x82: "\u7400\u{50000}" }) }, widths: { 0x74: 278, 0x69: 222, 0x82: 806 } };
    expect(garbledLigatureRepairs(font).size).toBe(0);
    // No two-letter ligature of the font to build it from.
    const bare = { toUnicode: { _map: Object.assign([], { 0x74: "t", 0x69: "i", 0x82: "\u7400\u{50000}" }) }, widths: { 0x74: 278, 0x69: 222, 0x82: 740 } };
    expect(garbledLigatureRepairs(bare).size).toBe(0);
  }, 10_000);

  it("spells the ligature in the words read from the PDF", async () => {
    const bytes = garbledPdf();
    const doc = await readPdf("garbled.pdf", new Uint8Array(bytes), { rulings: false });
    expect(doc.pages[0]!.words.map((w) => w.text)).toEqual(["ammattilaisten", "ja", "ttti"]);
  }, 30_000);
});
