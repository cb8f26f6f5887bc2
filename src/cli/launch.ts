/**
 * Node flags of the CLI process. Some V8 settings are fixed when node starts (changing V8's GC
 * threading at run time crashes it), so the launcher (bin/hva-okr.js) starts a pool command
 * again with them; other commands run in the launcher's own process, with node's defaults.
 */

import { readFileSync } from "node:fs";

/** A 1 MiB semi-space for the main thread: it only dispatches and stores (less heap in a long batch). */
const MAIN_SEMI_SPACE = "--max-semi-space-size=1";
/**
 * GC on the collecting thread itself, whatever the pool size. With two workers on two cores V8's
 * parallel and concurrent GC helpers only competed with them. With one worker on two cores they
 * were expected to be free speed, but the other core is the main thread's, which stores: one
 * worker was faster without them too (npm run bench; docs/performance.md).
 */
const SINGLE_THREADED_GC = "--single-threaded-gc";
/**
 * glibc's malloc arenas, at most two. By default each thread that allocates natively (zlib, pdf.js's
 * buffers, SQLite) can get an arena of its own, and their fragmentation grew the peak memory of a
 * long import at the same speed (docs/performance.md). glibc reads it only when
 * the process starts; other C libraries ignore it. A value the user set is kept.
 */
export const NODE_ENV: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: "2" };
/** The flags this module decides; any other node flag the user gave is kept as it is. */
const MANAGED = [/^--max-semi-space-size=/, /^--(no-)?single-threaded-gc$/];

/** Node flags for a process that runs a pool of extraction workers. */
export function nodeFlags(): string[] {
  return [MAIN_SEMI_SPACE, SINGLE_THREADED_GC];
}

/**
 * Commands that run a worker pool, and so care about the GC choice. Only these: the outputs
 * (export, report, compare, …) run with node's default heap, where they were several times faster
 * than with a 1 MiB semi-space.
 */
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

/** The argv of a running process (Linux /proc), or null where it cannot be read. */
function argvOf(pid: number): string[] | null {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "latin1").split("\0");
  } catch {
    return null;
  }
}

/** The parent of a running process, and whether it is still running (a zombie is not). */
function statOf(pid: number): { ppid: number; running: boolean } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "latin1");
    const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return { ppid: Number(rest[1]), running: rest[0] !== "Z" && rest[0] !== "X" };
  } catch {
    return null;
  }
}

const NPM = /(^|\/)(npm|npx)(-cli\.js)?$/;

/**
 * The processes this one lives for when npm started it (`npx hva-okr`, `npm start`): its ancestors
 * up to the npm process. npm runs the command through `sh -c`, which stays when npm is killed, so
 * watching the parent alone would miss it; outside npm nothing is watched (a shell's `nohup` or `&`
 * is the user's choice). Empty where /proc cannot be read.
 */
export function launcherChain(env: Readonly<Record<string, string | undefined>> = process.env, start: number = process.ppid): number[] {
  if (!env.npm_execpath) return [];
  const chain: number[] = [];
  for (let pid = start; pid > 1 && chain.length < 8; ) {
    chain.push(pid);
    const argv = argvOf(pid);
    if (argv && (NPM.test(argv[0] ?? "") || argv.slice(0, 2).some((a) => /np[mx]-cli\.js$/.test(a)) || /^np[mx] /.test(argv[0] ?? ""))) return chain;
    const st = statOf(pid);
    if (!st) return [];
    pid = st.ppid;
  }
  return [];
}

/**
 * Calls `gone` once when one of `pids` is no longer running (checked every `everyMs`). Why: a
 * `kill -9` of `npx hva-okr import` left the import running as an orphan that kept committing
 * and met the rerun. The timer does not keep the process alive.
 */
export function watchLauncher(pids: readonly number[], gone: () => void, everyMs = 500): void {
  if (pids.length === 0) return;
  const timer = setInterval(() => {
    if (pids.every((p) => statOf(p)?.running)) return;
    clearInterval(timer);
    gone();
  }, everyMs);
  timer.unref();
}
