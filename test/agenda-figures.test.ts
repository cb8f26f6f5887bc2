/** Progress figures by their shape: the seeds exact, reworded copies found or warned about, never wrong. */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { reconstructAgendaItem } from "../src/reconstruct/agenda-item/text.js";
import { loadRules } from "../src/rules/load.js";

const SEEDS: Record<string, string> = { "000": "000_a6d6f0775324bd77.txt", "001": "001_f314bb83617d3be8.txt" };
const seed = (k: string) => readFileSync(`../shared/seeds/${SEEDS[k]}`, "utf8");
const gold = (k: string) => JSON.parse(readFileSync(`../shared/gold/kh-agenda-${k}.json`, "utf8")) as { progress: Record<string, number>; period: string };
const read = (text: string) => reconstructAgendaItem(text.split("\n").map((t, i) => ({ text: t, n: i + 1 })) as never, loadRules());

/** The seed with the paragraph(s) stating its figures replaced by `text`. */
export function reword(r: { seed: string; from: string; to: string; text: string }): string {
  const lines = seed(r.seed).split("\n");
  const a = lines.findIndex((l) => l.includes(r.from));
  const b = lines.findIndex((l, i) => i >= a && l.includes(r.to));
  if (a < 0 || b < 0) throw new Error(`rewording of ${r.seed}: paragraph not found`);
  return [...lines.slice(0, a), ...r.text.split("\n"), ...lines.slice(b + 1)].join("\n");
}

/** Each figure: right, or null with a warning naming it. */
export function score(item: ReturnType<typeof read>, g: Record<string, number>) {
  const out = { right: 0, warned: 0, wrong: [] as string[] };
  for (const [k, v] of Object.entries(g)) {
    const got = (item.progress as Record<string, number | null>)[k];
    if (got === v) out.right++;
    else if (got === null && item.warnings.some((w) => w.includes(k))) out.warned++;
    else out.wrong.push(`${k}: ${got} (gold ${v})`);
  }
  return out;
}

describe("agenda-item progress figures", () => {
  it("reads the seeds' figures exactly", () => {
    for (const k of ["000", "001"]) expect(read(seed(k)).progress).toEqual(gold(k).progress);
  });

  it("points a correction at the line where its statement begins, whatever words follow", () => {
    const text = seed("000");
    const lines = text.split("\n");
    for (const c of read(text).corrections) expect(lines[c.line - 1]).toContain(c.period);
    // The same statement with the line before it split in two: the line moves with the text.
    const split = text.replace(/\n/, "\n\n");
    for (const c of read(split).corrections) expect(split.split("\n")[c.line - 1]).toContain(c.period);
    expect(read(text).corrections.length).toBeGreaterThan(0);
  });

  it("finds every figure of the reworded tuning copies, or warns; never a wrong value", () => {
    const set = JSON.parse(readFileSync("fixtures/agenda-rewordings/tuning.json", "utf8")) as { seed: string; from: string; to: string; text: string }[];
    for (const r of set) {
      const item = read(reword(r));
      const s = score(item, gold(r.seed).progress);
      expect(s.wrong, `${r.seed}: ${r.text.slice(0, 40)}`).toEqual([]);
      expect(s.right + s.warned).toBe(8);
      expect(item.period === null || item.period === gold(r.seed).period).toBe(true);
    }
  });

  it("warns when a group of shares does not add up, and takes the period only from where the report states it", () => {
    const item = read("Selostus\nAvaintuloksia on 100, joista 70 % etenee ja 20 % osalta on huomioitavaa. Lainkaan etenemättömiä on 5 %.\nTilintarkastus koski ajanjaksoa, ja tarkastus tehtiin ajalta 8-12/2024.\n");
    expect(item.warnings.some((w) => /add up to 95/.test(w))).toBe(true);
    expect(item.period).toBeNull();
  });

  it("reads the preparer from the lines after 'Valmistelijat ja lisätiedot' and 'Selostus asiasta' as the Selostus", () => {
    const item = read("Aluehallitus\nEsityslista 08.09.2025/Asianro 12\n\nPalveluverkon muutokset\n\n11211/00.01.01/2025\n\nValmistelijat ja lisätiedot\nhallintojohtaja Maija Mallikas\npuh. 040 123 4567\n\nSelostus asiasta\nPalveluverkkoa muutetaan vaiheittain.\n\nPäätösehdotus\nAluehallitus hyväksyy muutokset.\n");
    expect(item.title).toBe("Palveluverkon muutokset");
    expect(item.preparer).toBe("hallintojohtaja Maija Mallikas; puh. 040 123 4567");
    expect(item.sections.Selostus).toBe("Palveluverkkoa muutetaan vaiheittain.");
  });
});
