/**
 * Lazy loading in the CLI: `--help` and `extract` of a text start without loading what they do not
 * use (pdf.js and its runtime set-up, SQLite, the worker pool, the theme stemmers). Which modules a
 * command loads is recorded by a module hook in a real `bin/hva-okr.js` process.
 */
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";

// ES modules through a load hook; CommonJS ones (required by createRequire) from require's cache at exit.
const HOOK = `data:text/javascript,${encodeURIComponent(`
import { register, createRequire } from "node:module";
register("data:text/javascript," + encodeURIComponent(
  "export async function load(url, context, next) { process.stderr.write('LOADED ' + url + '\\\\n'); return next(url, context); }"));
process.on("exit", () => { for (const f of Object.keys(createRequire(process.cwd() + "/").cache)) process.stderr.write("LOADED " + f + "\\n"); });
`)}`;

/** The URLs of the modules `hva-okr args…` loads, and its exit status. */
function loaded(args: string[]): { urls: string[]; status: number | null } {
  const r = spawnSync(process.execPath, ["--import", HOOK, "bin/hva-okr.js", ...args], { encoding: "utf8", timeout: 120_000, env: { ...process.env, HVA_OKR_RELAUNCHED: "1" } });
  return { urls: r.stderr.split("\n").filter((l) => l.startsWith("LOADED ")).map((l) => l.slice(7)), status: r.status };
}

const NOT_FOR_A_TEXT = /pdfjs-dist|read\/pdf\.js|pdfjs-runtime|canvas-free|pipeline\/setup|pipeline\/pool|better-sqlite3|p-queue|snowball-stemmers|natural\//;

describe("what a command loads", () => {
  it("extract of a text loads neither pdf.js nor its runtime, SQLite, the pool or the stemmers", () => {
    const { urls, status } = loaded(["extract", "fixtures/seeds/002_2df4dc721c1a0aa2.txt"]);
    expect(status).toBe(0);
    expect(urls.some((u) => u.includes("reconstruct/okr-table/text.js")), "the hook saw the text path").toBe(true);
    expect(urls.filter((u) => NOT_FOR_A_TEXT.test(u))).toEqual([]);
  }, 120_000);

  it("--help loads only the command line's own modules", () => {
    const { urls, status } = loaded(["--help"]);
    expect(status).toBe(0);
    expect(urls.filter((u) => /node_modules|families|reconstruct|pipeline\/(extract|check-rules)/.test(u))).toEqual([]);
  }, 120_000);

  it("extract of a PDF still sets pdf.js's runtime up", () => {
    const { urls, status } = loaded(["extract", "fixtures/pdf/kh-okr-public.pdf"]);
    expect(status).toBe(0);
    expect(urls.some((u) => u.includes("pipeline/setup.js"))).toBe(true);
    expect(urls.some((u) => u.includes("pdfjs-dist"))).toBe(true);
  }, 120_000);
});
