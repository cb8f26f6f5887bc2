/** Security properties that a change could quietly break. */
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve, sep } from "node:path";
import { safeJoin, safeName } from "../src/store/paths.js";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith(".ts") ? [p] : [];
  });
}

describe("SQL", () => {
  it("interpolates only constant identifiers into SQL; every value is a bound parameter", () => {
    const allowed = new Set(["${c.table}", "${c.column}", "${c.decl}", "${t}", "${SOURCE}",
      // constant SQL fragments built in code (column lists, scopes, orderings), never user values
      "${col}", "${type}", "${SUMMED_COUNTS}", '${ORDER_PERIOD("period")}', "${statusCounts()}", '${statusCounts("i")}',
      '${scope ? "NULL" : "r.period"}', "${IN_SCOPE}", "${q.from}", "${q.select}", "${q.order}", "${where}", "${FINDINGS_ORDER}"]);
    const found: string[] = [];
    for (const f of sources("src")) {
      const text = readFileSync(f, "utf8");
      for (const m of text.matchAll(/\.(?:prepare|exec)\(\s*`([^`]*)`/g)) {
        for (const x of m[1]!.matchAll(/\$\{[^}]*\}/g)) if (!allowed.has(x[0])) found.push(`${f}: ${x[0]}`);
      }
    }
    expect(found).toEqual([]);
  });
});

describe("paths", () => {
  it.each(["../../etc/passwd", "..\\..\\windows\\system32", "/abs/path/x.pdf", "a\u0000b.pdf", "....", "", "liite 1: raportti?.pdf"])("keeps %j inside the output folder", (name) => {
    const root = resolve("output/test-root");
    const p = safeJoin(root, name);
    expect(p.startsWith(root + sep)).toBe(true);
    expect(safeName(name)).not.toMatch(/[/\\\u0000:?]/);
  });
});

describe("rules files", () => {
  it("name the file and the problem when one is broken", async () => {
    const { cpSync, mkdtempSync, writeFileSync, rmSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { readRulesJson, loadRules } = await import("../src/rules/load.js");
    const { loadStatusRules } = await import("../src/analyze/status.js");
    const dir = mkdtempSync(join(tmpdir(), "hva-okr-rules-"));
    try {
      cpSync(loadRules().dir, dir, { recursive: true });
      writeFileSync(join(dir, "status.json"), '{"scale": "not a list"}');
      expect(() => loadStatusRules({ ...loadRules(), dir })).toThrow(new RegExp(`rules file ${dir}/status.json is invalid`));
      writeFileSync(join(dir, "themes.json"), "{ broken");
      const { z } = await import("zod");
      expect(() => readRulesJson(dir, "themes.json", z.object({}))).toThrow(/rules file .*themes\.json: .*JSON/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
