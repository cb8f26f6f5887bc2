/**
 * `hva-okr export`: one file per table or view, each report once. `--excel-fi` writes what Finnish
 * Excel opens directly: UTF-8 with BOM, ";" as delimiter, decimal comma in numbers.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { writeToPath } from "fast-csv";
import type { DB } from "../store/db.js";

const SOURCE = "(SELECT min(s.source) FROM document_sources s WHERE s.document_id = d.id)";

/** The exported views: file name → query. Every row names its source document. */
export const EXPORTS: Record<string, string> = {
  key_results: `SELECT d.region, d.period, ${SOURCE} AS source, k.page, k.line_start AS line, k.n, k.section, k.toimiala, k.tulosalue, k.tavoite, k.avaintulos,
      k.toteuma, k.toteuma_kind, k.toteuma_value, k.toteuma_value_max, k.toteuma_unit, k.toteuma_status, k.toteuma_qualifier,
      k.target_direction, k.target_value, k.target_unit, k.attainment, k.attainment_met, k.attainment_basis, k.status_common, k.confidence
    FROM key_results k JOIN documents d ON d.id = k.document_id WHERE d.same_as IS NULL ORDER BY d.id, k.n`,
  goals: `SELECT d.region, d.period, d.family, ${SOURCE} AS source, g.page, g.line, g.level, g.n, g.code, g.text,
      (SELECT p.text FROM goals p WHERE p.id = g.parent_id) AS parent, g.strategy, g.owner
    FROM goals g JOIN documents d ON d.id = g.document_id WHERE d.same_as IS NULL ORDER BY d.id, g.id`,
  evaluations: `SELECT d.region, ${SOURCE} AS source, g.page, g.line, g.strategy, (SELECT p.text FROM goals p WHERE p.id = g.parent_id) AS linjaus, g.n, g.text AS tavoite,
      e.achieved, e.score, e.status_common, e.score_band, e.assessment
    FROM evaluations e JOIN goals g ON g.id = e.goal_id JOIN documents d ON d.id = g.document_id WHERE d.same_as IS NULL ORDER BY d.id, g.n`,
  progress: `SELECT d.region, p.period, p.metric, p.value, ${SOURCE} AS source
    FROM progress_figures p JOIN documents d ON d.id = p.document_id WHERE d.same_as IS NULL ORDER BY p.period, p.id`,
  summaries: `SELECT d.region, ${SOURCE} AS source, s.strategy, s.linjaus, s.count, s.average, s.completed_yes, s.completed_partial
    FROM strategy_summaries s JOIN documents d ON d.id = s.document_id WHERE d.same_as IS NULL ORDER BY s.id`,
  themes: `SELECT d.region, t.theme, t.entity, coalesce(g.text, k.avaintulos) AS text, t.terms, ${SOURCE} AS source
    FROM theme_assignments t JOIN documents d ON d.id = t.document_id
    LEFT JOIN goals g ON t.entity = 'goal' AND g.id = t.entity_id LEFT JOIN key_results k ON t.entity = 'key_result' AND k.id = t.entity_id
    WHERE d.same_as IS NULL ORDER BY t.theme, d.region`,
  findings: `SELECT f.check_name, f.subject, f.message, f.expected, f.found, (SELECT min(s.source) FROM document_sources s WHERE s.document_id = f.document_id) AS source FROM findings f ORDER BY f.id`,
};

export interface ExportOptions {
  out: string;
  format: "csv" | "json";
  excelFi?: boolean;
}

/** Finnish Excel reads "0,5" as a number and "0.5" as text. */
function excelValue(v: unknown): unknown {
  if (typeof v === "number") return String(v).replace(".", ",");
  return v ?? "";
}

export async function exportAll(db: DB, opts: ExportOptions): Promise<string[]> {
  mkdirSync(opts.out, { recursive: true });
  const files: string[] = [];
  for (const [name, sql] of Object.entries(EXPORTS)) {
    const rows = db.prepare(sql).all() as Record<string, unknown>[];
    const file = join(opts.out, `${name}.${opts.format}`);
    if (opts.format === "json") {
      writeFileSync(file, JSON.stringify(rows, null, 2) + "\n");
    } else {
      const headers = rows[0] ? Object.keys(rows[0]) : (db.prepare(sql).columns().map((c) => c.name) as string[]);
      const data = opts.excelFi ? rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, excelValue(v)]))) : rows;
      await new Promise<void>((resolve, reject) => {
        writeToPath(file, data, { headers, delimiter: opts.excelFi ? ";" : ",", writeBOM: Boolean(opts.excelFi), alwaysWriteHeaders: true })
          .on("finish", () => resolve())
          .on("error", reject);
      });
    }
    files.push(file);
  }
  return files;
}
