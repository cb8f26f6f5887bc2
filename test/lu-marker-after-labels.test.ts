import { describe, expect, it } from "vitest";
import { loadRules } from "../src/rules/load.js";
import { reconstructLuEvaluation } from "../src/reconstruct/lu-evaluation/text.js";
import type { SourceLine } from "../src/model/source.js";

const lines = (texts: string[]): SourceLine[] => texts.map((text, i) => ({ n: i + 1, text, page: 1 }));
const slide = (title: string[], goal: string, markerAfterLabels: boolean): string[] => {
  const labels = ["Tavoite", "", "Tavoite", "saavutettu?", "", "Arviointi (1-5) Sanallinen arviointi (tiivistelmä)", ""];
  const head = markerAfterLabels ? [...title, "", ...labels, "HYVINVOINTIALUESTRATEGIA", ""] : [...title, "", "HYVINVOINTIALUESTRATEGIA", "", ...labels];
  return [...head, goal, "", "KYLLÄ 4", "", "Arvio tavoitteen toteutumisesta.", "", "", ""];
};

describe("Länsi-Uusimaa slides whose strategy marker is read after the column labels", () => {
  it("keeps the labels with the marker's slide and the wrapped title above them", { timeout: 10_000 }, () => {
    const text = [
      ...slide(["Strateginen linjaus: Ensimmäinen linjaus 1/2"], "Ensimmäinen tavoite toteutuu.", false),
      // A title wrapped onto a second line with its part, down to the marker's height.
      ...slide(["Strateginen linjaus: Ensimmäinen linjaus, jonka nimi on", "pitkä 2/2"], "Toinen tavoite toteutuu.", true),
    ];
    const res = reconstructLuEvaluation(lines(text), loadRules());
    expect(res.goals.map((g) => g.tavoite)).toEqual(["Ensimmäinen tavoite toteutuu.", "Toinen tavoite toteutuu."]);
    expect(res.goals[1]!.linjaus).toBe("Ensimmäinen linjaus, jonka nimi on pitkä");
  });
});
