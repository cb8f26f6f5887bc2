import { describe, expect, it } from "vitest";
import { HyphenEvidence, joinCellLines, producerIsOneOf, type DehyphenContext } from "../src/reconstruct/dehyphenate.js";
import { loadRules } from "../src/rules/load.js";

const rules = loadRules().dehyphenation;
const ctx = (firstWordUnbroken: boolean): DehyphenContext => ({ rules, evidence: new HyphenEvidence([]), firstWordUnbroken });

describe("a typesetter that never hyphenates a paragraph's first word (TeX)", () => {
  it("keeps the author's hyphen of a cell's first word broken at it", () => {
    expect(joinCellLines(["Perhe-", "tuki ja neuvola"], ctx(true))).toBe("Perhe-tuki ja neuvola");
    expect(joinCellLines(["Kehitys-", "tiimi"], ctx(true))).toBe("Kehitys-tiimi");
    // The same lines from another producer: the typesetter's hyphen, joined.
    expect(joinCellLines(["Perhe-", "tuki ja neuvola"], ctx(false))).toBe("Perhetuki ja neuvola");
  }, 10_000);

  it("still joins a later word the typesetter broke, and a first word before a conjunction stays suspended", () => {
    expect(joinCellLines(["Uudet perhe-", "tuen muodot"], ctx(true))).toBe("Uudet perhetuen muodot");
    expect(joinCellLines(["Perhe-", "ja kotituki"], ctx(true))).toBe("Perhe- ja kotituki");
  }, 10_000);

  it("knows the producers by the rules' list, case-insensitively", () => {
    const producers = rules.firstWordUnhyphenatedProducers ?? [];
    expect(producerIsOneOf("pdfTeX-1.40.25", producers)).toBe(true);
    expect(producerIsOneOf("xdvipdfmx (20240305)", producers)).toBe(true);
    expect(producerIsOneOf("LuaTeX-1.17.0", producers)).toBe(false);
    expect(producerIsOneOf("Microsoft® Word for Microsoft 365", producers)).toBe(false);
    expect(producerIsOneOf(undefined, producers)).toBe(false);
  }, 10_000);
});

describe("the author's hyphen of a first word and the stale-hyphen pass", () => {
  it("is not joined again where the document also writes the word solid", () => {
    const c: DehyphenContext = { rules, evidence: new HyphenEvidence(["Uudet kotipalvelut alkavat", "kotipalvelut laajenevat"]), firstWordUnbroken: true };
    expect(joinCellLines(["Koti-", "palvelut ja tuki"], c)).toBe("Koti-palvelut ja tuki");
  }, 10_000);
});

describe("a typesetter that breaks words only where the Finnish patterns allow (TeX)", () => {
  const c = (patternsOnly: boolean): DehyphenContext => ({ rules, evidence: new HyphenEvidence([]), patternsOnly });
  it("keeps a hyphen at a point the patterns do not break, and joins one where they do", () => {
    // The patterns break "kehittämisyksikkö" only as "ke-hit-tä-mi-syk-sik-kö": never after "kehittämis".
    expect(joinCellLines(["Uusi kehittämis-", "yksikkö"], c(true))).toBe("Uusi kehittämis-yksikkö");
    expect(joinCellLines(["Uusi kehittämis-", "yksikkö"], c(false))).toBe("Uusi kehittämisyksikkö");
    expect(joinCellLines(["Uusi kehittämi-", "syksikkö"], c(true))).toBe("Uusi kehittämisyksikkö");
  }, 10_000);
});
