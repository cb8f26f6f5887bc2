import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { applyActualText, markedSpans, type ContentItem } from "../src/read/actual-text.js";
import { mayUseActualText, readPdf } from "../src/read/pdf.js";
import { writePdf } from "./pdf-writer.js";

/**
 * A one-page PDF whose content draws Chromium's two ActualText cases: a ligature glyph ("X" here)
 * whose text is "tti" only in /ActualText, and a soft hyphen drawn as a space glyph tagged U+00AD.
 */
function chromiumLike(compress: boolean): Buffer {
  const content = [
    "BT /F1 10 Tf 1 0 0 1 50 700 Tm",
    "/P <</MCID 0>> BDC",
    "(amma) Tj /Span <</ActualText (tti)>> BDC (X) Tj EMC (laisten) Tj",
    "EMC",
    "1 0 0 1 50 680 Tm (Asia) Tj /Span <</ActualText <FEFF00AD>>> BDC ( ) Tj EMC (kas) Tj",
    "1 0 0 1 50 660 Tm (plain words) Tj",
    "ET",
  ].join("\n");
  const data = compress ? deflateSync(Buffer.from(content, "latin1")).toString("latin1") : content;
  return writePdf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 800] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    `<< /Length ${Buffer.byteLength(data, "latin1")}${compress ? " /Filter /FlateDecode" : ""} >>\nstream\n${data}\nendstream`,
  ]);
}

const lines = (words: { text: string; baseline: number }[]) => {
  const out = new Map<number, string[]>();
  for (const w of words) out.set(Math.round(w.baseline), [...(out.get(Math.round(w.baseline)) ?? []), w.text]);
  return [...out.values()].map((l) => l.join(" "));
};

describe("ActualText", () => {
  it("reads the spans of a page in order, from plain and from Flate content", () => {
    for (const compress of [false, true]) {
      const pages = markedSpans(chromiumLike(compress));
      expect(pages).toEqual([
        [
          { tag: "P", actualText: null },
          { tag: "Span", actualText: "tti" },
          { tag: "Span", actualText: "\u00ad" },
        ],
      ]);
    }
  });

  it("the reader gives the ligature's text and keeps a word with a soft hyphen drawn as a space whole", { timeout: 60_000 }, async () => {
    for (const compress of [false, true]) {
      const bytes = chromiumLike(compress);
      const doc = await readPdf("t.pdf", new Uint8Array(bytes), { rulings: false });
      // The soft hyphen stays in the word (dehyphenation removes one inside a line).
      expect(lines(doc.pages[0]!.words)).toEqual(["ammattilaisten", "Asia\u00adkas", "plain words"]);
    }
  });

  it("a soft hyphen drawn with no advance keeps its word whole when the next run starts a rounding error before it", () => {
    // DejaVu Sans in Chromium: "nei" ends at 79.51 + 11.45, and the next run (" den pal", the space
    // pdf.js wrote for the dropped glyph) starts at 90.96, a hair below that sum in floating point.
    const at = (str: string, x: number, width: number): ContentItem => ({ str, transform: [7.5, 0, 0, 7.5, x, 492.21], width, height: 7.5, fontName: "f" });
    const items: ContentItem[] = [
      at("nei", 79.51, 11.45),
      { type: "beginMarkedContentProps", tag: "Span", id: null },
      { type: "endMarkedContent" },
      at(" den pal", 79.51 + 11.45 - 1e-9, 27.95),
    ];
    const out = applyActualText(items, [{ tag: "Span", actualText: "\u00ad" }]);
    expect(out.map((i) => i.str)).toEqual(["nei", "\u00ad", "den pal"]);
    expect(out[1]!.width).toBe(0);
  });

  it("a hyphen drawn right after a ligature span stays in the word's run (the author's), one after a soft-hyphen span does not", () => {
    const at = (str: string, x: number, width: number): ContentItem => ({ str, transform: [7, 0, 0, 7, x, 111.42], width, height: 7, fontName: "f" });
    const ligature: ContentItem[] = [
      at("me.", 400.04, 13),
      { type: "beginMarkedContentProps", tag: "Span", id: null },
      at("X", 413.04, 4.67),
      { type: "endMarkedContent" },
      at("-", 417.71, 2.36),
    ];
    expect(applyActualText(ligature, [{ tag: "Span", actualText: "fi" }]).map((i) => i.str)).toEqual(["me.", "fi-"]);
    const softHyphen: ContentItem[] = [
      at("pal", 400.04, 13),
      { type: "beginMarkedContentProps", tag: "Span", id: null },
      { type: "endMarkedContent" },
      at("\u2010", 413.04, 2.36),
    ];
    expect(applyActualText(softHyphen, [{ tag: "Span", actualText: "\u00ad" }]).map((i) => i.str)).toEqual(["pal", "\u00ad", "\u2010"]);
  });

  it("a ligature drawn across an unused soft hyphen keeps its word whole: the space glyph it ends in is no word break", () => {
    // Chromium, Carlito: "tt" is one glyph, drawn with the soft hyphen's space glyph after it inside
    // one span ("t\u00adt"); pdf.js writes that space at the head of the next run, at the span's end.
    const at = (str: string, x: number, width: number): ContentItem => ({ str, transform: [7.5, 0, 0, 7.5, x, 340.5], width, height: 7.5, fontName: "f" });
    const items: ContentItem[] = [
      at("ke", 130.9, 6.9),
      { type: "beginMarkedContentProps", tag: "Span", id: null },
      at("\u0000", 137.8, 6.4),
      { type: "endMarkedContent" },
      at(" en määrä", 144.2, 28.6),
    ];
    expect(applyActualText(items, [{ tag: "Span", actualText: "t\u00adt" }]).map((i) => i.str)).toEqual(["ke", "t\u00adt", "en määrä"]);
    // A ligature with no soft hyphen in its text ends where it ends: a space after it is a word break.
    expect(applyActualText(items, [{ tag: "Span", actualText: "tt" }]).map((i) => i.str)).toEqual(["ke", "tt", " en määrä"]);
  });

  it("leaves the items as pdf.js gave them when the spans do not match the page's markers", () => {
    const items: ContentItem[] = [
      { type: "beginMarkedContentProps", tag: "Span", id: null },
      { str: "X", transform: [10, 0, 0, 10, 50, 700], width: 6, height: 10, fontName: "f" },
      { type: "endMarkedContent" },
    ];
    expect(mayUseActualText(items)).toBe(true);
    expect(applyActualText(items, [{ tag: "Span", actualText: "tti" }]).map((i) => i.str)).toEqual(["tti"]);
    expect(applyActualText(items, [{ tag: "Artifact", actualText: "tti" }]).map((i) => i.str)).toEqual(["X"]);
    expect(applyActualText(items, []).map((i) => i.str)).toEqual(["X"]);
    // Tagged content (an MCID), artifacts and spans of whole runs do not send the reader to the file.
    const run = (tag: string, id: string | null, str: string): ContentItem[] => [
      { type: "beginMarkedContentProps", tag, id },
      { str, transform: [10, 0, 0, 10, 50, 700], width: 6, height: 10, fontName: "f" },
      { type: "endMarkedContent" },
    ];
    expect(mayUseActualText(run("P", "p1_mc0", "X"))).toBe(false);
    expect(mayUseActualText(run("Artifact", null, "X"))).toBe(false);
    expect(mayUseActualText(run("Span", null, "palvelut ja"))).toBe(false);
    expect(mayUseActualText(run("Span", null, "palvelut \u0000"))).toBe(true);
    expect(mayUseActualText(run("Span", null, " "))).toBe(true);
  });
});
