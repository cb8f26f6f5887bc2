/** `hva-okr review`: low-confidence rows with their reasons, and overrides that no longer match. */
import { parseArgs } from "node:util";
import { DEFAULT_DB, type DB } from "../../store/db.js";
import { openExistingDb } from "../../store/open.js";
import { reviewRows } from "../review-rows.js";
import { documentIdBySha, storedItemField } from "../../store/queries.js";
import { loadOverrides } from "../../pipeline/overrides.js";
import { loadRules } from "../../rules/load.js";
import { UsageError } from "../usage.js";
import { printable } from "../escape.js";

export async function run(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { below: { type: "string", default: "0.9" }, json: { type: "boolean" }, db: { type: "string", default: DEFAULT_DB } } });
  const below = Number(values.below);
  if (!(below > 0 && below <= 1)) throw new UsageError(`--below must be a number in (0, 1], got "${values.below}"`);
  const db = await openExistingDb(values.db!);
  try {
    const rows = reviewRows(db, below);
    const orphans = checkOverridesAgainstDb(db);
    if (values.json) {
      process.stdout.write(JSON.stringify({ rows, orphanedOverrides: orphans }, null, 2) + "\n");
      return 0;
    }
    process.stdout.write(`${rows.length} row(s) to check: confidence below ${below}, an empty cell or a value not parsed\n`);
    for (const r of rows) {
      process.stdout.write(`${printable(r.source)}${r.page ? ` p.${r.page}` : ""} line ${r.line} row ${r.n} (document ${r.sha256.slice(0, 12)}) confidence ${r.confidence}\n  ${r.toimiala} / ${r.tulosalue}: ${r.avaintulos.slice(0, 90)} → ${r.toteuma}\n  reasons: ${r.reasons.join("; ")}\n`);
    }
    for (const o of orphans) process.stdout.write(`orphaned override (${o.file}, document ${o.document}, row ${o.n}, ${o.field}): ${o.why}\n`);
  } finally {
    db.close();
  }
  return 0;
}

/** Overrides whose document is not stored or whose correction is not in the stored row. */
function checkOverridesAgainstDb(db: DB): { file: string; document: string; n: number; field: string; why: string }[] {
  const out: { file: string; document: string; n: number; field: string; why: string }[] = [];
  for (const o of loadOverrides(loadRules().dir)) {
    const docId = documentIdBySha(db, o.document);
    if (docId === undefined) {
      out.push({ file: o.file, document: o.document, n: o.n, field: o.field, why: "no stored document has this sha256" });
      continue;
    }
    const value = storedItemField(db, docId, o.n, o.field);
    if (value === undefined) out.push({ file: o.file, document: o.document, n: o.n, field: o.field, why: `no row ${o.n} with a field ${o.field}` });
    else if (value !== o.to) out.push({ file: o.file, document: o.document, n: o.n, field: o.field, why: `the stored ${o.field} is not the correction (the extracted text no longer matches "from")` });
  }
  return out;
}
