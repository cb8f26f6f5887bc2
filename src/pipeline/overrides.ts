/**
 * Corrections made by people (`rules/overrides/*.json`), keyed by document content, row and the
 * extracted text they replace, so they survive re-imports and are reported once they no longer
 * match (see rules/overrides/README.md).
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { createHash } from "node:crypto";
import { z } from "zod";
import { readRulesJson } from "../rules/load.js";
import type { ExtractResult } from "../model/document.js";
import { findFamily } from "../families/registry.js";

export const Override = z.object({
  document: z.string().regex(/^[0-9a-f]{12,64}$/, "the document's sha256 (at least 12 hex digits)"),
  n: z.number().int().positive(),
  field: z.string(),
  from: z.string(),
  to: z.string(),
  note: z.string().optional(),
});
export type Override = z.infer<typeof Override> & { file: string };

export function loadOverrides(dir: string): Override[] {
  const d = join(dir, "overrides");
  if (!existsSync(d)) return [];
  const out: Override[] = [];
  for (const f of readdirSync(d).filter((x) => x.endsWith(".json")).sort()) {
    const parsed = readRulesJson(d, f, z.object({ overrides: z.array(Override) }), "override file");
    out.push(...parsed.overrides.map((o) => ({ ...o, file: f })));
  }
  return out;
}

export function overridesFor(sha256: string, all: readonly Override[]): Override[] {
  return all.filter((o) => sha256.startsWith(o.document));
}

/** A fingerprint of the overrides of one document: a change makes import apply them again. */
export function overridesHash(list: readonly Override[]): string {
  return list.length ? createHash("sha256").update(JSON.stringify(list.map(({ file: _f, ...o }) => o))).digest("hex").slice(0, 16) : "";
}

export interface OverrideOutcome {
  applied: Override[];
  orphaned: { override: Override; why: string }[];
}

/** Applies the document's overrides to an extraction result (in place) and says which did not match. */
export function applyOverrides(res: ExtractResult, list: readonly Override[]): OverrideOutcome {
  const applied: Override[] = [];
  const orphaned: OverrideOutcome["orphaned"] = [];
  const family = findFamily(res.document.family);
  for (const o of list) {
    const why = family?.overrides?.fields.includes(o.field) ? family.overrides.apply(res, o) : `field "${o.field}" cannot be overridden`;
    if (why === null) applied.push(o);
    else orphaned.push({ override: o, why });
  }
  return { applied, orphaned };
}
