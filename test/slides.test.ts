/** Slide decks from PDF (issue 25): reading order by blocks and columns, page furniture, the slide families. */
import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { PdfPage, PdfText, Word } from "../src/model/pdf.js";
import { loadRules } from "../src/rules/load.js";
import { pageText, readingOrder, withoutFurniture, type Block } from "../src/reconstruct/reading-order/index.js";
import { timelineFromBlocks } from "../src/reconstruct/ph-strategy/pdf.js";
import { reconstructPhStrategy } from "../src/reconstruct/ph-strategy/text.js";
import { chronological } from "../src/reconstruct/ph-strategy/chronology.js";
import { extractFile } from "../src/pipeline/extract.js";
import { debugPdf } from "../src/pipeline/debug.js";
import { scoreLu } from "../src/families/lu-evaluation/score.js";
import { scorePhDeck } from "../src/eval/decks.js";
import type { PhStrategy, LuEvaluation } from "../src/model/families.js";

const rules = loadRules();
const gold = (f: string) => JSON.parse(readFileSync(`fixtures/gold/${f}`, "utf8"));

/** Words of a text box: its lines from (x, top), 12 pt, 6 pt per character. */
function box(page: number, x: number, top: number, lines: string[], size = 12): Word[] {
  const out: Word[] = [];
  lines.forEach((line, i) => {
    const baseline = top + size * 0.8 + i * size * 1.2;
    let cx = x;
    for (const t of line.split(" ")) {
      out.push({ page, text: t, x0: cx, x1: cx + t.length * size * 0.5, top: baseline - size * 0.8, bottom: baseline + size * 0.2, baseline, fontSize: size, fontName: "f" });
      cx += (t.length + 1) * size * 0.5;
    }
  });
  return out;
}
function doc(pages: Word[][]): PdfText {
  const ps: PdfPage[] = pages.map((words, i) => ({ number: i + 1, width: 800, height: 450, words: [...words].sort((a, b) => a.baseline - b.baseline), rulings: [] }));
  return { path: "synthetic.pdf", sha256: "0".repeat(64), bytes: 1, pageCount: ps.length, pages: ps };
}
const texts = (d: PdfText) => pageText(readingOrder(d, rules), rules).map((l) => l.text);

