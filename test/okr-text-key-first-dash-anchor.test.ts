/**
 * Text path (issue 24): a key result printed first, then an added column of statutes (a dash in
 * the rows without one), the division and, on one line, the result area, the objective and the
 * measured value (`pdftotext -raw` of a borderless word-processor table). The statutes' first words
 * after the key result's sentence end mark one line in each row; so does a dash opening that line
 * ("– Alfapalvelut …"), the empty cell's mark before the division: two rows never share one gap
 * between marks. Rows and words are invented.
 */
import { describe, expect, it } from "vitest";
import { findRowStarts } from "../src/reconstruct/okr-table/row-starts.js";
import { bodyOf } from "./okr-text-body.js";

const STATUTES = ["Esimerkkilaki 12 §", "Mallilaki 4 a §", "–", "Kokeilulaki 7 §"];
const FIRSTS = ["Asukkaiden", "Kokeilu", "Palveluohjaus", "Uusi", "Jonotus", "Ilmoitus", "Vastaanotto", "Lomake", "Kysely", "Neuvonta", "Etäkäynti", "Ryhmä"];

/** Key result (two lines), the statute or a dash with the division's start, its rest, area + objective + measured value. */
function row(k: number): string[] {
  const statute = STATUTES[k % STATUTES.length]!;
  const lead = statute === "–" ? ["– Alfapalvelut ja"] : [statute, "Alfapalvelut ja"];
  return [`${FIRSTS[k]} palveluohjaus paranee ja ohjaus löytää oi-`, "kean palvelun kevään aikana.", ...lead, "arjen tuki", `Neuvonta Palvelu pelaa ${60 + k} %`];
}

describe("a key result first, an added value after it that is a dash in some rows", () => {
  it("starts each row at its key result, also where the dash opens the division's line", () => {
    const rows = FIRSTS.map((_, k) => row(k));
    const { body, starts } = bodyOf(rows, [0]);
    const keyResultFirst = body.map((l) => ({ ...l, sentenceFirst: true, cells: 7 }));
    expect(findRowStarts(keyResultFirst, []).map((s) => s.at)).toEqual(starts);
  }, 30_000);
});
