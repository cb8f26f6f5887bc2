/**
 * Opening an existing database for the commands that only read it (compare, findings, export,
 * report, review). Why apart from openDb: openDb creates what is missing and writes (schema,
 * regions, meta), so a mistyped --db silently became an empty database and a read-only file could
 * not be read at all. Here the file must exist and be this project's; it is opened read-only, and
 * every storage failure becomes one line naming the database and what to do.
 */
import Database from "better-sqlite3";
import { accessSync, constants, copyFileSync, existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import type { DB } from "./statements.js";
import { SCHEMA_VERSION, schemaHash } from "./schema.js";

/** openDb, loaded only to upgrade a database: it brings the rules and their schemas, which reading does not need. */
const writer = async () => (await import("./db.js")).openDb;

/** A database that cannot be used, with what to do; exitCode 2 = wrong database given, 1 = storage failed. */
export class StorageError extends Error {
  override name = "StorageError";
  constructor(
    readonly db: string,
    readonly reason: string,
    readonly exitCode: 1 | 2,
  ) {
    super(`database ${db}: ${reason}`);
  }
}

/** Tables every database of this project has (from schema version 1 on). */
const REQUIRED_TABLES = ["meta", "documents", "document_sources", "key_results"];

/** What a SQLite error code means for the user, and the exit status. */
export function storageAdvice(code: string, message: string): { reason: string; exitCode: 1 | 2 } {
  if (code === "SQLITE_NOTADB") return { reason: "not an SQLite database: give the right --db", exitCode: 2 };
  if (code.startsWith("SQLITE_CORRUPT")) return { reason: "the file is damaged (SQLite reports corruption): restore it or re-create it with hva-okr import", exitCode: 1 };
  if (code === "SQLITE_FULL") return { reason: "the disk is full: free space and run the command again (what was committed is kept)", exitCode: 1 };
  if (code.startsWith("SQLITE_READONLY")) return { reason: "it is read-only here: give write access to the file and its folder, or use another --db (report, export, findings, compare and review read a read-only database)", exitCode: 1 };
  if (code.startsWith("SQLITE_CANTOPEN")) return { reason: "cannot be opened: check that the file and its folder exist and are accessible", exitCode: 1 };
  if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) return { reason: "in use by another process for longer than the wait: run the command again when it is done", exitCode: 1 };
  if (code.startsWith("SQLITE_IOERR")) return { reason: `input/output error (${message}): check the disk and run the command again`, exitCode: 1 };
  return { reason: `${message} (${code})`, exitCode: 1 };
}

/**
 * Why SQLite cannot write `path`, asked of the file system: SQLite's own codes (CANTOPEN,
 * READONLY) do not tell a read-only file system from a file or folder this user may not write,
 * and the cure differs. Null when both are writable (or the file system does not say).
 */
export function whyNotWritable(path: string): string | null {
  const targets: [string, string][] = [
    [path, "the file is read-only for this user"],
    [dirname(path), "its folder is read-only for this user (SQLite writes its journal files beside the database)"],
  ];
  for (const [p, denied] of targets) {
    try {
      accessSync(p, constants.W_OK);
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (code === "EROFS") return "it is on a read-only file system";
      if (code === "EACCES" || code === "EPERM") return denied;
    }
  }
  return null;
}

/** The StorageError for a SQLite (or file system) error while using the database `path`. */
export function storageError(path: string, err: unknown): StorageError {
  if (err instanceof StorageError) return err;
  const e = err as { code?: string; message?: string };
  if (e.code?.startsWith("SQLITE_")) {
    const a = storageAdvice(e.code, e.message ?? "");
    if ((e.code.startsWith("SQLITE_READONLY") || e.code.startsWith("SQLITE_CANTOPEN")) && existsSync(path)) {
      const why = whyNotWritable(path);
      if (why) return new StorageError(path, `cannot be written: ${why}; give write access, or use another --db (report, export, findings, compare and review read a read-only database)`, 1);
    }
    return new StorageError(path, a.reason, a.exitCode);
  }
  if (e.code === "EACCES" || e.code === "EPERM" || e.code === "EROFS") return new StorageError(path, `no permission to create it or its folder (${e.code}): use another --db`, 1);
  if (e.code === "ENOTDIR") return new StorageError(path, "a part of its path is a file, not a folder: use another --db", 2);
  if (e.code === "ENOSPC") return new StorageError(path, "the disk is full: free space and run the command again", 1);
  return new StorageError(path, e.message ?? String(err), 1);
}

