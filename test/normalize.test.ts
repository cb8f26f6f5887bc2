import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { normalizeValue } from "../src/normalize/value.js";
import { parseFinnishNumber } from "../src/normalize/number.js";
import { unitAlternatives } from "../src/normalize/rules.js";
import fc from "fast-check";
import { computeAttainment, parseTarget } from "../src/normalize/target.js";
import { normalizeOkrRow } from "../src/normalize/row.js";

describe("Finnish numbers", () => {
  it.each([
    ["8,24", 8.24],
    ["11 727", 11727],
    ["11\u00a0727", 11727],
    ["70.000", 70000],
    ["-0,3", -0.3],
    ["−2,5", -2.5],
    ["1 234 567,5", 1234567.5],
    ["3.5", 3.5],
  ])("%s → %d", (s, v) => expect(parseFinnishNumber(s)).toBe(v));
  it.each(["1.4.2025", "abc", "", "12 kpl"])("%s is not one number", (s) => expect(parseFinnishNumber(s)).toBeNull());
});

describe("toteuma values (the issue's spot checks)", () => {
  it.each([
    ["8,24", { kind: "number", value: 8.24, unit: null, status: "measured" }],
    ["11 727 kävijää", { kind: "count", value: 11727, unit: "kävijää", status: "measured" }],
    ["-0,3 %", { kind: "percent", value: -0.3, unit: "%", status: "measured" }],
    ["Nettohinta 178 €", { kind: "currency", value: 178, unit: "€", status: "measured", label: "Nettohinta" }],
    ["2,2 - 4,4 % ikäryhmästä riippuen", { kind: "range", value: 2.2, valueMax: 4.4, unit: "%", status: "measured", qualifier: "ikäryhmästä riippuen" }],
    ["Ei vielä mitattavissa", { kind: "text", value: null, status: "not_yet_measurable" }],
    ["Koulutus siirtyi vuodelle 2026", { kind: "text", value: null, status: "deferred" }],
    ["Kansallinen luku saatavilla myöhemmin", { kind: "text", status: "data_pending" }],
    ["Saatavilla myöhemmin (järjestelmävaihdos)", { kind: "text", status: "data_pending" }],
    ["100 % toteutunut", { kind: "percent", value: 100, completion: true }],
    ["5 % vähentynyt", { kind: "percent", value: 5, qualifier: "vähentynyt", completion: false }],
    ["12 kpl", { kind: "count", value: 12, unit: "kpl" }],
    ["9 vrk", { kind: "duration", value: 9, unit: "vrk" }],
    ["5 tuntia", { kind: "duration", value: 5, unit: "tuntia" }],
    ["90 €", { kind: "currency", value: 90, unit: "€" }],
    ["Tekninen toteutus valmis", { kind: "text", status: "qualitative", value: null }],
    ["", { status: "missing" }],
  ])("%s", (raw, expected) => expect(normalizeValue(raw)).toMatchObject(expected));

  it("keeps the raw text", () => expect(normalizeValue(" 100  %").raw).toBe(" 100  %"));

  it("gives every toteuma of the gold a kind and a status", () => {
    const rows = JSON.parse(readFileSync("fixtures/gold/kh-okr-002.json", "utf8")).rows as { toteuma: string }[];
    const kinds = new Set(["percent", "number", "count", "currency", "duration", "score", "range", "text"]);
    for (const r of rows) {
      const v = normalizeValue(r.toteuma);
      expect(kinds.has(v.kind), r.toteuma).toBe(true);
      expect(v.status, r.toteuma).not.toBe("missing");
    }
  });
});

describe("targets stated in key results", () => {
  it.each([
    ["80 % ensikontaktiasiakkaista saa ratkaisun yhdellä kontaktilla.", { direction: "at_least", value: 80, unit: "%" }],
    ["Oman palvelutuotannon vuorokausihinta on kilpailukykyinen, vuoden 2025 hinta on alle 190 €/vrk.", { direction: "at_most", value: 190, unit: "€/vrk" }],
    ["Löydettävyys ja käytettävyys paranevat vähintään 10 %, mikä johtaa kasvuun.", { direction: "increase_by", value: 10, unit: "%" }],
    ["Häiriötikettien määrä vähenee 25 % vuositasolla.", { direction: "decrease_by", value: 25, unit: "%" }],
    ["Sisäisen asiakastyytyväisyyskyselyn tulos vähintään 3,5.", { direction: "at_least", value: 3.5, unit: null }],
    ["Hoitoaika osastoilla lyhenee alle 8 vrk:een", { direction: "at_most", value: 8, unit: "vrk" }],
    ["10 % vähemmän asiakkaita raskaissa asumispalveluissa.", { direction: "decrease_by", value: 10 }],
    ["Monikielisen palveluneuvonnan asiakkaat saavat tiedon, tavoite 100 %.", { direction: "at_least", value: 100 }],
  ])("%s", (text, expected) => expect(parseTarget(text)).toMatchObject(expected));

  it("finds no target where none is stated", () => {
    expect(parseTarget("Kriisiviestinnän prosessi otetaan käyttöön.")).toBeNull();
    expect(parseTarget("Integraatio toteutettu 1.4.2025 lukien.")).toBeNull();
  });
});

