/**
 * The OKR table read from what the document shows, not from vocabulary seen before: renamed
 * divisions and headings, synonyms of the header labels, columns in another order, a column the
 * rules do not know, a section starting part-way down a page; and region detection by whole words.
 */
import { describe, expect, it } from "vitest";
import { readPdf } from "../src/read/pdf.js";
import { extractPdf } from "../src/pipeline/extract.js";
import { detectRegion } from "../src/detect/region.js";
import { degeneratePage } from "../src/reconstruct/degenerate-page.js";
import { loadRules } from "../src/rules/load.js";
import { tinyPdf } from "./helpers.js";

const X = [40, 120, 200, 290, 380, 470];
const HEADER = ["Tulosyksikkö", "Toimialue", "Vastuuhenkilö", "Strateginen tavoite", "Avaintulos", "Mittari"];

/** One page: a heading, a header row, rows; then a second heading and header part-way down. */
function page(): Buffer {
  const text: { x: number; y: number; s: string }[] = [];
  let y = 800;
  const table = (heading: string, rows: string[][][]) => {
    text.push({ x: 40, y, s: heading });
    y -= 24;
    HEADER.forEach((h, i) => h.split(" ").forEach((part, k) => text.push({ x: X[i]!, y: y - 12 * k, s: part })));
    y -= 34;
    for (const row of rows) {
      let lines = 0;
      row.forEach((cell, i) => cell.forEach((line, k) => {
        text.push({ x: X[i]!, y: y - 12 * k, s: line });
        lines = Math.max(lines, k + 1);
      }));
      y -= 12 * lines + 14;
    }
    y -= 20;
  };
  table("Uusi suunta vuodelle 2026", [
    [["Kotihoito"], ["Vanhuspalvelut"], ["Maija M."], ["Arki sujuu"], ["Käynnit"], ["90 %"]],
    [["Vastaanotto"], ["Terveyspalvelut", "alue"], ["Pekka P."], ["Hoito ajoissa"], ["Jonot", "lyhenevät"], ["7 pv"]],
  ]);
  table("Talous kestää", [[["Hankinnat"], ["Tukipalvelut"], ["Liisa L."], ["Kulut kurissa"], ["Säästöt"], ["2 milj."]]]);
  return tinyPdf({ text });
}

describe("an OKR table with unseen vocabulary and column order", () => {
  it("finds rows, fields, extra column and sections from the document itself", async () => {
    const doc = await readPdf("generic.pdf", page(), { rulings: false });
    const res = extractPdf(doc, { region: "kanta-hame" });
    expect(res.rows.map((r) => [r.section, r.toimiala, r.tulosalue, r.tavoite, r.avaintulos, r.toteuma])).toEqual([
      ["Uusi suunta vuodelle 2026", "Vanhuspalvelut", "Kotihoito", "Arki sujuu", "Käynnit", "90 %"],
      ["Uusi suunta vuodelle 2026", "Terveyspalvelut alue", "Vastaanotto", "Hoito ajoissa", "Jonot lyhenevät", "7 pv"],
      ["Talous kestää", "Tukipalvelut", "Hankinnat", "Kulut kurissa", "Säästöt", "2 milj."],
    ]);
    expect(res.rows.map((r) => r.extra)).toEqual([{ Vastuuhenkilö: "Maija M." }, { Vastuuhenkilö: "Pekka P." }, { Vastuuhenkilö: "Liisa L." }]);
  }, 60_000);
});

describe("an OKR table whose rows leave no gap between them (as TeX sets a borderless tabular)", () => {
  it("starts a row where a line cannot continue the cells above it", async () => {
    const text: { x: number; y: number; s: string }[] = [{ x: 40, y: 800, s: "Uusi suunta" }];
    HEADER.forEach((h, i) => h.split(" ").forEach((part, k) => text.push({ x: X[i]!, y: 776 - 12 * k, s: part })));
    let y = 740;
    const rows = [
      [["Kotihoito"], ["Vanhuspalvelut"], ["Maija M."], ["Arki sujuu", "kotona hyvin aina"], ["Käynnit"], ["90 %"]],
      // The first column has text again after a line without: a new row.
      [["Kotihoito"], ["Vanhuspalvelut"], ["Maija M."], ["Arki sujuu"], ["Jonot"], ["7 pv"]],
      // Every column one line, the first column repeating the line above: a new row.
      [["Kotihoito"], ["Vanhuspalvelut"], ["Pekka P."], ["Hoito"], ["Käynnit"], ["5"]],
      // Nothing repeats, but "Kulut" would have fitted after "Hoito": a new row.
      [["Hankinnat"], ["Tukipalvelut"], ["Liisa L."], ["Kulut"], ["Säästöt"], ["2 milj."]],
    ];
    for (const row of rows) {
      row.forEach((cell, i) => cell.forEach((line, k) => text.push({ x: X[i]!, y: y - 12 * k, s: line })));
      y -= 12 * Math.max(...row.map((c) => c.length));
    }
    const doc = await readPdf("gapless.pdf", tinyPdf({ text }), { rulings: false });
    const res = extractPdf(doc, { region: "kanta-hame" });
    expect(res.rows.map((r) => [r.tulosalue, r.tavoite, r.avaintulos])).toEqual([
      ["Kotihoito", "Arki sujuu kotona hyvin aina", "Käynnit"],
      ["Kotihoito", "Arki sujuu", "Jonot"],
      ["Kotihoito", "Hoito", "Käynnit"],
      ["Hankinnat", "Kulut", "Säästöt"],
    ]);
  }, 60_000);
});

describe("a page whose text collapsed", () => {
  it("is refused with a reason when scaled to a point high or all on one line", () => {
    const w = (i: number, fontSize: number, baseline: number) => ({ page: 1, text: `w${i}`, x0: i, x1: i + 1, top: baseline - fontSize, bottom: baseline, baseline, fontSize, fontName: "F" });
    const ws = (fs: number, line: (i: number) => number) => Array.from({ length: 60 }, (_, i) => w(i, fs, line(i)));
    const p = (words: ReturnType<typeof ws>, height = 842) => ({ number: 1, width: 595, height, words, rulings: [] });
    expect(degeneratePage(p(ws(0.015, (i) => i * 0.02), 1))).toMatch(/pt high/);
    expect(degeneratePage(p(ws(9, () => 100)))).toMatch(/one line/);
    expect(degeneratePage(p(ws(9, (i) => 100 + 12 * Math.floor(i / 6))))).toBeNull();
  });
});

describe("region detection", () => {
  const rules = loadRules().regions;
  it("counts division names only as whole words and only with the region's own names", () => {
    expect(detectRegion("Ympäristöterveydenhuolto ja pelastustoiminta. Terveydenhuolto ja Pelastustoimi kokoontuvat.", rules)).toBeNull();
    expect(detectRegion("Kanta-Hämeen hyvinvointialue: Terveydenhuolto", rules)?.region.id).toBe("kanta-hame");
    expect(detectRegion("OmaHämeenlinna", rules)).toBeNull();
  });
  it("finds no region in the Lapua minutes", async () => {
    const f = "../shared/realdocs/lapua-kaupunginhallitus-2024-12-16.pdf";
    const { readFileSync } = await import("node:fs");
    const doc = await readPdf(f, readFileSync(f), { rulings: false });
    const res = extractPdf(doc, {});
    expect(res.document.region).toBeNull();
    expect(res.document.warnings.join("\n")).toMatch(/region not recognized/);
  }, 120_000);
});
