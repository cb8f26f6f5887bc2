/** Opening the database: WAL, foreign keys, schema created or checked. */
import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { ADDED_COLUMNS, FOREIGN_KEY_INDEXES_SQL, OUTPUT_INDEXES_SQL, SCHEMA_SQL, SCHEMA_VERSION, schemaHash } from "./schema.js";
import { loadRules } from "../rules/load.js";
import { addSketch } from "./families.js";
import type { DB } from "./statements.js";
import { countAllItems } from "./item-counts.js";
import { DEFAULT_DB } from "./defaults.js";
import { retryBusy } from "./write.js";

export type { DB };
export { DEFAULT_DB };

export function openDb(path: string = DEFAULT_DB): DB {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  // First: every later statement of the opening, and every writer, waits for another process's lock.
  db.pragma("busy_timeout = 5000");
  // Every write of the opening is retried while busy, as an import's writes are (write.ts): another
  // import may hold the write lock longer than the busy timeout on a loaded machine.
  retryBusy(() => db.pragma("journal_mode = WAL"));
  db.pragma("foreign_keys = ON");
  // With WAL, NORMAL keeps every committed document across a crash of the program (not of the machine) and commits much faster.
  db.pragma("synchronous = NORMAL");
  const row = (() => {
    try {
      return db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").get() as { value: string } | undefined;
    } catch {
      return undefined;
    }
  })();
  if (row && Number(row.value) > SCHEMA_VERSION) {
    db.close();
    throw new Error(`${path}: database schema ${row.value} is newer than this program (${SCHEMA_VERSION})`);
  }
  const [tables, views] = SCHEMA_SQL.split("-- views");
  // A database made before the item counts gets them counted once (item-counts.ts).
  const uncounted = row !== undefined && !db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'item_counts'").get();
  retryBusy(() => db.exec(tables!));
  // Looked for and added under the write lock: two imports creating one database at once both saw
  // a column missing, and the second ALTER failed ("duplicate column name").
  for (const c of ADDED_COLUMNS) {
    const has = () => (db.prepare(`PRAGMA table_info(${c.table})`).all() as { name: string }[]).some((x) => x.name === c.column);
    if (!has()) retryBusy(() => db.transaction(() => has() || db.exec(`ALTER TABLE ${c.table} ADD COLUMN ${c.column} ${c.decl}`)).immediate());
  }
  retryBusy(() => db.exec(FOREIGN_KEY_INDEXES_SQL));
  retryBusy(() => db.exec(OUTPUT_INDEXES_SQL));
  // Sketches (sketch.ts) for the documents stored before schema 4, so their other forms are still found.
  if (row && Number(row.value) < 4) {
    const docs = db.prepare("SELECT id FROM documents WHERE same_as IS NULL").all() as { id: number }[];
    retryBusy(() => db.transaction(() => docs.forEach((d) => addSketch(db, d.id))).immediate());
  }
  if (uncounted) retryBusy(() => countAllItems(db));
  // Dropped and created in one transaction: as separate statements, two imports opening a new
  // database at once interleaved (one dropped a view the other had just created, then both created
  // it) and one failed with "view … already exists".
  retryBusy(() => db.transaction(() => db.exec(views!)).immediate());
  const region = db.prepare("INSERT INTO regions(id, name) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET name = excluded.name");
  for (const r of loadRules().regions.regions) retryBusy(() => region.run(r.id, r.name));
  retryBusy(() => db.prepare("INSERT INTO meta(key, value) VALUES ('schema_version', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(String(SCHEMA_VERSION)));
  // Views change more often than the version is bumped: read-only opens compare this (store/open.ts).
  retryBusy(() => db.prepare("INSERT INTO meta(key, value) VALUES ('schema_hash', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(schemaHash()));
  return db;
}

