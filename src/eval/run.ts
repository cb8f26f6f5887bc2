/** `npm run eval`: every fixture that has a gold file, extracted and scored. */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { extractFile } from "../pipeline/extract.js";
import { scoreRows, type Score } from "./score.js";
import { OKR_FIELDS } from "../model/okr.js";
import { scoreAgenda, scoreLu, scorePh, type FamilyScore } from "./families.js";

const Entry = z.object({ input: z.string(), gold: z.string(), form: z.string() });
const Manifest = z.object({
  okr: z.array(Entry),
  lu: z.array(Entry).default([]),
  ph: z.array(Entry).default([]),
  agenda: z.array(Entry).default([]),
});

export const OKR_EVAL_FIELDS = ["section", ...OKR_FIELDS] as const;

export interface EvalEntry {
  input: string;
  form: string;
  score: Score;
}

export async function runEval(manifestPath = "fixtures/manifest.json"): Promise<EvalEntry[]> {
  const manifest = Manifest.parse(JSON.parse(readFileSync(manifestPath, "utf8")));
  const out: EvalEntry[] = [];
  for (const m of manifest.okr) {
    const gold = JSON.parse(readFileSync(m.gold, "utf8")).rows as Record<string, unknown>[];
    const res = await extractFile(m.input);
    out.push({ input: m.input, form: m.form, score: scoreRows(gold, res.rows, OKR_EVAL_FIELDS) });
  }
  return out;
}

export interface FamilyEvalEntry {
  family: string;
  input: string;
  form: string;
  scores: FamilyScore[];
}

export async function runFamilyEval(manifestPath = "fixtures/manifest.json"): Promise<FamilyEvalEntry[]> {
  const manifest = Manifest.parse(JSON.parse(readFileSync(manifestPath, "utf8")));
  const out: FamilyEvalEntry[] = [];
  const gold = (p: string) => JSON.parse(readFileSync(p, "utf8"));
  for (const m of manifest.lu) out.push({ family: "lu-evaluation", input: m.input, form: m.form, scores: scoreLu(await extractFile(m.input), gold(m.gold)) });
  for (const m of manifest.ph) out.push({ family: "ph-strategy", input: m.input, form: m.form, scores: scorePh(await extractFile(m.input), gold(m.gold)) });
  for (const m of manifest.agenda) out.push({ family: "agenda-item", input: m.input, form: m.form, scores: scoreAgenda(await extractFile(m.input), gold(m.gold)) });
  return out;
}
