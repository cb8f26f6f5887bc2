/**
 * Text path (issue 24): a column under a label no vocabulary has that is empty in every row (a
 * yearly column under a new name, printed first, not yet filled in). Text shows no trace of it, and
 * the reading poured the next columns' values into it, row after row. Read again without it, the
 * rows are whole; the column stays an empty extra cell. A real column under a new label (the
 * measured values) is never read away. All names and values are invented.
 */
import { describe, expect, it } from "vitest";
import type { OkrRow } from "../src/model/okr.js";
import { joinedToNeighbour } from "../src/reconstruct/okr-table/rereadings.js";
import { reconstructOkrTable } from "../src/reconstruct/okr-table/text.js";
import { loadRules } from "../src/rules/load.js";
import { AREAS, DIVISIONS, OBJECTIVES, ROWS } from "./okr-text-invented-rows.js";

const rules = loadRules();


/**
 * Rows printed measured value first (after the empty column, if any), the objective, area and
 * division on a line below.
 */
function table(labels: string, division = "Sektori", lead: (k: number) => string = () => ""): { n: number; text: string; page: number }[] {
  const header = `${labels} Avaintulos Tavoite Tulosalue ${division}`;
  const texts = ROWS.flatMap((kr, k) => {
    const row = [`${lead(k)}${60 + k} % ${kr[0]!}`, kr[1]!, `${OBJECTIVES[k % 3]} ${AREAS[k % 3]} ${DIVISIONS[Math.floor(k / 12)]}`];
    return k % 6 === 0 ? ["Hyvä arki", header, ...row] : row;
  });
  let page = 0;
  return texts.map((text, i) => ({ n: i + 1, text, page: text === header ? ++page : page }));
}

describe("a column under an unknown label, empty in every row", () => {
  it("is read away when the rows read without it are whole", () => {
    const res = reconstructOkrTable(table("Vuosiarvio Mittari", "Toimiala"), null, rules);
    expect(res.rows).toHaveLength(ROWS.length);
    res.rows.forEach((r, k) => {
      expect(r.avaintulos).toBe(ROWS[k]!.join(" "));
      expect(r.toteuma).toBe(`${60 + k} %`);
      expect(r.tavoite).toBe(OBJECTIVES[k % 3]);
      expect(r.tulosalue).toBe(AREAS[k % 3]);
      expect(r.extra?.["Vuosiarvio"]).toBe("");
    });
  }, 60_000);

  it("keeps an outer column under an unknown label that holds values", () => {
    const owners = ["kunta ", "järjestö "];
    const res = reconstructOkrTable(table("Vastuutaho Mittari", "Toimiala", (k) => owners[k % 2]!), null, rules);
    expect(res.rows).toHaveLength(ROWS.length);
    res.rows.forEach((r, k) => {
      expect(r.avaintulos).toBe(ROWS[k]!.join(" "));
      expect(r.toteuma).toBe(`${60 + k} %`);
      expect(r.extra?.["Vastuutaho"]).toBe(owners[k % 2]!.trim());
    });
  }, 60_000);
});

describe("a column read away whose values only joined a neighbour", () => {
  const row = (line: number, toteuma: string, extra?: Record<string, string>) =>
    ({ line, toimiala: "Arkipalvelut", tulosalue: "Neuvonta", tavoite: "Palvelu paranee", avaintulos: "Jonot lyhenevät.", toteuma, ...(extra ? { extra } : {}) }) as unknown as OkrRow;
  it("is told by the neighbour's cell and the value side by side", () => {
    const first = [row(1, "72 %", { Seuraaja: "jaosto" }), row(5, "80 %", { Seuraaja: "jaosto" })];
    expect(joinedToNeighbour(first, [row(1, "72 % jaosto"), row(5, "80 % jaosto")], "Seuraaja")).toBe(true);
    expect(joinedToNeighbour(first, [row(1, "72 %"), row(5, "80 %")], "Seuraaja")).toBe(false);
  });
});
