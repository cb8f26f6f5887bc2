/** Reading order against the document's own line pitch (issue 25): widely spaced lines, boxes a few points off their row. */
import { describe, expect, it } from "vitest";
import type { PdfText, Word } from "../src/model/pdf.js";
import { loadRules } from "../src/rules/load.js";
import { paragraphs as readParagraphs, syntheticDoc } from "./reading-helpers.js";
import { pageText, readingOrder } from "../src/reconstruct/reading-order/index.js";
import { fragments } from "../src/reconstruct/reading-order/blocks.js";
import { documentPitch, forPitch } from "../src/reconstruct/reading-order/pitch.js";
import { loadReadingOrder } from "../src/reconstruct/reading-order/settings.js";

const rules = loadRules();
const s = loadReadingOrder(rules);

/** Words of a text box: lines from (x, top) at `size` pt, `pitch` em apart, 0.5 em per character, in face `font`. */
function box(page: number, x: number, top: number, lines: string[], size = 12, pitch = 1.2, font = "f"): Word[] {
  const out: Word[] = [];
  lines.forEach((line, i) => {
    const baseline = top + size * 0.8 + i * size * pitch;
    let cx = x;
    for (const t of line.split(" ")) {
      out.push({ page, text: t, x0: cx, x1: cx + t.length * size * 0.5, top: baseline - size * 0.8, bottom: baseline + size * 0.2, baseline, fontSize: size, fontName: font });
      cx += (t.length + 1) * size * 0.5;
    }
  });
  return out;
}
const doc = (pages: Word[][]): PdfText => syntheticDoc(pages);
const paragraphs = (d: PdfText) => readParagraphs(d, rules);

/** A page of three widely spaced paragraphs (lines 2 em apart, boxes 3.5 em apart): the pitch's evidence. */
const spacedPage = (page: number, pitch: number) => [
  ...box(page, 40, 40, ["kolme riviä tekstiä", "jotka kuuluvat yhteen", "samaan laatikkoon"], 12, pitch),
  ...box(page, 40, 40 + 12 * (2 * pitch + 3.5), ["toinen laatikko", "kahdella rivillä"], 12, pitch),
  ...box(page, 400, 40, ["oikea palsta", "myös väljästi", "ladottuna tässä"], 12, pitch),
];

describe("document line pitch", () => {
  it("estimates the pitch of wrapped lines, not of the gaps between boxes", { timeout: 30_000 }, () => {
    const d = doc([spacedPage(1, 2), spacedPage(2, 2)]);
    expect(documentPitch(d.pages.map((p) => fragments(p.words, s)), s)).toBeCloseTo(2, 1);
    const tight = doc([spacedPage(1, 1.15), spacedPage(2, 1.15)]);
    expect(documentPitch(tight.pages.map((p) => fragments(p.words, s)), s)).toBeCloseTo(1.15, 1);
  });

  it("takes the wrapped lines' pitch, not the spacing of one-line bullets that outnumber them", { timeout: 30_000 }, () => {
    // Lines 1.2 em apart; one-line bullets 1.7 em apart (paragraph spacing) are most of the pairs,
    // a few wrapped bullets show the pitch. A low percentile of all pairs would say 1.7 em and
    // stretch every vertical distance by a third.
    const page = (n: number) => {
      const out: Word[] = [];
      let top = 40;
      for (let k = 0; k < 10; k++) {
        const lines = k % 5 === 0 ? ["• kohta joka jatkuu", "toiselle riville"] : ["• lyhyt kohta"];
        out.push(...box(n, 40, top, lines, 12, 1.2));
        top += 12 * (1.2 * lines.length + 0.5);
      }
      return out;
    };
    const d = doc([page(1), page(2)]);
    expect(documentPitch(d.pages.map((p) => fragments(p.words, s)), s)).toBeCloseTo(1.2, 2);
  });

  it("gives no estimate from too few lines, and leaves the settings alone at a usual pitch", { timeout: 30_000 }, () => {
    const d = doc([box(1, 40, 40, ["yksi", "kaksi"], 12, 2)]);
    expect(documentPitch(d.pages.map((p) => fragments(p.words, s)), s)).toBeNull();
    expect(forPitch(s, null)).toBe(s);
    expect(forPitch(s, 1.1)).toBe(s);
    expect(forPitch(s, 2 * s.pitch.typicalPitch).blockLineSpacing).toBeCloseTo(2 * s.blockLineSpacing);
  });

  it("keeps the lines of a widely spaced box together and its boxes apart", { timeout: 30_000 }, () => {
    const d = doc([spacedPage(1, 2), spacedPage(2, 2)]);
    const ps = paragraphs(d);
    expect(ps).toContain("kolme riviä tekstiä\njotka kuuluvat yhteen\nsamaan laatikkoon");
    expect(ps).toContain("toinen laatikko\nkahdella rivillä");
    expect(ps).toContain("oikea palsta\nmyös väljästi\nladottuna tässä");
  });

  it("ends a row of labels where its neighbour's cell starts a block, though the label's own cell stands near a wrapped line's distance", { timeout: 30_000 }, () => {
    // Lines 2 em apart; labels (bold) 2.2 em over their cells: the left cell is bold as its label.
    const page = (n: number) => [
      ...spacedPage(n, 2).map((w) => ({ ...w, top: w.top + 200, bottom: w.bottom + 200, baseline: w.baseline + 200 })),
      ...box(n, 40, 30, ["Vasen otsake"], 12, 2, "bold"),
      ...box(n, 400, 30, ["Oikea otsake"], 12, 2, "bold"),
      ...box(n, 42, 30 + 12 * 2.2, ["Lihavoitu solu", "jatkuu tässä"], 12, 2, "bold"),
      ...box(n, 402, 30 + 12 * 2.2, ["• tavallinen solu", "jatkuu myös"], 12, 2),
    ];
    const ps = paragraphs(doc([page(1), page(2)]));
    expect(ps).toContain("Vasen otsake Oikea otsake");
    expect(ps).toContain("Lihavoitu solu\njatkuu tässä");
  });
});

