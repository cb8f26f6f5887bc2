/**
 * Module boundaries (docs/architecture.md): no import cycles among src/ modules, SQL only in
 * src/store/, and detection that does not reach into reconstruction.
 */
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const SRC = resolve("src");

function sources(dir: string = SRC): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith(".ts") ? [p] : [];
  });
}

/** The src/ files a file imports at run time (type-only imports are erased and left out). */
function runtimeImports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const out: string[] = [];
  for (const m of text.matchAll(/^\s*(?:import|export)\s+(type\s+)?([^;]*?)\s+from\s+["'](\.[^"']+)["']/gms)) {
    if (m[1] || /^\{\s*(?:type\s+[^,}]+,?\s*)+\}$/.test(m[2]!.trim())) continue;
    out.push(resolve(dirname(file), m[3]!).replace(/\.js$/, ".ts"));
  }
  return out;
}

/** Groups of files that import each other, directly or round about (Tarjan's strongly connected components). */
function cycles(files: string[]): string[][] {
  const graph = new Map(files.map((f) => [f, runtimeImports(f).filter((d) => files.includes(d))]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    for (const w of graph.get(v)!) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do group.push((w = stack.pop()!));
      while (w !== v);
      if (group.length > 1) found.push(group.map((f) => relative(SRC, f)).sort());
    }
  };
  for (const f of files) if (!index.has(f)) visit(f);
  return found;
}

/** Files that run SQL against the database themselves, and the ones still to move (shrink only). */
const SQL = /\.prepare\(|\bdb\.exec\(|\.pragma\(|["'`](?:SELECT|INSERT|UPDATE|DELETE|WITH) /;
const SQL_NOT_YET_IN_STORE: string[] = [];

describe("module boundaries", () => {
  const files = sources();

  it("has no import cycles in src/", () => {
    expect(files.length).toBeGreaterThan(100);
    expect(cycles(files)).toEqual([]);
  });

  it("finds a cycle when there is one (the check itself)", () => {
    const a = resolve("src/store/db.ts");
    const b = resolve("src/store/families.ts");
    expect(runtimeImports(a)).toContain(b);
    expect(runtimeImports(b)).not.toContain(a);
  });

  it("keeps SQL in src/store/", () => {
    const outside = files.filter((f) => !f.startsWith(join(SRC, "store")) && SQL.test(readFileSync(f, "utf8"))).map((f) => relative(SRC, f));
    expect(outside.sort()).toEqual(SQL_NOT_YET_IN_STORE);
  });

  it("detects without importing reconstruction", () => {
    const detect = files.filter((f) => f.startsWith(join(SRC, "detect")));
    expect(detect.length).toBeGreaterThan(0);
    for (const f of detect) expect(runtimeImports(f).filter((d) => d.startsWith(join(SRC, "reconstruct"))), relative(SRC, f)).toEqual([]);
  });
});
