/**
 * The OKR key-result table is recognized by its column headers (rules/okr-table.json), not by
 * signal words: in text, as a block of lines spelling the labels in order; in a PDF's page text,
 * as the labels side by side on one line.
 */
import type { Rules } from "../../rules/load.js";
import type { SourceLine } from "../../model/source.js";
import type { FamilyGuess } from "../../detect/family.js";
import { letterKey } from "../../text/letters.js";
import { findHeaderBlocks } from "../../reconstruct/okr-table/layout.js";

/**
 * How many fields have a label (letter keys of its first word; the usual label or a synonym) begun
 * by a word of these lines: a word of four letters or more, so that wrapped and hyphenated labels
 * still count. Loops rather than callbacks: it runs on every line, and V8 compiles per-call
 * callbacks again after each full GC.
 */
function fieldsBegun(fields: readonly (readonly string[])[], lines: readonly (SourceLine | undefined)[]): number {
  const words: string[] = [];
  for (const l of lines) if (l) for (const w of l.text.split(/\s+/)) words.push(letterKey(w));
  let n = 0;
  for (const keys of fields) {
    let begun = false;
    for (const k of keys) {
      for (const w of words) {
        if (w.length >= 4 && k.startsWith(w)) {
          begun = true;
          break;
        }
      }
      if (begun) break;
    }
    if (begun) n++;
  }
  return n;
}

/**
 * Pages whose text has the header labels side by side (a PDF's page text): the labels (any
 * synonym, any order) looked for word by word on two consecutive lines.
 */
function headerPages(lines: readonly SourceLine[], rules: Rules): number {
  const fields = rules.okrTable.columns.map((c) => [c.label, ...c.synonyms].map((l) => letterKey(l.split(" ")[0]!)));
  const min = rules.okrTable.detect.minHeaderLabels;
  const pages = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (pages.has(l.page ?? 0) || l.text.length < 16) continue;
    if (fieldsBegun(fields, [l]) >= min - 1 && fieldsBegun(fields, [l, lines[i + 1]]) >= min) pages.add(l.page ?? 0);
  }
  return pages.size;
}

/** The column labels (usual or synonym) that stand as whole words somewhere in the text. */
export function headerLabelsSeen(lines: readonly SourceLine[], rules: Rules): string[] {
  const words = new Set<string>();
  for (const l of lines) for (const w of l.text.split(/\s+/)) if (w) words.add(letterKey(w));
  const seen: string[] = [];
  for (const c of rules.okrTable.columns) {
    const hit = [c.label, ...c.synonyms].find((l) => words.has(letterKey(l.split(" ")[0]!)));
    if (hit) seen.push(hit.split(" ")[0]!);
  }
  return [...new Set(seen)];
}

/** What a user is told when no family matched: the header labels that were there. */
export function okrTableMissed(lines: readonly SourceLine[], rules: Rules): string {
  const seen = headerLabelsSeen(lines, rules);
  return `OKR header labels seen: ${seen.length ? seen.join(", ") : "none"} (a header row needs ${rules.okrTable.detect.minHeaderLabels})`;
}

export function detectOkrTable(lines: readonly SourceLine[], rules: Rules, opts: { pdf: boolean }): FamilyGuess | null {
  if (opts.pdf) {
    const pages = headerPages(lines, rules);
    if (pages >= rules.okrTable.detect.minBlocks) return { family: "okr-table", score: pages, evidence: `column headers on ${pages} pages` };
  }
  const blocks = findHeaderBlocks(lines, rules.okrTable);
  if (blocks.length >= rules.okrTable.detect.minBlocks) return { family: "okr-table", score: blocks.length, evidence: `${blocks.length} column-header blocks` };
  return null;
}
