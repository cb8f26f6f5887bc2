/**
 * `hva-okr export`: one file per table or view, each report once. `--excel-fi` writes what Finnish
 * Excel opens directly: UTF-8 with BOM, ";" as delimiter, decimal comma in numbers. Rows stream
 * from SQLite to the file (statement iterator → fast-csv → file, with back-pressure), so memory
 * does not grow with the database.
 */
import { createWriteStream, mkdirSync } from "node:fs";
import { once } from "node:events";
import { join } from "node:path";
import { finished } from "node:stream/promises";
import { format } from "fast-csv";
import type { DB } from "../store/db.js";
import { EXPORTS, exportObjects, exportRows } from "../store/exports.js";
import { csvCell } from "./csv-cell.js";

export interface ExportOptions {
  out: string;
  format: "csv" | "json";
  excelFi?: boolean;
}

/** Writes a chunk, waiting for the stream to drain when its buffer is full. */
async function put(stream: NodeJS.WritableStream, chunk: unknown): Promise<void> {
  if (!stream.write(chunk as string)) await once(stream, "drain");
}

async function writeCsv(db: DB, sql: string, file: string, excelFi: boolean): Promise<void> {
  const { headers, rows } = exportRows(db, sql);
  const csv = format({ headers, delimiter: excelFi ? ";" : ",", writeBOM: excelFi, alwaysWriteHeaders: true, includeEndRowDelimiter: true });
  const out = createWriteStream(file);
  csv.pipe(out);
  for (const row of rows) await put(csv, row.map((v) => csvCell(v, excelFi)));
  csv.end();
  await finished(out);
}

async function writeJson(db: DB, sql: string, file: string): Promise<void> {
  const out = createWriteStream(file);
  await put(out, "[");
  let first = true;
  for (const row of exportObjects(db, sql)) {
    await put(out, (first ? "\n  " : ",\n  ") + JSON.stringify(row));
    first = false;
  }
  out.end(first ? "]\n" : "\n]\n");
  await finished(out);
}

export async function exportAll(db: DB, opts: ExportOptions): Promise<string[]> {
  mkdirSync(opts.out, { recursive: true });
  const files: string[] = [];
  for (const [name, sql] of Object.entries(EXPORTS)) {
    const file = join(opts.out, `${name}.${opts.format}`);
    if (opts.format === "json") await writeJson(db, sql, file);
    else await writeCsv(db, sql, file, Boolean(opts.excelFi));
    files.push(file);
  }
  return files;
}
