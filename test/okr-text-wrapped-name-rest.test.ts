/**
 * Text path (issue 24): an objective printed first, the division and a result area wrapped inside
 * a word on the row's first line ("… Hankinta ja laa-" / "dunhallinta"), then the key result. A key
 * result that opens with an objective's first word ("Alfa …") follows the name's last word, an
 * ending that recurs in the document but ends no row: it continues the row. Rows and words are
 * invented.
 */
import { describe, expect, it } from "vitest";
import { findRowStarts } from "../src/reconstruct/okr-table/row-starts.js";
import { bodyOf } from "./okr-text-body.js";

const OBJECTIVES = ["Alfa paranee", "Beeta kasvaa", "Gamma toimii"];

describe("an objective first, a result area wrapped inside a word on the row's first line", () => {
  it("does not start a row at a key result opening with an objective's first word after the name's last word", () => {
    const rows: string[][] = [];
    for (let k = 0; k < 12; k++) {
      const objective = OBJECTIVES[k % 3]!;
      // Every fourth key result opens with the first word of an objective.
      const key = k % 4 === 3 ? `${OBJECTIVES[(k + 1) % 3]!.split(" ")[0]} kokeilu ${k} valmistuu` : `Uusi kokeilu ${k} valmistuu`;
      rows.push([`${objective} Keskus Hankinta ja laa-`, "dunhallinta", key, "kevään aikana.", `${50 + k} % ei tarvetta`]);
    }
    const { body, starts } = bodyOf(rows, [0, 6]);
    expect(findRowStarts(body.map((l) => ({ ...l, cells: 6 })), []).map((s) => s.at)).toEqual(starts);
  }, 30_000);
});
