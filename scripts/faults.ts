/**
 * The fault matrix: bad inputs and crashes, each imported in a batch next to a good document.
 * For every case: what should happen, what happened, and how many of the good rows were lost or
 * duplicated (both must be 0). `npm run faults` prints it; test/faults.test.ts runs it in CI.
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { createDeflate } from "node:zlib";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { openDb, type DB } from "../src/store/db.js";
import { userFacing } from "../src/cli/messages.js";
import { importPaths, type ImportSummary } from "../src/pipeline/import.js";
import { ExtractPool, FAULT_WORKER_FILE } from "../src/pipeline/pool.js";
import { CP1252_HIGH } from "../src/read/decode.js";
import { writePdf } from "../test/pdf-writer.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const GOOD = join(ROOT, "fixtures/seeds/002_2df4dc721c1a0aa2.txt");
const GOOD_ROWS = 210;

export interface FaultRow {
  fault: string;
  expected: string;
  observed: string;
  rowsLost: number;
  rowsDuplicated: number;
  ok: boolean;
}

/** A PDF of `pages` empty-ish pages with a line of text each (for the page cap). */
function manyPagePdf(pages: number): Buffer {
  const objs: string[] = ["<< /Type /Catalog /Pages 2 0 R >>", `<< /Type /Pages /Kids [${Array.from({ length: pages }, (_, i) => `${4 + i * 2} 0 R`).join(" ")}] /Count ${pages} >>`, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"];
  for (let i = 0; i < pages; i++) {
    const content = `BT /F1 10 Tf 72 720 Td (Sivu ${i + 1}) Tj ET`;
    objs.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents ${5 + i * 2} 0 R /Resources << /Font << /F1 3 0 R >> >> >>`);
    objs.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
  }
  return writePdf(objs);
}

function imageOnlyPdf(): Buffer {
  const content = "0 0 1 rg 10 10 100 100 re f";
  return writePdf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ]);
}

const count = (db: DB, sql: string, ...args: unknown[]) => (db.prepare(sql).get(...args) as { n: number }).n;

/** Rows of the good document lost, and rows stored more than once. */
function accounting(db: DB, goodSource: string, expectedTotal: number): { lost: number; duplicated: number } {
  const good = count(db, `SELECT count(*) AS n FROM key_results k JOIN document_sources s ON s.document_id = k.document_id WHERE s.source = ?`, goodSource);
  const total = count(db, "SELECT count(*) AS n FROM key_results");
  const dupKeys = count(db, "SELECT count(*) AS n FROM (SELECT document_id, n FROM key_results GROUP BY 1, 2 HAVING count(*) > 1)");
  return { lost: Math.max(0, GOOD_ROWS - good), duplicated: dupKeys + Math.max(0, total - expectedTotal) };
}

type Case = { fault: string; expected: string; run: (dir: string) => Promise<{ observed: string; ok: boolean; lost: number; duplicated: number }> };

/** Imports [bad..., good] into a fresh database and reports the bad file's outcome. */
async function batch(dir: string, bad: string[], expectClass: string | null, opts: { pool?: ExtractPool; expectedTotal?: number } = {}) {
  const db = openDb(join(dir, "t.sqlite"));
  try {
    const good = join(dir, "good.txt");
    copyFileSync(GOOD, good);
    const s: ImportSummary = await importPaths(db, [...bad, good], opts.pool ? { pool: opts.pool } : {});
    const badResults = s.results.filter((r) => bad.includes(r.source) || bad.some((b) => b.endsWith(r.source)));
    const observed = badResults.map((r) => (r.outcome === "failed" ? `failed: ${r.error!.errorClass} (${r.error!.message})` : `${r.outcome}${r.rows !== undefined ? `, ${r.rows} rows` : ""}`)).join("; ");
    const errorsStored = count(db, "SELECT count(*) AS n FROM import_errors");
    const { lost, duplicated } = accounting(db, s.results.find((r) => r.source.endsWith("good.txt"))!.source, opts.expectedTotal ?? GOOD_ROWS);
    const ok = expectClass === null ? badResults.every((r) => r.outcome !== "failed") : badResults.every((r) => r.outcome === "failed" && r.error!.errorClass === expectClass) && errorsStored === bad.length;
    return { observed, ok, lost, duplicated };
  } finally {
    db.close();
  }
}

const BASE_CASES: Case[] = [
  { fault: "zero-byte file", expected: "failed: EmptyFile", run: async (d) => { const f = join(d, "empty.pdf"); writeFileSync(f, ""); return batch(d, [f], "EmptyFile"); } },
  { fault: "non-PDF with .pdf name", expected: "failed: NotAPdf", run: async (d) => { const f = join(d, "notes.pdf"); writeFileSync(f, "Tämä on tekstiä, ei PDF.\n"); return batch(d, [f], "NotAPdf"); } },
  { fault: "truncated PDF", expected: "failed: InvalidPDFException", run: async (d) => { const f = join(d, "truncated.pdf"); writeFileSync(f, readFileSync(join(ROOT, "fixtures/pdf/kh-okr-public.pdf")).subarray(0, 40_000)); return batch(d, [f], "InvalidPDFException"); } },
  { fault: "encrypted PDF", expected: "failed: PasswordException (encrypted, needs a password)", run: async (d) => { const f = join(d, "encrypted.pdf"); copyFileSync(join(ROOT, "fixtures/faults/encrypted.pdf"), f); return batch(d, [f], "PasswordException"); } },
  { fault: "PDF without text layer (scanned)", expected: "failed: NoTextLayer (no text, OCR needed)", run: async (d) => { const f = join(d, "scan.pdf"); writeFileSync(f, imageOnlyPdf()); return batch(d, [f], "NoTextLayer"); } },
  { fault: "1 000-page PDF", expected: "failed: PageCapExceeded (over the 500-page cap)", run: async (d) => { const f = join(d, "huge.pdf"); writeFileSync(f, manyPagePdf(1000)); return batch(d, [f], "PageCapExceeded"); } },
  {
    fault: "text file in windows-1252",
    expected: "new, 210 rows, same cells as UTF-8",
    run: async (d) => {
      const f = join(d, "cp1252.txt");
      const text = readFileSync(GOOD, "utf8");
      // windows-1252: Latin-1 plus the 0x80–0x9F table; a character it cannot hold becomes "?".
      const high = new Map(CP1252_HIGH.map((cp, i) => [cp, 0x80 + i]));
      const encodable = (s: string) => [...s].every((ch) => ch.codePointAt(0)! < 0x80 || (ch.codePointAt(0)! >= 0xa0 && ch.codePointAt(0)! < 0x100) || high.has(ch.codePointAt(0)!));
      const bytes = Buffer.from([...text].map((ch) => { const c = ch.codePointAt(0)!; return high.get(c) ?? (c < 0x100 ? c : 0x3f); }));
      writeFileSync(f, bytes);
      const r = await batch(d, [f], null, { expectedTotal: 2 * GOOD_ROWS });
      const db = openDb(join(d, "t.sqlite"));
      const pairs = db.prepare(`SELECT a.avaintulos AS a1, b.avaintulos AS b1, a.toteuma AS a2, b.toteuma AS b2, a.tavoite AS a3, b.tavoite AS b3 FROM key_results a JOIN key_results b ON a.n = b.n AND a.document_id < b.document_id`).all() as Record<string, string>[];
      db.close();
      const comparable = pairs.filter((p) => encodable(p.a1! + p.a2! + p.a3!) && encodable(p.b1! + p.b2! + p.b3!));
      const same = comparable.filter((p) => p.a1 === p.b1 && p.a2 === p.b2 && p.a3 === p.b3).length;
      return { ...r, ok: r.ok && pairs.length === GOOD_ROWS && same === comparable.length, observed: `${r.observed}; ${same}/${comparable.length} rows (all cp1252-encodable) equal to the UTF-8 import` };
    },
  },
  { fault: "text file in UTF-16", expected: "new, 210 rows", run: async (d) => { const f = join(d, "utf16.txt"); writeFileSync(f, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(GOOD, "utf8"), "utf16le")])); const r = await batch(d, [f], null, { expectedTotal: 2 * GOOD_ROWS }); return { ...r, ok: r.ok && r.observed.includes("210 rows") }; } },
  { fault: "binary garbage as .txt", expected: "failed: NotText", run: async (d) => { const f = join(d, "garbage.txt"); let s = 7; writeFileSync(f, Buffer.from(Array.from({ length: 8192 }, () => ((s = (s * 1103515245 + 12345) >>> 0) >>> 16) & 0xff))); return batch(d, [f], "NotText"); } },
  { fault: "duplicate file under another name", expected: "duplicate, no rows added", run: async (d) => { const f = join(d, "copy-of-good.txt"); copyFileSync(GOOD, f); const db = openDb(join(d, "t.sqlite")); copyFileSync(GOOD, join(d, "good.txt")); await importPaths(db, [join(d, "good.txt")]); const s = await importPaths(db, [f]); const { lost, duplicated } = accounting(db, (await import("../src/pipeline/import.js")).sourceName(join(d, "good.txt")), GOOD_ROWS); db.close(); return { observed: s.results[0]!.outcome, ok: s.results[0]!.outcome === "duplicate", lost, duplicated }; } },
  {
    fault: "file changed between two imports",
    expected: "replaced, rows replaced (not added)",
    run: async (d) => {
      const f = join(d, "report.txt");
      const db = openDb(join(d, "t.sqlite"));
      copyFileSync(GOOD, f);
      await importPaths(db, [f]);
      writeFileSync(f, readFileSync(GOOD, "utf8").replace("98 %", "99 %"));
      const s = await importPaths(db, [f]);
      const changed = count(db, "SELECT count(*) AS n FROM key_results WHERE n = 2 AND toteuma = '99 %'");
      const total = count(db, "SELECT count(*) AS n FROM key_results");
      db.close();
      return { observed: `${s.results[0]!.outcome}, ${total} rows, changed value stored: ${changed === 1}`, ok: s.results[0]!.outcome === "replaced" && changed === 1, lost: Math.max(0, GOOD_ROWS - total), duplicated: Math.max(0, total - GOOD_ROWS) };
    },
  },
  ...(["hang", "crash", "oom"] as const).map((kind) => ({
    fault: kind === "hang" ? "document that hangs the parser" : kind === "crash" ? "document that crashes the worker" : "document that exhausts memory",
    expected: kind === "hang" ? "failed: Timeout, worker replaced" : kind === "crash" ? "failed: WorkerCrash, worker replaced" : "failed: OutOfMemory, worker replaced",
    run: async (d: string) => {
      const f = join(d, `${kind}.pdf`);
      copyFileSync(join(ROOT, "fixtures/variants/v2-portrait-serif8-plain.pdf"), f);
      process.env.HVA_OKR_TEST_FAULTS = JSON.stringify({ [`${kind}.pdf`]: kind });
      // The process's memory budget out of the way: these cases are about the worker's own limits.
      const pool = new ExtractPool({ size: 1, timeoutMs: matrixLimits.documentTimeoutMs, maxHeapMb: 96, maxRssMb: 1 << 20, workerFile: FAULT_WORKER_FILE });
      try {
        return await batch(d, [f], kind === "hang" ? "Timeout" : kind === "crash" ? "WorkerCrash" : "OutOfMemory", { pool });
      } finally {
        delete process.env.HVA_OKR_TEST_FAULTS;
        await pool.close();
      }
    },
  })),
  {
    fault: "kill -9 during a batch import, then rerun",
    expected: "rerun completes the batch: 12 documents, 12 × 210 rows",
    run: async (d) => {
      const docs = join(d, "batch");
      mkdirSync(docs);
      const text = readFileSync(GOOD, "utf8");
      for (let i = 0; i < 12; i++) writeFileSync(join(docs, `doc-${String(i).padStart(2, "0")}.txt`), `${text}\n\n${"Liite " + i}\n`);
      const dbPath = join(d, "kill.sqlite");
      const child = spawn(process.execPath, [join(ROOT, "bin/hva-okr.js"), "import", docs, "--db", dbPath, "--workers", "1", "--quiet"], { stdio: "ignore" });
      const exited = new Promise((r) => child.on("exit", r));
      // Kill it hard once some documents are committed.
      for (let t = 0; t < 600; t++) {
        await new Promise((r) => setTimeout(r, 50));
        try {
          const db = openDb(dbPath);
          const n = count(db, "SELECT count(*) AS n FROM documents");
          db.close();
          if (n >= 3) break;
        } catch {
          /* not created yet */
        }
      }
      child.kill("SIGKILL");
      await exited;
      const before = (() => { const db = openDb(dbPath); const n = count(db, "SELECT count(*) AS n FROM documents"); db.close(); return n; })();
      execFileSync(process.execPath, [join(ROOT, "bin/hva-okr.js"), "import", docs, "--db", dbPath, "--quiet"], { stdio: "ignore" });
      const db = openDb(dbPath);
      const documents = count(db, "SELECT count(*) AS n FROM documents");
      const rows = count(db, "SELECT count(*) AS n FROM key_results");
      const perDoc = db.prepare("SELECT count(*) AS n FROM key_results GROUP BY document_id").all() as { n: number }[];
      const dup = count(db, "SELECT count(*) AS n FROM (SELECT document_id, n FROM key_results GROUP BY 1, 2 HAVING count(*) > 1)");
      db.close();
      const expected = 12 * GOOD_ROWS;
      return {
        observed: `killed after ${before} documents; after rerun ${documents} documents, ${rows} rows`,
        ok: before < 12 && documents === 12 && rows === expected && perDoc.every((p) => p.n === GOOD_ROWS),
        lost: Math.max(0, expected - rows),
        duplicated: dup + Math.max(0, rows - expected),
      };
    },
  },
];

const BIN = join(ROOT, "bin/hva-okr.js");

const AS_NOBODY = ["--reuid=65534", "--regid=65534", "--clear-groups"];
let nobodyReach: boolean | undefined;

/**
 * Cases that need a user without root's rights run the CLI as user nobody, which can do so only
 * when the checkout is readable by others (a clone under `mktemp -d` is not): such cases then say
 * they were not run, as the cases that need root to mount do elsewhere.
 */
function nobodyCannotRun(asUser: boolean | undefined): { observed: string; ok: true; lost: 0; duplicated: 0 } | null {
  if (!asUser || process.getuid?.() !== 0) return null;
  nobodyReach ??= spawnSync("setpriv", [...AS_NOBODY, process.execPath, "-e", `require("fs").accessSync(${JSON.stringify(BIN)}, 4)`]).status === 0;
  return nobodyReach ? null : { observed: "not run: user nobody cannot read this checkout (a private folder); clone where others can read", ok: true, lost: 0, duplicated: 0 };
}

/** The CLI, run to the end or for at most `timeoutMs` (a hang shows as a time-out, not a stuck matrix). */
function cli(args: string[], cwd: string, opts: { timeoutMs?: number; asUser?: boolean } = {}) {
  const asNobody = opts.asUser && process.getuid?.() === 0;
  const cmd = asNobody ? "setpriv" : process.execPath;
  const argv = asNobody ? [...AS_NOBODY, process.execPath, BIN, ...args] : [BIN, ...args];
  const r = spawnSync(cmd, argv, { cwd, encoding: "utf8", timeout: opts.timeoutMs ?? 120_000 });
  return { status: r.status, stderr: r.stderr ?? "", stdout: r.stdout ?? "", timedOut: r.error !== undefined || r.signal !== null };
}

interface StoredError {
  source: string;
  stage: string;
  error_class: string;
  message: string;
}

/**
 * A folder holding the good document and what `setup` adds, imported by the CLI (as another user
 * when `asUser`: root reads every folder). Expected: exactly the error classes in `expect`, each a
 * one-line message, the good rows all there once.
 */
async function folderBatch(dir: string, setup: (docs: string) => void | Promise<void>, expect: string[], opts: { asUser?: boolean; extraRows?: number; stage?: string } = {}) {
  const notRun = nobodyCannotRun(opts.asUser);
  if (notRun) return notRun;
  const docs = join(dir, "docs");
  mkdirSync(docs);
  copyFileSync(GOOD, join(docs, "good.txt"));
  await setup(docs);
  if (opts.asUser) for (const p of [dir, docs]) chmodSync(p, 0o777);
  const r = cli(["import", "docs", "--db", "t.sqlite", "--workers", "1"], dir, { asUser: opts.asUser });
  if (r.timedOut) return { observed: "import did not finish within 120 s (hung)", ok: false, lost: GOOD_ROWS, duplicated: 0 };
  const db = openDb(join(dir, "t.sqlite"));
  try {
    const errors = db.prepare("SELECT source, stage, error_class, message FROM import_errors ORDER BY id").all() as StoredError[];
    const { lost, duplicated } = accounting(db, "docs/good.txt", GOOD_ROWS + (opts.extraRows ?? 0));
    const observed = errors.length ? errors.map((e) => `failed: ${e.error_class} (${e.message})`).join("; ") : `no failures, exit ${r.status}`;
    const classes = errors.map((e) => e.error_class).sort();
    const ok =
      JSON.stringify(classes) === JSON.stringify([...expect].sort()) &&
      errors.every((e) => !/[\r\n]/.test(e.message) && (!opts.stage || e.stage === opts.stage)) &&
      r.status === (expect.length ? 1 : 0) &&
      !/\n\s+at /.test(r.stderr);
    return { observed, ok, lost, duplicated };
  } finally {
    db.close();
  }
}

/** A PDF whose one content stream inflates to 1 GiB of spaces (~1 MB on disk). */
async function flateBomb(): Promise<Buffer> {
  const z = createDeflate({ level: 9 });
  const out: Buffer[] = [];
  z.on("data", (c: Buffer) => out.push(c));
  const ended = new Promise((r) => z.on("end", r));
  const chunk = Buffer.alloc(1 << 20, 0x20);
  for (let i = 0; i < 1024; i++) if (!z.write(chunk)) await new Promise((r) => z.once("drain", r));
  z.end();
  await ended;
  const data = Buffer.concat(out);
  return writePdf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${data.length} /Filter /FlateDecode >>\nstream\n${data.toString("latin1")}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ]);
}

/** `n` distinct copies of the good document (an appended line each), in `dir`. */
function variants(dir: string, n: number, from = 0): string[] {
  mkdirSync(dir, { recursive: true });
  const text = readFileSync(GOOD, "utf8");
  return Array.from({ length: n }, (_, i) => {
    const f = join(dir, `doc-${String(from + i).padStart(2, "0")}.txt`);
    writeFileSync(f, `${text}\n\nLiite ${from + i}\n`);
    return f;
  });
}

/** Processes (other than this one) whose command line mentions `needle`: orphans of a killed run. */
function processesWith(needle: string): number[] {
  const found: number[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
    try {
      const cmdline = readFileSync(`/proc/${name}/cmdline`, "latin1");
      const stat = readFileSync(`/proc/${name}/stat`, "latin1");
      if (cmdline.includes(needle) && !/\) [ZX] /.test(stat)) found.push(Number(name));
    } catch {
      /* gone */
    }
  }
  return found;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Documents in a database; `readOnly` reads without writing (the file system may be full). */
function documentsIn(dbPath: string, readOnly = false): number {
  try {
    const db = readOnly ? new Database(dbPath, { readonly: true, fileMustExist: true }) : openDb(dbPath);
    try {
      return count(db, "SELECT count(*) AS n FROM documents");
    } finally {
      db.close();
    }
  } catch {
    return -1;
  }
}

/**
 * Kills (-9) the process a user started (`node bin/hva-okr.js` or `npx hva-okr`) once some
 * documents are committed; expected: nothing keeps running or committing, the killed run is
 * marked interrupted at the next start, and the rerun completes the batch.
 */
async function killLauncher(d: string, how: "bin" | "npx") {
  const docs = join(d, "batch");
  variants(docs, 12);
  const dbPath = join(d, "kill.sqlite");
  const args = ["import", docs, "--db", dbPath, "--workers", "1", "--quiet"];
  const child = how === "bin" ? spawn(process.execPath, [BIN, ...args], { stdio: "ignore" }) : spawn("npx", ["--yes", "hva-okr", ...args], { cwd: ROOT, stdio: "ignore" });
  const exited = new Promise((r) => child.on("exit", r));
  // (npx links this folder into its cache on its first run, building it: minutes on a busy machine)
  for (let t = 0; t < 6000 && documentsIn(dbPath) < 3; t++) await sleep(50);
  child.kill("SIGKILL");
  await exited;
  await sleep(2500); // the survivors' parent-death checks run every 0.5 s
  const orphans = processesWith(dbPath);
  const at = documentsIn(dbPath);
  await sleep(1000);
  const later = documentsIn(dbPath);
  for (const pid of orphans) process.kill(pid, "SIGKILL");
  execFileSync(process.execPath, [BIN, ...args], { stdio: "ignore" });
  const db = openDb(dbPath);
  const documents = count(db, "SELECT count(*) AS n FROM documents");
  const rows = count(db, "SELECT count(*) AS n FROM key_results");
  const dup = count(db, "SELECT count(*) AS n FROM (SELECT document_id, n FROM key_results GROUP BY 1, 2 HAVING count(*) > 1)");
  const firstRun = (db.prepare("SELECT status FROM import_runs ORDER BY id LIMIT 1").get() as { status: string | null }).status;
  db.close();
  const expected = 12 * GOOD_ROWS;
  return {
    observed: `killed after ${at} documents; ${orphans.length} process(es) left running, ${later - at} committed after; first run ${firstRun}; after rerun ${documents} documents, ${rows} rows`,
    ok: at >= 0 && at < 12 && orphans.length === 0 && later === at && firstRun === "interrupted" && documents === 12 && rows === expected,
    lost: Math.max(0, expected - rows),
    duplicated: dup + Math.max(0, rows - expected),
  };
}

/** Two imports of different files into one new database at once, `rounds` times; every round must store all. */
async function twoWriters(d: string, rounds: number) {
  const a = variants(join(d, "a"), 3, 0);
  const b = variants(join(d, "b"), 3, 3);
  let complete = 0;
  let lost = 0;
  let duplicated = 0;
  const problems: string[] = [];
  for (let round = 0; round < rounds; round++) {
    const dbPath = join(d, `two-${round}.sqlite`);
    const run = (files: string[]) =>
      new Promise<{ code: number | null; err: string }>((res) => {
        const p = spawn(process.execPath, [BIN, "import", ...files, "--db", dbPath, "--workers", "1", "--quiet"], { stdio: ["ignore", "ignore", "pipe"] });
        let err = "";
        p.stderr.on("data", (c) => (err += c));
        p.on("exit", (code) => res({ code, err }));
      });
    const [ra, rb] = await Promise.all([run(a), run(b)]);
    const db = openDb(dbPath);
    const documents = count(db, "SELECT count(*) AS n FROM documents");
    const rows = count(db, "SELECT count(*) AS n FROM key_results");
    const errors = count(db, "SELECT count(*) AS n FROM import_errors");
    const dup = count(db, "SELECT count(*) AS n FROM (SELECT document_id, n FROM key_results GROUP BY 1, 2 HAVING count(*) > 1)");
    db.close();
    lost += Math.max(0, 6 * GOOD_ROWS - rows);
    duplicated += dup + Math.max(0, rows - 6 * GOOD_ROWS);
    if (ra.code === 0 && rb.code === 0 && documents === 6 && rows === 6 * GOOD_ROWS && errors === 0) complete++;
    else {
      // The failing writer's own last line says why (the other's summary says "0 failed" and misleads).
      const why = [ra, rb].filter((r) => r.code !== 0).map((r) => r.err.trim().split("\n").at(-1)).join(" | ");
      problems.push(`round ${round + 1}: exit ${ra.code}/${rb.code}, ${documents} documents, ${errors} errors ${why}`.trim());
    }
  }
  return { observed: `${complete}/${rounds} rounds complete${problems.length ? `; ${problems[0]}` : ""}`, ok: complete === rounds, lost, duplicated };
}

/** The cases this issue added: the file system, text encodings, writers, the launcher, memory, the terminal. */
function moreCases(opts: MatrixOptions): Case[] {
  const rounds = opts.writerRounds ?? 20;
  return [
    { fault: "symlink loop in a folder (a → b → a)", expected: "failed: LinkLoop ×2, batch goes on", run: (d) => folderBatch(d, (docs) => { symlinkSync("b.txt", join(docs, "a.txt")); symlinkSync("a.txt", join(docs, "b.txt")); }, ["LinkLoop", "LinkLoop"]) },
    { fault: "self-link in a folder", expected: "failed: LinkLoop", run: (d) => folderBatch(d, (docs) => symlinkSync("self.txt", join(docs, "self.txt")), ["LinkLoop"]) },
    { fault: "dangling link in a folder", expected: "failed: NotFound", run: (d) => folderBatch(d, (docs) => symlinkSync("nowhere.txt", join(docs, "gone.txt")), ["NotFound"]) },
    { fault: "folder link back to its parent, file link to the good file", expected: "each walked once: no failure, no duplicate", run: (d) => folderBatch(d, (docs) => { mkdirSync(join(docs, "sub")); symlinkSync("..", join(docs, "sub", "up")); symlinkSync("good.txt", join(docs, "alias.txt")); }, []) },
    { fault: "subfolder that cannot be listed (non-root user)", expected: "failed: PermissionDenied", run: (d) => folderBatch(d, (docs) => { mkdirSync(join(docs, "locked")); writeFileSync(join(docs, "locked", "x.txt"), "x"); chmodSync(join(docs, "locked"), 0); }, ["PermissionDenied"], { asUser: true }) },
    { fault: "file name that is not valid UTF-8", expected: "failed: BadFileName", run: (d) => folderBatch(d, (docs) => writeFileSync(Buffer.concat([Buffer.from(join(docs, "raportti-")), Buffer.from([0xe4, 0xff]), Buffer.from(".txt")]), readFileSync(GOOD)), ["BadFileName"]) },
    { fault: "FIFO named *.txt in a folder", expected: "failed: NotRegularFile, no hang", run: (d) => folderBatch(d, (docs) => { execFileSync("mkfifo", [join(docs, "pipe.txt")]); }, ["NotRegularFile"]) },
    {
      fault: "FIFO given on the command line",
      expected: "failed: NotRegularFile, no hang",
      run: async (d) => {
        copyFileSync(GOOD, join(d, "good.txt"));
        execFileSync("mkfifo", [join(d, "pipe.txt")]);
        const r = cli(["import", "pipe.txt", "good.txt", "--db", "t.sqlite", "--workers", "1"], d);
        if (r.timedOut) return { observed: "hung", ok: false, lost: GOOD_ROWS, duplicated: 0 };
        const db = openDb(join(d, "t.sqlite"));
        const e = db.prepare("SELECT error_class, message FROM import_errors").all() as { error_class: string; message: string }[];
        const acc = accounting(db, "good.txt", GOOD_ROWS);
        db.close();
        return { observed: e.map((x) => `failed: ${x.error_class} (${x.message})`).join("; "), ok: e.length === 1 && e[0]!.error_class === "NotRegularFile" && r.status === 1, ...acc };
      },
    },
    {
      fault: "socket named *.txt in a folder",
      expected: "failed: NotRegularFile",
      run: async (d) => {
        const server = createServer();
        try {
          return await folderBatch(d, (docs) => new Promise<void>((res) => server.listen(join(docs, "sock.txt"), () => res())), ["NotRegularFile"]);
        } finally {
          server.close();
        }
      },
    },
    { fault: "link to a device (/dev/zero) named *.txt", expected: "failed: NotRegularFile", run: (d) => folderBatch(d, (docs) => symlinkSync("/dev/zero", join(docs, "zero.txt")), ["NotRegularFile"]) },
    { fault: "UTF-8 BOM followed by UTF-16LE text", expected: "failed: NotText (BOM and content disagree)", run: async (d) => { const f = join(d, "bom-mix.txt"); writeFileSync(f, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(readFileSync(GOOD, "utf8"), "utf16le")])); return batch(d, [f], "NotText"); } },
    {
      fault: "NUL byte after the first 64 KiB",
      expected: "failed: NotText, NUL never stored",
      run: async (d) => {
        const f = join(d, "late-nul.txt");
        const text = readFileSync(GOOD);
        writeFileSync(f, Buffer.concat([text, Buffer.alloc(Math.max(0, 70_000 - text.length), 0x0a), Buffer.from([0]), Buffer.from("\nloppu\n")]));
        return batch(d, [f], "NotText");
      },
    },
    {
      fault: "text in NFD (ä as a + U+0308)",
      expected: "new, 210 rows, every cell equal to the NFC import",
      run: async (d) => {
        const f = join(d, "nfd.txt");
        writeFileSync(f, readFileSync(GOOD, "utf8").normalize("NFD"));
        const r = await batch(d, [f], null, { expectedTotal: 2 * GOOD_ROWS });
        const db = openDb(join(d, "t.sqlite"));
        const same = count(db, `SELECT count(*) AS n FROM key_results a JOIN key_results b ON a.n = b.n AND a.document_id < b.document_id WHERE a.toimiala = b.toimiala AND a.tulosalue = b.tulosalue AND a.avaintulos = b.avaintulos AND a.toteuma = b.toteuma`);
        const ika = count(db, "SELECT count(*) AS n FROM key_results WHERE toimiala = 'Ikäihmisten palvelut'");
        db.close();
        return { ...r, ok: r.ok && same === GOOD_ROWS && ika > 0 && ika % 2 === 0, observed: `${r.observed}; ${same}/${GOOD_ROWS} rows equal, "Ikäihmisten palvelut" rows ${ika / 2} in each` };
      },
    },
    {
      fault: "storage error while storing a document",
      expected: "failed at stage store, batch goes on",
      run: async (d) => {
        const f = join(d, "stored-badly.txt");
        writeFileSync(f, `${readFileSync(GOOD, "utf8")}\nLiite X\n`);
        const size = readFileSync(f).length;
        const db = openDb(join(d, "t.sqlite"));
        // A real SQLite error from the storing statements, raised by the database itself.
        db.exec(`CREATE TRIGGER fail_one BEFORE INSERT ON documents WHEN NEW.bytes = ${size} BEGIN SELECT RAISE(ABORT, 'simulated storage failure'); END`);
        db.close();
        const r = await batch(d, [f], "SQLITE_CONSTRAINT_TRIGGER");
        const db2 = openDb(join(d, "t.sqlite"));
        const stage = (db2.prepare("SELECT stage FROM import_errors").get() as { stage: string } | undefined)?.stage;
        db2.close();
        return { ...r, ok: r.ok && stage === "store", observed: `${r.observed}, stage ${stage}` };
      },
    },
    { fault: `two imports into one database at once (${rounds} rounds)`, expected: `${rounds}/${rounds} rounds complete, 6 × 210 rows each`, run: (d) => twoWriters(d, rounds) },
    {
      fault: "second import while one runs",
      expected: "says another import is writing, both complete",
      run: async (d) => {
        const first = variants(join(d, "first"), 10, 0);
        const second = variants(join(d, "second"), 1, 10);
        const dbPath = join(d, "t.sqlite");
        const a = spawn(process.execPath, [BIN, "import", ...first, "--db", dbPath, "--workers", "1", "--quiet"], { stdio: "ignore" });
        const aDone = new Promise<number | null>((r) => a.on("exit", r));
        for (let t = 0; t < 2400 && documentsIn(dbPath) < 1; t++) await sleep(50);
        const b = cli(["import", ...second, "--db", dbPath, "--workers", "1", "--quiet"], d);
        const aCode = await aDone;
        const db = openDb(dbPath);
        const rows = count(db, "SELECT count(*) AS n FROM key_results");
        const dup = count(db, "SELECT count(*) AS n FROM (SELECT document_id, n FROM key_results GROUP BY 1, 2 HAVING count(*) > 1)");
        db.close();
        const said = /another import \(process \d+/.test(b.stderr);
        return { observed: `${said ? "said so" : "said nothing"}; exit ${aCode}/${b.status}; ${rows} rows`, ok: said && aCode === 0 && b.status === 0 && rows === 11 * GOOD_ROWS, lost: Math.max(0, 11 * GOOD_ROWS - rows), duplicated: dup + Math.max(0, rows - 11 * GOOD_ROWS) };
      },
    },
    { fault: "kill -9 of `node bin/hva-okr.js import`", expected: "nothing left running, run marked interrupted, rerun completes", run: (d) => killLauncher(d, "bin") },
    { fault: "kill -9 of `npx hva-okr import`", expected: "nothing left running, run marked interrupted, rerun completes", run: (d) => killLauncher(d, "npx") },
    {
      fault: "flate bomb (1 MB PDF → 1 GiB) next to a good document, 2 workers",
      expected: "failed: OutOfMemory, process peak RSS < 1 GiB",
      run: async (d) => {
        writeFileSync(join(d, "bomb.pdf"), await flateBomb());
        copyFileSync(GOOD, join(d, "good.txt"));
        // Started with the pool's flags directly, so that the measured process is the importing one.
        const p = spawn(process.execPath, ["--max-semi-space-size=1", "--single-threaded-gc", BIN, "import", "bomb.pdf", "good.txt", "--db", "t.sqlite", "--workers", "2", "--quiet"], { cwd: d, stdio: "ignore", env: { ...process.env, HVA_OKR_RELAUNCHED: "1", MALLOC_ARENA_MAX: "2" } });
        const done = new Promise<number | null>((r) => p.on("exit", r));
        let peakKb = 0;
        let finished = false;
        void done.then(() => (finished = true));
        while (!finished) {
          try {
            peakKb = Math.max(peakKb, Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${p.pid}/status`, "latin1"))?.[1] ?? 0));
          } catch {
            /* exited */
          }
          await sleep(25);
        }
        const code = await done;
        const db = openDb(join(d, "t.sqlite"));
        const e = db.prepare("SELECT error_class, message FROM import_errors").all() as { error_class: string; message: string }[];
        const acc = accounting(db, "good.txt", GOOD_ROWS);
        db.close();
        const mib = Math.round(peakKb / 1024);
        return { observed: `${e.map((x) => `failed: ${x.error_class}`).join("; ")}; exit ${code}; peak RSS ${mib} MiB`, ok: code === 1 && e.length === 1 && e[0]!.error_class === "OutOfMemory" && mib > 0 && mib < 1024, ...acc };
      },
    },
    {
      fault: "file name with CR and newline",
      expected: "name escaped (\\r, \\n) on the terminal",
      run: async (d) => {
        const docs = join(d, "docs");
        mkdirSync(docs);
        copyFileSync(GOOD, join(docs, "good.txt"));
        writeFileSync(join(docs, "bad\rname\n.txt"), Buffer.alloc(4096, 1));
        const r = cli(["import", "docs", "--db", "t.sqlite", "--workers", "1", "--verbose"], d);
        const db = openDb(join(d, "t.sqlite"));
        const acc = accounting(db, "docs/good.txt", GOOD_ROWS);
        db.close();
        const escaped = r.stderr.includes("bad\\rname\\n.txt");
        const raw = r.stderr.includes("\r") || r.stderr.includes("name\n");
        return { observed: `${escaped ? "escaped" : "not escaped"}${raw ? ", raw control characters printed" : ""}; exit ${r.status}`, ok: escaped && !raw && r.status === 1, ...acc };
      },
    },
    {
      fault: "pdf.js warning (broken cross-reference table)",
      expected: "stored as the document's warning, nothing bare on stderr",
      run: async (d) => {
        const pdf = readFileSync(join(ROOT, "fixtures/pdf/kh-okr-public.pdf"), "latin1");
        writeFileSync(join(d, "broken-xref.pdf"), Buffer.from(pdf.replace(/startxref\s+\d+/, "startxref\n9"), "latin1"));
        copyFileSync(GOOD, join(d, "good.txt"));
        const r = cli(["import", "broken-xref.pdf", "good.txt", "--db", "t.sqlite", "--workers", "1", "--verbose"], d);
        const db = openDb(join(d, "t.sqlite"));
        const warnings = (db.prepare("SELECT d.warnings FROM documents d JOIN document_sources s ON s.document_id = d.id WHERE s.source = 'broken-xref.pdf'").get() as { warnings: string } | undefined)?.warnings ?? "[]";
        const rows = count(db, "SELECT count(*) AS n FROM key_results");
        const acc = accounting(db, "good.txt", rows >= 2 * GOOD_ROWS ? 2 * GOOD_ROWS : GOOD_ROWS);
        db.close();
        const kept = (JSON.parse(warnings) as string[]).filter((w) => w.startsWith("pdf.js:"));
        const bare = /^Warning:/m.test(r.stderr);
        return { observed: `${kept.length ? kept.join("; ") : "no pdf.js warning stored"}${bare ? "; bare warning on stderr" : ""}; exit ${r.status}`, ok: kept.length > 0 && !bare && r.status === 0, ...acc };
      },
    },
  ];
}

