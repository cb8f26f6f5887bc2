/**
 * Text path header on one line of labels the rules mostly do not know (an added column among them):
 * too few known labels to tell it by its words, so it is taken by its shape (a row of labels) and the
 * rows under it (a figure within a few lines); a sentence naming labels, or a row of capitalized
 * words with no rows under it, is no header. Also such labels wrapped over many lines in narrow
 * columns (a year wrapped off a label), and labels broken into Chromium's soft-hyphen syllables a
 * line each. Inputs are invented.
 */
import { describe, expect, it } from "vitest";
import { loadRules } from "../src/rules/load.js";
import { findTextHeaders } from "../src/reconstruct/okr-table/text-header.js";
import { joinSoftHyphenLines } from "../src/reconstruct/okr-table/text.js";
import { detectOkrTable } from "../src/families/okr-table/detect.js";
import type { SourceLine } from "../src/model/source.js";

const rules = loadRules();
const toLines = (text: string): SourceLine[] => text.split("\n").map((t, i) => ({ n: i + 1, text: t, page: 1 }));

const ROWS = ["Metsäpiiri Ylänkö Polut kuntoon Reitit merkitään selvästi.", "80 % MK-1", "Metsäpiiri Ylänkö Polut kuntoon Sillat korjataan.", "3 kpl MK-2"];

describe("text header, one line of mostly unknown labels", () => {
  it("reads a line of labels with two known ones, confirmed by the rows under it", () => {
    const h = findTextHeaders(toLines(["Retket sujuvat", "Piiri Tulosalue Suunta Etappi Toteuma Kausiarvio Seurantakoodi", ...ROWS].join("\n")), rules.okrTable);
    expect(h).toHaveLength(1);
    expect(h[0]!.start).toBe(1);
    expect(h[0]!.end).toBe(1);
    expect(h[0]!.columns).toEqual(["toimiala", "tulosalue", "extra:Suunta", "extra:Etappi", "toteuma", "extra:Kausiarvio", "extra:Seurantakoodi"]);
  }, 30_000);

  it("keeps a label of two words one column (a small-letter word goes on with the label)", () => {
    const h = findTextHeaders(toLines(["Retket sujuvat", "Piiri Tulosalue Suunta Etappi Toteuma Kauden arvio", ...ROWS].join("\n")), rules.okrTable);
    expect(h[0]!.columns).toEqual(["toimiala", "tulosalue", "extra:Suunta", "extra:Etappi", "toteuma", "extra:Kauden arvio"]);
  }, 30_000);

  it("takes no sentence that names labels for a header", () => {
    const prose = ["Tulosalue ja toteuma kasvavat kaikissa piireissä tasaisesti", "Tulosalue, Toteuma, Suunta, Etappi ja Piiri kuvataan alla.", ...ROWS].join("\n");
    expect(findTextHeaders(toLines(prose), rules.okrTable)).toEqual([]);
  }, 30_000);

  it("takes no row of capitalized words without rows under it", () => {
    const list = ["Piiri Tulosalue Suunta Etappi Toteuma Kausiarvio", "Metsäpiiri Ylänkö", "Polut kuntoon", "Reitit merkitään selvästi"].join("\n");
    expect(findTextHeaders(toLines(list), rules.okrTable)).toEqual([]);
  }, 30_000);
});

describe("text header, labels wrapped over many lines in narrow columns", () => {
  it("reads mostly unknown labels wrapped over lines, a narrow first label on lines of its own", () => {
    const text = ["Retket sujuvat", "Hallin-", "topiiri", "Tulosalue Suunta Etappi Toteuma Kausiar-", "vio 2026", ...ROWS].join("\n");
    const h = findTextHeaders(toLines(text), rules.okrTable);
    expect(h).toHaveLength(1);
    expect([h[0]!.start, h[0]!.end]).toEqual([1, 4]);
    expect(h[0]!.columns).toEqual(["toimiala", "tulosalue", "extra:Suunta", "extra:Etappi", "toteuma", "extra:Kausiarvio 2026"]);
  }, 30_000);

  it("takes a year wrapped off a known label as that label's end, not a column or a row", () => {
    const text = ["Retket sujuvat", "Toimiala Tulosalue Tavoite Avaintulos Mittari Toteutu-", "minen", "vuosi-", "tasolla", "2026", ...ROWS].join("\n");
    const h = findTextHeaders(toLines(text), rules.okrTable);
    expect([h[0]!.start, h[0]!.end]).toEqual([1, 5]);
    expect(h[0]!.columns).toEqual(["toimiala", "tulosalue", "tavoite", "avaintulos", "toteuma", "vuositaso"]);
  }, 30_000);
});

describe("text header, Chromium's soft-hyphen syllables a line each", () => {
  // Each soft hyphen ends a line; where the label did break, a drawn hyphen stands on a line of its own.
  const SYL = ["Retket sujuvat", "Hal\u00ad", "-", "lin\u00ad", "to\u00ad", "pii\u00ad", "ri Tu\u00ad", "los\u00ad", "alue Ta\u00ad", "voi\u00ad", "te Avain\u00ad", "tu\u00ad", "los Mit\u00ad", "ta\u00ad", "ri"];
  const text = [...SYL, ...ROWS].join("\n");

  it("finds the header with an unknown first label broken into syllables", () => {
    const h = findTextHeaders(joinSoftHyphenLines(toLines(text)).lines, rules.okrTable);
    expect(h).toHaveLength(1);
    expect(h[0]!.start).toBe(1);
    expect(h[0]!.columns).toEqual(["toimiala", "tulosalue", "tavoite", "avaintulos", "toteuma"]);
  }, 30_000);

  it("detects the table from the lines as extracted", () => {
    expect(detectOkrTable(toLines(text), rules, { pdf: false })).not.toBeNull();
  }, 30_000);
});
