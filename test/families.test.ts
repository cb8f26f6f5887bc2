/** The other document families scored against their gold files (thresholds from the issue). */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { extractFile, toJson } from "../src/pipeline/extract.js";
import { scoreLu } from "../src/families/lu-evaluation/score.js";
import { scorePh } from "../src/families/ph-strategy/score.js";
import { scoreAgenda } from "../src/families/agenda-item/score.js";
import type { ExtractResult } from "../src/model/document.js";
import type { AgendaItem, LuEvaluation, PhStrategy } from "../src/model/families.js";

const lu = (res: ExtractResult) => res.payload as LuEvaluation;
const ph = (res: ExtractResult) => res.payload as PhStrategy;
const agenda = (res: ExtractResult) => res.payload as AgendaItem;

const gold = (f: string) => JSON.parse(readFileSync(`fixtures/gold/${f}`, "utf8"));
const rate = (s: { exact: number; total: number }) => s.exact / s.total;

describe.each([
  ["fixtures/seeds/003_5bf3f4c940c45706.txt", "slide text"],
  ["fixtures/pdf/lu-eval-public.pdf", "PDF"],
])("Länsi-Uusimaa evaluation from %s (%s)", (file) => {
  it("finds all goals, ≥ 99 % of goal fields exact, summaries 100 %", async () => {
    const res = await extractFile(file);
    expect(res.document).toMatchObject({ family: "lu-evaluation", region: "Länsi-Uusimaa" });
    const [found, fields, summaries] = scoreLu(res, gold("lu-eval-003.json"));
    expect(found!.exact).toBe(43);
    expect(lu(res).goals).toHaveLength(43);
    expect(rate(fields!)).toBeGreaterThanOrEqual(0.99);
    expect(rate(summaries!)).toBe(1);
  });

  it("reports the goals the source claims against those found", async () => {
    const res = await extractFile(file);
    expect(lu(res).goal_counts).toEqual([
      expect.objectContaining({ strategy: "Hyvinvointialuestrategia", summary_total: 22, found: 22 }),
      expect.objectContaining({ strategy: "Palvelustrategia", summary_total: 21, found: 21 }),
    ]);
  });
});

describe("Länsi-Uusimaa details", () => {
  it("uses the gold field names in extract --json and flattens sub-bullets into the list", async () => {
    const out = toJson(await extractFile("fixtures/seeds/003_5bf3f4c940c45706.txt")) as { goals: Record<string, unknown>[]; summaries: unknown[] };
    expect(Object.keys(out)).toEqual(expect.arrayContaining(["document", "goals", "summaries"]));
    const g41 = out.goals[40]!;
    expect(g41.alatavoitteet).toEqual(gold("lu-eval-003.json").goals[40].alatavoitteet);
    expect(g41.achieved).toBe("OSITTAIN");
  });

  it("places untitled slides under the next strategic line of the summary table", async () => {
    const res = await extractFile("fixtures/seeds/003_5bf3f4c940c45706.txt");
    expect(lu(res).goals.slice(39).map((g) => g.linjaus)).toEqual(Array(4).fill("Yhteiset digipalveluihin liittyvät tavoitteet / Digitiekartta"));
  });
});

describe("Päijät-Häme strategy slides", () => {
  it("gets priorities and codes 100 %, successes ≥ 98 % of items", async () => {
    const res = await extractFile("fixtures/seeds/004_f39f331748708e98.txt");
    expect(res.document).toMatchObject({ family: "ph-strategy", region: "Päijät-Häme" });
    const [mains, codes, items] = scorePh(res, gold("ph-strategy-004.json"));
    expect(rate(mains!)).toBe(1);
    expect(rate(codes!)).toBe(1);
    expect(rate(items!)).toBeGreaterThanOrEqual(0.98);
    expect(ph(res).priorities).toEqual(gold("ph-strategy-004.json").priorities);
  });

  it("keeps the timeline's entries with their dates", async () => {
    const res = await extractFile("fixtures/seeds/004_f39f331748708e98.txt");
    const g = gold("ph-strategy-004.json").timeline as { when: string | null; what: string }[];
    expect(new Set(ph(res).timeline.map((t) => JSON.stringify(t)))).toEqual(new Set(g.map((t) => JSON.stringify(t))));
  });
});

describe.each([
  ["fixtures/seeds/000_a6d6f0775324bd77.txt", "kh-agenda-000.json"],
  ["fixtures/seeds/001_f314bb83617d3be8.txt", "kh-agenda-001.json"],
])("Kanta-Häme agenda item %s", (file, goldFile) => {
  it("gets every metadata field and progress figure equal to the gold", async () => {
    const res = await extractFile(file);
    expect(res.document).toMatchObject({ family: "agenda-item", region: "Kanta-Häme" });
    const g = gold(goldFile);
    const a = agenda(res) as unknown as Record<string, unknown>;
    for (const f of ["body", "meeting_date", "document_kind", "item_number", "diary_number", "title", "preparer", "period", "binding_objectives", "objective_owners", "objectives_on_track", "sections", "rss", "progress"]) {
      expect(a[f], f).toEqual(g[f]);
    }
    for (const s of scoreAgenda(res, g)) expect(rate(s), s.measure).toBe(1);
  });
});
