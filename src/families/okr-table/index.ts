/**
 * The OKR key-result table (a county's strategy-implementing objectives, one row per key result):
 * rows rebuilt despite multi-line cells, by columns from text or from PDF geometry.
 */
import { z } from "zod";
import { defineFamily, type FamilyContext, type Reconstructed } from "../types.js";
import { detectOkrTable, detectOkrTableByShape, okrTableMissed } from "./detect.js";
import { storeOkrTable } from "./store.js";
import { reconstructOkrTable } from "../../reconstruct/okr-table/text.js";
import { reconstructOkrTablePdf } from "../../reconstruct/okr-table/pdf.js";
import { NormalizedOkrRow, normalizeOkrRow, normalizeOkrRows } from "../../normalize/row.js";
import { OKR_FIELDS } from "../../model/okr.js";
import { letterKey } from "../../text/letters.js";
import { scoreRows, type Row } from "../../eval/score.js";
import type { Region } from "../../rules/load.js";

/** Fields scored against the gold rows. */
export const OKR_EVAL_FIELDS = ["section", ...OKR_FIELDS] as const;

export const okrTable = defineFamily<undefined>({
  id: "okr-table",
  detect: detectOkrTable,
  detectLastResort: detectOkrTableByShape,
  missed: okrTableMissed,
  fromText(lines, { rules, region }: FamilyContext): Reconstructed<undefined> {
    // Rows come from the document itself; the region's division names only confirm and spell them.
    const table = reconstructOkrTable(lines, region ?? null, rules);
    return { rows: normalizeOkrRows(table.rows), warnings: table.warnings };
  },
  fromPdf(doc, { rules, region, lineOf }) {
    // Rows come from the layout; the region's division names only confirm and spell them.
    const table = reconstructOkrTablePdf(doc, region ?? null, rules, lineOf);
    const { pagesWithTable, ruledPages, continuedRows } = table.report;
    // Without the rulings read, no page can count as ruled: "0 ruled pages" would be a false figure.
    const report = doc.rulingsRead === false ? { pagesWithTable, continuedRows } : { pagesWithTable, ruledPages, continuedRows };
    return { rows: normalizeOkrRows(table.rows), warnings: table.warnings, report };
  },
  output: z.object({ rows: z.array(NormalizedOkrRow) }),
  json: (res) => ({ rows: res.rows }),
  summary: (res) => `${res.rows.length} rows`,
  keys: (res) => res.rows.map((r) => letterKey(`${r.toimiala}|${r.tulosalue}|${r.toteuma}`)),
  store: storeOkrTable,
  eval: {
    manifest: "okr",
    score(res, gold) {
      const s = scoreRows((gold as { rows: Row[] }).rows, res.rows, OKR_EVAL_FIELDS);
      return [
        { measure: "rows matched", exact: s.matchedRows, total: s.goldRows, precision: s.precision, recall: s.recall },
        { measure: "cells exact", exact: s.cellsExact, total: s.cellsTotal },
      ];
    },
  },
  overrides: {
    fields: ["section", "toimiala", "tulosalue", "tavoite", "avaintulos", "toteuma"],
    apply(res, o) {
      const i = res.rows.findIndex((r) => r.n === o.n);
      const row = res.rows[i];
      if (!row) return `no row ${o.n}`;
      if ((row as unknown as Record<string, unknown>)[o.field] !== o.from) return `row ${o.n} ${o.field} is no longer "${o.from}"`;
      res.rows[i] = normalizeOkrRow({ ...row, [o.field]: o.to, reasons: [...row.reasons, `override applied (${o.file})`] });
      return null;
    },
  },
});
