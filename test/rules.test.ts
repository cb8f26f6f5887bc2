/**
 * The strict rules check: each kind of mistake in a rules file is one line naming the file, the
 * key and the problem; through the CLI it is exit 2 before any document is read.
 */
import { afterEach, describe, expect, it } from "vitest";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkRules } from "../src/pipeline/check-rules.js";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A copy of rules/ with one file changed by `edit` (its parsed JSON, or its text when a string is returned). */
function brokenRules(file: string, edit: (json: any) => unknown): string {
  const dir = mkdtempSync(join(tmpdir(), "hva-rules-"));
  dirs.push(dir);
  cpSync("rules", dir, { recursive: true });
  const path = join(dir, file);
  const out = edit(JSON.parse(readFileSync(path, "utf8")));
  writeFileSync(path, typeof out === "string" ? out : JSON.stringify(out, null, 2));
  return dir;
}

function problem(dir: string): string {
  try {
    checkRules(dir);
  } catch (err) {
    return (err as Error).message;
  }
  return "no error";
}

describe("rules check", () => {
  it("accepts the bundled rules", () => {
    expect(problem("rules")).toBe("no error");
  });

  it.each([
    ["not JSON", "okr-table.json", () => "{ \"columns\": [", /okr-table\.json: not valid JSON/],
    ["a wrong type", "okr-table.json", (j: any) => ({ ...j, segmentation: { ...j.segmentation, passes: "two" } }), /okr-table\.json: segmentation\.passes: .*number/],
    ["a missing key", "dehyphenation.json", (j: any) => ({ ...j, vowels: undefined }), /dehyphenation\.json: vowels: /],
    ["an unknown key (a typo)", "okr-table.json", (j: any) => ({ ...j, pdf: { ...j.pdf, ruling: "always" } }), /okr-table\.json: pdf\.ruling: unknown key \(known here: .*rulings/],
    ["a value outside its set", "okr-table.json", (j: any) => ({ ...j, pdf: { ...j.pdf, rulings: "sometimes" } }), /okr-table\.json: pdf\.rulings: /],
    ["a regular expression that does not compile", "families.json", (j: any) => ({ ...j, families: j.families.map((f: any, i: number) => (i === 1 ? { ...f, signals: [{ pattern: "(unclosed", weight: 1 }] } : f)) }), /families\.json: families\[1\]\.signals\[0\]\.pattern: not a regular expression/],
    ["a bad regex in a family's own file", "ph-strategy.json", (j: any) => ({ ...j, codePattern: "[" }), /ph-strategy\.json: codePattern: not a regular expression/],
    ["a family id no family registers", "families.json", (j: any) => ({ ...j, families: [...j.families, { id: "no-such-family", description: "x", signals: [] }] }), /families\.json: families\[\d+\]\.id: "no-such-family" is no registered family/],
    ["a file named by another that is not there", "families.json", (j: any) => ({ ...j, families: j.families.map((f: any) => (f.headerFrom ? { ...f, headerFrom: "missing.json" } : f)) }), /families\.json: families\[\d+\]\.headerFrom: names missing\.json/],
    ["a region listed twice", "regions.json", (j: any) => ({ ...j, regions: [...j.regions, j.regions[0]] }), /regions\.json: regions\[\d+\]\.id: ".*" is listed twice/],
  ])("reports %s as file, key and problem on one line", (_what, file, edit, expected) => {
    const message = problem(brokenRules(file, edit as (j: any) => unknown));
    expect(message).toMatch(expected);
    expect(message).not.toContain("\n");
  });

  it("reports an override of a field no family lets change", () => {
    const dir = brokenRules("regions.json", (j) => j);
    writeFileSync(join(dir, "overrides", "bad.json"), JSON.stringify({ overrides: [{ document: "0123456789ab", n: 1, field: "confidence", from: "a", to: "b" }] }));
    expect(problem(dir)).toMatch(/overrides\/bad\.json: overrides\[0\]\.field: "confidence" cannot be overridden/);
  });
});

describe("a broken rules file through the CLI", () => {
  it(
    "is one line on stderr and exit 2, before any document is read or stored",
    () => {
      const dir = brokenRules("okr-table.json", (j: any) => ({ ...j, pdf: { ...j.pdf, ruling: "always" } }));
      const db = join(dir, "out.sqlite");
      const r = spawnSync(process.execPath, ["bin/hva-okr.js", "import", "fixtures/seeds/002_2df4dc721c1a0aa2.txt", "--db", db], { encoding: "utf8", env: { ...process.env, HVA_OKR_RULES: dir } });
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stderr).toMatch(/okr-table\.json: pdf\.ruling: unknown key/);
      expect(r.stdout).toBe("");
      expect(existsSync(db)).toBe(false);
    },
    120_000,
  );
});
