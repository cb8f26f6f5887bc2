/**
 * The document's own line pitch (src/reconstruct/line-pitch.ts) and the OKR table's rows read
 * against it: lines set two type sizes apart are one cell's lines, not rows of their own.
 */
import { describe, expect, it } from "vitest";
import { linePitchRatio, type PitchWord } from "../src/reconstruct/line-pitch.js";
import { readPdf } from "../src/read/pdf.js";
import { extractPdf } from "../src/pipeline/extract.js";
import { tinyPdf } from "./helpers.js";

/** Words of a column of cells: each cell `lines` lines `pitch` apart, `gap` more between cells. */
function column(x: number, cells: number[], pitch: number, gap: number, fontSize = 10, page = 1): PitchWord[] {
  const out: PitchWord[] = [];
  let y = 100;
  for (const lines of cells) {
    for (let k = 0; k < lines; k++) out.push({ x0: x, baseline: y + k * pitch, fontSize, page });
    y += lines * pitch + gap;
  }
  return out;
}

describe("linePitchRatio", () => {
  it("measures the distance lines of one cell share, not the rows' distances", () => {
    const words = [...column(40, [3, 2, 4, 1, 3], 21, 6), ...column(200, [1, 1, 1, 1, 1], 21, 6)];
    expect(linePitchRatio(words)).toBeCloseTo(2.1, 2);
  }, 10_000);

  it("finds a tight pitch where rows without padding stand whole lines apart", () => {
    // Most rows two lines high: one-line columns repeat twice the pitch more often than the pitch.
    const rows = [2, 2, 2, 2, 2, 2, 2, 2, 3, 2];
    const words = [...column(40, rows, 10.2, 0), ...column(120, rows, 10.2, 0), ...column(300, rows.map((n) => (n === 3 ? 3 : 2)), 10.2, 0)];
    // The first two columns hold one line per row, the rows are 2 lines high: distances 20.4.
    const oneLine = [...column(40, rows.map(() => 1), 20.4, 0), ...column(120, rows.map(() => 1), 20.4, 0)];
    expect(linePitchRatio([...oneLine, ...words.filter((w) => w.x0 === 300)])).toBeCloseTo(1.02, 2);
  }, 10_000);

  it("gives no estimate from too few lines and never stacks words of different pages", () => {
    expect(linePitchRatio(column(40, [2], 12, 0))).toBeUndefined();
    const pages = [1, 2, 3, 4, 5, 6].flatMap((p) => column(40, [1], 12, 0, 10, p));
    expect(linePitchRatio(pages)).toBeUndefined();
  }, 10_000);
});

const X = [40, 120, 200, 290, 380, 470];
// An unknown column's label wrapped over two lines, as wide apart as the body's lines.
const HEADER = ["Tulosyksikkö", "Toimialue", "Vastuu- henkilö- ryhmä", "Strateginen tavoite", "Avaintulos", "Mittari"];

describe("an OKR table whose lines stand two type sizes apart (a font or line spacing with a large pitch)", () => {
  it("keeps each cell's lines in one row, starts rows at the wider gaps and reads a wrapped header whole", async () => {
    const pitch = 21;
    const text: { x: number; y: number; s: string }[] = [{ x: 40, y: 800, s: "Uusi suunta" }];
    HEADER.forEach((h, i) => h.split(" ").forEach((part, k) => text.push({ x: X[i]!, y: 770 - pitch * k, s: part })));
    let y = 680;
    const rows = [
      [["Kotihoito", "ja asuminen"], ["Vanhus-", "palvelut"], ["Maija M."], ["Arki sujuu", "kotona hyvin"], ["Käynnit", "kasvavat"], ["90 %"]],
      [["Vastaanotto"], ["Terveys-", "palvelut"], ["Pekka P."], ["Hoito ajoissa"], ["Jonot", "lyhenevät", "selvästi"], ["7 pv"]],
      [["Hankinnat", "ja tilat"], ["Tuki-", "palvelut"], ["Liisa L."], ["Kulut", "kurissa"], ["Säästöt"], ["2 milj."]],
      [["Neuvola"], ["Perhe-", "palvelut"], ["Outi O."], ["Perhe saa", "apua ajoissa"], ["Odotus", "lyhenee", "viikkoon"], ["5 pv"]],
    ];
    for (const row of rows) {
      row.forEach((cell, i) => cell.forEach((line, k) => text.push({ x: X[i]!, y: y - pitch * k, s: line })));
      y -= pitch * Math.max(...row.map((c) => c.length)) + 8;
    }
    const doc = await readPdf("pitch.pdf", tinyPdf({ text }), { rulings: false });
    const res = extractPdf(doc, { region: "kanta-hame" });
    expect(res.rows.map((r) => [r.tulosalue, r.toimiala, r.tavoite, r.avaintulos, r.toteuma])).toEqual([
      ["Kotihoito ja asuminen", "Vanhuspalvelut", "Arki sujuu kotona hyvin", "Käynnit kasvavat", "90 %"],
      ["Vastaanotto", "Terveyspalvelut", "Hoito ajoissa", "Jonot lyhenevät selvästi", "7 pv"],
      ["Hankinnat ja tilat", "Tukipalvelut", "Kulut kurissa", "Säästöt", "2 milj."],
      ["Neuvola", "Perhepalvelut", "Perhe saa apua ajoissa", "Odotus lyhenee viikkoon", "5 pv"],
    ]);
    expect(res.rows.map((r) => r.extra)).toEqual(["Maija M.", "Pekka P.", "Liisa L.", "Outi O."].map((v) => ({ Vastuuhenkilöryhmä: v })));
  }, 60_000);
});
