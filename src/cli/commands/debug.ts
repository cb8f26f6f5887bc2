/** `hva-okr debug FILE.pdf`: what the table finder saw, drawn as SVG + HTML. */
import { parseArgs } from "node:util";
import { resolve } from "node:path";
import { debugPdf } from "../../pipeline/debug.js";
import { UsageError } from "../usage.js";
import { setupProcess } from "../../pipeline/setup.js";
import { regionOption } from "../region-option.js";

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { page: { type: "string" }, out: { type: "string", default: "output/debug" }, region: { type: "string" } },
  });
  if (positionals.length !== 1) throw new UsageError("debug takes exactly one FILE.pdf");
  const page = values.page === undefined ? undefined : Number(values.page);
  if (page !== undefined && (!Number.isInteger(page) || page < 1)) throw new UsageError(`--page must be a page number, got "${values.page}"`);
  const opts: { page?: number; out?: string; region?: string } = { out: values.out! };
  if (page) opts.page = page;
  if (values.region) opts.region = regionOption(values.region)!;
  setupProcess();
  const r = await debugPdf(positionals[0]!, opts);
  process.stdout.write(`debug view: ${resolve(r.index)} (${r.files.length - 1} page SVG files)\n`);
  return 0;
}