describe("reading order", () => {
  it("reads side-by-side boxes one after the other instead of line by line across the page", () => {
    const d = doc([[...box(1, 40, 40, ["Otsikko"], 24), ...box(1, 40, 100, ["vasen yksi", "vasen kaksi", "vasen kolme"]), ...box(1, 420, 100, ["oikea yksi", "oikea kaksi"])]]);
    const t = texts(d).filter(Boolean);
    expect(t).toEqual(["Otsikko", "vasen yksi", "vasen kaksi", "vasen kolme", "oikea yksi", "oikea kaksi"]);
  });

  it("reads a grid (a cell beside a taller cell, row after row) row by row", () => {
    const d = doc([[...box(1, 40, 60, ["A-otsikko"]), ...box(1, 300, 60, ["• a1 rivi", "jatkuu"]), ...box(1, 300, 100, ["• a2 rivi"]), ...box(1, 40, 150, ["B-otsikko"]), ...box(1, 300, 150, ["• b1 rivi", "jatkuu", "vielä"])]]);
    expect(texts(d).filter(Boolean)).toEqual(["A-otsikko", "• a1 rivi", "jatkuu", "• a2 rivi", "B-otsikko", "• b1 rivi", "jatkuu", "vielä"]);
  });

  it("reads a grid's lone cell above its header row first: a strip starting in a column the row above leaves empty is a new row", () => {
    const d = doc([[...box(1, 600, 60, ["MERKKI"]), ...box(1, 40, 80, ["Otsake vasen"]), ...box(1, 600, 91, ["Otsake oikea"]), ...box(1, 40, 120, ["Vasen yksi"]), ...box(1, 600, 120, ["Oikea yksi"]), ...box(1, 40, 200, ["Vasen kaksi"]), ...box(1, 600, 200, ["Oikea kaksi"])]]);
    const t = texts(d).filter(Boolean);
    const at = (x: string) => t.findIndex((l) => l.includes(x));
    expect(at("MERKKI")).toBeGreaterThanOrEqual(0);
    expect(at("MERKKI")).toBeLessThan(at("Otsake vasen"));
    expect(at("Otsake oikea")).toBeLessThan(at("Vasen yksi"));
  });

  it("joins short cells on one baseline into one line, as slide text has them", () => {
    const d = doc([[...box(1, 40, 60, ["Pitkä tavoite joka jatkuu", "toiselle riville."]), ...box(1, 300, 60, ["OSITTAIN"]), ...box(1, 400, 60, ["4"]), ...box(1, 460, 60, ["Arvio alkaa tästä ja", "jatkuu tässä."])]]);
    expect(texts(d)).toContain("OSITTAIN 4");
  });

  it("joins one-line cells placed a little off the row (boxes placed by hand)", () => {
    const d = doc([[...box(1, 40, 60, ["Pitkä tavoite joka jatkuu", "toiselle riville."], 8), ...box(1, 300, 60, ["OSITTAIN"], 8), ...box(1, 400, 64, ["3"], 8), ...box(1, 40, 120, ["Seuraava rivi"], 8), ...box(1, 300, 120, ["KYLLÄ"], 8)]]);
    const t = texts(d);
    expect(t).toContain("OSITTAIN 3");
    expect(t.some((x) => x.includes("KYLLÄ") && x.includes("3"))).toBe(false);
  });

  it("does not continue a box with the first of a row of cells under it when the row is a little uneven", () => {
    // A goal box across the slide; its evaluation row right under it, the cells off by 4-5 pt.
    const d = doc([[...box(1, 40, 60, ["Tavoite joka on leveä laatikko koko dian yli ja jatkuu", "• alatavoite yksi joka on myös pitkä rivi"]), ...box(1, 40, 86, ["OSITTAIN"]), ...box(1, 200, 90.5, ["4"]), ...box(1, 300, 91, ["Arvio alkaa tästä ja", "jatkuu tässä."])]]);
    const t = texts(d);
    expect(t).toContain("OSITTAIN 4");
    expect(t).toContain("• alatavoite yksi joka on myös pitkä rivi");
  });

  it("does not continue a box with a cell that starts inside the box's last line (the status under a goal box)", () => {
    // Only the status cell stands under the box's last line; the score and the assessment start right of it.
    const d = doc([[...box(1, 40, 60, ["Tavoite joka on leveä laatikko", "• viimeinen alatavoite"]), ...box(1, 150, 86, ["KYLLÄ"]), ...box(1, 320, 86, ["4"]), ...box(1, 400, 86, ["Arvio alkaa tästä ja", "jatkuu tässä."])]]);
    const t = texts(d);
    expect(t).toContain("• viimeinen alatavoite");
    expect(t).toContain("KYLLÄ 4");
  });

  it("still continues a centred box and a list item's hanging indent", () => {
    const d = doc([[...box(1, 100, 60, ["Keskitetty pitkä otsikkorivi"]), ...box(1, 151, 74.4, ["toinen rivi"]), ...box(1, 40, 200, ["• Luettelon kohta joka jatkuu"]), ...box(1, 52, 214.4, ["seuraavalle riville"])]]);
    const order = readingOrder(d, rules)[0]!.blocks;
    expect(order.map((b) => b.lines.length)).toEqual([2, 2]);
  });

  it("reads a table of one row (labels over cells in four columns) row by row, however close the cells stand", () => {
    const d = doc([[...box(1, 40, 60, ["Tavoite"]), ...box(1, 240, 60, ["Saavutettu?"]), ...box(1, 330, 60, ["Arviointi"]), ...box(1, 420, 60, ["Sanallinen arviointi"]), ...box(1, 40, 92, ["Pitkä tavoite joka", "jatkuu tässä"]), ...box(1, 240, 92, ["OSITTAIN"]), ...box(1, 330, 92, ["3"]), ...box(1, 420, 92, ["Arvio alkaa ja", "jatkuu."])]]);
    const t = texts(d).filter(Boolean);
    expect(t.slice(0, 3)).toEqual(["Tavoite Saavutettu? Arviointi Sanallinen arviointi", "Pitkä tavoite joka", "jatkuu tässä"]);
    expect(t).toContain("OSITTAIN 3");
  });

  it("does not take a row of labels under a wide title for the title's continuation", () => {
    const d = doc([[...box(1, 40, 20, ["Otsikko joka on pitkä ja leveä rivi ja jatkuu"], 20), ...box(1, 476, 40, ["MERKKI"], 10), ...box(1, 40, 73, ["Tavoite"]), ...box(1, 160, 71, ["Saavutettu?"]), ...box(1, 260, 72, ["Arviointi"]), ...box(1, 360, 70, ["Sanallinen"]), ...box(1, 40, 120, ["Tavoitteen teksti"]), ...box(1, 160, 150, ["KYLLÄ"]), ...box(1, 260, 150, ["4"]), ...box(1, 360, 150, ["Arvio."])]]);
    const t = texts(d).filter(Boolean);
    expect(t.indexOf("Tavoite Saavutettu? Arviointi Sanallinen")).toBeGreaterThan(0);
    expect(t.indexOf("Tavoite Saavutettu? Arviointi Sanallinen")).toBeLessThan(t.indexOf("Tavoitteen teksti"));
  });

  it("starts a new block at a line in another face further below than a wrapped line (a bold label close over its cell)", () => {
    const bold = (ws: Word[]) => ws.map((w) => ({ ...w, fontName: "bold" }));
    const d = doc([[...bold(box(1, 40, 60, ["Priorisoidut alatavoitteet"])), ...box(1, 40, 78, ["• 4.4. Ensimmäinen alatavoite", "jatkuu toiselle riville"]), ...bold(box(1, 300, 60, ["Otsikko joka", "jatkuu"]))]]);
    const blocks = readingOrder(d, rules)[0]!.blocks.map((b) => b.lines.map((l) => l.text));
    expect(blocks).toContainEqual(["Priorisoidut alatavoitteet"]);
    expect(blocks).toContainEqual(["• 4.4. Ensimmäinen alatavoite", "jatkuu toiselle riville"]);
    expect(blocks).toContainEqual(["Otsikko joka", "jatkuu"]);
  });

  it("starts a new block where a line stands further below than the block's own line pitch (boxes set close together)", () => {
    // Two text boxes of a vertical timeline, 12 pt lines set solid (12 pt apart), the second box's first line 19 pt under the first's last.
    const d = doc([[...box(1, 200, 60, ["Ensimmäinen vaihe jonka teksti"]), ...box(1, 200, 72, ["jatkuu toiselle riville"]), ...box(1, 200, 91, ["Toinen vaihe alkaa tästä"]), ...box(1, 200, 103, ["ja jatkuu"])]]);
    const blocks = readingOrder(d, rules)[0]!.blocks.map((b) => b.lines.map((l) => l.text));
    expect(blocks).toEqual([["Ensimmäinen vaihe jonka teksti", "jatkuu toiselle riville"], ["Toinen vaihe alkaa tästä", "ja jatkuu"]]);
  });

  it("gives the table reading the words without the furniture", () => {
    const pages = [1, 2, 3, 4].map((n) => [...box(n, 40, 40, [`Dia ${n} otsikko`], 20), ...box(n, 40, 120, [`Sisältö ${n}`]), ...box(n, 40, 5, ["LUONNOS – ei julkinen"], 9), ...box(n, 700, 425, [`${n} / 4`], 9)]);
    const d = doc(pages);
    const clean = withoutFurniture(d, readingOrder(d, rules));
    const words = clean.pages.flatMap((p) => p.words.map((w) => w.text));
    expect(words).not.toContain("LUONNOS");
    expect(words).not.toContain("/");
    expect(words).toContain("Sisältö");
    expect(d.pages[0]!.words.map((w) => w.text)).toContain("LUONNOS");
  });

  it("finds footers and slide numbers repeated at one place and leaves them out of the text", () => {
    const pages = [1, 2, 3, 4].map((n) => [...box(n, 40, 40, [`Dia ${n} otsikko`], 20), ...box(n, 40, 120, [`Sisältö ${n}`]), ...box(n, 40, 425, ["Hyvinvointialue · Strategia"], 9), ...box(n, 760, 425, [String(n + 1)], 9)]);
    const d = doc(pages);
    const order = readingOrder(d, rules);
    expect(order.every((p) => p.furniture.length === 2)).toBe(true);
    const t = texts(d);
    expect(t.some((x) => x.includes("Hyvinvointialue"))).toBe(false);
    expect(t).not.toContain("3");
    expect(t).toContain("Sisältö 2");
  });

  it("separates a footer and a slide number that share a line with body text", () => {
    // Page 3's last body line stands on the footer's baseline (words interleaved with it) and
    // ends just before the slide number: one fragment each, found by the other pages.
    const pages = [1, 2, 3, 4].map((n) => [
      ...box(n, 40, 40, [`Dia ${n} otsikko`], 20),
      ...box(n, 40, 120, [`Sisältö ${n}`]),
      ...(n === 3 ? box(n, 50, 408.2, ["alku jatkuu", "ja loppu tulee tähän aivan sivun numeron viereen asti", "loppu"]) : []),
      ...box(n, 40, 425, ["Hyvinvointialue · Strategia"], 9),
      ...box(n, 760, 425, [String(n + 1)], 9),
    ]);
    // The body line reaches the slide number (a gap narrower than a line split).
    const d = doc(pages);
    const p3 = d.pages[2]!;
    const lastBody = p3.words.filter((w) => w.text === "viereen" || w.text === "asti");
    for (const w of lastBody) [w.x0, w.x1] = [w.x0 + 385, w.x1 + 385];
    const order = readingOrder(d, rules);
    expect(order[2]!.furniture.map((f) => f.lines[0]!.text).sort()).toEqual(["4", "Hyvinvointialue · Strategia"]);
    const t = texts(d).join(" ");
    expect(t).not.toContain("Hyvinvointialue");
    expect(t).toContain("ja loppu tulee tähän aivan sivun numeron");
    expect(t).not.toMatch(/asti 4|4 asti/);
  });

  it("keeps text that repeats only on a few pages", () => {
    const pages = [1, 2, 3, 4, 5, 6].map((n) => [...box(n, 40, 120, [`Sisältö ${n}`]), ...(n <= 2 ? box(n, 40, 425, ["Lähde: tilasto"], 9) : [])]);
    expect(texts(doc(pages))).toContain("Lähde: tilasto");
  });
});

