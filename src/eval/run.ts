/** `npm run eval`: every fixture that has a gold file, extracted and scored by its family's scorer. */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { extractFile } from "../pipeline/extract.js";
import { scoreRows, type Score } from "./score.js";
import { FAMILIES } from "../families/registry.js";
import { OKR_EVAL_FIELDS } from "../families/okr-table/index.js";
import type { FamilyScore } from "../families/types.js";
import type { ExtractResult } from "../model/document.js";

export { OKR_EVAL_FIELDS };

const Entry = z.object({ input: z.string(), gold: z.string(), form: z.string() });
/** `okr`: key-result tables, scored row by row; every other key names a family's `eval.manifest`. */
const Manifest = z.object({ $comment: z.string().optional(), okr: z.array(Entry) }).catchall(z.array(Entry));
type Manifest = z.infer<typeof Manifest>;

export interface EvalEntry {
  input: string;
  form: string;
  score: Score;
}

export interface FamilyEvalEntry {
  family: string;
  input: string;
  form: string;
  scores: FamilyScore[];
}

function readManifest(path: string): Manifest {
  return Manifest.parse(JSON.parse(readFileSync(path, "utf8")));
}

/** Each input is extracted once per run, though both scorers read it. */
const extracted = new Map<string, Promise<ExtractResult>>();
function extractOnce(input: string): Promise<ExtractResult> {
  let p = extracted.get(input);
  if (!p) extracted.set(input, (p = extractFile(input)));
  return p;
}

const readGold = (p: string) => JSON.parse(readFileSync(p, "utf8"));

/** The key-result tables, field by field (the `okr` entries). */
export async function runEval(manifestPath = "fixtures/manifest.json"): Promise<EvalEntry[]> {
  const manifest = readManifest(manifestPath);
  const out: EvalEntry[] = [];
  for (const m of manifest.okr) {
    const gold = readGold(m.gold).rows as Record<string, unknown>[];
    out.push({ input: m.input, form: m.form, score: scoreRows(gold, (await extractOnce(m.input)).rows, OKR_EVAL_FIELDS) });
  }
  return out;
}

/** Every family that declares a scorer, over its manifest entries. */
export async function runFamilyEval(manifestPath = "fixtures/manifest.json"): Promise<FamilyEvalEntry[]> {
  const manifest = readManifest(manifestPath);
  const out: FamilyEvalEntry[] = [];
  for (const f of FAMILIES) {
    if (!f.eval) continue;
    for (const m of manifest[f.eval.manifest] ?? []) out.push({ family: f.id, input: m.input, form: m.form, scores: f.eval.score(await extractOnce(m.input), readGold(m.gold)) });
  }
  return out;
}
