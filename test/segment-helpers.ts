/** One row of `-raw` text segmented into cells by the text path's segmenter, without document evidence. */
import { segmentRow } from "../src/reconstruct/okr-table/segment.js";
import { tokenize } from "../src/reconstruct/okr-table/rows.js";
import { loadRules } from "../src/rules/load.js";

export function segmentCells(text: string[], fields: string[], settings = loadRules().okrTable.segmentation): string[] {
  const lines = text.map((t, i) => ({ n: i + 1, text: t, blankBefore: false }));
  const tokens = tokenize(lines);
  const best = segmentRow({ lines, tokens, firstTokenMidLine: false, toimialaSingleLine: false, fields }, { knownResultAreas: new Set() }, settings)[0]!;
  const bounds = [0, ...best.cuts, tokens.length];
  return fields.map((_, k) => tokens.slice(bounds[k], bounds[k + 1]).map((t) => t.text).join(" "));
}
