/**
 * The fault matrix: bad inputs and crashes, each imported in a batch next to a good document.
 * For every case: what should happen, what happened, and how many of the good rows were lost or
 * duplicated (both must be 0). `npm run faults` prints it; test/faults.test.ts runs it in CI.
 */
import { execFileSync, spawn } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openDb, type DB } from "../src/store/db.js";
import { importPaths, type ImportSummary } from "../src/pipeline/import.js";
import { ExtractPool } from "../src/pipeline/pool.js";
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

export const CASES: Case[] = [
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
      const pool = new ExtractPool({ size: 1, timeoutMs: 4000, maxHeapMb: 96 });
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

export async function runFaultMatrix(): Promise<FaultRow[]> {
  const rows: FaultRow[] = [];
  for (const c of CASES) {
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
  const data = rows.map((r) => [r.fault, r.expected, r.observed.length > 90 ? r.observed.slice(0, 87) + "…" : r.observed, String(r.rowsLost), String(r.rowsDuplicated), r.ok ? "yes" : "NO"]);
  const w = head.map((h, i) => Math.max(h.length, ...data.map((d) => d[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(w[i]!)).join("  ").trimEnd();
  return [line(head), w.map((x) => "-".repeat(x)).join("  "), ...data.map(line)].join("\n");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const rows = await runFaultMatrix();
  process.stdout.write(formatMatrix(rows) + "\n");
  const bad = rows.filter((r) => !r.ok).length;
  process.stdout.write(`${rows.length - bad} passed, ${bad} failed\n`);
  process.exitCode = bad ? 1 : 0;
}
