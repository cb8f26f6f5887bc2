/** `hva-okr extract FILE`: one document's rows (or family output), as a table or JSON. */
import { parseArgs } from "node:util";
import { extractFile, isPdf, toJson } from "../../pipeline/extract.js";
import { findFamily } from "../../families/registry.js";
import { formatTable } from "../../report/table.js";
import { UsageError } from "../usage.js";
import { printable } from "../escape.js";
import { notRecognized, reasonWarnings } from "../../pipeline/recognized.js";
import { periodOption } from "../period-option.js";
import { familyTables } from "../extract-tables.js";
import { readRegularFile } from "../../read/files.js";
import { regionOption } from "../region-option.js";

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: "boolean" }, region: { type: "string" }, period: { type: "string" } },
  });
  if (positionals.length !== 1) throw new UsageError("extract takes exactly one FILE");
  const opts: { region?: string; period?: string } = {};
  if (values.region) opts.region = regionOption(values.region)!;
  if (values.period !== undefined) opts.period = periodOption(values.period)!;
  // pdf.js's runtime is set up for a PDF only: a text never loads it (nor its zlib and V8 set-up).
  if (isPdfFile(positionals[0]!)) (await import("../../pipeline/setup.js")).setupProcess();
  const res = await extractFile(positionals[0]!, opts);
  const missing = notRecognized(res);
  const quoted = new Set(reasonWarnings(res));
  if (values.json) {
    process.stdout.write(JSON.stringify(toJson(res), null, 2) + "\n");
  } else {
    const d = res.document;
    const family = findFamily(d.family);
    const counts = family ? family.summary(res) : `${res.rows.length} rows`;
    process.stdout.write(`${printable(d.source)}: ${d.family}, ${d.region ?? "region unknown"}, ${counts}\n`);
    // The reason nothing was recognized is said once, on stderr below, not also as a warning here.
    for (const w of d.warnings) if (!quoted.has(w)) process.stdout.write(`warning: ${w}\n`);
    for (const note of family?.notes?.(res) ?? []) process.stdout.write(`${note}\n`);
    if (res.rows.length) {
      process.stdout.write(
        formatTable(
          ["n", "toimiala", "tulosalue", "avaintulos", "toteuma", "kind", "status", "attain."],
          res.rows.map((r) => [r.n, r.toimiala.slice(0, 22), r.tulosalue.slice(0, 22), r.avaintulos.slice(0, 48), r.toteuma.slice(0, 22), r.toteuma_kind, r.toteuma_status, r.attainment ?? ""]),
        ) + "\n",
      );
    }
    process.stdout.write(familyTables(res));
  }
  if (missing) {
    process.stderr.write(`hva-okr: ${printable(res.document.source)}: no table recognized: ${printable(missing)}\n`);
    return 1;
  }
  return 0;
}

/** Whether the file is a PDF by its content, as extractFile decides; a file it cannot read is not (extractFile says why). */
function isPdfFile(path: string): boolean {
  try {
    return isPdf(readRegularFile(path));
  } catch {
    return false;
  }
}
