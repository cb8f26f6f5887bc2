/**
 * Text path (issue 24): a header that names no measured value prints it first under a label no
 * vocabulary has. Read as an added column, its figures open no row and the rows come apart; read as
 * the measured value's, the rows are whole. An added last column under an unknown label that is no
 * measure keeps its values. A header whose division label is unknown too, an added column between
 * it and the result area: the column right before the area is no division when its values change
 * row by row while the earlier column's run as a division's do. All names and values are invented.
 */
import { describe, expect, it } from "vitest";
import { reconstructOkrTable } from "../src/reconstruct/okr-table/text.js";
import { loadRules } from "../src/rules/load.js";
import { AREAS, DIVISIONS, KEY_RESULTS, OBJECTIVES, ROWS } from "./okr-text-invented-rows.js";

const rules = loadRules();

/** A measured value: a figure, or a figure and a word that the narrow first column wraps onto lines of their own. */
const measure = (k: number) => (k % 4 === 1 ? [`${60 + k} % lä-`, "hes"] : [`${60 + k} %`]);

/** Rows printed measured value first, the key result beside it, the objective, division and area below. */
function table(header: string): { n: number; text: string; page: number }[] {
  const texts = ROWS.flatMap((kr, k) => {
    const [m0, m1] = measure(k);
    const row = m1 ? [m0!, m1, ...kr] : [`${m0} ${kr[0]!}`, kr[1]!];
    row.push(`${OBJECTIVES[k % 3]} ${DIVISIONS[Math.floor(k / 12)]} ${AREAS[k % 3]}`);
    return k % 6 === 0 ? ["Hyvä arki", header, ...row] : row;
  });
  let page = 0;
  return texts.map((text, i) => ({ n: i + 1, text, page: text === header ? ++page : page }));
}

describe("a measured value under a label no vocabulary has, printed first", () => {
  it("is read as the measured value when the rows read so are whole", () => {
    const res = reconstructOkrTable(table("Osoitin Avaintulos Tavoite Toimiala Tulosalue"), null, rules);
    expect(res.rows).toHaveLength(ROWS.length);
    res.rows.forEach((r, k) => {
      expect(r.avaintulos).toBe(ROWS[k]!.join(" "));
      expect(r.toteuma).toBe(k % 4 === 1 ? `${60 + k} % lähes` : `${60 + k} %`);
      expect(r.tavoite).toBe(OBJECTIVES[k % 3]);
      expect(r.toimiala).toBe(DIVISIONS[Math.floor(k / 12)]);
      expect(r.tulosalue).toBe(AREAS[k % 3]);
    });
  }, 120_000);
});

const RATINGS = ["matala", "korkea", "kohtalainen"];
const ONE_LINE_KEY_RESULTS = KEY_RESULTS.map((kr) => kr.join(" "));

/**
 * Rows printed measured value first, then key result, objective (the section's heading), division
 * under an unknown label, an added rating and the result area, each cell on a line of its own.
 */
function ratedTable(header: string): { n: number; text: string; page: number }[] {
  const texts = ROWS.flatMap((_, k) => {
    const row = [`${60 + k} % ${ONE_LINE_KEY_RESULTS[k % 12]!}`, "Hyvä arki", DIVISIONS[Math.floor(k / 12)]!, RATINGS[k % 3]!, AREAS[k % 3]!];
    return k % 6 === 0 ? ["Hyvä arki", header, ...row] : row;
  });
  let page = 0;
  return texts.map((text, i) => ({ n: i + 1, text, page: text === header ? ++page : page }));
}

describe("an added column between an unknown division label and the result area", () => {
  it("is not taken for the division when its values change row by row and the earlier column's run", () => {
    const res = reconstructOkrTable(ratedTable("Mittari Avaintulos Tavoite Kokonaisuus Arvio Tulosalue"), null, rules);
    expect(res.rows).toHaveLength(ROWS.length);
    res.rows.forEach((r, k) => {
      expect(r.toimiala).toBe(DIVISIONS[Math.floor(k / 12)]);
      expect(r.extra?.["Arvio"]).toBe(RATINGS[k % 3]);
      expect(r.tulosalue).toBe(AREAS[k % 3]);
      expect(r.tavoite).toBe("Hyvä arki");
      expect(r.avaintulos).toBe(ONE_LINE_KEY_RESULTS[k % 12]);
      expect(r.toteuma).toBe(`${60 + k} %`);
    });
  }, 120_000);
});
