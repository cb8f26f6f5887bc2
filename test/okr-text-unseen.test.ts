/**
 * The text path on tables it has not seen (issue 24): header labels in another order with an
 * unknown column, row starts without any division list, a row broken across a page.
 */
import { describe, expect, it } from "vitest";
import { loadRules } from "../src/rules/load.js";
import { reconstructOkrTable } from "../src/reconstruct/okr-table/text.js";
import { findTextHeaders } from "../src/reconstruct/okr-table/text-header.js";
import { assignContinuation } from "../src/reconstruct/okr-table/continuation.js";
import { tokenize } from "../src/reconstruct/okr-table/rows.js";
import type { SourceLine } from "../src/model/source.js";

const rules = loadRules();
const toLines = (text: string, page = 1): SourceLine[] => text.split("\n").map((t, i) => ({ n: i + 1, text: t, page }));

describe("OKR table text path on unseen tables", () => {
  it("reads a header in any order, a synonym label, a wrapped label and an unknown column kept apart", () => {
    const lines = toLines("Tulosyksikkö Toimiala Tavoite Avaintulos Vastuuhenkilö Avaintuloksen\nmittari\nAmmattilaiset lähellä Ensimmäinen rivi");
    const h = findTextHeaders(lines, rules.okrTable);
    expect(h).toHaveLength(1);
    expect(h[0]!.columns).toEqual(["tulosalue", "toimiala", "tavoite", "avaintulos", "extra:Vastuuhenkilö", "toteuma"]);
    expect(h[0]!.end).toBe(1);
  });

  it("does not take a heading that begins like a label for a header row", () => {
    const lines = toLines("Tavoitteet yhdessä\nToimiala Tulosalue Strateginen tavoite Avaintulos Mittari");
    const h = findTextHeaders(lines, rules.okrTable);
    expect(h.map((x) => x.start)).toEqual([1]);
  });

  it("finds rows from first words the document repeats, with no division list, and fills the unknown column", () => {
    const rows = [
      ["Ikäpalvelut", "Kotihoito", "Kotona asuminen tukee arkea", "Asiakkaista 80 % asuu kotona.", "johtaja", "82 %"],
      ["Ikäpalvelut", "Kotihoito", "Kotona asuminen tukee arkea", "Hoitajan käynnit toteutuvat ajallaan.", "päällikkö", "90 %"],
      ["Ikäpalvelut", "Asuminen", "Asukkaat ovat tyytyväisiä", "Kysely tehdään kahdesti vuodessa.", "johtaja", "100 %"],
      ["Perheiden tuki", "Neuvola", "Perheet saavat tukea ajoissa", "Käynnit toteutuvat ohjelman mukaan.", "päällikkö", "95 %"],
      ["Perheiden tuki", "Neuvola", "Perheet saavat tukea ajoissa", "Odotusaika lyhenee viikolla.", "johtaja", "ei toteutunut"],
    ];
    const page = (rs: string[][]) => ["Uusi otsikko", "Toimiala Tulosalue Tavoite Avaintulos Vastuuhenkilö Avaintuloksen mittari", ...rs.map((r) => r.join(" "))].join("\n");
    const text = page(rows.slice(0, 3)) + "\n" + page(rows.slice(3));
    const lines = text.split("\n").map((t, i) => ({ n: i + 1, text: t, page: i < 5 ? 1 : 2 }));
    const res = reconstructOkrTable(lines, null, rules);
    expect(res.rows.map((r) => [r.toimiala, r.tulosalue, r.tavoite, r.avaintulos, r.extra?.["Vastuuhenkilö"], r.toteuma])).toEqual(rows);
    expect(res.rows.every((r) => r.section === "Uusi otsikko")).toBe(true);
  }, 60_000);

  it("hands the rest of a row broken across a page to the cells it continues", () => {
    const rest = [{ n: 1, text: "lut jauksen ja neuvonnan asiakkaista kokee saaneen-", blankBefore: false }, { n: 2, text: "sa apua.", blankBefore: false }];
    const spans = assignContinuation(["Perhekeskuspalve-", "Sosiaalipalvelut", "Yhteys syntyy helposti", "80 % lapsiperheiden palveluoh-", "96 %"], rest, tokenize(rest));
    expect(spans).toEqual([[0, 1], [1, 1], [1, 1], [1, 9], [9, 9]]);
  });
});
