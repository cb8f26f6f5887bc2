/**
 * Text path (issue 24): columns in reversed order with an added column printed last, after the
 * division. A division wrapped over lines ("Kotona asumisen" / "ja arjen tuen pal-" / "velut")
 * keeps its last lines, though earlier passes gave them to the added column in every row of that
 * division: the added column's cell would then be those lines and a value ("–") that many other
 * rows chose alone. All names and values are invented.
 */
import { describe, expect, it } from "vitest";
import { segmentRow } from "../src/reconstruct/okr-table/segment.js";
import { tokenize } from "../src/reconstruct/okr-table/rows.js";
import { letterKey } from "../src/text/letters.js";
import { loadRules } from "../src/rules/load.js";

const rules = loadRules();
const numbered = (texts: string[]) => texts.map((text, i) => ({ n: i + 1, text, blankBefore: false }));
const fields = ["tavoite", "tulosalue", "toimiala", "extra:Seurantatapa"];

describe("a wrapped division before an added last column", () => {
  it("keeps the division's last lines, not the added column's cell before a value other rows chose alone", () => {
    const lines = numbered(["Asukas saa avun ajoissa ja", "oikeassa paikassa", "Neuvonta Kotona asumisen", "ja arjen tuen pal-", "velut", "–"]);
    const tokens = tokenize(lines);
    // What an earlier pass chose: eight rows of this division cut so, forty rows with "–" alone.
    const chosen = new Map<string, number>([
      [`toimiala|${letterKey("Kotona asumisen")}`, 8],
      [`extra:Seurantatapa|${letterKey("ja arjen tuen palvelut –")}`, 8],
      ["extra:Seurantatapa|–", 40],
      [`tulosalue|${letterKey("Neuvonta")}`, 8],
    ]);
    const repeats = (field: string, key: string) => chosen.get(`${field}|${key}`) ?? 0;
    const best = segmentRow({ lines, tokens, firstTokenMidLine: false, toimialaSingleLine: false, fields }, { knownResultAreas: new Set(), repeats }, rules.okrTable.segmentation)[0]!;
    const b = [0, ...best.cuts, tokens.length];
    expect(fields.map((_, k) => tokens.slice(b[k], b[k + 1]).map((t) => t.text).join(" "))).toEqual(["Asukas saa avun ajoissa ja oikeassa paikassa", "Neuvonta", "Kotona asumisen ja arjen tuen pal- velut", "–"]);
  }, 30_000);
});
