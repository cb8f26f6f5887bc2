/**
 * An objective that restates its section's heading ("Työhyvinvointi: poissaolot alle 5 %") and is
 * wrapped before the heading's figure ends its last line with what looks like a measured value
 * ("saolot alle 5 %"): the line after it was taken for the next row's start. A row's objective is
 * followed by its key result and measured value, so the row goes on after the heading's end.
 */
import { letterKey } from "../../text/letters.js";

/** Most lines a restated heading wraps over. */
const MAX_HEADING_LINES = 4;

/**
 * Whether the lines of a row that end right before `at` (after `from`, the row's start) end with
 * the section heading's words: the row start at `at` only continues that row.
 */
export function endsWithRestatedHeading(texts: readonly string[], from: number, at: number, section: string): boolean {
  const heading = letterKey(section);
  // A heading of a word or two restated is also a plain short cell (a result area named so).
  if (!/\p{N}/u.test(heading) || section.trim().split(/\s+/u).length < 2) return false;
  let joined = "";
  for (let j = at - 1; j >= Math.max(from, at - MAX_HEADING_LINES); j--) {
    joined = letterKey(texts[j]!) + joined;
    if (joined.length >= heading.length) return joined.endsWith(heading);
  }
  return false;
}
