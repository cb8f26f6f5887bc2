/** `hva-okr eval`: every fixture with a gold file, scored. */
import { parseArgs } from "node:util";
import { runEval, runFamilyEval } from "../../eval/run.js";
import { formatTable } from "../../report/table.js";
import { setupProcess } from "../../pipeline/setup.js";

function pct(x: number): string {
  return `${(x * 100).toFixed(2)} %`;
}

export async function run(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { json: { type: "boolean" } } });
  setupProcess();
  const entries = await runEval();
  const families = await runFamilyEval();
  if (values.json) {
    process.stdout.write(JSON.stringify({ okr: entries, families }, null, 2) + "\n");
    return 0;
  }
  const fields = entries[0]?.score.fields.map((f) => f.field) ?? [];
  process.stdout.write(
    formatTable(
      ["fixture", "rows", "recall", "precision", "cells exact", ...fields],
      entries.map((e) => [
        e.input,
        `${e.score.matchedRows}/${e.score.goldRows}`,
        pct(e.score.recall),
        pct(e.score.precision),
        pct(e.score.cellAccuracy),
        ...e.score.fields.map((f) => pct(f.accuracy)),
      ]),
    ) + "\n\n",
  );
  process.stdout.write(
    formatTable(
      ["family", "fixture", "measure", "exact", "accuracy", "precision", "recall"],
      families.flatMap((e) =>
        e.scores.map((s) => [e.family, e.input, s.measure, `${s.exact}/${s.total}`, pct(s.total ? s.exact / s.total : 1), s.precision === undefined ? "" : pct(s.precision), s.recall === undefined ? "" : pct(s.recall)]),
      ),
    ) + "\n",
  );
  return 0;
}
