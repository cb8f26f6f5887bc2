/** `npm run eval`: every fixture that has a gold file, extracted and scored. */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { extractFile } from "../pipeline/extract.js";
import { scoreRows, type Score } from "./score.js";
import { OKR_FIELDS } from "../model/okr.js";

const Manifest = z.object({
  okr: z.array(z.object({ input: z.string(), gold: z.string(), form: z.string() })),
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
