/**
 * Writing to a database another process may be writing to. Every write transaction starts with
 * BEGIN IMMEDIATE: it takes the write lock first and so waits for another writer through the busy
 * timeout. A deferred transaction that read first could not upgrade once another writer had
 * committed (SQLITE_BUSY at once, the busy timeout never ran: two imports into one database lost
 * documents). What still comes back busy is tried again, a bounded number of times.
 */
import type { DB } from "./db.js";

/** Tries after the first (each after the busy timeout ran out or a snapshot went stale). */
const RETRIES = 8;
const sleeper = new Int32Array(new SharedArrayBuffer(4));

/** SQLite's "another connection holds the lock" errors (BUSY and its extended codes, LOCKED). */
export function isBusy(err: unknown): boolean {
  const code = (err as { code?: unknown })?.code;
  return typeof code === "string" && (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED"));
}

/**
 * Errors of the database as a whole (full, read-only, an I/O error, damaged), not of the document
 * being stored. Why apart: an import stops at the first of them instead of failing every later
 * document alike (and then failing to record it), and the user gets the one line saying what to do.
 */
export function isDatabaseFault(err: unknown): boolean {
  const code = (err as { code?: unknown })?.code;
  return typeof code === "string" && /^SQLITE_(FULL|READONLY|IOERR|CORRUPT|NOTADB|CANTOPEN)/.test(code);
}

/** Runs `fn`, again after a short growing pause while SQLite says busy. Synchronous, as the store is. */
export function retryBusy<T>(fn: () => T): T {
  for (let attempt = 0; ; attempt++) {
    try {
      return fn();
    } catch (err) {
      if (!isBusy(err) || attempt >= RETRIES) throw err;
      Atomics.wait(sleeper, 0, 0, 25 * 2 ** Math.min(attempt, 5) + Math.random() * 25);
    }
  }
}

/** `fn` in one BEGIN IMMEDIATE transaction, retried while busy. */
export function writeTransaction<T>(db: DB, fn: () => T): T {
  return retryBusy(() => db.transaction(fn).immediate());
}
