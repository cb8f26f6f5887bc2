/**
 * The scope of the report's row tables: which stored reports' rows the page lists (`--region`,
 * `--period`, `--latest`). Everything else on the page is aggregated over the whole database; the
 * rows outside the scope stay in SQLite and the exports. With no choice, the latest report of each
 * kind (family) per region.
 */
import type { DB } from "./statements.js";
import { periodKeySql } from "./period-sql.js";

export interface Scope {
  region?: string;
  period?: string;
  latest?: boolean;
}

export interface ResolvedScope {
  /** A query returning the ids of the documents in scope (parameters bound in `params`). */
  sql: string;
  params: (string | number)[];
  /** The scope in words, for the page. */
  label: string;
  /** The command line options that give this scope. */
  options: string;
}

export function resolveScope(scope: Scope): ResolvedScope {
  const latest = scope.latest || (!scope.region && !scope.period);
  const where: string[] = ["d.same_as IS NULL"];
  const params: (string | number)[] = [];
  const words: string[] = [];
  const options: string[] = [];
  if (scope.region) {
    where.push("(d.region_id = ? OR d.region = ?)");
    params.push(scope.region, scope.region);
    words.push(`alue ${scope.region}`);
    options.push(`--region ${scope.region}`);
  }
  if (scope.period) {
    where.push("d.period = ?");
    params.push(scope.period);
    words.push(`kausi ${scope.period}`);
    options.push(`--period ${scope.period}`);
  }
  let sql = `SELECT d.id FROM documents d WHERE ${where.join(" AND ")}`;
  if (latest) {
    // Per region and kind of report, the one of the latest period (undated ones count as oldest; among equals the last imported).
    sql = `SELECT id FROM (SELECT d.id, row_number() OVER (PARTITION BY coalesce(d.region_id, d.region, ''), d.family
             ORDER BY CASE WHEN d.period IS NULL THEN -1 ELSE ${periodKeySql("d.period")} END DESC, d.id DESC) AS rn
           FROM documents d WHERE ${where.join(" AND ")}) WHERE rn = 1`;
    words.push("kunkin alueen uusin raportti kustakin raporttityypistä");
    options.push("--latest");
  }
  return { sql, params, label: words.join(", "), options: options.join(" ") };
}

/** Ids of the documents in scope (a few thousand at most: one per report, not per row). */
export function scopeDocuments(db: DB, s: ResolvedScope): number[] {
  return (db.prepare(s.sql).raw(true).all(...s.params) as [number][]).map((r) => r[0]);
}
