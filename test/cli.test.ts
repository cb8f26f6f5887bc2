/** The CLI as a user runs it (the built bin; `npm install` builds dist/). */
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { NODE_ENV, nodeFlags, relaunchArgs } from "../src/cli/launch.js";

const run = (...args: string[]) => spawnSync(process.execPath, ["bin/hva-okr.js", ...args], { encoding: "utf8" });

describe("hva-okr", () => {
  it("prints help", () => {
    const r = run("--help");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/hva-okr extract FILE/);
  });

  it("extract --json prints the document and rows with the gold's field names", () => {
    const r = run("extract", "fixtures/seeds/002_2df4dc721c1a0aa2.txt", "--json");
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.document).toMatchObject({ family: "okr-table", region: "Kanta-Häme" });
    expect(out.rows).toHaveLength(210);
    expect(Object.keys(out.rows[0])).toEqual(expect.arrayContaining(["section", "toimiala", "tulosalue", "tavoite", "avaintulos", "toteuma", "toteuma_kind", "toteuma_status", "attainment"]));
  });

  it("names the file and the problem on bad input, exit 1", () => {
    const r = run("extract", "no/such/file.txt");
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no\/such\/file\.txt: cannot read: no such file/);
  });

  it("extract of a document with no recognizable table exits 1 and says what it found", () => {
    const dir = mkdtempSync(join(tmpdir(), "hva-okr-none-"));
    try {
      const f = join(dir, "muistio.txt");
      writeFileSync(f, "Kokouksen muistio\n\nTavoitteet ja toteutuminen käsiteltiin.\nSeuraava kokous pidetään keväällä.\n");
      const r = run("extract", f);
      expect(r.status, r.stderr).toBe(1);
      expect(r.stderr).toMatch(/muistio\.txt: no table recognized: .*header labels seen: Tavoitteet, Toteutuminen.*family scores: agenda-item \d/);
      // Said once (on stderr), and never that extract stored anything: it stores nothing.
      expect(r.stdout).not.toMatch(/header labels seen/);
      expect(r.stdout + r.stderr).not.toMatch(/stored/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it("prints a command's own usage for --help", () => {
    const r = run("import", "--help");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage:\n  hva-okr import PATH\.\.\./);
    expect(r.stdout).toMatch(/worker threads/);
    expect(r.stdout).not.toMatch(/hva-okr extract/);
    expect(run("export", "-h").stdout).toMatch(/hva-okr export/);
  });

  it("rejects wrong usage with exit 2", () => {
    expect(run("frobnicate").status).toBe(2);
    expect(run("extract").status).toBe(2);
    expect(run("extract", "a", "--no-such-flag").status).toBe(2);
  });

  it("main imports every fixture and writes the database, CSVs and the report", () => {
    const dir = mkdtempSync(join(tmpdir(), "hva-okr-main-"));
    try {
      const r = run("main", "--db", join(dir, "hva.sqlite"));
      expect(r.status, r.stderr).toBe(0);
      for (const f of ["hva.sqlite", "report.html", "csv/key_results.csv", "csv/goals.csv", "csv/progress.csv"]) expect(existsSync(join(dir, f)), f).toBe(true);
      expect(r.stdout).toMatch(/Länsi-Uusimaa\s+lu-evaluation/);
      // main gives the bundled tables their periods after the import, so it does not ask for --period
      expect(r.stderr).not.toMatch(/no reporting period found/);
      expect(r.stdout).toMatch(/report\s+\S+report\.html/);
      const review = run("review", "--below", "0.5", "--db", join(dir, "hva.sqlite"));
      expect(review.status).toBe(0);
      expect(review.stdout).toMatch(/row\(s\) to check: confidence below 0.5/);
      expect(review.stdout).not.toMatch(/reasons: (–)?\n/);
      const compare = run("compare", "--by", "theme", "--db", join(dir, "hva.sqlite"));
      expect(compare.stdout).toMatch(/Kanta-Häme\s+Länsi-Uusimaa\s+Päijät-Häme/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);

  it("import twice leaves the row count unchanged", () => {
    const dir = mkdtempSync(join(tmpdir(), "hva-okr-cli-"));
    try {
      const db = join(dir, "x.sqlite");
      const a = run("import", "fixtures/text/kh-okr-public.raw.txt", "--db", db);
      expect(a.status, a.stderr).toBe(0);
      expect(a.stderr).toMatch(/: 1 document, 210 key results/);
      const b = run("import", "fixtures/text/kh-okr-public.raw.txt", "--db", db);
      expect(b.stderr).toMatch(/1 unchanged/);
      expect(b.stderr).toMatch(/: 1 document, 210 key results/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it("import names the tables that state no period and the option that gives one", () => {
    const dir = mkdtempSync(join(tmpdir(), "hva-okr-cli-"));
    try {
      const a = run("import", "fixtures/text/kh-okr-public.raw.txt", "--db", join(dir, "a.sqlite"));
      expect(a.status, a.stderr).toBe(0);
      expect(a.stderr).toMatch(/^no reporting period found: 1 \(give it with --period M-M\/YYYY.*\): fixtures\/text\/kh-okr-public\.raw\.txt$/m);
      const b = run("import", "fixtures/text/kh-okr-public.raw.txt", "--db", join(dir, "b.sqlite"), "--period", "1-6/2026");
      expect(b.status, b.stderr).toBe(0);
      expect(b.stderr).not.toMatch(/no reporting period found/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it("import's summary counts the goals a goal-block report holds, beside its key results", () => {
    const dir = mkdtempSync(join(tmpdir(), "hva-okr-cli-"));
    try {
      const f = "fixtures/goal-blocks/tune/lo-liberation-sans";
      const blocks = (JSON.parse(readFileSync(`${f}.gold.json`, "utf8")) as { blocks: unknown[] }).blocks.length;
      const r = run("import", `${f}.pdf`, "--db", join(dir, "g.sqlite"));
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr).toContain(`: 1 document, 0 key results (0 counting each report once), ${blocks} goals`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it("report: a page named without an extension gets .html, and its database hint names the --db given", () => {
    const dir = mkdtempSync(join(tmpdir(), "hva-okr-cli-"));
    try {
      const db = join(dir, "my.sqlite");
      expect(run("import", "fixtures/text/kh-okr-public.raw.txt", "--db", db).status).toBe(0);
      const r = run("report", "--db", db, "--out", join(dir, "out", "r2"));
      expect(r.status, r.stderr).toBe(0);
      expect(existsSync(join(dir, "out", "r2"))).toBe(false);
      const page = readFileSync(join(dir, "out", "r2.html"), "utf8");
      expect(page).toContain("datasette ../my.sqlite ");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it("starts again with the GC flags of a smaller pool, and passes its exit status through", () => {
    const dir = mkdtempSync(join(tmpdir(), "hva-okr-launch-"));
    try {
      const db = join(dir, "x.sqlite");
      const ok = run("import", "fixtures/text/kh-okr-public.raw.txt", "--db", db, "--workers", "1");
      expect(ok.status, ok.stderr).toBe(0);
      expect(ok.stderr).toMatch(/: 1 document, 210 key results/);
      const bad = run("import", "no/such/file.pdf", "--db", db, "--workers=1");
      expect(bad.status).toBe(1);
      expect(bad.stderr).toMatch(/no\/such\/file\.pdf/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("launcher flags", () => {
  it("single-threaded GC and a small main-thread semi-space", () => {
    expect(nodeFlags()).toEqual(["--max-semi-space-size=1", "--single-threaded-gc"]);
  });

  it("the shebang carries no flags: outputs run with node's defaults, pool commands start again with them", () => {
    const shebang = readFileSync("bin/hva-okr.js", "utf8").split("\n")[0]!;
    expect(shebang).toBe("#!/usr/bin/env node");
    for (const cmd of ["report", "export", "compare", "findings", "extract", "review"]) expect(relaunchArgs([cmd], [], {})).toBeNull();
    for (const cmd of ["import", "crawl", "main"]) expect(relaunchArgs([cmd], [], {})).toEqual({ execArgv: nodeFlags(), env: NODE_ENV });
  });

  it("starts again only for pool commands without the flags or environment", () => {
    const full = nodeFlags();
    expect(relaunchArgs(["import", "x.pdf"], full, NODE_ENV)).toBeNull();
    expect(relaunchArgs(["import", "x.pdf", "--workers", "1"], full, NODE_ENV)).toBeNull();
    expect(relaunchArgs(["report"], [], {})).toBeNull();
    expect(relaunchArgs(["import", "x.pdf"], ["--inspect"], NODE_ENV)).toEqual({ execArgv: ["--inspect", ...full], env: {} });
    expect(relaunchArgs(["main"], ["--max-semi-space-size=16", "--single-threaded-gc"], NODE_ENV)).toEqual({ execArgv: full, env: {} });
    // The environment is added when missing, and a user's own value is kept.
    expect(relaunchArgs(["import", "x.pdf"], full, {})).toEqual({ execArgv: full, env: NODE_ENV });
    expect(relaunchArgs(["import", "x.pdf"], full, { MALLOC_ARENA_MAX: "8" })).toBeNull();
  });
});