describe("Päijät-Häme timeline and titles", () => {
  const block = (x0: number, top: number, w: number, h: number, text: string): Block => ({ page: 1, x0, x1: x0 + w, top, bottom: top + h, fontSize: 10, furniture: false, lines: [{ words: [], text, x0, x1: x0 + w, top, bottom: top + h, baseline: top + h - 2, fontSize: 10 }] });
  const isWhen = (t: string) => /^(\d{4}|[A-ZÅÄÖ][a-zåäö]+kuu)/u.test(t) && t.length <= 40;
  const text = (b: Block) => b.lines.map((l) => l.text).join(" ");

  it("pairs date boxes with the text under them and orders the steps along the arrow", () => {
    // Read row by row, the dates would all come first; the right-hand step has two date boxes.
    const bs = [block(500, 50, 40, 20, "2026"), block(560, 50, 40, 20, "2029"), block(40, 50, 100, 20, "Tammikuu 2025"), block(40, 100, 100, 60, "Ensimmäinen vaihe"), block(250, 100, 100, 60, "Välivaihe ilman päivää"), block(500, 100, 100, 60, "Viimeinen vaihe")];
    expect(timelineFromBlocks(bs, isWhen, text)).toEqual([
      { when: "Tammikuu 2025", what: "Ensimmäinen vaihe" },
      { when: null, what: "Välivaihe ilman päivää" },
      { when: "2026 2029", what: "Viimeinen vaihe" },
    ]);
  });

  it("pairs a zigzag's date box with the text on its own side of the arrow, though a text across it overlaps more", () => {
    // Upper row: date 400–475 over a text at 414–560; lower row: a text at 318–466 overlaps the date more.
    const bs = [block(33, 75, 150, 10, "Tammikuu 2025"), block(29, 115, 160, 30, "Ensimmäinen vaihe"), block(401, 75, 74, 10, "Helmikuu"), block(414, 115, 146, 20, "Kolmas vaihe"), block(318, 283, 148, 10, "Toinen vaihe"), block(316, 248, 40, 10, "Maaliskuu")];
    expect(timelineFromBlocks(bs, isWhen, text)).toEqual([
      { when: "Tammikuu 2025", what: "Ensimmäinen vaihe" },
      { when: "Maaliskuu", what: "Toinen vaihe" },
      { when: "Helmikuu", what: "Kolmas vaihe" },
    ]);
  });

  it("reads a vertical timeline top to bottom, dates beside their texts", () => {
    const bs = [block(40, 200, 80, 30, "Helmikuu"), block(150, 200, 400, 30, "Toinen"), block(40, 100, 80, 30, "Tammikuu"), block(150, 100, 400, 30, "Ensin")];
    expect(timelineFromBlocks(bs, isWhen, text)).toEqual([
      { when: "Tammikuu", what: "Ensin" },
      { when: "Helmikuu", what: "Toinen" },
    ]);
  });

  it("recognizes a priorities slide titled with a part suffix (\"1/2\") and does not take the title for a main goal", () => {
    const lines = ["Priorisoidut alatavoitteet 1/2", "", "Ensimmäinen päätavoite", "• 1.1. Alatavoite yksi", "", "Toinen päätavoite", "• 2.1. Alatavoite kaksi"].map((text, i) => ({ n: i + 1, text }));
    const ph = reconstructPhStrategy(lines, rules);
    expect(ph.priorities).toEqual([
      { paatavoite: "Ensimmäinen päätavoite", alatavoitteet: [{ code: "1.1", text: "Alatavoite yksi" }] },
      { paatavoite: "Toinen päätavoite", alatavoitteet: [{ code: "2.1", text: "Alatavoite kaksi" }] },
    ]);
  });
});

