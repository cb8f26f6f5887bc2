/**
 * Text path rows (issue 24): a key result printed before its objective ends its sentence
 * ("… loppuun mennessä.") mid-row, and the objective's first word recurs. A sentence ending that a
 * few rows end in, but many more lines end in mid-row, must not make that objective a row start.
 * Inputs are invented.
 */
import { describe, expect, it } from "vitest";
import { findRowStarts, type BodyLine } from "../src/reconstruct/okr-table/row-starts.js";

const row = (div: string, value: string): string[] => [`${div} Kotihoito Käynnit kasvavat vuoden loppuun mennessä.`, "Kiireetön hoito ohjaa työtä", value];

describe("row starts after a key result's sentence end", () => {
  it("does not start rows at an objective's recurring first word after a sentence ending mostly mid-row", () => {
    const page1 = [row("Alfa", "90 %"), row("Alfa", "Valmis kesään mennessä."), row("Beeta", "80 %"), row("Beeta", "Valmis syksyyn mennessä.")];
    const page2 = [row("Beeta", "70 %"), row("Alfa", "Valmis talveen mennessä."), row("Alfa", "50 %"), row("Beeta", "40 %"), row("Alfa", "30 %")];
    const body: BodyLine[] = [];
    for (const page of [page1, page2]) page.flat().forEach((text, k) => body.push({ text, underHeader: k === 0, cells: 5 } as BodyLine));
    const starts = findRowStarts(body, []).map((s) => s.at);
    expect(starts).toEqual(Array.from({ length: 9 }, (_, r) => r * 3));
  }, 30_000);
});
