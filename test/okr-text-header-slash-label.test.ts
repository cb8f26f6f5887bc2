/**
 * Text path header (issue 24, helper txthead3): a first label that joins two names with a slash
 * ("Toimiala/vastuualue"), wrapped at a hyphen or after the slash in a narrow column under an added
 * first column, so that the header's first line shows the added label and a label's first part only.
 * The column is one column, whatever the names' fields; a column named by another field's name too
 * is the field no other column names. Inputs are invented.
 */
import { describe, expect, it } from "vitest";
import { loadRules } from "../src/rules/load.js";
import { findTextHeaders } from "../src/reconstruct/okr-table/text-header.js";
import type { SourceLine } from "../src/model/source.js";

const rules = loadRules();
const toLines = (text: string): SourceLine[] => text.split("\n").map((t, i) => ({ n: i + 1, text: t, page: 1 }));
const REST = "Tulosyksikkö Tavoitteet Avaintulos Mittari Toteutumi-\nnen vuosi-\ntasolla\nkokeilu Kotihoito Neuvonta Arki sujuu Käynnit toteutuvat. 90 %";
const WANT = ["extra:Vaihe", "toimiala", "tulosalue", "tavoite", "avaintulos", "toteuma", "vuositaso"];

describe("text header: a slash label wrapped in a narrow first column", () => {
  it("reads a label wrapped at a hyphen after the slash as one column", () => {
    const h = findTextHeaders(toLines(`Arki sujuu\nVaihe Toimiala/vas-\ntuualue\n${REST}`), rules.okrTable);
    expect(h.map((x) => [x.start, x.end])).toEqual([[1, 5]]);
    expect(h[0]!.columns).toEqual(WANT);
  }, 30_000);

  it("gives a column named by a result area's name and a division's the field no other column names", () => {
    const h = findTextHeaders(toLines(`Arki sujuu\nVaihe Vastuualue/\ntoimiala\n${REST}`), rules.okrTable);
    expect(h[0]!.columns).toEqual(WANT);
  }, 30_000);

  it("reads a first line of no label, an unknown name wrapped before the slash and the label after it", () => {
    const h = findTextHeaders(toLines(`Arki sujuu\nVaihe Palvelukoko-\nnaisuus/toi-\nmiala\n${REST}`), rules.okrTable);
    expect(h.map((x) => [x.start, x.end])).toEqual([[1, 6]]);
    expect(h[0]!.columns).toEqual(WANT);
  }, 30_000);

  it("still takes no heading that ends in a wrap hyphen for the header's first line", () => {
    const h = findTextHeaders(toLines(`Arki sujuu ja palve-\nlut toimivat\nToimiala Tulosalue Tavoite Avaintulos Mittari\nKotihoito Neuvonta Arki sujuu Käynnit toteutuvat. 90 %`), rules.okrTable);
    expect(h.map((x) => [x.start, x.end])).toEqual([[2, 2]]);
  }, 30_000);
});
