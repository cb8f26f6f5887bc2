/**
 * One-line messages for everything a user can cause: storage failures (naming the database and
 * what to do), file system errors (naming the file), and checked option values. Why here: every
 * command goes through `main`'s one catch, so no failure a user can cause ends in a stack trace.
 */
import { resolve } from "node:path";
import { StorageError, storageError } from "../store/open.js";
import { DEFAULT_DB } from "../store/defaults.js";

const FS_REASONS: Record<string, string> = {
  ENOENT: "no such file or folder",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EISDIR: "is a folder, not a file",
  ENOTDIR: "a part of the path is not a folder",
  EROFS: "read-only file system",
  ENOSPC: "no space left on the disk",
  EMFILE: "too many open files",
  ELOOP: "too many levels of symbolic links",
  ENAMETOOLONG: "file name too long",
};

/** The --db value among a command's arguments, as the command would take it. */
export function dbArgument(args: readonly string[]): string {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--db" && args[i + 1] !== undefined) return args[i + 1]!;
    if (args[i]!.startsWith("--db=")) return args[i]!.slice(5);
  }
  return DEFAULT_DB;
}

/**
 * The one-line message and exit status for an error a user can cause, or null for a bug. `args`
 * are the command's arguments (for the database the command used).
 */
export function userFacing(err: unknown, args: readonly string[]): { message: string; exitCode: number } | null {
  if (err instanceof StorageError) return { message: err.message, exitCode: err.exitCode };
  const e = err as { code?: string; path?: string; message?: string; syscall?: string };
  if (typeof e?.code === "string" && e.code.startsWith("SQLITE_")) {
    const s = storageError(resolve(dbArgument(args)), err);
    return { message: s.message, exitCode: s.exitCode };
  }
  if (typeof e?.code === "string" && FS_REASONS[e.code]) {
    return { message: `${e.path ?? "(file)"}: ${FS_REASONS[e.code]}${e.syscall ? ` (${e.syscall})` : ""}`, exitCode: 1 };
  }
  return null;
}
