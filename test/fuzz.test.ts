/**
 * Property-based fuzzing (fast-check, fixed seed, 10 000 cases per function): random and mutated
 * inputs never throw, never take a second, and keep each function's invariants.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { HyphenEvidence, joinCellLines } from "../src/reconstruct/dehyphenate.js";
import { normalizeValue } from "../src/normalize/value.js";
import { computeAttainment, parseTarget } from "../src/normalize/target.js";
import { loadRules } from "../src/rules/load.js";
import { reconstructOkrTable } from "../src/reconstruct/okr-table/text.js";
import { toLines } from "../src/read/text.js";

/**
 * A case slower than this is a runaway (catastrophic backtracking, a loop that never ends), not a
 * busy machine: generous, since other work may run beside the tests.
 */
const SLOWEST_CASE_MS = 15_000;

const RUNS = 10_000;
const SEED = 20251124;
const rules = loadRules();

/** Runs a property and records the slowest case, so catastrophic backtracking shows up. */
function timed<T>(f: (x: T) => void): { check: (x: T) => void; slowest: () => number } {
  let slowest = 0;
  return {
    check: (x: T) => {
      const t = performance.now();
      f(x);
      slowest = Math.max(slowest, performance.now() - t);
    },
    slowest: () => slowest,
  };
}

const finnishChar = fc.constantFrom(..."abcdefghijklmnopqrstuvwyäöåABCDEFGHIJKLMNOPRSTUVYÄÖ0123456789 -–—/,.;:()%€\u00ad\u00a0\t".split(""));
const fragment = fc.oneof(
  fc.string({ unit: finnishChar, maxLength: 60 }),
  fc.constantFrom("ensi-", "kontaktissa", "Konserni-", "ja tukipalvelut", "ICT-", "klo 8-", "15 chatissa", "oikea-", "aikaisesti.", "-", "2025–", "€/", "vrk", ", ja", "palvelu- ", "Omavoima-", "mallilla", "---", "- -", "a-b-c-"),
);
const strip = (s: string) => s.replace(/[\s\-\u00ad\u2010]/g, "");

describe("fuzz", () => {
  it(`dehyphenation never changes the letters, only hyphens and spaces (${RUNS} cases)`, () => {
    const t = timed((lines: string[]) => {
      const evidence = new HyphenEvidence(lines);
      const out = joinCellLines(lines, { rules: rules.dehyphenation, evidence });
      expect(strip(out)).toBe(strip(lines.join("")));
      expect(out).not.toMatch(/\s\s|^\s|\s$/);
    });
    fc.assert(fc.property(fc.array(fragment, { maxLength: 12 }), t.check), { numRuns: RUNS, seed: SEED });
    expect(t.slowest()).toBeLessThan(SLOWEST_CASE_MS);
  });

  const valueLike = fc.oneof(
    fc.string({ unit: finnishChar, maxLength: 50 }),
    fc.tuple(fc.constantFrom("", "-", "noin ", "Nettohinta ", "yli "), fc.double({ min: -1e7, max: 1e7, noNaN: true }), fc.constantFrom("", " %", " €", " kpl", " vrk", " tuntia", " kävijää", " % toteutunut", "%", " - 4,4 %"))
      .map(([a, n, u]) => `${a}${String(Math.round(n * 100) / 100).replace(".", ",")}${u}`),
  );

  it(`value normalization never throws and returns a consistent value (${RUNS} cases)`, () => {
    const kinds = new Set(["percent", "number", "count", "currency", "duration", "score", "range", "text"]);
    const t = timed((s: string) => {
      const v = normalizeValue(s);
      expect(kinds.has(v.kind)).toBe(true);
      expect(v.raw).toBe(s);
      if (v.value !== null) expect(Number.isFinite(v.value)).toBe(true);
      if (v.kind === "range") expect(v.value!).toBeLessThanOrEqual(v.valueMax!);
      if (v.kind === "text") expect(v.value).toBeNull();
    });
    fc.assert(fc.property(valueLike, t.check), { numRuns: RUNS, seed: SEED });
    expect(t.slowest()).toBeLessThan(SLOWEST_CASE_MS);
  });

  it(`target parsing and attainment never throw and never guess (${RUNS} cases)`, () => {
    const t = timed(([avaintulos, toteuma]: [string, string]) => {
      const target = parseTarget(avaintulos);
      if (target) expect(Number.isFinite(target.value)).toBe(true);
      const a = computeAttainment(target, normalizeValue(toteuma));
      if (a.ratio !== null) expect(Number.isFinite(a.ratio)).toBe(true);
      if (!target && a.basis !== "stated_completion") expect(a.ratio).toBeNull();
    });
    const sentence = fc.oneof(fc.string({ unit: finnishChar, maxLength: 120 }), fc.tuple(fc.constantFrom("vähintään ", "alle ", "vähenee ", "kasvaa ", "", "yli "), valueLike, fc.string({ unit: finnishChar, maxLength: 30 })).map((x) => x.join("")));
    fc.assert(fc.property(fc.tuple(sentence, valueLike), t.check), { numRuns: RUNS, seed: SEED });
    expect(t.slowest()).toBeLessThan(SLOWEST_CASE_MS);
  });

  const seed = readFileSync("fixtures/seeds/002_2df4dc721c1a0aa2.txt", "utf8").split("\n");
  const mutated = fc
    .tuple(fc.nat(seed.length - 1), fc.integer({ min: 1, max: 80 }), fc.array(fc.tuple(fc.constantFrom("drop", "dup", "swap", "garble", "blank", "cut"), fc.nat(), fc.string({ unit: finnishChar, maxLength: 20 })), { maxLength: 8 }))
    .map(([start, len, ops]) => {
      const lines = seed.slice(start, start + len);
      for (const [op, at, s] of ops) {
        if (!lines.length) break;
        const i = at % lines.length;
        if (op === "drop") lines.splice(i, 1);
        else if (op === "dup") lines.splice(i, 0, lines[i]!);
        else if (op === "swap") [lines[i], lines[(i + 1) % lines.length]] = [lines[(i + 1) % lines.length]!, lines[i]!];
        else if (op === "garble") lines[i] = s;
        else if (op === "blank") lines.splice(i, 0, "");
        else lines[i] = lines[i]!.slice(0, s.length);
      }
      return lines.join("\n");
    });

  it(`the text reconstructor never throws on mutated reports and keeps its row invariants (${RUNS} cases)`, () => {
    const region = rules.regions.regions[0]!;
    const t = timed((text: string) => {
      const lines = toLines(text);
      const res = reconstructOkrTable(lines, region, rules);
      res.rows.forEach((r, i) => {
        expect(r.n).toBe(i + 1);
        for (const f of ["section", "toimiala", "tulosalue", "tavoite", "avaintulos", "toteuma"] as const) expect(typeof r[f]).toBe("string");
        expect(r.line).toBeGreaterThanOrEqual(1);
        expect(r.lineEnd).toBeLessThanOrEqual(lines.length);
        expect(r.confidence).toBeGreaterThanOrEqual(0);
        expect(r.confidence).toBeLessThanOrEqual(1);
      });
    });
    fc.assert(fc.property(fc.oneof(mutated, fc.string({ unit: finnishChar, maxLength: 400 })), t.check), { numRuns: RUNS, seed: SEED });
    expect(t.slowest()).toBeLessThan(SLOWEST_CASE_MS);
  }, 240_000);
});
