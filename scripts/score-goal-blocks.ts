/**
 * Scores goal-block extraction against a gold file: `tsx scripts/score-goal-blocks.ts GOLD.json
 * [INPUT.pdf] [--fields tavoite,mittari,arviointi,tila,heading,group] [--misses]`. The input
 * defaults to the gold's `source`. Prints blocks found, fields exact (overall and per field) and
 * the authors' hyphens lost.
 */
import { readFileSync } from "node:fs";
import { extractFile } from "../src/pipeline/extract.js";
import { scoreGoalBlocks, type GoldBlock } from "../src/eval/goal-blocks.js";
import type { GoalBlock } from "../src/model/goal-block.js";

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const fields = opt("--fields")?.split(",");
const showMisses = args.includes("--misses");
const [goldPath, inputArg] = args.filter((a) => !a.startsWith("--"));
if (!goldPath) {
  console.error("usage: tsx scripts/score-goal-blocks.ts GOLD.json [INPUT.pdf] [--fields a,b] [--misses]");
  process.exit(2);
}
const gold = JSON.parse(readFileSync(goldPath, "utf8")) as { source: string; blocks: GoldBlock[] };
const input = inputArg ?? gold.source;
const res = await extractFile(input);
const got = (res.payload as GoalBlock[] | undefined) ?? [];
const s = scoreGoalBlocks(gold.blocks, got, fields);
const pct = (e: number, t: number) => (t ? ((100 * e) / t).toFixed(1) : "-");
console.log(`${input}: family ${res.document.family}, ${got.length} blocks extracted`);
for (const x of s.scores) console.log(`  ${x.measure}: ${x.exact}/${x.total} (${pct(x.exact, x.total)} %)`);
for (const [f, [e, t]] of Object.entries(s.byField)) console.log(`    ${f}: ${e}/${t} (${pct(e, t)} %)`);
console.log(`  authors' hyphens lost: ${s.lost.length}${s.lost.length ? ` (${s.lost.join(", ")})` : ""}`);
if (showMisses) for (const m of s.misses) console.log(`  block ${m.n} ${m.field}\n    gold: ${JSON.stringify(m.gold)}\n    got:  ${JSON.stringify(m.got)}`);
