/**
 * Text path (issue 24): an added FIRST column (a date now and then, a code), in a header whose
 * objective (or key result) stands under a label no rule has. The unknown column in the missing
 * field's usual place holds the sentences; the first one is an added column, so its rows are found
 * as an added first column's (lead phrases, recurring values). Labels are invented.
 */
import { describe, expect, it } from "vitest";
import { sentenceColumn } from "../src/reconstruct/okr-table/text.js";
import type { SegmentField } from "../src/reconstruct/okr-table/segment.js";

const fields = (xs: string[]) => xs as SegmentField[];

describe("an added first column beside an objective under an unknown label", () => {
  it("takes the unknown column in the missing field's usual place for the sentences, not the first one", () => {
    const objectiveUnknown = fields(["extra:Seurantapiste", "toimiala", "tulosalue", "extra:Suuntaviiva", "avaintulos", "toteuma"]);
    expect(sentenceColumn(objectiveUnknown, 0)).toBe(false);
    expect(sentenceColumn(objectiveUnknown, 3)).toBe(true);
    const keyResultUnknown = fields(["extra:Koodi", "toimiala", "tulosalue", "tavoite", "extra:Askel", "toteuma"]);
    expect(sentenceColumn(keyResultUnknown, 0)).toBe(false);
    expect(sentenceColumn(keyResultUnknown, 4)).toBe(true);
    // Neither sentence field known: any unknown column may hold them.
    expect(sentenceColumn(fields(["extra:Koodi", "toimiala", "tulosalue", "extra:Suunta", "extra:Askel", "toteuma"]), 0)).toBe(true);
  }, 30_000);
});
