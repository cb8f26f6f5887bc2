/**
 * Node flags of the CLI process. Some V8 settings are fixed when node starts (changing V8's GC
 * threading at run time crashes it), so the launcher (bin/hva-okr.js) starts node with them, and
 * starts it again with them when a pool command was started without them (`node bin/hva-okr.js`).
 */

/** A 1 MiB semi-space for the main thread: it only dispatches and stores (~25 MiB less heap in a long batch). */
const MAIN_SEMI_SPACE = "--max-semi-space-size=1";
/**
 * GC on the collecting thread itself, whatever the pool size. With two workers on two cores V8's
 * parallel and concurrent GC helpers only competed with them (~20 % more pages per second
 * without them). With one worker on two cores they were expected to be free speed, but the other
 * core is the main thread's, which stores: one worker imported 139–146 pages/s with the helpers and
 * 157–167 without (three alternating runs of the bench's pipeline child, 2 006 pages; README
 * "Performance"). Per-thread CPU from /proc/self/task.
 */
const SINGLE_THREADED_GC = "--single-threaded-gc";
/**
 * glibc's malloc arenas, at most two. By default each thread that allocates natively (zlib, pdf.js's
 * buffers, SQLite) can get an arena of its own, and their fragmentation grew a 1 000-document import
 * by ~30 MiB (peak RSS 312 → 283 MiB, same speed; README "Performance"). glibc reads it only when
 * the process starts; other C libraries ignore it. A value the user set is kept.
 */
export const NODE_ENV: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: "2" };
/** The flags this module decides; any other node flag the user gave is kept as it is. */
const MANAGED = [/^--max-semi-space-size=/, /^--(no-)?single-threaded-gc$/];

/** Node flags for a process that runs a pool of extraction workers (the shebang of bin/hva-okr.js). */
export function nodeFlags(): string[] {
  return [MAIN_SEMI_SPACE, SINGLE_THREADED_GC];
}

/** Commands that run a worker pool, and so care about the GC choice. */
const POOL_COMMANDS = new Set(["import", "main", "crawl"]);

/**
 * How to start the CLI again (node arguments and environment additions), or null when this
 * process already runs with the right flags and environment (or the command runs no pool).
 * Other node flags in `execArgv` are kept.
 */
export function relaunchArgs(
  args: readonly string[],
  execArgv: readonly string[],
  env: Readonly<Record<string, string | undefined>> = {},
): { execArgv: string[]; env: Record<string, string> } | null {
  if (!POOL_COMMANDS.has(args[0] ?? "")) return null;
  const wanted = nodeFlags();
  const managed = execArgv.filter((a) => MANAGED.some((m) => m.test(a)));
  const missingEnv = Object.entries(NODE_ENV).filter(([k]) => env[k] === undefined);
  if (managed.length === wanted.length && wanted.every((f) => managed.includes(f)) && missingEnv.length === 0) return null;
  return { execArgv: [...execArgv.filter((a) => !MANAGED.some((m) => m.test(a))), ...wanted], env: Object.fromEntries(missingEnv) };
}
