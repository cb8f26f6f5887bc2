/**
 * Strict reading of one rules file: besides its zod schema, keys the schema does not know are
 * refused (a typo such as "ruling" for "rulings" would otherwise run silently with the default),
 * and every regular expression is compiled. Problems are one line: file, key, what is wrong.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";

/** A problem in a rules file: `file: key: problem` on one line. */
export class RulesError extends Error {
  override name = "RulesError";
  constructor(
    readonly file: string,
    readonly key: string,
    readonly problem: string,
  ) {
    super(`${file}: ${key ? `${key}: ` : ""}${problem}`);
  }
}

/** `a.b[2].c` */
export function keyPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const p of path) out += typeof p === "number" ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/** Keys of `raw` objects the schema dropped (not in `parsed` at the same place). `$…` keys are comments. */
export function unknownKeys(raw: unknown, parsed: unknown, path: PropertyKey[] = []): { path: PropertyKey[]; known: string[] } | null {
  if (Array.isArray(raw) && Array.isArray(parsed)) {
    for (let i = 0; i < raw.length && i < parsed.length; i++) {
      const hit = unknownKeys(raw[i], parsed[i], [...path, i]);
      if (hit) return hit;
    }
    return null;
  }
  if (raw && parsed && typeof raw === "object" && typeof parsed === "object" && !Array.isArray(raw)) {
    for (const k of Object.keys(raw)) {
      if (k.startsWith("$")) continue;
      if (!Object.hasOwn(parsed, k)) return { path: [...path, k], known: Object.keys(parsed) };
      const hit = unknownKeys((raw as Record<string, unknown>)[k], (parsed as Record<string, unknown>)[k], [...path, k]);
      if (hit) return hit;
    }
  }
  return null;
}

/** A key whose value is a regular expression (or a list of them): `pattern`, `…Pattern`, `…Patterns`. */
const REGEX_KEY = /(^p|P)atterns?$/;

/** Placeholders some patterns use before they are compiled (normalize.json, agenda-item.json). */
function withPlaceholders(p: string): string {
  return p.replaceAll("NUM", "(?:0)").replaceAll("UNIT", "(?:x)");
}

/** The first regular expression that does not compile, with its key. */
export function badRegex(data: unknown, path: PropertyKey[] = []): { path: PropertyKey[]; message: string } | null {
  if (Array.isArray(data)) {
    for (let i = 0; i < data.length; i++) {
      const hit = badRegex(data[i], [...path, i]);
      if (hit) return hit;
    }
    return null;
  }
  if (!data || typeof data !== "object") return null;
  for (const [k, v] of Object.entries(data)) {
    if (REGEX_KEY.test(k)) {
      const list: [unknown, PropertyKey[]][] = typeof v === "string" ? [[v, [...path, k]]] : Array.isArray(v) ? v.map((x, i) => [x, [...path, k, i]]) : [];
      for (const [p, at] of list) {
        if (typeof p !== "string") continue;
        try {
          new RegExp(withPlaceholders(p), "u");
        } catch (err) {
          return { path: at, message: `not a regular expression: ${(err as Error).message}` };
        }
      }
    }
    const hit = badRegex(v, [...path, k]);
    if (hit) return hit;
  }
  return null;
}

/** Reads, parses and checks one rules file strictly; throws RulesError naming file and key. */
export function readStrict<T>(path: string, schema: z.ZodType<T>): T {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    throw new RulesError(path, "", `cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new RulesError(path, "", `not valid JSON: ${oneLine((err as Error).message)}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new RulesError(path, keyPath(issue.path) || "(top level)", oneLine(issue.message));
  }
  const extra = unknownKeys(raw, parsed.data);
  if (extra) throw new RulesError(path, keyPath(extra.path), `unknown key (known here: ${extra.known.join(", ") || "none"})`);
  const re = badRegex(parsed.data);
  if (re) throw new RulesError(path, keyPath(re.path), oneLine(re.message));
  return parsed.data;
}
