/**
 * The connection type and its cache of compiled statements. A module of its own so that the
 * writers (families.ts, documents.ts) and the opener (db.ts) share it without importing each other.
 */
import type Database from "better-sqlite3";

export type DB = Database.Database;

const statements = new WeakMap<DB, Map<string, Database.Statement>>();

/**
 * The connection's prepared statement for `sql`, compiled on first use. Why: the store runs the
 * same few statements for every document, and compiling one costs about as much as running it.
 */
export function prepared(db: DB, sql: string): Database.Statement {
  let byText = statements.get(db);
  if (!byText) statements.set(db, (byText = new Map()));
  let st = byText.get(sql);
  if (!st) byText.set(sql, (st = db.prepare(sql)));
  return st;
}
