import { describe, expect, it } from "vitest";
import { consumeLabels } from "../src/text/paragraphs.js";
import type { SourceLine } from "../src/model/source.js";

const lines = (...texts: string[]): SourceLine[] => texts.map((text, i) => ({ n: i + 1, text, page: 1 }));
const labels = ["Tavoite", "Tavoite saavutettu?", "Arviointi (1-5)", "Sanallinen arviointi (tiivistelmä)"].map((text) => ({ text }));

describe("consumeLabels", () => {
  it("reads labels in order", { timeout: 10_000 }, () => {
    expect(consumeLabels(lines("Tavoite", "Tavoite", "saavutettu?", "Arviointi (1-5)", "Sanallinen arviointi (tiivistelmä)", "Goal text"), 0, labels)).toBe(5);
  });
  it("reads labels whose side-by-side boxes were joined into one line (a wrapped label's rest after its neighbour)", { timeout: 10_000 }, () => {
    const ls = lines("Tavoite", "", "Tavoite", "saavutettu?", "", "Arviointi (1- Sanallinen arviointi (tiivistelmä)", "5)", "", "Vuoden 2023 aikana laadittavan");
    expect(consumeLabels(ls, 0, labels)).toBe(7);
  });
  it("does not take text that holds other letters for labels", { timeout: 10_000 }, () => {
    expect(consumeLabels(lines("Tavoite", "Tavoite saavutettu?", "Arviointi (1-6) Sanallinen arviointi", "(tiivistelmä)"), 0, labels)).toBe(-1);
    expect(consumeLabels(lines("Tavoite", "Tavoite saavutettu?", "Arviointi"), 0, labels)).toBe(-1);
  });
});
