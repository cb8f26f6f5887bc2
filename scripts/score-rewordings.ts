/**
 * Scores the agenda-item parser on reworded copies of the seeds (fixtures/agenda-rewordings/*.json):
 * per copy, figures right / missing with a warning / wrong. Usage: npx tsx scripts/score-rewordings.ts tuning|heldout
 */
import { readFileSync } from "node:fs";
import { reconstructAgendaItem } from "../src/reconstruct/agenda-item/text.js";
import { loadRules } from "../src/rules/load.js";

const SEEDS: Record<string, string> = { "000": "000_a6d6f0775324bd77.txt", "001": "001_f314bb83617d3be8.txt" };
const set = process.argv[2] ?? "tuning";
const copies = JSON.parse(readFileSync(`fixtures/agenda-rewordings/${set}.json`, "utf8")) as { seed: string; from: string; to: string; text: string }[];
let total = { right: 0, warned: 0, wrong: 0 };
copies.forEach((r, i) => {
  const lines = readFileSync(`../shared/seeds/${SEEDS[r.seed]}`, "utf8").split("\n");
  const a = lines.findIndex((l) => l.includes(r.from));
  const b = lines.findIndex((l, j) => j >= a && l.includes(r.to));
  const text = [...lines.slice(0, a), ...r.text.split("\n"), ...lines.slice(b + 1)].join("\n");
  const item = reconstructAgendaItem(text.split("\n").map((t, n) => ({ text: t, n: n + 1 })) as never, loadRules());
  const gold = JSON.parse(readFileSync(`../shared/gold/kh-agenda-${r.seed}.json`, "utf8")) as { progress: Record<string, number>; period: string };
  const s = { right: 0, warned: 0, wrong: [] as string[] };
  for (const [k, v] of Object.entries(gold.progress)) {
    const got = (item.progress as Record<string, number | null>)[k];
    if (got === v) s.right++;
    else if (got === null && item.warnings.some((w) => w.includes(k))) s.warned++;
    else s.wrong.push(`${k}=${got} (gold ${v})`);
  }
  total = { right: total.right + s.right, warned: total.warned + s.warned, wrong: total.wrong + s.wrong.length };
  console.log(`${set} #${i + 1} (seed ${r.seed}): ${s.right}/8 right, ${s.warned} warned, ${s.wrong.length} wrong${s.wrong.length ? ` [${s.wrong.join(", ")}]` : ""}; period ${item.period ?? "null"} (gold ${gold.period})`);
});
console.log(`${set}: ${total.right} right, ${total.warned} missing with a warning, ${total.wrong} wrong`);