/**
 * The OKR fixture PDF with every page squashed to 1 pt high: each page gets a new version (an
 * incremental update) whose content starts by scaling y by 1/height, and whose MediaBox is 1 pt high.
 */
function squashedPdf(): Buffer {
  const src = readFileSync(join(ROOT, "fixtures/pdf/kh-okr-public.pdf"), "latin1");
  const size = Number(/\/Size (\d+)/.exec(src.slice(src.lastIndexOf("trailer")))![1]);
  const root = /\/Root (\d+ \d+ R)/.exec(src.slice(src.lastIndexOf("trailer")))![1];
  const prev = Number(/startxref\s+(\d+)/.exec(src.slice(src.lastIndexOf("startxref")))![1]);
  let body = src.endsWith("\n") ? src : src + "\n";
  const entries: [number, number][] = [];
  let next = size;
  for (const m of src.matchAll(/(\d+) 0 obj\s*<<\/Type\/Page\/(.*?)>>\s*endobj/gs)) {
    const media = /\/MediaBox\[0 0 ([\d.]+) ([\d.]+)\]/.exec(m[2]!);
    const contents = /\/Contents (\d+) 0 R/.exec(m[2]!);
    if (!media || !contents) continue;
    const scale = `1 0 0 ${(1 / Number(media[2])).toFixed(6)} 0 0 cm\n`;
    const streamObj = next++;
    entries.push([streamObj, Buffer.byteLength(body, "latin1")]);
    body += `${streamObj} 0 obj\n<</Length ${scale.length}>>\nstream\n${scale}endstream\nendobj\n`;
    entries.push([Number(m[1]), Buffer.byteLength(body, "latin1")]);
    body += `${m[1]} 0 obj\n<</Type/Page/${m[2]!.replace(media[0], `/MediaBox[0 0 ${media[1]} 1]`).replace(contents[0], `/Contents [${streamObj} 0 R ${contents[1]} 0 R]`)}>>\nendobj\n`;
  }
  const xref = Buffer.byteLength(body, "latin1");
  body += `xref\n${entries.map(([n, off]) => `${n} 1\n${String(off).padStart(10, "0")} 00000 n \n`).join("")}trailer\n<</Size ${next}/Root ${root}/Prev ${prev}>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

/** Mounts a tmpfs of `size` at `dir`; false when this process may not mount (not root, or no permission). */
function mountTmpfs(dir: string, size: string): boolean {
  if (process.getuid?.() !== 0) return false;
  return spawnSync("mount", ["-t", "tmpfs", "-o", `size=${size}`, "tmpfs", dir], { stdio: "ignore" }).status === 0;
}

function remount(dir: string, options: string): void {
  const r = spawnSync("mount", ["-o", `remount,${options}`, dir], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`mount -o remount,${options} ${dir}: ${r.stderr.trim()}`);
}

const READ_COMMANDS: [name: string, args: string[]][] = [
  ["compare --by region", ["compare", "--by", "region"]],
  ["compare --by theme", ["compare", "--by", "theme"]],
  ["compare --by period", ["compare", "--by", "period"]],
  ["findings", ["findings"]],
  ["export", ["export", "--out", "out/export"]],
  ["report", ["report", "--out", "out/report.html"]],
];

/** A storage line of the CLI: one line naming the database, no stack trace. */
function storageLine(stderr: string, dbPath: string, reason: RegExp): boolean {
  return !/\n\s+at /.test(stderr) && stderr.split("\n").some((l) => l.startsWith(`hva-okr: database ${dbPath}: `) && reason.test(l));
}

/**
 * The read-only commands on a database holding the good document, after `protect` made it
 * read-only (and before `release` undoes it); then an import into it, which must say so in one
 * line. Lost / duplicated: the good rows missing from, or repeated in, the exported key results.
 */
async function readOnlyDb(d: string, protect: (store: string, dbPath: string) => void, release: (store: string, dbPath: string) => void, opts: { asUser?: boolean; store?: string } = {}) {
  const notRun = nobodyCannotRun(opts.asUser);
  if (notRun) return notRun;
  const store = opts.store ?? join(d, "store");
  mkdirSync(store, { recursive: true });
  mkdirSync(join(d, "out"));
  const dbPath = join(store, "t.sqlite");
  copyFileSync(GOOD, join(d, "good.txt"));
  writeFileSync(join(d, "more.txt"), `${readFileSync(GOOD, "utf8")}\nLiite R\n`);
  const imported = cli(["import", "good.txt", "--db", dbPath, "--quiet"], d);
  if (imported.status !== 0) return { observed: `setting up: import exit ${imported.status}: ${imported.stderr.trim()}`, ok: false, lost: GOOD_ROWS, duplicated: 0 };
  if (opts.asUser) for (const p of [d, join(d, "out")]) chmodSync(p, 0o777);
  protect(store, dbPath);
  const failed: string[] = [];
  let exported = -1;
  let importLine = "";
  let importOk = false;
  try {
    for (const [name, args] of READ_COMMANDS) {
      const r = cli([...args, "--db", dbPath], d, { asUser: opts.asUser });
      if (r.status !== 0 || /\n\s+at /.test(r.stderr)) failed.push(`${name}: exit ${r.status} ${r.stderr.trim().split("\n")[0] ?? ""}`);
    }
    try {
      exported = readFileSync(join(d, "out/export/key_results.csv"), "utf8").trimEnd().split("\n").length - 1;
    } catch {
      exported = 0;
    }
    const r = cli(["import", "more.txt", "--db", dbPath, "--quiet"], d, { asUser: opts.asUser });
    importLine = (r.stderr.trim().split("\n").pop() ?? "").replace(dbPath, "DB");
    importOk = (r.status === 1 || r.status === 2) && storageLine(r.stderr, dbPath, /read-only|cannot be written/);
  } finally {
    release(store, dbPath);
  }
  const db = openDb(dbPath);
  const rows = count(db, "SELECT count(*) AS n FROM key_results");
  db.close();
  const observed = `${failed.length ? `FAILED ${failed.join("; ")}` : `${READ_COMMANDS.length} read commands exit 0`}, ${exported} rows exported; import: ${importOk ? "" : "NOT "}one line, "${importLine}"; ${rows} rows stored after`;
  return { observed, ok: failed.length === 0 && importOk && rows === GOOD_ROWS, lost: Math.max(0, GOOD_ROWS - exported), duplicated: Math.max(0, exported - GOOD_ROWS) };
}

/** A case that needs root (to mount a file system): reported as not run elsewhere, never as passed silently. */
const NOT_RUN = { observed: "not run: needs root to mount a tmpfs (run the matrix as root)", ok: true, lost: 0, duplicated: 0 };

/**
 * Importing 10 documents into a database on a file system that fills up: the import stops at the
 * first write that does not fit with one line naming the database; what was committed stays, and
 * after space is freed a rerun completes the batch, nothing twice.
 */
async function fullStorage(d: string) {
  const mnt = join(d, "mnt");
  mkdirSync(mnt);
  if (!mountTmpfs(mnt, "1m")) return NOT_RUN;
  try {
    const docs = variants(join(d, "docs"), 10);
    const dbPath = join(mnt, "t.sqlite");
    const first = cli(["import", ...docs, "--db", dbPath, "--workers", "1"], d);
    const stored = documentsIn(dbPath, true);
    remount(mnt, "size=32m");
    const second = cli(["import", ...docs, "--db", dbPath, "--workers", "1", "--quiet"], d);
    const db = openDb(dbPath);
    const documents = count(db, "SELECT count(*) AS n FROM documents");
    const rows = count(db, "SELECT count(*) AS n FROM key_results");
    const dup = count(db, "SELECT count(*) AS n FROM (SELECT document_id, n FROM key_results GROUP BY 1, 2 HAVING count(*) > 1)");
    db.close();
    const line = storageLine(first.stderr, dbPath, /disk is full/);
    const failedLines = first.stderr.split("\n").filter((l) => /FAILED/.test(l)).length;
    const expected = 10 * GOOD_ROWS;
    return {
      observed: `exit ${first.status}, ${line ? "one line" : "NO storage line"}: "${first.stderr.trim().split("\n").pop()?.replace(dbPath, "DB")}", ${failedLines} document(s) marked failed, ${stored} committed; after freeing space: exit ${second.status}, ${documents} documents, ${rows} rows`,
      ok: first.status === 1 && line && failedLines === 0 && stored >= 0 && stored < 10 && second.status === 0 && documents === 10 && rows === expected,
      lost: Math.max(0, expected - rows),
      duplicated: dup + Math.max(0, rows - expected),
    };
  } finally {
    spawnSync("umount", [mnt], { stdio: "ignore" });
  }
}


/**
 * The same in this process, on any machine: a connection whose database may not grow past its
 * pages (PRAGMA max_page_count) gives SQLite's SQLITE_FULL. importPaths must stop with it (not
 * fail every document), and the CLI's message for it is one line naming the database.
 */
async function pageLimit(d: string) {
  const docs = variants(join(d, "docs"), 10);
  const dbPath = join(d, "t.sqlite");
  const db = openDb(dbPath);
  await importPaths(db, docs.slice(0, 1));
  const pages = (db.pragma("page_count", { simple: true }) as number) + 60;
  db.pragma(`max_page_count = ${pages}`);
  let thrown: unknown = null;
  try {
    await importPaths(db, docs);
  } catch (err) {
    thrown = err;
  }
  const stored = count(db, "SELECT count(*) AS n FROM documents");
  const recorded = count(db, "SELECT count(*) AS n FROM import_errors");
  db.pragma("max_page_count = 4294967294");
  const again = await importPaths(db, docs);
  const rows = count(db, "SELECT count(*) AS n FROM key_results");
  const dup = count(db, "SELECT count(*) AS n FROM (SELECT document_id, n FROM key_results GROUP BY 1, 2 HAVING count(*) > 1)");
  db.close();
  const code = (thrown as { code?: string } | null)?.code;
  const message = thrown ? userFacing(thrown, ["import", "--db", dbPath])?.message ?? "(no message)" : "no error";
  const expected = 10 * GOOD_ROWS;
  return {
    observed: `${code ?? "no error"}: "${message.replace(dbPath, "DB")}"; ${stored} of 10 committed, ${recorded} error(s) recorded; after lifting the limit: ${again.failed} failed, ${rows} rows`,
    ok: code === "SQLITE_FULL" && /^hva-okr: |^database /.test(message) && message.includes(dbPath) && !message.includes("\n") && stored >= 1 && stored < 10 && recorded === 0 && again.failed === 0 && rows === expected,
    lost: Math.max(0, expected - rows),
    duplicated: dup + Math.max(0, rows - expected),
  };
}

/** Read-only and full storage (issue 30 item 5). */
function storageCases(): Case[] {
  const asNobody = process.getuid?.() === 0;
  return [
    {
      fault: `read-only database file (mode 444${asNobody ? ", as user nobody" : ""})`,
      expected: "compare, findings, export, report work; import: one line, exit 1",
      run: (d) => readOnlyDb(d, (store, db) => { chmodSync(store, 0o777); chmodSync(db, 0o444); }, (_s, db) => chmodSync(db, 0o644), { asUser: true }),
    },
    {
      fault: `read-only database folder (mode 555${asNobody ? ", as user nobody" : ""})`,
      expected: "compare, findings, export, report work; import: one line, exit 1",
      run: (d) => readOnlyDb(d, (store, db) => { chmodSync(db, 0o666); chmodSync(store, 0o555); }, (store) => chmodSync(store, 0o755), { asUser: true }),
    },
    {
      fault: "read-only file system (tmpfs remounted read-only)",
      expected: "compare, findings, export, report work; import: one line, exit 1",
      run: async (d) => {
        const mnt = join(d, "mnt");
        mkdirSync(mnt);
        if (!mountTmpfs(mnt, "16m")) return NOT_RUN;
        try {
          return await readOnlyDb(d, () => remount(mnt, "ro"), () => remount(mnt, "rw"), { store: mnt });
        } finally {
          spawnSync("umount", [mnt], { stdio: "ignore" });
        }
      },
    },
    { fault: "file system full during an import (1 MiB tmpfs)", expected: "stops with one line (disk full), committed kept; rerun completes", run: fullStorage },
    { fault: "database at its page limit during an import (max_page_count)", expected: "SQLITE_FULL stops the batch, one line; nothing lost", run: pageLimit },
  ];
}

/** Cases whose fixes other helpers made (geometry, crawler), in the matrix so that they stay fixed. */
function othersCases(): Case[] {
  return [
    {
      fault: "PDF pages scaled to 1 pt high",
      expected: "no rows from the squashed pages, a warning naming them",
      run: async (d) => {
        const f = join(d, "squashed.pdf");
        writeFileSync(f, squashedPdf());
        const db = openDb(join(d, "t.sqlite"));
        copyFileSync(GOOD, join(d, "good.txt"));
        const s = await importPaths(db, [f, join(d, "good.txt")]);
        const bad = s.results.find((r) => r.source.endsWith("squashed.pdf"))!;
        const acc = accounting(db, s.results.find((r) => r.source.endsWith("good.txt"))!.source, GOOD_ROWS);
        db.close();
        const pageWarnings = (bad.warnings ?? []).filter((w) => /pt high|one line|zero height/.test(w));
        const observed = bad.outcome === "failed" ? `failed: ${bad.error!.errorClass} (${bad.error!.message})` : `${bad.outcome}, ${bad.rows} rows, ${pageWarnings.length} page warning(s)${pageWarnings[0] ? `: ${pageWarnings[0]}` : ""}`;
        const ok = bad.outcome === "failed" ? /pt high|degenerate|one line/.test(bad.error!.message) : bad.rows === 0 && pageWarnings.length > 0;
        return { observed, ok, ...acc };
      },
    },
    {
      fault: "crawler: charset declared wrong, a 429 with Retry-After",
      expected: "decoded by its bytes and flagged; fetched again after the delay",
      run: async (d) => {
        const { startDynastyDouble } = await import("../test/dynasty-site.js");
        const { tuningSite } = await import("../test/dynasty-specs.js");
        const { crawl } = await import("../src/crawl/crawl.js");
        const site = await startDynastyDouble(tuningSite);
        const db = openDb(join(d, "t.sqlite"));
        try {
          const s = await crawl(db, `${site.endpoint}?page=rss/meetingitems&show=1000`, { cacheDir: join(d, "cache"), fetch: { timeoutMs: 5000, backoffMs: 20, retries: 2, ratePerSecond: 50 } });
          const title = (db.prepare("SELECT a.title FROM agenda_items a JOIN document_sources s ON s.document_id = a.document_id WHERE s.source LIKE '%id=2025281-4'").get() as { title: string } | undefined)?.title;
          const flagged = s.warnings.some((w) => w.includes("2025281-4") && /charset/.test(w));
          const retried = site.count(tuningSite.tooManyOnce!);
          const items = count(db, "SELECT count(*) AS n FROM agenda_items");
          const observed = `title ${JSON.stringify(title)}, ${flagged ? "flagged" : "not flagged"}; 429 answered then fetched: ${retried} requests; ${s.failures.length} failures, ${items} items`;
          return { observed, ok: title === "Ilmoitusasiat" && flagged && retried === 2 && s.failures.length === 0, lost: Math.max(0, s.discovered - items), duplicated: Math.max(0, items - s.discovered) };
        } finally {
          db.close();
          await site.close();
        }
      },
    },
  ];
}

function cases(opts: MatrixOptions): Case[] {
  return [...BASE_CASES, ...moreCases(opts), ...storageCases(), ...othersCases()];
}

/** Options of a matrix run: fewer rounds of the two-writer case where time is short (the test suite). */
export interface MatrixOptions {
  writerRounds?: number;
  /** The per-document time limit of the hang/crash/oom cases (default 4 s, or HVA_OKR_FAULTS_TIMEOUT_MS). */
  documentTimeoutMs?: number;
  /** Only the cases whose name contains this. */
  only?: string;
}

/**
 * The per-document time limit of the hang/crash/oom cases: 20 s for `npm run faults` (a replaced worker took over 4 s to start at load 20), set longer by
 * the test suite (a busy machine must not turn a slow good document into a time-out).
 */
const matrixLimits = { documentTimeoutMs: Number(process.env.HVA_OKR_FAULTS_TIMEOUT_MS) || 20_000 };

export async function runFaultMatrix(opts: MatrixOptions = {}): Promise<FaultRow[]> {
  if (opts.documentTimeoutMs) matrixLimits.documentTimeoutMs = opts.documentTimeoutMs;
  const rows: FaultRow[] = [];
  for (const c of cases(opts).filter((x) => !opts.only || x.fault.includes(opts.only))) {
    const dir = mkdtempSync(join(tmpdir(), "hva-okr-fault-"));
    try {
      const r = await c.run(dir);
      rows.push({ fault: c.fault, expected: c.expected, observed: r.observed, rowsLost: r.lost, rowsDuplicated: r.duplicated, ok: r.ok && r.lost === 0 && r.duplicated === 0 });
    } catch (err) {
      rows.push({ fault: c.fault, expected: c.expected, observed: `matrix error: ${(err as Error).message}`, rowsLost: -1, rowsDuplicated: -1, ok: false });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return rows;
}

export function formatMatrix(rows: FaultRow[]): string {
  const head = ["fault", "expected", "observed", "lost", "dup", "ok"];
  const data = rows.map((r) => [r.fault, r.expected, r.observed.length > 110 ? r.observed.slice(0, 107) + "…" : r.observed, String(r.rowsLost), String(r.rowsDuplicated), r.ok ? "yes" : "NO"]);
  const w = head.map((h, i) => Math.max(h.length, ...data.map((d) => d[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(w[i]!)).join("  ").trimEnd();
  return [line(head), w.map((x) => "-".repeat(x)).join("  "), ...data.map(line)].join("\n");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const only = process.argv.indexOf("--only");
  const rows = await runFaultMatrix(only > 0 ? { only: process.argv[only + 1]! } : {});
  process.stdout.write(formatMatrix(rows) + "\n");
  const bad = rows.filter((r) => !r.ok).length;
  process.stdout.write(`${rows.length - bad} passed, ${bad} failed\n`);
  process.exitCode = bad ? 1 : 0;
}