describe("timeline chronology", () => {
  const stems = ["tammi", "helmi", "maalis", "huhti", "touko", "kesä", "heinä", "elo", "syys", "loka", "marras", "joulu"];
  const step = (when: string | null, what: string) => ({ when, what });

  it("sorts dated steps by their start (a day, a month with its own or the previous year, a year); undated steps keep their place", () => {
    const got = chronological([step("Syyskuu 2024", "a"), step("12.1.2025", "c"), step(null, "x"), step("Tammikuu 2025", "b"), step("Maalis-Huhtikuu", "d"), step("2026", "e")], stems);
    expect(got.map((s) => s.what)).toEqual(["a", "b", "x", "c", "d", "e"]);
  });

  it("continues into the next year when a month without a year comes earlier than the step before it", () => {
    const got = chronological([step("Lokakuu 2025", "a"), step("Joulukuu", "b"), step("Helmikuu", "c"), step("Maaliskuu 2026", "d")], stems);
    expect(got.map((s) => s.what)).toEqual(["a", "b", "c", "d"]);
  });

  it("leaves the order alone when a dated step has no date it can read", () => {
    const steps = [step("2026", "a"), step("Syksyllä", "b"), step("2025", "c")];
    expect(chronological(steps, stems)).toEqual(steps);
  });
});