describe("attainment", () => {
  const att = (avaintulos: string, toteuma: string) => computeAttainment(parseTarget(avaintulos), normalizeValue(toteuma));
  it("compares a share with a measured share", () => {
    expect(att("80 % asiakkaista saa ratkaisun.", "98 %")).toEqual({ ratio: 1.225, met: true, basis: "target_vs_measured" });
    expect(att("90 % asiakkaista tietää, miten hoito jatkuu.", "81 %")).toMatchObject({ met: false, basis: "target_vs_measured" });
  });
  it("turns at-most targets around and converts durations", () => {
    expect(att("Potilaskoordinaatio sijoittaa potilaan alle 1 vrk sisällä", "5 tuntia")).toMatchObject({ met: true, ratio: 4.8 });
    expect(att("hinta on alle 190 €/vrk.", "Nettohinta 178 €")).toMatchObject({ met: true });
  });
  it("uses a stated completion share", () => {
    expect(att("Kaikille asiakkaille on nimetty yhteyshenkilöt.", "90 % toteutunut")).toEqual({ ratio: 0.9, met: false, basis: "stated_completion" });
  });
  it("never guesses across units or without a target or a measurement", () => {
    expect(att("Asiakasmäärä vähenee 10 %.", "14 %").basis).toBe("not_comparable");
    expect(att("Tulos vähintään 3,5.", "44 %").basis).toBe("not_comparable");
    expect(att("Kriisiviestinnän prosessi otetaan käyttöön.", "100 %").basis).toBe("no_target");
    expect(att("80 % asiakkaista saa ratkaisun.", "Ei vielä mitattavissa")).toEqual({ ratio: null, met: null, basis: "no_measurement" });
  });
  it("calls a bare number measured against a score a score", () => {
    const row = { n: 1, section: "", toimiala: "", tulosalue: "", tavoite: "", avaintulos: "Kotisairaalan NPS yli 80", toteuma: "74,9", line: 1, lineEnd: 1, confidence: 1, reasons: [] };
    expect(normalizeOkrRow(row)).toMatchObject({ toteuma_kind: "score", toteuma_value: 74.9, target_value: 80, attainment_met: false });
  });
});

describe("unit alternatives", () => {
  // The shared look-ahead must match exactly what a look-ahead after every letter unit matched.
  const units = ["%", "prosenttia", "€", "e", "euroa", "eur", "kpl", "h", "tuntia", "tunti", "min", "minuuttia", "/", "kk"];
  const plain = units
    .slice()
    .sort((a, b) => b.length - a.length)
    .map((u) => (/^\p{L}/u.test(u) ? `${u.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}(?![\\p{L}])` : u.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")))
    .join("|");
  const shared = unitAlternatives(units);
  it("shares the look-ahead among runs of letter units", () => {
    expect(shared.match(/\\p\{L\}/g)!.length).toBeLessThan(plain.match(/\\p\{L\}/g)!.length);
  });
  it("matches what a look-ahead after each unit matches, at every place of any text", () => {
    const letters = fc.constantFrom("e", "h", "u", "r", "o", "a", "k", "p", "l", "t", "n", "i", "m", "s", "%", "€", "/", " ", "1", "ä", "E", "H");
    fc.assert(
      fc.property(fc.array(letters, { maxLength: 16 }).map((a) => a.join("")), (text) => {
        for (const flags of ["gu", "giu"]) {
          const all = (src: string) => [...text.matchAll(new RegExp(`\\d?\\s*(?<unit>${src})`, flags))].map((m) => `${m.index}:${m[0]}`);
          expect(all(shared)).toEqual(all(plain));
        }
      }),
      { seed: 31, numRuns: 3000 },
    );
  });
});
