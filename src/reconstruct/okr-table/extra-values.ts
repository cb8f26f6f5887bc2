/**
 * An unknown column's values, read from the rows themselves. Text extractors put the first lines
 * of neighbouring cells on one line, so a value of two words printed after another cell
 * ("… 70 % puolivalmis" + "ei aloitettu") can lose its first word to that cell, and the column's
 * values would be learnt without it. A value that, in every row where it was chosen, follows the
 * same word on its line, while the cells that word ends differ, is that word and the value: a
 * cell's own text does not end in the same word exactly where the next column's value begins.
 *
 * A value wrapped in its narrow cell ("tiimin" / "muistio") can lose its first line the same way,
 * the extractor writing that line after the cell before: a value whose rows all have the same word
 * right before it, on its line or ending the line above, is read with that word when word and
 * value together are a value other rows of the column chose.
 */

/** One chosen cell of an unknown column, and what stands before it on its line. */
export interface ExtraCellSeen {
  row: number;
  field: string;
  /** Letter key of the cell's text. */
  key: string;
  /** The word right before the cell (the end of the cell before), if any. */
  before?: { key: string; cellBeforeKey: string; sameLine: boolean };
}

/** Fewest rows a value needs before its preceding word counts as part of it. */
export const MIN_VALUE_ROWS = 3;

/**
 * Values to read with the word before them: `field|key` → the key of word + value. A value read
 * at the start of a line in some row stands alone there, so it is never extended.
 */
export function valuesWithWordBefore(cells: readonly ExtraCellSeen[]): Map<string, string> {
  const groups = new Map<string, ExtraCellSeen[]>();
  for (const c of cells) {
    const k = `${c.field}|${c.key}`;
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(c);
  }
  const out = new Map<string, string>();
  for (const [k, g] of groups) {
    if (g.some((c) => !c.before)) continue;
    const word = g[0]!.before!.key;
    if (!word || g.some((c) => c.before!.key !== word)) continue;
    // Nor may the word be all the cell before holds in most rows (it would leave that cell empty);
    // in a few rows that cell lost its own text to the cell before it, and gets it back.
    if (g.filter((c) => c.before!.cellBeforeKey === word).length * 2 >= g.length) continue;
    const longer = `${g[0]!.field}|${word}${g[0]!.key}`;
    // A wrapped value's first line: word and value are a value of other rows.
    if ((groups.get(longer)?.length ?? 0) >= MIN_VALUE_ROWS) {
      out.set(k, longer);
      continue;
    }
    if (g.length < MIN_VALUE_ROWS || g.some((c) => !c.before!.sameLine)) continue;
    // The cells before must differ: one fixed cell before a fixed value is two columns agreeing.
    if (new Set(g.map((c) => c.before!.cellBeforeKey)).size < 2) continue;
    out.set(k, longer);
  }
  return out;
}
