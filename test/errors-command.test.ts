/** `hva-okr errors`: what the imports could not read, listed again from the database. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const run = (...args: string[]) => spawnSync(process.execPath, ["bin/hva-okr.js", ...args], { encoding: "utf8", timeout: 120_000 });

describe("hva-okr errors", () => {
  let dir = "";
  let db = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "hva-okr-errors-"));
    db = join(dir, "e.sqlite");
    const docs = join(dir, "docs");
    mkdirSync(docs);
    writeFileSync(join(docs, "muistio.txt"), "Kokouksen muistio\n\nTavoitteet käsiteltiin.\n");
    writeFileSync(join(docs, "rikki.pdf"), "%PDF-1.7\nthis is no PDF body\n");
    expect(run("import", docs, "--db", db, "--quiet").status).toBe(1);
  }, 240_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("lists the latest run's failures, once per run; --all every run's, --json as data", () => {
    const r = run("errors", "--db", db);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.match(/rikki\.pdf: /g)).toHaveLength(1);
    expect(r.stdout).not.toMatch(/muistio\.txt/);
    // A rerun logs the failure again (the log is per run); the default view still lists it once.
    expect(run("import", join(dir, "docs"), "--db", db, "--quiet").status).toBe(1);
    expect(run("errors", "--db", db).stdout.match(/rikki\.pdf: /g)).toHaveLength(1);
    const all = run("errors", "--all", "--db", db);
    expect(all.stdout.match(/rikki\.pdf: /g)).toHaveLength(2);
    expect(all.stdout.match(/^run #\d+ /gm)).toHaveLength(2);
    const json = JSON.parse(run("errors", "--json", "--db", db).stdout) as { source: string; error_class: string }[];
    expect(json).toHaveLength(1);
    expect(json[0]!.source).toMatch(/rikki\.pdf$/);
  }, 240_000);

  it("says so when the latest run read every file, and names a missing database", () => {
    const good = join(dir, "good");
    mkdirSync(good);
    writeFileSync(join(good, "muistio.txt"), "Toinen muistio\n\nEi päätöksiä.\n");
    expect(run("import", good, "--db", db, "--quiet").status).toBe(0);
    expect(run("errors", "--db", db).stdout).toMatch(/read every file; --all lists earlier runs' failures/);
    const missing = run("errors", "--db", join(dir, "none.sqlite"));
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim().split("\n")).toHaveLength(1);
    expect(missing.stderr).toMatch(/none\.sqlite/);
  }, 240_000);
});
