/**
 * Which document family a text belongs to (rules-driven, `rules/families.json`): the OKR table
 * by its column headers, the others by weighted signal patterns. Unknown is a valid answer:
 * such a document is stored with a warning, not dropped.
 */

import { join } from "node:path";
import { z } from "zod";
import { loadRules, type Rules, readRulesJson } from "../rules/load.js";
import { joinedText, type SourceLine } from "../model/source.js";
import { findHeaderBlocks, letterKey } from "../reconstruct/okr-table/layout.js";
import { goalBlockLabelRows } from "../reconstruct/goal-block/detect.js";

export const FamilyId = z.enum(["okr-table", "agenda-item", "lu-evaluation", "ph-strategy", "goal-block", "unknown"]);
export type FamilyId = z.infer<typeof FamilyId>;

const FamiliesRules = z.object({
  families: z.array(
    z.object({
      id: FamilyId,
      description: z.string(),
      headerFrom: z.string().optional(),
      /** `pattern`: a regular expression on the text; `letters`: letters only, so wraps and hyphens do not matter. */
      signals: z.array(z.object({ pattern: z.string().optional(), letters: z.string().optional(), weight: z.number() })),
      minScore: z.number().optional(),
    }),
  ),
});

export interface FamilyGuess {
  family: FamilyId;
  score: number;
  evidence: string;
}

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
 * `pdf`: the lines are a PDF's page text, where the header labels of one table row stand side by
 * side on one line; the labels (any synonym, any order) are then looked for word by word on two
 * consecutive lines.
 */
export function detectFamily(lines: readonly SourceLine[], rules: Rules = loadRules(), opts: { pdf?: boolean } = {}): FamilyGuess {
  if (opts.pdf) {
    const fields = rules.okrTable.columns.map((c) => [c.label, ...c.synonyms].map((l) => letterKey(l.split(" ")[0]!)));
    const min = rules.okrTable.detect.minHeaderLabels;
    const pages = new Set<number>();
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i]!;
      if (pages.has(l.page ?? 0) || l.text.length < 16) continue;
      if (fieldsBegun(fields, [l]) >= min - 1 && fieldsBegun(fields, [l, lines[i + 1]]) >= min) pages.add(l.page ?? 0);
    }
    if (pages.size >= rules.okrTable.detect.minBlocks) return { family: "okr-table", score: pages.size, evidence: `column headers on ${pages.size} pages` };
  }
  const blocks = findHeaderBlocks(lines, rules.okrTable);
  if (blocks.length >= rules.okrTable.detect.minBlocks) {
    return { family: "okr-table", score: blocks.length, evidence: `${blocks.length} column-header blocks` };
  }
  const fam = readRulesJson(rules.dir, "families.json", FamiliesRules);
  const text = joinedText(lines);
  const letters = letterKey(text);
  let best: FamilyGuess = { family: "unknown", score: 0, evidence: "no family's signals matched" };
  const scores: string[] = [];
  for (const f of fam.families) {
    if (f.signals.length === 0) continue;
    let score = 0;
    const hits: string[] = [];
    for (const s of f.signals) {
      const hit = (s.pattern !== undefined && new RegExp(s.pattern, "mu").test(text)) || (s.letters !== undefined && letters.includes(letterKey(s.letters)));
      if (hit) {
        score += s.weight;
        hits.push(s.pattern ?? s.letters!);
      }
    }
    scores.push(`${f.id} ${score} (needs ${f.minScore ?? 1})`);
    if (score >= (f.minScore ?? 1) && score > best.score) best = { family: f.id, score, evidence: `signals: ${hits.join("; ")}` };
  }
  if (best.family !== "unknown") return best;
  // Goal blocks last: their labels ("Tavoite", "Arviointi") also stand in other families' tables.
  const goalRows = goalBlockLabelRows(lines, rules);
  if (goalRows.found) return { family: "goal-block", score: goalRows.rows, evidence: `${goalRows.rows} rows of goal-block labels` };
  const seen = headerLabelsSeen(lines, rules);
  best.evidence = `OKR header labels seen: ${seen.length ? seen.join(", ") : "none"} (a header row needs ${rules.okrTable.detect.minHeaderLabels}); family scores: ${scores.join(", ")}; goal-block label rows: ${goalRows.rows}`;
  return best;
}

/** The OKR column labels (usual or synonym) that stand as whole words somewhere in the text: what a user is told when no table was recognized. */
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
