import { describe, expect, it } from "vitest";
import { readPdf } from "../src/read/pdf.js";
import { texType3Repairs } from "../src/read/tex-type3.js";
import { writePdf } from "./pdf-writer.js";

/** Glyph names as pdfTeX writes them for a bitmap font: "a" and the code, at their codes. */
function codeNames(codes: number[]): (string | null)[] {
  const names: (string | null)[] = [];
  for (const c of codes) names[c] = `a${c}`;
  return names;
}

/**
 * A one-page PDF in a Type 3 font without ToUnicode whose glyphs are named after their codes, as
 * pdfTeX writes its bitmap (PK) fonts: T1 codes 21 (en dash) and 28 ("fi") inside invented words,
 * and "ä" (228) as T1 and Latin-1 both have it.
 */
function texType3Pdf(): Buffer {
  const text = "13\u001529 \u001cksu p\u00e4iv\u00e4";
  const codes = [...new Set([...text].map((c) => c.charCodeAt(0)))].sort((a, b) => a - b);
  const first = codes[0]!;
  const last = codes[codes.length - 1]!;
  const glyph = "500 0 0 0 400 600 d1 0 0 400 600 re f";
  const procs = codes.map((c) => `/a${c} ${8 + codes.indexOf(c)} 0 R`).join(" ");
  const widths = Array.from({ length: last - first + 1 }, () => 500).join(" ");
  const content = `BT /F1 10 Tf 1 0 0 1 50 700 Tm (${text}) Tj ET`;
  return writePdf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 800] /Resources << /Font << /F1 4 0 R >> >> /Contents 7 0 R >>",
    `<< /Type /Font /Subtype /Type3 /FontBBox [0 0 400 600] /FontMatrix [0.001 0 0 0.001 0 0] /CharProcs 5 0 R /Encoding 6 0 R /FirstChar ${first} /LastChar ${last} /Widths [${widths}] >>`,
    `<< ${procs} >>`,
    `<< /Type /Encoding /Differences [${codes.map((c) => `${c} /a${c}`).join(" ")}] >>`,
    `<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`,
    ...codes.map(() => `<< /Length ${glyph.length} >>\nstream\n${glyph}\nendstream`),
  ]);
}

describe("pdfTeX Type 3 fonts without ToUnicode", () => {
  it("maps T1's dashes and ligatures below the space, and nothing of a font that names its glyphs", () => {
    const t1 = texType3Repairs({ type: "Type3", differences: codeNames([21, 28, 29, 97, 228]), toUnicode: { _map: [] } });
    expect(t1.get("\u0015")).toBe("–");
    expect(t1.get("\u001c")).toBe("fi");
    expect(t1.get("\u001d")).toBe("fl");
    expect(t1.has("a")).toBe(false);
    expect(t1.has("ä")).toBe(false);
    // OT1 (no code above 127, ligatures at 11–15): 12 is "fi".
    const ot1 = texType3Repairs({ type: "Type3", differences: codeNames([12, 13, 97]), toUnicode: { _map: [] } });
    expect(ot1.get("\u000c")).toBe("fi");
    // Another kind of font, or a Type 3 font that names its glyphs, is left to pdf.js.
    expect(texType3Repairs({ type: "Type1", differences: codeNames([21, 28]), toUnicode: { _map: [] } }).size).toBe(0);
    const named: string[] = [];
    named[28] = "fi";
    expect(texType3Repairs({ type: "Type3", differences: [...Array(28).fill(null), "fi"], toUnicode: { _map: named } }).size).toBe(0);
  }, 10_000);

  it("reads the en dash and the ligature of a Type 3 font named after its codes", async () => {
    const doc = await readPdf("tex.pdf", new Uint8Array(texType3Pdf()), { rulings: false });
    const words = doc.pages[0]!.words.map((w) => w.text);
    expect(words).toEqual(["13–29", "fiksu", "päivä"]);
  }, 60_000);
});
