/**
 * Scores the variants made by `scripts/make-variants.ts --set …` against their own gold files:
 * for each `<name>.pdf` with a `<name>.gold.json` in the folder, the PDF and its `pdftotext -raw`
 * text. Cells exact over section and the five fields; the extra column (when the variant has one)
 * scored apart, so that an added column is seen never to change the known fields.
 *
 * Usage: npx tsx scripts/score-variants.ts DIR [--show N] [--pdf | --raw] [--only n10,n12]
 * (`--pdf` / `--raw`: only the PDFs / only their `-raw` text; `--only`: variants by name prefix)
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { extractFile } from "../src/pipeline/extract.js";
import { alignRows, scoreRows } from "../src/eval/score.js";
import { OKR_EVAL_FIELDS } from "../src/eval/run.js";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { show: { type: "string", default: "0" }, pdf: { type: "boolean" }, raw: { type: "boolean" }, only: { type: "string" } } });
const dir = positionals[0] ?? "output/variants";
const show = Number(values.show);
const only = values.only?.split(",").filter(Boolean);
const kinds = values.pdf ? [".pdf"] : values.raw ? [".raw.txt"] : [".pdf", ".raw.txt"];
const lines: string[] = [];
const pct = (x: number) => `${(x * 100).toFixed(2)} %`;
let cells = 0;
let total = 0;
for (const f of readdirSync(dir).filter((x) => x.endsWith(".gold.json")).sort()) {
  const name = f.replace(/\.gold\.json$/, "");
  if (only && !only.some((p) => name.startsWith(p))) continue;
  const gold = JSON.parse(readFileSync(join(dir, f), "utf8")).rows as Record<string, string>[];
  for (const input of kinds.map((k) => name + k)) {
    const path = join(dir, input);
    if (!existsSync(path)) continue;
    let row: string;
    try {
      const t = performance.now();
      const res = await extractFile(path);
      const ms = Math.round(performance.now() - t);
      const s = scoreRows(gold, res.rows, OKR_EVAL_FIELDS);
      cells += s.cellsExact;
      total += s.cellsTotal;
      let extra = "";
      if (gold[0]?.extra !== undefined) {
        // Over the aligned rows (as the cells are): an extra row must not shift every later row's extra cell.
        // The added column is the extra column that matches best: a header label no vocabulary has
        // (over the yearly column, say) is an extra column too, and may come first.
        const extras = res.rows.map((r) => (r as { extra?: Record<string, string> }).extra ?? {});
        const pairs = alignRows(gold, res.rows, OKR_EVAL_FIELDS);
        const keys = [...new Set(extras.flatMap((e) => Object.keys(e)))];
        const okOf = (k: string | undefined) => pairs.filter(([gi, xi]) => (k === undefined ? "" : (extras[xi]![k] ?? "")) === gold[gi]!.extra).length;
        const ok = Math.max(okOf(undefined), ...keys.map(okOf));
        extra = `${ok}/${gold.length}`;
      }
      row = `${input.padEnd(44)} ${String(s.matchedRows).padStart(3)}/${s.goldRows}  extra rows ${String(s.extractedRows - s.matchedRows).padStart(3)}  cells ${pct(s.cellAccuracy).padStart(9)}  extra column ${extra || "-"}  ${ms} ms`;
      for (const m of s.mismatches.slice(0, show)) row += `\n    row ${m.row} ${m.field}: want «${m.expected}» got «${m.got}»`;
    } catch (err) {
      row = `${input.padEnd(44)} FAILED: ${(err as Error).message}`;
    }
    lines.push(row);
    process.stdout.write(row + "\n");
  }
}
process.stdout.write(`all: ${cells}/${total} cells exact (${pct(cells / Math.max(1, total))})\n`);
