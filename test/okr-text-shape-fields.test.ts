/**
 * Text path (issue 24): the fields of a header told by its shape, every column under a label no
 * vocabulary has, are told by the values of a reading's cells. A table has both the division and
 * the result area: when an added column's wrapped values cut the area's cells unevenly, so that the
 * values tell the division alone, the column whose values nest best under it is the area, and a
 * column of values repeated under every division (partners) is none. All names are invented.
 */
import { describe, expect, it } from "vitest";
import type { OkrRow } from "../src/model/okr.js";
import { tellShapeFields } from "../src/reconstruct/okr-table/text-value-told.js";
import { AREAS, DIVISIONS, KEY_RESULTS, ROWS } from "./okr-text-invented-rows.js";

const COLUMNS = ["extra:Osoitin", "extra:Saavutus", "extra:Suunta", "extra:Kokonaisuus", "extra:Kumppani", "extra:Yksikkö"];
const GOALS = ["Arki sujuu ilman jonoja", "Apu löytyy läheltä", "Tieto kulkee sujuvasti"];
const PARTNERS = ["kylät", "seurat", "koulut", "kerhot"];
const PLACES = ["Ahola", "Bergby", "Cedervik", "Dalsby", "Ekola", "Fagerö", "Granby", "Holma", "Ilola", "Jokela", "Kaarela", "Lahnala"];

/** A reading's rows, every cell an added column's; every `noisy`-th row's area cell holds its partner's wrapped rest. */
function rows(noisy: number): OkrRow[] {
  return ROWS.map((kr, k) => {
    const area = k % noisy === noisy - 1 ? `ja ${PARTNERS[(k + 1) % 4]}` : AREAS[Math.floor(k / 4) % 3]! + (k >= 12 ? " itä" : "");
    const goal = Math.floor(k / 2);
    const cells = [`${60 + k} %`, `${kr.join(" ")} Vaihe ${k + 1}.`, `${GOALS[goal % 3]!} ${PLACES[goal]}`, DIVISIONS[Math.floor(k / 12)]!, PARTNERS[k % 4]!, area];
    return { extra: Object.fromEntries(COLUMNS.map((c, i) => [c.slice("extra:".length), cells[i]!])) } as unknown as OkrRow;
  });
}

describe("fields of a header of unknown labels told by a reading's values", () => {
  it("tells the measure, the key result, the objective and both levels", () => {
    const told = tellShapeFields(rows(1000), COLUMNS, new Map());
    expect(Object.fromEntries(told)).toEqual({
      "extra:Osoitin": "toteuma",
      "extra:Saavutus": "avaintulos",
      "extra:Suunta": "tavoite",
      "extra:Kokonaisuus": "toimiala",
      "extra:Yksikkö": "tulosalue",
    });
  }, 60_000);

  it("takes the column nesting best under the told level for the other level when its cells are cut unevenly", () => {
    const told = tellShapeFields(rows(5), COLUMNS, new Map());
    expect(told.get("extra:Kokonaisuus")).toBe("toimiala");
    expect(told.get("extra:Yksikkö")).toBe("tulosalue");
    expect(told.has("extra:Kumppani")).toBe(false);
  }, 60_000);
});
