/**
 * Text path (issue 24): an objective printed first. Each objective leads a few rows, so most open
 * one page top only; the one that opens two is the only seed of the first column seen twice under
 * a header, and its other rows follow pages led by objectives not yet taken: they show no row's
 * ending seen twice, and nothing more was learnt (a row start at the seed's lines only). Every
 * recurring first word seen under a header is then a seed, and their rows show how a row ends.
 * Rows and words are invented.
 */
import { describe, expect, it } from "vitest";
import { findRowStarts } from "../src/reconstruct/okr-table/row-starts.js";
import { bodyOf } from "./okr-text-body.js";

const row = (objective: string, k: number) => [`${objective} paranee Kotihoito Neuvonta`, `Mittari ${k + 1} toteutuu vuoden aikana.`, `${60 + k} %`];

describe("an objective first whose values seldom open two page tops", () => {
  it("starts a row at every objective, not only at the one seen under two headers", () => {
    // Pages: [Sujuva Sujuva Alfa Alfa] [Beeta Beeta Sujuva] [Sujuva Gamma Gamma] [Delta Delta Sujuva].
    const pages = [["Sujuva", "Sujuva", "Alfa", "Alfa"], ["Beeta", "Beeta", "Sujuva"], ["Sujuva", "Gamma", "Gamma"], ["Delta", "Delta", "Sujuva"]];
    const tops: number[] = [];
    const rows: string[][] = [];
    for (const page of pages) {
      tops.push(rows.length);
      for (const objective of page) rows.push(row(objective, rows.length));
    }
    const { body, starts } = bodyOf(rows, tops);
    expect(findRowStarts(body, []).map((s) => s.at)).toEqual(starts);
  }, 30_000);
});