describe("slide decks typeset from the gold (scripts/make-decks.ts, tuning set)", () => {
  it("Päijät-Häme with a footer and slide numbers on every page, sub-goals beside their main goals", { timeout: 120_000 }, async () => {
    const res = await extractFile("fixtures/decks/ph-t1-sans-beside-footer.pdf");
    expect(res.document.family).toBe("ph-strategy");
    const s = scorePhDeck(res.payload as PhStrategy | undefined, gold("ph-strategy-004.json"));
    expect(s["main goals exact"]).toEqual([5, 5]);
    expect(s["sub-goals with code & parent exact"]).toEqual([11, 11]);
    expect(s["success items under right heading"]![0]).toBeGreaterThanOrEqual(26);
    expect(s["timeline steps in order"]).toEqual([7, 7]);
  });

  it("Länsi-Uusimaa whose goals are text boxes over their evaluation rows", { timeout: 120_000 }, async () => {
    const res = await extractFile("fixtures/decks/lu-t2-carlito-below-plain.pdf");
    expect(res.document.family).toBe("lu-evaluation");
    const [found, fields] = scoreLu(res, gold("lu-eval-003.json"));
    expect(found!.exact).toBe(43);
    expect((res.payload as LuEvaluation).goals).toHaveLength(43);
    expect(fields!.exact / fields!.total).toBeGreaterThanOrEqual(0.99);
  });

  it("Länsi-Uusimaa with a header, 'n / N' slide numbers and boxes placed a little off their rows", { timeout: 120_000 }, async () => {
    const res = await extractFile("fixtures/decks/lu-t3-narrow-beside-header-jitter.pdf");
    const [found, fields] = scoreLu(res, gold("lu-eval-003.json"));
    expect(found!.exact).toBe(43);
    expect((res.payload as LuEvaluation).goals).toHaveLength(43);
    expect(fields!.exact / fields!.total).toBeGreaterThanOrEqual(0.99);
    expect(JSON.stringify(res.payload)).not.toMatch(/LUONNOS|\d+ \/ \d+"/);
  });

  it("debug draws the blocks in reading order and the furniture of a slide page", { timeout: 120_000 }, async () => {
    const out = mkdtempSync(join(tmpdir(), "hva-okr-slides-debug-"));
    try {
      const r = await debugPdf("fixtures/decks/ph-t1-sans-beside-footer.pdf", { page: 3, out });
      const svg = readFileSync(r.files[0]!, "utf8");
      expect((svg.match(/class="block"/g) ?? []).length).toBeGreaterThan(5);
      expect(svg).toMatch(/>#1</);
      expect(svg).toMatch(/class="furniture"/);
      expect(readFileSync(r.index, "utf8")).toMatch(/blocks in reading order/);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
