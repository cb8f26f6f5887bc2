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
import { namesKeyResultAndFew } from "../../reconstruct/okr-table/header.js";
import { joinSoftHyphenLines } from "../../reconstruct/okr-table/text.js";

/**
 * The fields with a label (letter keys of its first word; the usual label or a synonym) begun by a
 * word of these lines: a word of four letters or more, so that wrapped and hyphenated labels still
 * count. Loops rather than callbacks: it runs on every line, and V8 compiles per-call callbacks
 * again after each full GC.
 */
function fieldsBegun(fields: readonly { field: string; keys: readonly string[] }[], lines: readonly (SourceLine | undefined)[]): Set<string> {
  const words: string[] = [];
  for (const l of lines) if (l) for (const w of l.text.split(/\s+/)) words.push(letterKey(w));
  const begun = new Set<string>();
  for (const f of fields) {
    for (const k of f.keys) {
      let hit = false;
      for (const w of words) {
        if (w.length >= 4 && k.startsWith(w)) {
          hit = true;
          break;
        }
      }
      if (hit) {
        begun.add(f.field);
        break;
      }
    }
  }
  return begun;
}

/**
 * Pages whose text has the header labels side by side (a PDF's page text): the labels (any
 * synonym, any order) looked for word by word on two consecutive lines.
 */
function headerPages(lines: readonly SourceLine[], rules: Rules): number {
  const fields = rules.okrTable.columns.map((c) => ({ field: c.field, keys: [c.label, ...c.synonyms].map((l) => letterKey(l.split(" ")[0]!)) }));
  const detect = rules.okrTable.detect;
  const min = detect.minHeaderLabels;
  const pages = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (pages.has(l.page ?? 0) || l.text.length < 16) continue;
    const first = fieldsBegun(fields, [l]);
    if (first.size >= min - 1 && fieldsBegun(fields, [l, lines[i + 1]]).size >= min) pages.add(l.page ?? 0);
    // Fewer known labels, the key result's among them, on one line that reads as a row of labels
    // (as many capitalized words as a header has labels): a sentence naming "tavoitteet,
    // avaintulokset ja toteutuminen" is no header.
    else if (namesKeyResultAndFew(first, detect) && capitalizedWords(l.text) >= min) pages.add(l.page ?? 0);
  }
  return pages.size;
}

/** Words that open with a capital letter. */
function capitalizedWords(text: string): number {
  let n = 0;
  for (const w of text.split(/\s+/)) if (/^\p{Lu}/u.test(w)) n++;
  return n;
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
  // Read as the reconstruction reads them: a label's syllables on lines of their own (Chromium's
  // soft hyphens, "Toi\u00ad" / "mi\u00ad" / "ala") are the label, not lines of no label.
  const blocks = findHeaderBlocks(joinSoftHyphenLines(lines).lines, rules.okrTable).filter((b) => !b.byShape);
  if (blocks.length >= rules.okrTable.detect.minBlocks) return { family: "okr-table", score: blocks.length, evidence: `${blocks.length} column-header blocks` };
  return null;
}

/**
 * A table whose header is told by its shape alone (no label known): the text path's last resort,
 * tried after every other family. Other tables of label rows (goal blocks, in text as on a PDF's
 * lines) have such shapes too, so a family that knows its labels reads them first; a PDF's table
 * is found by its header band (`headerPages`) instead.
 */
export function detectOkrTableByShape(lines: readonly SourceLine[], rules: Rules, opts: { pdf: boolean }): FamilyGuess | null {
  if (opts.pdf) return null;
  const blocks = findHeaderBlocks(joinSoftHyphenLines(lines).lines, rules.okrTable).filter((b) => b.byShape);
  if (blocks.length >= rules.okrTable.detect.minBlocks) return { family: "okr-table", score: blocks.length, evidence: `${blocks.length} column-header blocks told by their shape` };
  return null;
}
