/**
 * A name that begins with an abbreviation ("QX Kotipalvelut") printed right after a measured value
 * on its line (a result area printed last): the abbreviation is the name's first word, told by the
 * document's own word pairs (`bound-words.ts`), not the end of the value. Words are invented.
 */
import { describe, expect, it } from "vitest";
import { boundWords } from "../src/reconstruct/okr-table/bound-words.js";
import { segmentRow } from "../src/reconstruct/okr-table/segment.js";
import { tokenize } from "../src/reconstruct/okr-table/rows.js";
import { loadRules } from "../src/rules/load.js";

const rules = loadRules();
const rowOf = (...texts: string[]) => {
  const lines = texts.map((text, i) => ({ n: i + 1, text, blankBefore: false }));
  return { lines, tokens: tokenize(lines) };
};

describe("words bound to the name after a value", () => {
  it("binds a capitalized word that after values is always followed by one of two names, not a status that any name follows", () => {
    const rows = [
      rowOf("Asiakas saa avun.", "80 % QX Kotipalvelut"),
      rowOf("Asiakas saa avun.", "95 % QX Vuodeosastot"),
      rowOf("Asiakas saa avun.", "70 % QX Kotipalvelut"),
      rowOf("Kysely tehdään.", "90 % KYLLÄ Neuvola"),
      rowOf("Kysely tehdään.", "60 % KYLLÄ Kotihoito"),
      rowOf("Kysely tehdään.", "50 % KYLLÄ Asuminen"),
    ];
    const bound = boundWords(rows);
    expect(bound("qx", "kotipalvelut")).toBe(true);
    expect(bound("qx", "vuodeosastot")).toBe(true);
    expect(bound("kyllä", "neuvola")).toBe(false);
    // Seen once only: no evidence.
    expect(boundWords(rows.slice(0, 1))("qx", "kotipalvelut")).toBe(false);
  });

  it("gives the bound word to the name, and keeps it with the value without the evidence", { timeout: 30_000 }, () => {
    const fields = ["tavoite", "avaintulos", "toteuma", "tulosalue"];
    const row = rowOf("Hyvä arki kaikille Asiakas saa avun", "ajoissa joka päivä.", "80 % QX Kotipalvelut");
    const cut = (boundBefore?: (a: string, b: string) => boolean) => {
      const best = segmentRow({ ...row, firstTokenMidLine: false, toimialaSingleLine: false, fields }, { knownResultAreas: new Set(), boundBefore }, rules.okrTable.segmentation)[0]!;
      const b = [0, ...best.cuts, row.tokens.length];
      return fields.map((_, k) => row.tokens.slice(b[k], b[k + 1]).map((t) => t.text).join(" ")).slice(2);
    };
    expect(cut((a, b) => a === "qx" && b === "kotipalvelut")).toEqual(["80 %", "QX Kotipalvelut"]);
    expect(cut()).toEqual(["80 % QX", "Kotipalvelut"]);
  });
});
