/**
 * Narrow columns set by TeX: a name wider than its column runs past the column's edge into the
 * next column's first word. The reader joins the two when no space parts them ("AlueKivikko"), or
 * the name overlaps the next word; a long label wraps over many lines, a year on a line of its own.
 */
import { describe, expect, it } from "vitest";
import { extractPdf } from "../src/pipeline/extract.js";
import { findHeaderRows, labelKeys } from "../src/reconstruct/okr-table/header.js";
import { splitAtColumnEdges, splitGluedLabelWords } from "../src/reconstruct/okr-table/glued-words.js";
import { loadRules } from "../src/rules/load.js";
import type { PdfPage, PdfText, Word } from "../src/model/pdf.js";
import { line, word } from "./synthetic-words.js";

const FS = 8;
/** Column starts: division, result area, objective, key result, measure, yearly. */
const XS = [40, 100, 160, 260, 400, 470];

/** One word from `x0` to `x1` (a glued or overrunning word is wider than its letters alone). */
function wide(text: string, x0: number, x1: number, baseline: number): Word {
  return { ...word(text, x0, baseline, FS), x1 };
}

function headerWords(): Word[] {
  return [
    // "Toimialue/palvelualue" is wider than its column and meets "Tulosyksikkö" with no space.
    wide("Toimialue/palvelualueTulosyksikkö", 40, 148, 70),
    ...line("Strateginen tavoite", XS[2]!, 70, FS),
    ...line("Avaintulokset", XS[3]!, 70, FS),
    ...line("Mittari", XS[4]!, 70, FS),
    ...line("Toteutuminen", XS[5]!, 70, FS),
    ...line("vuositasolla", XS[5]!, 80, FS),
    ...line("2026", XS[5]!, 90, FS),
  ];
}

function row(y: number, first: Word[], rest: string[]): Word[] {
  return [...first, ...rest.flatMap((t, i) => (t ? line(t, XS[i + 2]!, y, FS) : []))];
}

function page(): PdfPage {
  const words: Word[] = [...line("Metsän polku", 40, 40, FS).map((w) => ({ ...w, fontSize: 10 })), ...headerWords()];
  // A division and a result area read as one word ("LintualaKivikko").
  words.push(...row(110, [wide("LintualaKivikko", 40, 128, 110)], ["Vesi kirkastuu", "Puro virtaa", "12 %", "hyvä"]));
  // A division name overlapping the result area's first word.
  words.push(...row(130, [wide("Kalaniemenseutu", 40, 116, 130), ...line("Jäkälä", 100, 130, FS)], ["Metsä kasvaa", "Tikka koputtaa", "3 kpl", "kesken"]));
  words.push(...row(150, [...line("Lintuala", 40, 150, FS), ...line("Ruovikko", 100, 150, FS)], ["Vesi kirkastuu", "Sorsat lentävät", "5 %", "hyvä"]));
  return { number: 1, width: 595, height: 842, words, rulings: [] };
}

describe("narrow columns whose names run past their edge", () => {
  const rules = loadRules();

  it("reads a header whose labels meet with no space, a year wrapped off the last label", () => {
    const p = splitGluedLabelWords(page(), labelKeys(rules.okrTable), rules.okrTable.pdf.minLabelPrefixChars);
    const rows = findHeaderRows(p, rules.okrTable);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.labels.map((l) => l.field)).toEqual(["toimiala", "tulosalue", "tavoite", "avaintulos", "toteuma", "vuositaso"]);
    expect(rows[0]!.labels.at(-1)!.words.map((w) => w.text)).toContain("2026");
  }, 30_000);

  it("takes a label set right after a wrapped label's first line, with no space, for the next column's", () => {
    const words = page().words.filter((w) => w.baseline < 100);
    // "Toteutuminen" (470–518) wider than its column; the added column's "Vastuutaho" starts where it ends.
    words.push(word("Vastuutaho", 518, 70, FS));
    const p = splitGluedLabelWords({ number: 1, width: 595, height: 842, words: [...words, ...page().words.filter((w) => w.baseline >= 100)], rulings: [] }, labelKeys(rules.okrTable), rules.okrTable.pdf.minLabelPrefixChars);
    const rows = findHeaderRows(p, rules.okrTable);
    expect(rows[0]!.labels.map((l) => l.field)).toEqual(["toimiala", "tulosalue", "tavoite", "avaintulos", "toteuma", "vuositaso", "extra:Vastuutaho"]);
  }, 30_000);

  it("splits a body word at the seam where it crosses a column edge, and only there", () => {
    const [a, b] = splitAtColumnEdges([wide("LintualaKivikko", 40, 128, 110)], [99]);
    expect([a!.text, b!.text]).toEqual(["Lintuala", "Kivikko"]);
    expect(a!.x1).toBeLessThan(99);
    expect(b!.x0).toBeGreaterThan(99);
    // A name with a capital inside that stays within its column is left whole.
    expect(splitAtColumnEdges([wide("OmaKivikko", 110, 150, 110)], [99]).map((w) => w.text)).toEqual(["OmaKivikko"]);
  });

  it("splits a name run far past its column's edge over the next cell's first word, telling the seam from the run's end", () => {
    // A 31-letter name (40–164) overprints the next cell's 18-letter word (100–172): the reader's run spans
    // 40–172, so by letter share the seam would lie at 123.5, three type sizes and more right of the edge;
    // the next word ends where the run ends, and the page's other words tell a letter's width (4 pt).
    const glued = wide("MetsänhoitoyhdistyskeskusliittoKivikkoniemenranta", 40, 172, 110);
    const others = [...line("Puro virtaa kohti järveä", 260, 110, FS), ...line("Tikka koputtaa", 260, 120, FS)];
    const out = splitAtColumnEdges([glued, ...others], [99, 250]);
    expect(out.slice(0, 2).map((w) => w.text)).toEqual(["Metsänhoitoyhdistyskeskusliitto", "Kivikkoniemenranta"]);
    expect(out[0]!.x1).toBeLessThan(99);
    expect(out[1]!.x0).toBeGreaterThan(99);
  });

  it("gives each cell its own text", () => {
    const doc: PdfText = { path: "glued.pdf", sha256: "0".repeat(64), bytes: 1, pageCount: 1, pages: [page()] };
    const res = extractPdf(doc, { region: "kanta-hame" });
    expect(res.rows.map((r) => [r.toimiala, r.tulosalue, r.avaintulos])).toEqual([
      ["Lintuala", "Kivikko", "Puro virtaa"],
      ["Kalaniemenseutu", "Jäkälä", "Tikka koputtaa"],
      ["Lintuala", "Ruovikko", "Sorsat lentävät"],
    ]);
  }, 60_000);
});
