/**
 * Fields of the text path told by their column's values when no header label names them, as on the
 * PDF path (`pdf.ts`): a column under a label no vocabulary has is kept as an added column while the
 * rows are built (`extra:<header>`), and only then, from every row's cells, is it told to be a field
 * by `value-told.ts` (only fields the header does not name; nothing guessed). The row's cell moves
 * from `extra` to that field.
 */
import type { OkrRow } from "../../model/okr.js";
import { EXTRA_PREFIX } from "./header.js";
import { valueToldColumns } from "./value-told.js";

type ToldField = "toimiala" | "tulosalue" | "tavoite" | "avaintulos" | "toteuma";
/**
 * Share of a key result column's values that differ from every other row's, on this path: its
 * first reading cuts an unknown column's cells as an added column's, so a few cut wrongly recur
 * (a name's last word, "Alfa" / "beeta", left as the next column's cell in every row it heads).
 */
const KEY_RESULT_DISTINCT = 0.8;
const TOLD_FIELDS: ReadonlySet<string> = new Set<ToldField>(["toimiala", "tulosalue", "tavoite", "avaintulos", "toteuma"]);

/** A row's cell under a column: a known field's, or an added column's by its header text. */
function cellOf(row: OkrRow, field: string): string {
  if (field.startsWith(EXTRA_PREFIX)) return row.extra?.[field.slice(EXTRA_PREFIX.length)] ?? "";
  const v = (row as unknown as Record<string, unknown>)[field];
  return typeof v === "string" ? v : "";
}

/**
 * Tells fields by their columns' values: `columns[i]` is row i's table columns in printed order.
 * Rows and their column lists are changed in place. Returns the columns told: `extra:<header>` → field.
 */
export function tellFieldsByValues(rows: OkrRow[], columns: string[][]): Map<string, ToldField> {
  const out = new Map<string, ToldField>();
  const told = valueToldColumns(rows.map((r, i) => ({ fields: columns[i]!, texts: columns[i]!.map((f) => cellOf(r, f)) })), { keyResultDistinct: KEY_RESULT_DISTINCT });
  for (const [column, field] of told) {
    if (!TOLD_FIELDS.has(field)) continue;
    out.set(column, field as ToldField);
    const label = column.slice(EXTRA_PREFIX.length);
    rows.forEach((r, i) => {
      if (!columns[i]!.includes(column)) return;
      columns[i] = columns[i]!.map((f) => (f === column ? field : f));
      if (!r.extra || !(label in r.extra)) return;
      r[field as ToldField] = r.extra[label]!;
      delete r.extra[label];
      if (!Object.keys(r.extra).length) delete r.extra;
    });
  }
  return out;
}
