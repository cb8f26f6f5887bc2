/**
 * Reading order of a page's blocks by recursive XY-cut: a region is cut at empty vertical strips
 * (columns, read one after the other) or at empty horizontal strips (rows, read top to bottom).
 * Columns come first, so side-by-side boxes are each read whole, except where the columns form a
 * grid: blocks starting together on several rows while one column leaves gaps the other fills
 * (a main goal beside its sub-goals, a goal beside its evaluation). A grid is read row by row.
 */
import { sameRowOverlap, type Block } from "./blocks.js";
import type { ReadingOrderSettings } from "./settings.js";

type Axis = "x" | "y";

/** Groups of blocks separated by empty strips at least `gap` wide along the axis. */
function cuts(blocks: readonly Block[], axis: Axis, gap: number): Block[][] {
  const lo = (b: Block) => (axis === "x" ? b.x0 : b.top);
  const hi = (b: Block) => (axis === "x" ? b.x1 : b.bottom);
  const sorted = [...blocks].sort((a, b) => lo(a) - lo(b));
  const out: Block[][] = [];
  let end = -Infinity;
  for (const b of sorted) {
    if (!out.length || lo(b) - end >= gap) out.push([b]);
    else out[out.length - 1]!.push(b);
    end = Math.max(end, hi(b));
  }
  return out;
}

/**
 * The blocks that start a strip: those whose top is within `alignTolerance` em of the strip's top,
 * or whose first line overlaps the first line of the block that starts highest (by
 * `cellRowOverlap`). Boxes placed by hand stand a few points off their row whatever the font
 * size, so at small sizes a tolerance in em alone takes a row's second box for a later one.
 */
function startingRow(row: readonly Block[], em: number, s: ReadingOrderSettings): Block[] {
  const highest = row.reduce((a, b) => (b.top < a.top ? b : a));
  return row.filter((b) => b.top - highest.top <= s.alignTolerance * em || sameRowOverlap(b.lines[0]!, highest.lines[0]!, s));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 10;
}

/** The largest vertical gap between consecutive blocks of a column. */
function largestGap(col: readonly Block[]): number {
  const s = [...col].sort((a, b) => a.top - b.top);
  let g = 0;
  let bottom = s[0]?.bottom ?? 0;
  for (const b of s.slice(1)) {
    g = Math.max(g, b.top - bottom);
    bottom = Math.max(bottom, b.bottom);
  }
  return g;
}

/** Whether the first column and the rest are rows of one grid (see the module comment). */
export function isGrid(cols: readonly Block[][], em: number, s: ReadingOrderSettings): boolean {
  const left = cols[0]!;
  const rest = cols.slice(1).flat();
  let aligned = 0;
  for (const b of left) if (rest.some((r) => Math.abs(r.top - b.top) <= s.alignTolerance * em)) aligned++;
  if (aligned < s.minAlignedRows) return false;
  const fewer = Math.min(left.length, rest.length);
  if (aligned < 0.5 * fewer) return false;
  const gappy = largestGap(left) > s.flowGap * em || largestGap(rest) > s.flowGap * em;
  return gappy || (fewer >= 3 && aligned >= 0.8 * fewer);
}

/**
 * Rows of a grid: the horizontal cuts before which blocks of two columns start together, or after
 * a gap wider than a paragraph's, or where a column starts that the row above leaves empty. Other
 * empty strips (between the bullets of a cell taller than its neighbours) stay inside a row.
 */
function gridRows(blocks: readonly Block[], cols: readonly Block[][], em: number, s: ReadingOrderSettings): Block[][] {
  const colOf = new Map<Block, number>();
  cols.forEach((c, i) => c.forEach((b) => colOf.set(b, i)));
  const out: Block[][] = [];
  for (const row of cuts(blocks, "y", s.rowGap * em)) {
    const top = Math.min(...row.map((b) => b.top));
    const first = startingRow(row, em, s);
    const starts = new Set(first.map((b) => colOf.get(b)));
    const above = out.length ? Math.max(...out[out.length - 1]!.map((b) => b.bottom)) : -Infinity;
    // A continuation stands under its own cell: a strip starting in a column the row above leaves empty is a row.
    const columnsAbove = new Set(out.length ? out[out.length - 1]!.map((b) => colOf.get(b)) : []);
    const continues = [...starts].every((c) => columnsAbove.has(c));
    if (!out.length || starts.size >= 2 || !continues || top - above > s.flowGap * em) out.push([...row]);
    else out[out.length - 1]!.push(...row);
  }
  return out;
}

/**
 * Whether a column reaches lower than every other column of its strip by a line at least (a cell
 * taller than its neighbours); labels of one row placed a little unevenly do not.
 */
function runsLowest(col: readonly Block[], cols: readonly Block[][]): boolean {
  const bottom = Math.max(...col.map((b) => b.bottom));
  const line = Math.max(...col.map((b) => b.fontSize));
  return cols.every((c) => c === col || Math.max(...c.map((b) => b.bottom)) + line <= bottom);
}

/**
 * Horizontal strips, with a strip merged into the one above when it only continues one column of
 * that strip (the later bullets of a cell taller than its neighbours): cutting there would read
 * the neighbours between the bullets.
 */
