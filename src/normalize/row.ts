/** Normalizing stage for OKR rows: typed toteuma, parsed target, attainment — next to the raw cells. */
import { z } from "zod";
import { OkrRow } from "../model/okr.js";
import { loadNormalizeRules, type CompiledNormalizeRules } from "./rules.js";
import { computeAttainment, parseTarget } from "./target.js";
import { normalizeValue } from "./value.js";

export const NormalizedOkrRow = OkrRow.extend({
  toteuma_kind: z.string(),
  toteuma_value: z.number().nullable(),
  toteuma_value_max: z.number().nullable(),
  toteuma_unit: z.string().nullable(),
  toteuma_status: z.string(),
  toteuma_qualifier: z.string().nullable(),
  target_direction: z.string().nullable(),
  target_value: z.number().nullable(),
  target_unit: z.string().nullable(),
  target_text: z.string().nullable(),
  /** Share of the target reached, at most `attainmentCap` (rules/normalize.json). */
  attainment: z.number().nullable(),
  /** measured ÷ target (target ÷ measured for at-most targets), uncapped. */
  attainment_ratio: z.number().nullable(),
  attainment_met: z.boolean().nullable(),
  attainment_basis: z.string(),
});
export type NormalizedOkrRow = z.infer<typeof NormalizedOkrRow>;

export function normalizeOkrRow(row: OkrRow, rules: CompiledNormalizeRules = loadNormalizeRules()): NormalizedOkrRow {
  const value = normalizeValue(row.toteuma, rules);
  // A bare number measured against a score ("NPS yli 80", "tulos vähintään 3,5") is a score.
  if (value.kind === "number" && rules.scoreRe.test(row.avaintulos)) {
    value.kind = "score";
  }
  const target = parseTarget(row.avaintulos, rules);
  const att = computeAttainment(target, value, rules);
  // Built field by field: `{ ...row, … }` made V8 grow a dictionary-mode object, far larger per row.
  const out: NormalizedOkrRow = {
    n: row.n,
    section: row.section,
    toimiala: row.toimiala,
    tulosalue: row.tulosalue,
    tavoite: row.tavoite,
    avaintulos: row.avaintulos,
    toteuma: row.toteuma,
    line: row.line,
    lineEnd: row.lineEnd,
    confidence: row.confidence,
    reasons: row.reasons,
    toteuma_kind: value.kind,
    toteuma_value: value.value,
    toteuma_value_max: value.valueMax,
    toteuma_unit: value.unit,
    toteuma_status: value.status,
    toteuma_qualifier: value.qualifier ?? value.label,
    target_direction: target?.direction ?? null,
    target_value: target?.value ?? null,
    target_unit: target?.unit ?? null,
    target_text: target?.text ?? null,
    attainment: att.ratio === null ? null : Math.min(att.ratio, rules.attainmentCap),
    attainment_ratio: att.ratio,
    attainment_met: att.met,
    attainment_basis: att.basis,
  };
  if (row.page !== undefined) out.page = row.page;
  if (row.bbox !== undefined) out.bbox = row.bbox;
  if (row.cellBoxes !== undefined) out.cellBoxes = row.cellBoxes;
  if (row.extra !== undefined) out.extra = row.extra;
  return out;
}

/** Every row of a table, normalized. */
export function normalizeOkrRows(rows: readonly OkrRow[], rules: CompiledNormalizeRules = loadNormalizeRules()): NormalizedOkrRow[] {
  const out: NormalizedOkrRow[] = [];
  for (const r of rows) out.push(normalizeOkrRow(r, rules));
  return out;
}
