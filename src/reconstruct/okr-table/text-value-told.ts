/**
 * Fields of the text path told by their column's values when no header label names them, as on the
 * PDF path (`pdf.ts`): a column under a label no vocabulary has is kept as an added column while the
 * rows are built (`extra:<header>`), and only then, from every row's cells, is it told to be a field
 * by `value-told.ts` (only fields the header does not name; nothing guessed). The row's cell moves
 * from `extra` to that field.
 */
import type { OkrRow } from "../../model/okr.js";
import { letterKey } from "../../text/letters.js";
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

/**
 * A header told by its shape names no field: every column's field is told by its values, from a
 * reading whose cells were cut with the fields `read` gave the columns (`shapeFieldsGuess`). Each
 * column is handed in under its own label, so the tests see them all as added columns and tell the
 * missing fields (all of them) jointly. Returns the columns told: `extra:<header>` → field.
 */
export function tellShapeFields(rows: readonly OkrRow[], columns: readonly string[], read: ReadonlyMap<string, string>): Map<string, string> {
  const cells = rows.map((r) => ({ fields: [...columns], texts: columns.map((c) => cellOf(r, read.get(c) ?? c)) }));
  const told = new Map([...valueToldColumns(cells, { keyResultDistinct: KEY_RESULT_DISTINCT, printedOrder: true })].filter(([, f]) => TOLD_FIELDS.has(f)));
  otherLevel(cells, columns, told);
  return told;
}

/** Share of rows an added column must fill to be taken for a level the values left untold. */
const MIN_LEVEL_FILLED = 0.9;
/** Share of the finer level's values found under one value of the coarser, at the least (cells cut unevenly lower it). */
const MIN_LEVEL_NESTING = 0.6;

/** Share of `fine`'s distinct values that stand under one value of `coarse` in every row they stand in. */
function nesting(fine: readonly string[], coarse: readonly string[]): number {
  const under = new Map<string, Set<string>>();
  fine.forEach((f, i) => {
    if (!f || !coarse[i]) return;
    under.set(f, (under.get(f) ?? new Set()).add(coarse[i]!));
  });
  return under.size ? [...under.values()].filter((u) => u.size === 1).length / under.size : 0;
}

/**
 * A table has both the division and the result area. When the values told one and not the other (an
 * added column beside the other cut its cells unevenly, so they nest less cleanly than the tests
 * ask), the added column filled in (nearly) every row whose values nest best with the told level's
 * (each result area under one division), when they nest well enough, is the other level; of the
 * two, the one with fewer distinct values is the division. A column of values repeated under every
 * division (partners, persons) nests with none.
 */
function otherLevel(cells: readonly { texts: string[] }[], columns: readonly string[], told: Map<string, string>): void {
  const fields = new Set(told.values());
  if (fields.has("toimiala") === fields.has("tulosalue")) return;
  const keysOf = (ci: number) => cells.map((r) => letterKey(r.texts[ci] ?? ""));
  const [levelColumn] = [...told].find(([, f]) => f === "toimiala" || f === "tulosalue")!;
  const level = keysOf(columns.indexOf(levelColumn));
  const levelDistinct = new Set(level.filter(Boolean)).size;
  const open = columns
    .map((c, ci) => {
      const keys = keysOf(ci);
      const distinct = new Set(keys.filter(Boolean)).size;
      const nest = distinct < levelDistinct ? nesting(level, keys) : nesting(keys, level);
      return { c, filled: keys.filter(Boolean).length, distinct, nest };
    })
    .filter((x) => !told.has(x.c) && x.filled >= MIN_LEVEL_FILLED * cells.length && x.nest >= MIN_LEVEL_NESTING && x.distinct !== levelDistinct);
  open.sort((a, b) => b.nest - a.nest);
  const pick = open[0];
  if (!pick || (open[1] && open[1].nest === pick.nest)) return;
  const pickIsDivision = pick.distinct < levelDistinct;
  told.set(levelColumn, pickIsDivision ? "tulosalue" : "toimiala");
  told.set(pick.c, pickIsDivision ? "toimiala" : "tulosalue");
}
