/**
 * Text path (issue 24): a division of many words wrapped over lines of its own in a narrow column
 * ("Alfalaakson ko-" / "tona asumisen ja" / "arjen tuen palve-" / "lut"), printed after the key
 * result and before the result area, whose first line the objective's shares. Its lines that open in
 * lower case stand, wherever the division recurs, after the same words, which no other line ends
 * with before other text (`boundLines`): they are the name's wrapped rest, and their words are not
 * over a name's word limit, so the division is no longer cut after a line or two with its rest
 * given to the next cell. All names and sentences are invented.
 */
import { describe, expect, it } from "vitest";
import { loadRules } from "../src/rules/load.js";
import { reconstructOkrTable } from "../src/reconstruct/okr-table/text.js";
import { boundLines } from "../src/reconstruct/okr-table/segment.js";

const rules = loadRules();
const numbered = (texts: string[]) => texts.map((text, i) => ({ n: i + 1, text }));

const LONG = ["Alfalaakson ko-", "tona asumisen ja", "arjen tuen palve-", "lut"];
const LONG_NAME = "Alfalaakson kotona asumisen ja arjen tuen palvelut";
/** Area, its objective (two lines), for the long division; then a short division's rows. */
const AREAS: [string, string, string][] = [
  ["Kotiapu", "Asukas saa avun", "kotiinsa ajoissa"],
  ["Asumistuki", "Asuminen on turvallista", "ja esteetöntä"],
  ["Ohjaus", "Neuvonta löytyy helposti", "yhdestä paikasta"],
];
const VERBS = ["kasvaa", "vähenee", "paranee"];

function rows(): { lines: string[]; want: string[] }[] {
  const out: { lines: string[]; want: string[] }[] = [];
  let n = 0;
  for (const [area, o1, o2] of AREAS) {
    for (let k = 0; k < 3; k++, n++) {
      const key = `Palvelun tulos numero ${n + 1} ${VERBS[k]} selvästi.`;
      out.push({ lines: [key, ...LONG, `${area} ${o1}`, o2, `${40 + n} %`], want: [LONG_NAME, area, `${o1} ${o2}`, key] });
    }
  }
  for (let k = 0; k < 3; k++, n++) {
    const key = `Palvelun tulos numero ${n + 1} ${VERBS[k]} selvästi.`;
    out.push({ lines: [`${key} Beetapalvelut Hallinto Talous pysyy`, "tasapainossa", `${40 + n} %`], want: ["Beetapalvelut", "Hallinto", "Talous pysyy tasapainossa", key] });
  }
  return out;
}

describe("a long division wrapped over lines of its own", () => {
  it("finds the lower-case lines that always follow the same words, and no line after a word that ends other lines too", () => {
    const rowLines = (texts: string[][]) => texts.map((r) => numbered(r).map((l) => ({ ...l, blankBefore: false })));
    const bound = boundLines(rowLines(rows().map((r) => r.lines)));
    // The division's rest, "lut" after its "palve-", and the objectives' second lines.
    expect([...bound.keys()].sort()).toEqual(["arjen tuen palve-", "ja esteetöntä", "kotiinsa ajoissa", "lut", "tasapainossa", "tona asumisen ja", "yhdestä paikasta"]);
    expect(bound.get("tona asumisen ja")).toBe(9);
    // After words other lines end with too, before other text, a line is no name's rest.
    const common = [["Alfa on valmis", "kesken vielä"], ["Beeta on valmis", "kesken vielä"], ["Gamma on valmis", "kesken vielä"], ["Delta on valmis", "osin tehty"]];
    expect(boundLines(rowLines(common)).has("kesken vielä")).toBe(false);
    expect(boundLines(rowLines(common.slice(0, 3))).get("kesken vielä")).toBe(3);
  }, 30_000);

  it("keeps the division whole and the area and objective after it", () => {
    const header = ["Avaintulos Toimiala Tulosalue Tavoite Mittari"];
    const res = reconstructOkrTable(numbered(["Hyvä arki kaikille", ...header, ...rows().flatMap((r) => r.lines)]), null, rules);
    expect(res.rows.map((r) => [r.toimiala, r.tulosalue, r.tavoite, r.avaintulos])).toEqual(rows().map((r) => r.want));
  }, 60_000);
});
