/**
 * Text path (issue 24): columns under header labels no vocabulary has. Two unknown labels side by
 * side are two columns (each label opens with a capital), an unknown column right before the result
 * area's is the division's also after an added first column. Inputs are invented.
 */
import { describe, expect, it } from "vitest";
import { loadRules } from "../src/rules/load.js";
import { findTextHeaders } from "../src/reconstruct/okr-table/text-header.js";
import type { SourceLine } from "../src/model/source.js";

const rules = loadRules();
const toLines = (text: string, page = 1): SourceLine[] => text.split("\n").map((t, i) => ({ n: i + 1, text: t, page }));
const columnsOf = (text: string) => findTextHeaders(toLines(text), rules.okrTable)[0]?.columns;

describe("text header: unknown labels side by side", () => {
  it("reads two unknown labels next to each other as two columns, each opening with a capital", () => {
    expect(columnsOf("Otsikko\nToimiala Tulosalue Painotus Riskitaso Avaintulos Mittari\nAlfa Beeta")).toEqual(
      ["toimiala", "tulosalue", "extra:Painotus", "extra:Riskitaso", "avaintulos", "toteuma"],
    );
  }, 30_000);

  it("keeps an unknown label's small-letter words and a wrapped word in one column", () => {
    expect(columnsOf("Otsikko\nToimiala Tulosalue Tavoite Vastuuhenkilön nimike Avaintulos Mittari\nAlfa Beeta")).toEqual(
      ["toimiala", "tulosalue", "tavoite", "extra:Vastuuhenkilön nimike", "avaintulos", "toteuma"],
    );
    expect(columnsOf("Otsikko\nToimiala Tulosalue Tavoite Kustan- nusarvio Avaintulos Mittari\nAlfa Beeta")).toEqual(
      ["toimiala", "tulosalue", "tavoite", "extra:Kustannusarvio", "avaintulos", "toteuma"],
    );
  }, 30_000);

  it("reads the unknown column right before the result area as the division, after an added first column too", () => {
    expect(columnsOf("Otsikko\nKoodi Osasto Tulosalue Tavoite Avaintulos Mittari\nAlfa Beeta")).toEqual(
      ["extra:Koodi", "toimiala", "tulosalue", "tavoite", "avaintulos", "toteuma"],
    );
  }, 30_000);
});
