/**
 * Reading order: a goal box overfilled past its frame, its last line hanging beside the first line
 * of the evaluation row under it, leaves no empty strip to cut at; the row's cells (status, score,
 * assessment) are still read left to right after the box (issue 25, stacked evaluation slides).
 */
import { describe, expect, it } from "vitest";
import type { PdfText, Ruling, Word } from "../src/model/pdf.js";
import { loadRules } from "../src/rules/load.js";
import { paragraphs as readParagraphs, syntheticDoc } from "./reading-helpers.js";

const rules = loadRules();
const SIZE = 9;

/** Words of one line at (x, top), 0.5 em per character. */
function line(x: number, top: number, text: string, size = SIZE): Word[] {
  const baseline = top + size * 0.8;
  let cx = x;
  return text.split(" ").map((t) => {
    const w = { page: 1, text: t, x0: cx, x1: cx + t.length * size * 0.5, top, bottom: top + size, baseline, fontSize: size, fontName: "f" };
    cx += (t.length + 1) * size * 0.5;
    return w;
  });
}
function rect(x0: number, top: number, x1: number, bottom: number): Ruling[] {
  return [
    { page: 1, orientation: "h", x0, x1, y0: top, y1: top },
    { page: 1, orientation: "h", x0, x1, y0: bottom, y1: bottom },
    { page: 1, orientation: "v", x0, x1: x0, y0: top, y1: bottom },
    { page: 1, orientation: "v", x0: x1, x1, y0: top, y1: bottom },
  ];
}

const GOAL = "Kehitämme kylien palveluverkkoa yhdessä asukkaiden kanssa.";
const BULLETS = [
  "• Kartoitamme kylien tarpeet vuosittain.",
  "• Avaamme kaksi uutta lähipistettä saariston alueelle ja seuraamme niiden käyttöä.",
  "• Liikkuva palveluauto kiertää kaikki kylät kerran kuukaudessa.",
  "• Asukasraadit kokoontuvat neljästi vuodessa ja niiden ehdotukset käsitellään lautakunnassa.",
  "• Viimeinen tavoite on niin pitkä että se valuu laatikon reunan yli alas arviointirivin vierelle ja jatkuu pitkälle.",
];
const ASSESSMENT = [
  "Lähipisteistä toinen avattiin syksyllä ja toinen siirtyi seuraavalle",
  "vuodelle. Palveluauto on kiertänyt suunnitelman mukaisesti ja sen",
  "käyttäjämäärät ovat kasvaneet tasaisesti koko kauden ajan.",
];

/**
 * A stacked goal slide: labels, the goal box (objective and bullets 15.9 pt apart), its last bullet
 * hanging 7 pt above the assessment's first line and reaching across its column; status and score
 * a few points lower than the assessment (placed by hand). `frame`: the box's edge drawn above the
 * hanging line.
 */
function slide(frame: boolean): PdfText {
  const words: Word[] = [
    ...line(36, 96, "Tavoite", 7),
    ...line(214, 94, "Toteutuiko?", 7),
    ...line(310, 92, "Arvio", 7),
    ...line(400, 94, "Sanallinen arvio", 7),
    ...line(36, 131.5, GOAL),
    ...BULLETS.flatMap((b, i) => line(36, 147.4 + i * 15.9, b)),
    ...ASSESSMENT.flatMap((a, i) => line(400, 218.4 + i * 10.2, a)),
    ...line(214, 223.6, "OSITTAIN"),
    ...line(311, 223.6, "2"),
  ];
  const rulings = frame ? rect(30, 126, 520, 207.5) : [];
  return syntheticDoc([words], { rulings: [rulings], width: 792, height: 445 });
}
const paragraphs = (d: PdfText) => readParagraphs(d, rules);

describe("an overfilled box hanging into the row under it", () => {
  it("is read before the row, whose cells are read left to right", { timeout: 30_000 }, () => {
    const ps = paragraphs(slide(false));
    const last = ps.indexOf(BULLETS[4]!);
    const status = ps.findIndex((p) => p.startsWith("OSITTAIN"));
    const assessment = ps.findIndex((p) => p.startsWith("Lähipisteistä"));
    expect(last).toBeGreaterThan(ps.indexOf(GOAL));
    expect(ps[status]).toBe("OSITTAIN 2");
    expect(last).toBeLessThan(status);
    expect(status).toBeLessThan(assessment);
  });

  it("keeps that order when the box's drawn edge cuts the hanging line off", { timeout: 30_000 }, () => {
    const ps = paragraphs(slide(true));
    const last = ps.indexOf(BULLETS[4]!);
    const status = ps.findIndex((p) => p.startsWith("OSITTAIN"));
    const assessment = ps.findIndex((p) => p.startsWith("Lähipisteistä"));
    expect(last).toBeGreaterThan(ps.indexOf(BULLETS[3]!));
    expect(ps[status]).toBe("OSITTAIN 2");
    expect(last).toBeLessThan(status);
    expect(status).toBeLessThan(assessment);
  });
});
