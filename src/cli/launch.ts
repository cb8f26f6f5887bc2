/**
 * Node flags of the CLI process. Some V8 settings are fixed when node starts (changing V8's GC
 * threading at run time crashes it), so the launcher (bin/hva-okr.js) starts node with them, and
 * starts it again with others when a command's worker pool needs a different choice.
 */
import { availableParallelism } from "node:os";

/** A 1 MiB semi-space for the main thread: it only dispatches and stores (~25 MiB less heap in a long batch). */
const MAIN_SEMI_SPACE = "--max-semi-space-size=1";
/**
 * GC on the collecting thread itself. When the workers fill every core, V8's parallel and
 * concurrent GC helpers only compete with them: two workers on two cores imported ~20 % more pages
 * per second without them (per-thread CPU from /proc/self/task; README "Performance"). With a core
 * to spare (fewer workers than cores), the helpers are free speed and stay on.
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

/** Node flags for a process that runs a pool of `workers` extraction threads on `cores` cores. */
export function nodeFlags(workers: number, cores: number = availableParallelism()): string[] {
  return workers >= cores ? [MAIN_SEMI_SPACE, SINGLE_THREADED_GC] : [MAIN_SEMI_SPACE];
}

/** Commands that run a worker pool, and so care about the GC choice. */
const POOL_COMMANDS = new Set(["import", "main", "crawl"]);

/** The pool size a command line asks for: `--workers N` (or `--workers=N`), else one per core. */
export function workersRequested(args: readonly string[], cores: number = availableParallelism()): number {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--") break;
    const v = a === "--workers" ? args[i + 1] : a.startsWith("--workers=") ? a.slice("--workers=".length) : undefined;
    if (v !== undefined && /^[1-9]\d*$/.test(v)) return Number(v);
  }
  return cores;
}

/**
 * How to start the CLI again (node arguments and environment additions), or null when this
 * process already runs with the right flags and environment (or the command runs no pool).
 * Other node flags in `execArgv` are kept.
 */
export function relaunchArgs(
  args: readonly string[],
  execArgv: readonly string[],
  env: Readonly<Record<string, string | undefined>> = {},
  cores: number = availableParallelism(),
): { execArgv: string[]; env: Record<string, string> } | null {
  if (!POOL_COMMANDS.has(args[0] ?? "")) return null;
  const wanted = nodeFlags(workersRequested(args.slice(1), cores), cores);
  const managed = execArgv.filter((a) => MANAGED.some((m) => m.test(a)));
  const missingEnv = Object.entries(NODE_ENV).filter(([k]) => env[k] === undefined);
  if (managed.length === wanted.length && wanted.every((f) => managed.includes(f)) && missingEnv.length === 0) return null;
  return { execArgv: [...execArgv.filter((a) => !MANAGED.some((m) => m.test(a))), ...wanted], env: Object.fromEntries(missingEnv) };
}
