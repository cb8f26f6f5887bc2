/**
 * Whether a text holds goal blocks: lines on which at least `minLabelsPerRow` different labels of
 * `rules/goal-block.json` stand as whole words (a row of labelled cells), on `minLabelRows` lines.
 */
import type { SourceLine } from "../../model/source.js";
import type { Rules } from "../../rules/load.js";
import { loadGoalBlockRules } from "./rules.js";

const cache = new Map<string, RegExp[]>();

function labelPatterns(rules: Rules): RegExp[] {
  let res = cache.get(rules.dir);
  if (res) return res;
  const gr = loadGoalBlockRules(rules);
  const labels = [...gr.fields.flatMap((f) => f.labels), ...gr.measures.columns.flatMap((c) => c.labels)];
  const uniq = [...new Set(labels)].sort((a, b) => b.length - a.length);
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
  res = uniq.map((l) => new RegExp(`(?<![\\p{L}\\p{N}-])${esc(l)}(?![\\p{L}\\p{N}-])`, "iu"));
  cache.set(rules.dir, res);
  return res;
}

export function goalBlockLabelRows(lines: readonly SourceLine[], rules: Rules): { rows: number; found: boolean } {
  const gr = loadGoalBlockRules(rules);
  const pats = labelPatterns(rules);
  let rows = 0;
  for (const l of lines) {
    let text = l.text;
    let n = 0;
    for (const p of pats) {
      const m = p.exec(text);
      if (!m) continue;
      n++;
      text = text.slice(0, m.index) + " ".repeat(m[0].length) + text.slice(m.index + m[0].length);
    }
    if (n >= gr.detect.minLabelsPerRow) rows++;
  }
  return { rows, found: rows >= gr.detect.minLabelRows };
}
