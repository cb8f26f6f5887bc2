/** Reading order: a box's drawn edge between two lines, or a row of boxes starting beside a line, ends the box above (issue 25). */
import { describe, expect, it } from "vitest";
import type { PdfText, Ruling, Word } from "../src/model/pdf.js";
import { loadRules } from "../src/rules/load.js";
import { paragraphs as readParagraphs, syntheticDoc } from "./reading-helpers.js";
import { pageText, readingOrder } from "../src/reconstruct/reading-order/index.js";

const rules = loadRules();

/** Words of a text box: lines from (x, top) at `size` pt, `pitch` em apart, 0.5 em per character. */
function box(x: number, top: number, lines: string[], size: number, pitch: number, font = "f"): Word[] {
  return lines.flatMap((line, i) => {
    const baseline = top + size * 0.8 + i * size * pitch;
    let cx = x;
    return line.split(" ").map((t) => {
      const w = { page: 1, text: t, x0: cx, x1: cx + t.length * size * 0.5, top: baseline - size * 0.8, bottom: baseline + size * 0.2, baseline, fontSize: size, fontName: font };
      cx += (t.length + 1) * size * 0.5;
      return w;
    });
  });
}
/** The four edges of a stroked rectangle, the bottom one drawn in two pieces (as LibreOffice does). */
function rect(x0: number, top: number, x1: number, bottom: number): Ruling[] {
  const mid = (x0 + x1) / 2;
  return [
    { page: 1, orientation: "h", x0, x1, y0: top, y1: top },
    { page: 1, orientation: "h", x0, x1: mid, y0: bottom, y1: bottom },
    { page: 1, orientation: "h", x0: mid, x1, y0: bottom, y1: bottom },
    { page: 1, orientation: "v", x0, x1: x0, y0: top, y1: bottom },
    { page: 1, orientation: "v", x0: x1, x1, y0: top, y1: bottom },
  ];
}
const doc = (words: Word[], rulings: Ruling[]): PdfText => syntheticDoc([words], { rulings: [rulings] });
const paragraphs = (d: PdfText) => readParagraphs(d, rules);

// A vertical timeline at 15 pt in a face whose lines stand 1.4 em apart: rows 47.6 pt apart, each
// date box and step text two lines, so the next row's first line stands 1.27 wrapped lines under
// the last one: as close as a paragraph of one box. The date boxes are drawn (stroked).
const ROWS = [
  ["Syksy 2031 -", "Talvi 2032", "ensimmäinen vaihe jossa kootaan", "aineistoa ja sovitaan työtavoista"],
  ["Kevät 2032 -", "Kesä 2032", "toinen vaihe jossa kuullaan", "asukkaita ja järjestöjä laajasti"],
  ["Elo 2032 -", "Loka 2032", "kolmas vaihe jossa kirjoitetaan", "luonnos ja lähetetään kommenteille"],
  ["Marras 2032 -", "Joulu 2032", "neljäs vaihe jossa luonnos", "viimeistellään hyväksyttäväksi"],
  ["Vuosi 2033 -", "Vuosi 2036", "viides vaihe jossa uutta", "toteutetaan yhdessä kaikkien kanssa"],
];
function timeline(borders: boolean): PdfText {
  const words: Word[] = [];
  const rulings: Ruling[] = [];
  ROWS.forEach(([d1, d2, t1, t2], i) => {
    const top = 80 + i * 47.6;
    words.push(...box(32, top, [d1!, d2!], 15, 1.4, "bold"), ...box(192, top, [t1!, t2!], 15, 1.4));
    if (borders) rulings.push(...rect(26, top - 3, 162, top + 44.6));
  });
  return doc(words, rulings);
}

describe("a box's drawn edge between two lines", () => {
  it("starts the next date box of a vertical timeline, and the step text beside it, at the box's edge", { timeout: 30_000 }, () => {
    const ps = paragraphs(timeline(true));
    for (const [d1, d2, t1, t2] of ROWS) {
      expect(ps).toContain(`${d1}\n${d2}`);
      expect(ps).toContain(`${t1}\n${t2}`);
    }
  });

  it("keeps a box's lines together over an underline that ends with its words", { timeout: 30_000 }, () => {
    const words = box(40, 60, ["alleviivattu rivi tässä", "ja sen jatko tässä"], 15, 1.4);
    const first = words.filter((w) => w.baseline === words[0]!.baseline);
    const under: Ruling = { page: 1, orientation: "h", x0: first[0]!.x0, x1: first[first.length - 1]!.x1, y0: first[0]!.baseline + 1.5, y1: first[0]!.baseline + 1.5 };
    expect(paragraphs(doc(words, [under]))).toEqual(["alleviivattu rivi tässä\nja sen jatko tässä"]);
  });
});

describe("a row of boxes under an overfilled box", () => {
  // 7 pt, lines 1.6 em apart: the left box's last bullet wraps under its text (hanging indent), and
  // the next row's goal box, placed a wrapped line below it at that indent, starts a row with three
  // boxes beside it (status, score, assessment).
  const rowPage = (cells: number) => {
    const top = 100;
    const words = [
      ...box(40, top, ["Ensimmäinen tavoite kahdella", "rivillä tässä"], 7, 1.6),
      ...box(40, top + 7 * 1.6 * 2, ["• alatavoite joka on lyhyt"], 7, 1.6),
      ...box(300, top, ["OSITTAIN"], 7, 1.6),
      ...box(380, top, ["3"], 7, 1.6),
      ...box(460, top, ["arvio ensimmäisestä tavoitteesta", "jatkuu toiselle riville"], 7, 1.6),
    ];
    const next = top + 7 * 1.6 * 3;
    words.push(...box(40 + 7 * 1.5, next, ["Toinen tavoite alkaa tästä"], 7, 1.6));
    if (cells >= 1) words.push(...box(300, next, ["KYLLÄ"], 7, 1.6));
    if (cells >= 2) words.push(...box(380, next, ["4"], 7, 1.6));
    if (cells >= 3) words.push(...box(460, next, ["arvio toisesta tavoitteesta"], 7, 1.6));
    return doc(words, []);
  };

  it("starts the next row's first box where two or more boxes beside it start, though it stands a wrapped line below", { timeout: 30_000 }, () => {
    const lines = pageText(readingOrder(rowPage(3), rules), rules).map((l) => l.text);
    const goal = lines.indexOf("Toinen tavoite alkaa tästä");
    expect(goal).toBeGreaterThan(0);
    expect(lines[goal - 1]).toBe("");
    expect(goal).toBeGreaterThan(lines.findIndex((l) => l.startsWith("arvio ensimmäisestä")));
  });

  it("keeps it with the box above when only one box beside it starts there", { timeout: 30_000 }, () => {
    const lines = pageText(readingOrder(rowPage(1), rules), rules).map((l) => l.text);
    const goal = lines.indexOf("Toinen tavoite alkaa tästä");
    expect(lines[goal - 1]).toBe("• alatavoite joka on lyhyt");
  });
});

