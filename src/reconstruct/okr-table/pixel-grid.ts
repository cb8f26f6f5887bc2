/**
 * Lines placed on whole pixels. A browser rounds each line's position to a CSS pixel (0.75 pt), so
 * the gaps between the lines of one cell take two values a pixel apart, and a row's padding of a
 * pixel or two leaves a gap only a pixel or two wider: the usual row-start threshold (the leading
 * plus a share of the type size) can fall between two row gaps and join rows. On such a grid a
 * gap more than a pixel and a half over the leading is wider than any rounding makes a cell's.
 */
import type { TextLine } from "../../text/lines.js";

/** A CSS pixel in points. */
export const CSS_PIXEL = 0.75;
/** How far (in points) a distance may lie from a whole number of pixels and still be on the grid. */
const GRID_TOLERANCE = 0.02;
/** Fewest line distances that show a grid, and the share of them that must lie on it. */
const MIN_GRID_DISTANCES = 20;
const MIN_ON_GRID = 0.95;
/** Row-start gap over the leading on a pixel grid: the rounding's pixel and half a pixel more. */
export const GRID_ROW_STEP = 1.5 * CSS_PIXEL;

/**
 * The cap on the row-start gap over the leading that a pixel grid sets: `GRID_ROW_STEP` when the
 * rows show padding (some gap of the column clears the usual step `usual` over the leading; the
 * rounding hides the others), else none. Rows set with no padding (a line height under the type
 * size) leave no such gap, and their cells' gaps may spread over three pixel values: a gap a pixel
 * and a half over the smallest is a cell's then, and rows are found as rows without gaps are.
 */
export function gridRowCap(onGrid: boolean, gaps: readonly number[], leading: number, usual: number): number {
  return onGrid && gaps.some((g) => Number.isFinite(g) && g > leading + usual) ? GRID_ROW_STEP : Infinity;
}

/** Whether the baselines of consecutive lines in each column lie whole pixels apart. */
export function onPixelGrid(colLines: readonly (readonly TextLine[])[]): boolean {
  let n = 0;
  let on = 0;
  for (const lines of colLines) {
    for (let i = 1; i < lines.length; i++) {
      const d = lines[i]!.baseline - lines[i - 1]!.baseline;
      n++;
      if (Math.abs(d / CSS_PIXEL - Math.round(d / CSS_PIXEL)) * CSS_PIXEL <= GRID_TOLERANCE) on++;
    }
  }
  return n >= MIN_GRID_DISTANCES && on >= MIN_ON_GRID * n;
}
