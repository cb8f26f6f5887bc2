/**
 * A section heading with a year in it ("Talous 2030 tasapainoon") above a header in the OKR table's
 * text path (issue 24): the value reader reads it as a labelled count, but it is the next section's
 * heading, not the rest of the row above.
 */
import { describe, expect, it } from "vitest";
import { loadRules } from "../src/rules/load.js";
import { reconstructOkrTable } from "../src/reconstruct/okr-table/text.js";
import { toLines } from "../src/read/text.js";
import { SAMPLE_HEADER, SAMPLE_ROWS } from "./okr-text-sample-rows.js";

const rules = loadRules();
const HEADER = SAMPLE_HEADER;
const rows = SAMPLE_ROWS;

describe("OKR table text path: a heading with a year", () => {
  it("starts a new section at a heading whose only figure is a year", () => {
    const text = ["Arki sujuu", HEADER, ...rows.slice(0, 2).map((r) => r.join(" ")), "Talous 2030 tasapainoon", HEADER, ...rows.slice(2).map((r) => r.join(" "))].join("\n");
    const res = reconstructOkrTable(toLines(text), null, rules);
    expect(res.rows.map((r) => r.section)).toEqual(["Arki sujuu", "Arki sujuu", "Talous 2030 tasapainoon", "Talous 2030 tasapainoon"]);
    expect(res.rows[1]!.toteuma).toBe("100 %");
  }, 60_000);

  it("still takes a measured value above the header for the rest of the row before", () => {
    const text = ["Arki sujuu", HEADER, ...rows.slice(0, 2).map((r) => r.join(" ")), "Toteutunut 95 %", HEADER, ...rows.slice(2).map((r) => r.join(" "))].join("\n");
    const res = reconstructOkrTable(toLines(text), null, rules);
    expect(res.rows.map((r) => r.section)).toEqual(["Arki sujuu", "Arki sujuu", "Arki sujuu", "Arki sujuu"]);
  }, 60_000);
});