function strips(blocks: readonly Block[], em: number, s: ReadingOrderSettings): Block[][] {
  const out: Block[][] = [];
  for (const row of cuts(blocks, "y", s.rowGap * em)) {
    const prev = out[out.length - 1];
    if (prev) {
      const cols = cuts(prev, "x", s.columnGap * em);
      const top = Math.min(...row.map((b) => b.top));
      const bottom = Math.max(...prev.map((b) => b.bottom));
      const first = startingRow(row, em, s);
      // The columns of the strip above that each first block stands under (none: it stands in a gutter).
      const under = first.map((b) => cols.filter((c) => c.some((x) => Math.min(x.x1, b.x1) - Math.max(x.x0, b.x0) > 0)));
      const columns = new Set(under.flat());
      // A strip close under the strip above (a paragraph's gap) continues a cell; one further
      // down only continues the cell that runs lowest there (taller than its neighbours): a strip
      // under one label of a header row is the row beneath, not a continuation.
      const gap = top - bottom;
      // Several boxes side by side starting the strip are a row of their own (labels under a title).
      const continues = columns.size === 1 && first.length === 1 && (gap <= s.flowGap * em || (gap <= s.continuationGap * em && runsLowest([...columns][0]!, cols)));
      if (cols.length > 1 && columns.size === 1 && continues && under.every((u) => u.length <= 1)) {
        prev.push(...row);
        continue;
      }
    }
    out.push([...row]);
  }
  return out;
}

/** Two groups at the widest empty vertical strip (the main gutter first, as XY-cut does), or one. */
function widestCut(blocks: readonly Block[], gap: number): Block[][] {
  const groups = cuts(blocks, "x", gap);
  if (groups.length <= 2) return groups;
  let at = 1;
  let widest = -Infinity;
  for (let i = 1; i < groups.length; i++) {
    const w = Math.min(...groups[i]!.map((b) => b.x0)) - Math.max(...groups.slice(0, i).flat().map((b) => b.x1));
    if (w > widest) [at, widest] = [i, w];
  }
  return [groups.slice(0, at).flat(), groups.slice(at).flat()];
}

/**
 * Whether the columns are a table: at least `minTableColumns` columns, and at least
 * `minAlignedRows` rows on which that many of them start a block together (a header row over one
 * row of cells, however close the cells stand under their labels). Two columns of text are not:
 * they are read one after the other.
 */
export function isTable(cols: readonly Block[][], em: number, s: ReadingOrderSettings): boolean {
  if (cols.length < s.minTableColumns) return false;
  const tops = cols.flatMap((c, i) => c.map((b) => ({ top: b.top, col: i }))).sort((a, b) => a.top - b.top);
  let rows = 0;
  let i = 0;
  while (i < tops.length) {
    let j = i + 1;
    while (j < tops.length && tops[j]!.top - tops[i]!.top <= s.alignTolerance * em) j++;
    if (new Set(tops.slice(i, j).map((t) => t.col)).size >= s.minTableColumns) rows++;
    i = j;
  }
  return rows >= s.minAlignedRows;
}

export function xyCutOrder(blocks: readonly Block[], s: ReadingOrderSettings): Block[] {
  if (blocks.length <= 1) return [...blocks];
  const em = median(blocks.map((b) => b.fontSize));
  const cols = widestCut(blocks, s.columnGap * em);
  const rows = strips(blocks, em, s);
  if (cols.length > 1 && rows.length > 1) {
    const all = cuts(blocks, "x", s.columnGap * em);
    const table = isTable(all, em, s);
    if (table || isGrid(cols, em, s)) {
      const grid = gridRows(blocks, table ? all : cols, em, s);
      if (grid.length > 1) return grid.flatMap((r) => xyCutOrder(r, s));
    }
  }
  if (cols.length > 1) return cols.flatMap((c) => xyCutOrder(c, s));
  if (rows.length > 1) return rows.flatMap((r) => xyCutOrder(r, s));
  if (cols.length > 1) return cols.flatMap((c) => xyCutOrder(c, s));
  return startOrder(blocks, em, s);
}

/**
 * Overlapping boxes, no cut exists (a box overfilled past its frame, its last line hanging beside
 * the first line of the row under it): blocks that start together (`startingRow`) are one row,
 * read left to right, less any that stand under another block of the row (the overfilled box's
 * hanging line is read before the cells it hangs over); rows top to bottom. Sorting by top alone
 * read a row's cells in the order of their few points of jitter (the assessment before the status
 * and score left of it).
 */
function startOrder(blocks: readonly Block[], em: number, s: ReadingOrderSettings): Block[] {
  const rest = [...blocks].sort((a, b) => a.top - b.top || a.x0 - b.x0);
  const out: Block[] = [];
  while (rest.length) {
    // A block under another one of the row (across its width) waits for the next row.
    const start = startingRow(rest, em, s);
    const row = start.filter((b) => !start.some((a) => a.top < b.top && Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 0));
    out.push(...[...row].sort((a, b) => a.x0 - b.x0 || a.top - b.top));
    for (const b of row) rest.splice(rest.indexOf(b), 1);
  }
  return out;
}
