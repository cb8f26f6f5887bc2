/**
 * Values the rows of a `-raw` text repeat at their lines' ends: the cell of a last column ("§ 12",
 * a decision's reference) set on the line of the cells before it. Such a value alone on the line
 * above a repeated header is the last cell of the row before the page break, not the next
 * section's heading. A heading the rows restate as a cell (an objective named like its section)
 * is told apart by being followed on some line by the next cell's words: a last column's value
 * never is.
 */
import type { SourceLine } from "../../model/source.js";

/** Most words a last column's value has, counted as a line's tail. */
const MAX_TAIL_WORDS = 6;
/** Times other lines must end with a text for it to be a value the rows repeat. */
const MIN_TAIL_REPEATS = 2;

export class LineTails {
  private counts?: Map<string, number>;

  constructor(private readonly lines: readonly SourceLine[]) {}

  /** How many lines end with `text` after words of their own. */
  count(text: string): number {
    return this.index().get(norm(text)) ?? 0;
  }

  /** Line `i` alone is a value that ends the lines of rows elsewhere and stands before no other words. */
  isRepeatedTail(i: number): boolean {
    const text = norm(this.lines[i]?.text ?? "");
    if (text.split(" ").length > MAX_TAIL_WORDS || this.count(text) < MIN_TAIL_REPEATS) return false;
    return !this.lines.some((l) => norm(l.text).includes(`${text} `));
  }

  /** Line `i` itself ends with such a value after words of its own (a row's complete last line). */
  endsWithRepeatedTail(i: number): boolean {
    const words = norm(this.lines[i]?.text ?? "").split(" ");
    for (let k = 1; k < words.length && k <= MAX_TAIL_WORDS; k++) if (this.count(words.slice(-k).join(" ")) > MIN_TAIL_REPEATS) return true;
    return false;
  }

  private index(): Map<string, number> {
    if (this.counts) return this.counts;
    const counts = new Map<string, number>();
    for (const l of this.lines) {
      const words = norm(l.text).split(" ");
      for (let k = 1; k < words.length && k <= MAX_TAIL_WORDS; k++) {
        const tail = words.slice(-k).join(" ");
        counts.set(tail, (counts.get(tail) ?? 0) + 1);
      }
    }
    return (this.counts = counts);
  }
}

function norm(text: string): string {
  return text.trim().replace(/\s+/gu, " ");
}