describe("boxes a few points off their row at small sizes", () => {
  it("reads a grid row whose left box stands a little lower than its right one as a row, not as the cell above continued", { timeout: 30_000 }, () => {
    // 8 pt text under a title across both columns; the right column's cell above runs a line lower than the left one; the next row's
    // left box stands 5 pt below its right neighbour (more than the tolerance in em at 8 pt).
    const words = [
      ...box(1, 40, 40, ["Pitkä otsikko koko sivun levyinen"], 24),
      ...box(1, 40, 80, ["Vasen otsake"], 8, 1.2, "bold"),
      ...box(1, 300, 80, ["Oikea otsake"], 8, 1.2, "bold"),
      ...box(1, 40, 100, ["Ensimmäinen tavoite", "kahdella rivillä"], 8),
      ...box(1, 300, 100, ["• 1.1 alatavoite"], 8),
      ...box(1, 300, 115, ["• 1.2 alatavoite", "jatkuu rivin"], 8),
      ...box(1, 300, 158, ["• 2.1 alatavoite neljällä sanalla"], 8),
      ...box(1, 40, 163, ["Toinen tavoite on tässä"], 8),
    ];
    const lines = pageText(readingOrder(doc([words]), rules), rules).map((l) => l.text).filter(Boolean);
    expect(lines.indexOf("Toinen tavoite on tässä")).toBeGreaterThan(lines.indexOf("jatkuu rivin"));
    expect(lines.indexOf("Toinen tavoite on tässä")).toBeLessThan(lines.indexOf("• 2.1 alatavoite neljällä sanalla"));
  });
});

describe("boxes of a row start together", () => {
  it("starts the next date box of a vertical timeline where the text beside it starts, though it stands as close as a paragraph", { timeout: 30_000 }, () => {
    // 17 pt, lines 1.15 em apart; the second date box's first line 25 pt under the first box's last.
    const words = [
      ...box(1, 40, 80, ["Syksy 2031 -", "Talvi 2032"], 17, 1.15, "bold"),
      ...box(1, 40, 124.55, ["Kevät 2032"], 17, 1.15, "bold"),
      ...box(1, 40, 172, ["Kesä 2032"], 17, 1.15, "bold"),
      ...box(1, 200, 78, ["ensimmäinen vaihe jossa", "tehdään asioita"], 17, 1.15),
      ...box(1, 200, 127, ["toinen vaihe alkaa tästä"], 17, 1.15),
      ...box(1, 200, 172, ["kolmas vaihe päättää"], 17, 1.15),
    ];
    const ps = paragraphs(doc([words]));
    expect(ps).toContain("Syksy 2031 -\nTalvi 2032");
    expect(ps.some((p) => p.startsWith("Kevät 2032"))).toBe(true);
  });

  it("ends a label at the next box placed by hand a wrapped line's distance below, where the box starts at another left edge", { timeout: 30_000 }, () => {
    // Lines 2 em apart; the left label stands exactly one wrapped line over its cell, which starts 3 pt
    // to its left; the right cell, in another face, a little lower.
    const page = (n: number) => [
      ...spacedPage(n, 2).map((w) => ({ ...w, top: w.top + 200, bottom: w.bottom + 200, baseline: w.baseline + 200 })),
      ...box(n, 43, 30, ["Vasen otsake"], 12, 2, "bold"),
      ...box(n, 400, 30, ["Oikea otsake"], 12, 2, "bold"),
      ...box(n, 40, 30 + 12 * 2, ["Lihavoitu solu", "jatkuu tässä"], 12, 2, "bold"),
      ...box(n, 402, 30 + 12 * 2 + 3, ["• tavallinen solu", "jatkuu myös"], 12, 2),
    ];
    const ps = paragraphs(doc([page(1), page(2)]));
    expect(ps).toContain("Lihavoitu solu\njatkuu tässä");
  });

  it("does not continue a narrow label with a wide box that starts far to its left", { timeout: 30_000 }, () => {
    const words = [
      ...box(1, 200, 100, ["Kapea otsake", "kahdella"], 10, 1.2, "bold"),
      ...box(1, 40, 100 + 10 * 1.2 + 14, ["Leveä laatikko joka alkaa kaukana vasemmalla ja jatkuu"], 10, 1.2, "bold"),
    ];
    const ps = paragraphs(doc([words]));
    expect(ps).toContain("Kapea otsake\nkahdella");
  });

  it("ends a row of labels whose boxes, placed by hand, all start at other left edges a wrapped line's distance below", { timeout: 30_000 }, () => {
    const page = (n: number) => [
      ...spacedPage(n, 2).map((w) => ({ ...w, top: w.top + 200, bottom: w.bottom + 200, baseline: w.baseline + 200 })),
      ...box(n, 46, 30, ["Vasen otsake"], 12, 2, "bold"),
      ...box(n, 400, 30, ["Oikea otsake"], 12, 2, "bold"),
      ...box(n, 40, 30 + 12 * 2, ["Ensimmäinen solu", "jatkuu tässä"], 12, 2),
      ...box(n, 404, 30 + 12 * 2, ["Toinen solu", "jatkuu myös"], 12, 2),
    ];
    const ps = paragraphs(doc([page(1), page(2)]));
    expect(ps).toContain("Ensimmäinen solu\njatkuu tässä");
    expect(ps).toContain("Toinen solu\njatkuu myös");
  });
});
