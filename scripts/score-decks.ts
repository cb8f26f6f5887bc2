/**
 * Scores slide-deck PDFs (scripts/make-decks.ts) against the gold files: for Päijät-Häme main goals,
 * sub-goals with code and parent, success items under the right heading, timeline entries in order;
 * for Länsi-Uusimaa goals found and goal fields exact.
 *
 *   npm run build && npx tsx scripts/score-decks.ts DIR [GOLD_DIR]
 *
 * Files named ph-*.pdf are scored against ph-strategy-004.json, lu-*.pdf against lu-eval-003.json.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extractFile } from "../src/pipeline/extract.js";
import { scoreLu } from "../src/families/lu-evaluation/score.js";
import { scorePhDeck } from "../src/eval/decks.js";
import type { PhStrategy, LuEvaluation } from "../src/model/families.js";

async function main(): Promise<void> {
  const [dir, goldDir = "fixtures/gold"] = process.argv.slice(2);
  if (!dir) throw new Error("usage: tsx scripts/score-decks.ts DIR [GOLD_DIR]");
  const ph = JSON.parse(readFileSync(join(goldDir, "ph-strategy-004.json"), "utf8"));
  const lu = JSON.parse(readFileSync(join(goldDir, "lu-eval-003.json"), "utf8"));
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".pdf")).sort()) {
    const res = await extractFile(join(dir, f));
    const parts: string[] = [];
    if (f.startsWith("ph-")) for (const [k, [a, b]] of Object.entries(scorePhDeck(res.payload as PhStrategy | undefined, ph))) parts.push(`${k} ${a}/${b}`);
    else for (const s of scoreLu(res, lu)) parts.push(`${s.measure} ${s.exact}/${s.total}${s.measure === "goal fields exact" ? ` (${((100 * s.exact) / s.total).toFixed(2)} %)` : ""}`);
    console.log(`${f} [${res.document.family}]: ${parts.join("; ")}`);
  }
}

await main();