/** Opens `path` read-only; a WAL database in a folder we cannot write is read from a private copy. */
function openReadOnly(path: string): DB {
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    db.prepare("SELECT count(*) FROM sqlite_master").get(); // the first read is where SQLite finds a bad file
    return db;
  } catch (err) {
    const code = (err as { code?: string }).code ?? "";
    // A WAL database needs its -shm file beside it; a read-only folder has none to give. The copy
    // takes the committed state (the database and its -wal file) and is removed at exit.
    if (code === "SQLITE_READONLY_DIRECTORY" || code === "SQLITE_READONLY_CANTINIT" || code === "SQLITE_CANTOPEN") {
      const dir = mkdtempSync(join(tmpdir(), "hva-okr-ro-"));
      process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
      const copy = join(dir, basename(path));
      try {
        copyFileSync(path, copy);
        if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${copy}-wal`);
      } catch (copyErr) {
        throw storageError(path, err ?? copyErr);
      }
      const db = new Database(copy, { readonly: true, fileMustExist: true });
      db.prepare("SELECT count(*) FROM sqlite_master").get();
      return db;
    }
    throw err;
  }
}

/**
 * Opens an existing database of this project for reading. Refuses (exit 2) a path that does not
 * exist, a folder, a file that is not SQLite or a database without this project's tables; a
 * database of an older schema is upgraded first when it can be written, else refused.
 */
export async function openExistingDb(path: string): Promise<DB> {
  const shown = resolve(path);
  let st;
  try {
    st = statSync(path);
  } catch {
    throw new StorageError(shown, `no such database; import documents first (hva-okr import PATH --db ${path}, or hva-okr main), or check --db`, 2);
  }
  if (st.isDirectory()) throw new StorageError(shown, "is a folder, not a database file: give the database file with --db", 2);
  let db: DB;
  try {
    db = openReadOnly(path);
  } catch (err) {
    throw storageError(shown, err);
  }
  let version: number;
  try {
    const tables = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name));
    const missing = REQUIRED_TABLES.filter((t) => !tables.has(t));
    if (missing.length) throw new StorageError(shown, `not a hva-okr database (no ${missing.join(", ")} table${missing.length > 1 ? "s" : ""}): give the right --db`, 2);
    const row = db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").get() as { value: string } | undefined;
    version = Number(row?.value);
    if (!Number.isInteger(version)) throw new StorageError(shown, "not a hva-okr database (no schema version): give the right --db", 2);
  } catch (err) {
    db.close();
    throw storageError(shown, err);
  }
  if (version > SCHEMA_VERSION) {
    db.close();
    throw new StorageError(shown, `made by a newer hva-okr (schema ${version}, this program knows ${SCHEMA_VERSION}): update hva-okr`, 2);
  }
  let hash: string | undefined;
  try {
    hash = (db.prepare("SELECT value FROM meta WHERE key = 'schema_hash'").get() as { value: string } | undefined)?.value;
  } catch {
    hash = undefined;
  }
  if (version === SCHEMA_VERSION && hash !== schemaHash()) {
    // Same version, other views (made by another build): upgraded where the file can be written,
    // else read as it is (a query on a view it lacks then fails with one line).
    db.close();
    try {
      (await writer())(path).close();
    } catch {
      // read-only: read as it is
    }
    return openReadOnly(path);
  }
  if (version < SCHEMA_VERSION) {
    // Older schema: its views and columns are upgraded in place by a writing open, then read as usual.
    db.close();
    try {
      (await writer())(path).close();
    } catch (err) {
      const e = storageError(shown, err);
      throw new StorageError(shown, `has schema ${version}, older than this program's ${SCHEMA_VERSION}, and cannot be upgraded (${e.reason})`, 2);
    }
    return openReadOnly(path);
  }
  return db;
}
