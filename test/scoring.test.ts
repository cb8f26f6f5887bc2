/** List families are scored by matching gold items to output items, not by position. */
import { describe, expect, it } from "vitest";
import { listScore, pairedFieldScore } from "../src/eval/measures.js";

const goals = [
  { tavoite: "Asiakaskokemus paranee", score: 4 },
  { tavoite: "Henkilöstön saatavuus turvataan", score: 3 },
  { tavoite: "Talous tasapainossa vuoteen 2026", score: 2 },
];

describe("list scoring", () => {
  it("a missing item costs one item, not every later one", () => {
    const s = listScore("items", ["a", "b", "c", "d"], ["a", "c", "d"]);
    expect(s).toMatchObject({ exact: 3, total: 4, precision: 1, recall: 0.75 });
  });

  it("counts extra output items against precision", () => {
    const s = listScore("items", ["a", "b"], ["a", "b", "x", "y"]);
    expect(s).toMatchObject({ exact: 2, total: 2, precision: 0.5, recall: 1 });
  });

  it("pairs goals by their text, so a dropped goal leaves the others' fields exact", () => {
    const s = pairedFieldScore("goal", goals, [goals[0]!, goals[2]!], ["tavoite", "score"], (g, x) => (g.tavoite === x.tavoite ? 1 : 0));
    expect(s.found).toMatchObject({ exact: 2, total: 3, recall: 2 / 3, precision: 1 });
    expect(s.fields).toMatchObject({ exact: 4, total: 6 });
  });

  it("counts the fields of an extra goal as errors", () => {
    const s = pairedFieldScore("goal", goals, [...goals, { tavoite: "Ylimääräinen", score: 1 }], ["tavoite", "score"], (g, x) => (g.tavoite === x.tavoite ? 1 : 0));
    expect(s.found).toMatchObject({ exact: 3, precision: 0.75, recall: 1 });
    expect(s.fields).toMatchObject({ exact: 6, total: 8 });
  });
});
