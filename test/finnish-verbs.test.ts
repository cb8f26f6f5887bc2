/**
 * Targets follow Finnish, not a list of the forms seen: a verb of change is recognized in every
 * person, number, tense and participle (rules/normalize.json changeVerbs + verbEndings), and a
 * division's mean attainment cannot be lifted above its met/not-met record by one outlier.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { changeDirection, loadNormalizeRules } from "../src/normalize/rules.js";
import { computeAttainment, parseTarget } from "../src/normalize/target.js";
import { normalizeOkrRow } from "../src/normalize/row.js";
import { normalizeValue } from "../src/normalize/value.js";

// Paradigms written out by hand from Finnish grammar (3rd person singular and plural, past,
// conditional, past participle singular and plural, the -minen noun). None of these lists is in
// the rules: the rules hold stems and endings only.
const INCREASE: Record<string, string[]> = {
  lisääntyä: ["lisääntyy", "lisääntyvät", "lisääntyi", "lisääntyivät", "lisääntyisi", "lisääntynyt", "lisääntyneet", "lisääntyminen"],
  kasvaa: ["kasvaa", "kasvavat", "kasvoi", "kasvoivat", "kasvaisi", "kasvanut", "kasvaneet", "kasvaminen"],
  nousta: ["nousee", "nousevat", "nousi", "nousivat", "nousisi", "noussut", "nousseet", "nouseminen"],
  parantua: ["paranee", "paranevat", "parani", "paranivat", "parantuu", "parantuvat", "parantunut", "parantuneet"],
  tehostua: ["tehostuu", "tehostuvat", "tehostui", "tehostunut", "tehostuneet"],
};
const DECREASE: Record<string, string[]> = {
  vähetä: ["vähenee", "vähenevät", "väheni", "vähenivät", "vähenisi", "väheneminen", "vähentyy", "vähentyvät", "vähentynyt", "vähentyneet"],
  laskea: ["laskee", "laskevat", "laski", "laskivat", "laskisi", "laskenut", "laskeneet", "laskeminen"],
  pienetä: ["pienenee", "pienenevät", "pieneni", "pienentyy", "pienentynyt", "pienentyneet"],
  lyhetä: ["lyhenee", "lyhenevät", "lyheni", "lyhentynyt", "lyhentyneet"],
  puolittua: ["puolittuu", "puolittuvat", "puolittui", "puolittunut", "puolittuneet"],
};
const forms = (t: Record<string, string[]>) => Object.values(t).flat();
const rules = loadNormalizeRules();

// Subjects and trailing words: lowercase Finnish-looking words that are not verbs of change.
const word = fc
  .stringMatching(/^[a-zåäö]{3,12}$/)
  .filter((w) => changeDirection(w, rules) === null);
const capitalized = word.map((w) => w[0]!.toUpperCase() + w.slice(1));
const decimal = fc.tuple(fc.integer({ min: 1, max: 200 }), fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }));
const numText = ([i, d]: [number, number | undefined]) => (d === undefined ? String(i) : `${i},${d}`);
const numValue = ([i, d]: [number, number | undefined]) => (d === undefined ? i : i + d / 10);

describe("verbs of change in every inflected form", () => {
  it.each(forms(INCREASE))("%s is an increase", (w) => expect(changeDirection(w, rules)).toBe("increase"));
  it.each(forms(DECREASE))("%s is a decrease", (w) => expect(changeDirection(w, rules)).toBe("decrease"));
  it.each(["laskutus", "laskenta", "kasvatus", "lisäksi", "vähemmistö", "nousukas", "asiakas"])("%s is no verb of change", (w) =>
    expect(changeDirection(w, rules)).toBeNull(),
  );

  it("reads a change target from any subject, verb form, number and trailing words", () => {
    const dir = fc.constantFrom(...forms(INCREASE).map((f) => [f, "increase_by"] as const), ...forms(DECREASE).map((f) => [f, "decrease_by"] as const));
    fc.assert(
      fc.property(capitalized, fc.array(word, { maxLength: 3 }), dir, fc.boolean(), decimal, fc.array(word, { maxLength: 4 }), (subject, more, [verb, direction], atLeast, n, tail) => {
        const text = `${[subject, ...more].join(" ")} ${verb} ${atLeast ? "vähintään " : ""}${numText(n)} % ${tail.join(" ")}`.trim() + ".";
        const t = parseTarget(text, rules);
        expect(t, text).toMatchObject({ direction, value: numValue(n), unit: "%" });
      }),
      { numRuns: 400 },
    );
  });

  it("compares a change target only with a measured change of the same direction, whatever its form", () => {
    fc.assert(
      fc.property(fc.constantFrom(...forms(INCREASE)), fc.constantFrom(...forms(DECREASE)), decimal, (up, down, n) => {
        const measured = normalizeValue(`${numText(n)} % ${down}`);
        // "… lisääntyvät 30 %" measured as "5 % vähentynyt": a decrease never meets an increase target
        expect(computeAttainment(parseTarget(`Käynnit ${up} 30 %.`, rules), measured, rules).basis).toBe("not_comparable");
        expect(computeAttainment(parseTarget(`Käynnit ${down} 30 %.`, rules), measured, rules).basis).toBe("target_vs_measured");
      }),
      { numRuns: 200 },
    );
  });
});

describe("the two attainments of issue 28, by the general rule", () => {
  const row = (avaintulos: string, toteuma: string) =>
    normalizeOkrRow({ n: 1, section: "", toimiala: "", tulosalue: "", tavoite: "", avaintulos, toteuma, line: 1, lineEnd: 1, confidence: 1, reasons: [] });
  it("a plural change target measured as a bare share is not comparable (was 'at least 30 %', 5.2)", () => {
    expect(row("Kipupoliklinikan matalan kynnyksen konsultaatiot lisääntyvät 30 %.", "156 %")).toMatchObject({
      target_direction: "increase_by",
      attainment: null,
      attainment_basis: "not_comparable",
    });
  });
  it("hours against days are converted; a met threshold counts once (ratio 4.8 kept beside it)", () => {
    expect(row("Potilaskoordinaatio sijoittaa potilaan alle 1 vrk sisällä", "5 tuntia")).toMatchObject({ attainment: 1, attainment_ratio: 4.8, attainment_met: true });
    expect(row("Jonotusaika alle 2 vk", "20 päivää")).toMatchObject({ attainment_met: false, attainment_ratio: 0.7 });
  });
  it("units of different quantities are not compared", () => {
    expect(row("Käsittelyaika alle 3 vrk", "3 kpl").attainment_basis).toBe("not_comparable");
    expect(row("Vähintään 80 % asiakkaista", "12 vrk").attainment_basis).toBe("not_comparable");
  });
  it("a capped attainment never exceeds the cap and keeps met rows at it", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 1000 }), (target, measured) => {
        const r = row(`Vähintään ${target} kpl`, `${measured} kpl`);
        expect(r.attainment!).toBeLessThanOrEqual(rules.attainmentCap);
        expect(r.attainment_met).toBe(measured >= target);
        if (r.attainment_met) expect(r.attainment).toBe(rules.attainmentCap);
      }),
      { numRuns: 200 },
    );
  });
});
