/** List families are scored by matching gold items to output items, not by position. */
import { describe, expect, it } from "vitest";
import { listScore, orderedListScore, pairedFieldScore } from "../src/eval/measures.js";
import { scorePhLists } from "../src/families/ph-strategy/score.js";

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

  it("scores a list in order: a step out of place or missing costs itself, extras cost precision", () => {
    expect(orderedListScore("steps", ["a", "b", "c", "d"], ["a", "c", "b", "d"])).toMatchObject({ exact: 3, total: 4, recall: 0.75, precision: 0.75 });
    expect(orderedListScore("steps", ["a", "b", "c"], ["a", "x", "b", "c"])).toMatchObject({ exact: 3, recall: 1, precision: 0.75 });
    expect(orderedListScore("steps", ["a", "b"], [])).toMatchObject({ exact: 0, recall: 0, precision: 1 });
  });

  it("counts a sub-goal under the wrong main goal, and a timeline out of order, as wrong", () => {
    const gold = {
      priorities: [
        { paatavoite: "A", alatavoitteet: [{ code: "1.1", text: "a" }] },
        { paatavoite: "B", alatavoitteet: [{ code: "2.1", text: "b" }] },
      ],
      successes: [],
      timeline: [
        { when: "2025", what: "eka" },
        { when: null, what: "toka" },
      ],
    };
    const got = { ...gold, priorities: [{ paatavoite: "A", alatavoitteet: [{ code: "1.1", text: "a" }, { code: "2.1", text: "b" }] }, { paatavoite: "B", alatavoitteet: [] }], timeline: [gold.timeline[1]!, gold.timeline[0]!] };
    const s = Object.fromEntries(scorePhLists(got, gold).map((x) => [x.measure, x]));
    expect(s["sub-goals with code & parent exact"]).toMatchObject({ exact: 1, total: 2, precision: 0.5 });
    expect(s["timeline steps in order"]).toMatchObject({ exact: 1, total: 2 });
    expect(scorePhLists(gold, gold).every((x) => x.exact === x.total)).toBe(true);
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
