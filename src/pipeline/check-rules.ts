/**
 * Every rules file read and checked once, when a command starts and before any document is read:
 * strict schemas (src/rules/strict.ts), compiled regular expressions, and the references between
 * files (family ids, files named by others, override fields). A broken file stops the run with
 * one line naming the file, the key and the problem, rather than failing documents mid-batch.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { DEFAULT_RULES_DIR, DehyphenationRules, OkrTableRules, RegionsRules } from "../rules/load.js";
import { readStrict, RulesError } from "../rules/strict.js";
import { FamiliesRules } from "../detect/family.js";
import { NormalizeRules } from "../normalize/rules.js";
import { StatusRules } from "../analyze/status.js";
import { ThemeRules } from "../analyze/themes.js";
import { Override } from "./overrides.js";
import { FAMILIES } from "../families/registry.js";
import { OKR_FIELDS } from "../model/okr.js";

/** The files every run reads (the families' own files come from the registry). */
const CORE_FILES: readonly { file: string; schema: z.ZodType }[] = [
  { file: "dehyphenation.json", schema: DehyphenationRules },
  { file: "regions.json", schema: RegionsRules },
  { file: "okr-table.json", schema: OkrTableRules },
  { file: "families.json", schema: FamiliesRules },
  { file: "normalize.json", schema: NormalizeRules },
  { file: "status.json", schema: StatusRules },
  { file: "themes.json", schema: ThemeRules },
];

/** The first value that occurs twice, with its index. */
function duplicate(values: readonly string[]): { value: string; at: number } | null {
  const seen = new Set<string>();
  for (let i = 0; i < values.length; i++) {
    if (seen.has(values[i]!)) return { value: values[i]!, at: i };
    seen.add(values[i]!);
  }
  return null;
}

function checkFamilies(dir: string, path: string, fam: FamiliesRules): void {
  const ids = FAMILIES.map((f) => f.id);
  fam.families.forEach((f, i) => {
    if (!ids.includes(f.id)) throw new RulesError(path, `families[${i}].id`, `"${f.id}" is no registered family (known: ${ids.join(", ")})`);
    if (f.headerFrom !== undefined && !existsSync(join(dir, f.headerFrom))) throw new RulesError(path, `families[${i}].headerFrom`, `names ${f.headerFrom}, which is not in ${dir}`);
  });
  const dup = duplicate(fam.families.map((f) => f.id));
  if (dup) throw new RulesError(path, `families[${dup.at}].id`, `"${dup.value}" is listed twice`);
}

function checkRegions(path: string, regions: RegionsRules): void {
  const dup = duplicate(regions.regions.map((r) => r.id));
  if (dup) throw new RulesError(path, `regions[${dup.at}].id`, `"${dup.value}" is listed twice`);
}

function checkOkrTable(path: string, okr: OkrTableRules): void {
  const fields: readonly string[] = OKR_FIELDS;
  okr.columns.forEach((c, i) => {
    if (!c.optional && !fields.includes(c.field)) throw new RulesError(path, `columns[${i}].field`, `"${c.field}" is not a key-result field, and the column is not optional (${fields.join(", ")})`);
  });
}

function checkOverrides(dir: string): void {
  const d = join(dir, "overrides");
  if (!existsSync(d)) return;
  const allowed = new Set(FAMILIES.flatMap((f) => f.overrides?.fields ?? []));
  for (const f of readdirSync(d).filter((x) => x.endsWith(".json")).sort()) {
    const path = join(d, f);
    const { overrides } = readStrict(path, z.object({ overrides: z.array(Override) }));
    overrides.forEach((o, i) => {
      if (!allowed.has(o.field)) throw new RulesError(path, `overrides[${i}].field`, `"${o.field}" cannot be overridden (fields: ${[...allowed].join(", ")})`);
    });
  }
}

const checked = new Set<string>();

/** Checks every rules file of `dir` (once per directory and process); throws RulesError. */
export function checkRules(dir: string = process.env.HVA_OKR_RULES ?? DEFAULT_RULES_DIR): void {
  if (checked.has(dir)) return;
  const read = <T>(file: string, schema: z.ZodType<T>) => readStrict(join(dir, file), schema);
  for (const { file, schema } of CORE_FILES) read(file, schema);
  for (const f of FAMILIES) if (f.rulesFile) read(f.rulesFile.file, f.rulesFile.schema);
  checkFamilies(dir, join(dir, "families.json"), read("families.json", FamiliesRules));
  checkRegions(join(dir, "regions.json"), read("regions.json", RegionsRules));
  checkOkrTable(join(dir, "okr-table.json"), read("okr-table.json", OkrTableRules));
  checkOverrides(dir);
  checked.add(dir);
}
