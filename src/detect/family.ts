/**
 * Which document family a text belongs to: first the families that recognize themselves by
 * structure (a table's column headers), then the weighted signal patterns of
 * `rules/families.json`. Unknown is a valid answer: such a document is stored with a warning,
 * not dropped. The structural detectors come from the family registry (src/families/), so this
 * stage knows no family.
 */
import { z } from "zod";
import { loadRules, type Rules, readRulesJson } from "../rules/load.js";
import { joinedText, type SourceLine } from "../model/source.js";
import { letterKey } from "../text/letters.js";

export const FamiliesRules = z.strictObject({
  $comment: z.string().optional(),
  families: z.array(
    z.strictObject({
      id: z.string(),
      description: z.string(),
      headerFrom: z.string().optional(),
      /** `pattern`: a regular expression on the text; `letters`: letters only, so wraps and hyphens do not matter. */
      signals: z.array(z.strictObject({ pattern: z.string().optional(), letters: z.string().optional(), weight: z.number() })),
      minScore: z.number().optional(),
    }),
  ),
});
export type FamiliesRules = z.infer<typeof FamiliesRules>;

export interface FamilyGuess {
  family: string;
  score: number;
  evidence: string;
}

/** A family's own test of structure; null when it does not see itself in the lines. */
export type StructuralDetector = (lines: readonly SourceLine[], rules: Rules, opts: { pdf: boolean }) => FamilyGuess | null;

/** The family whose signals score highest (at least its minScore), or unknown. */
export function detectBySignals(lines: readonly SourceLine[], fam: FamiliesRules): FamilyGuess {
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
  if (best.family === "unknown") best.evidence = `family scores: ${scores.join(", ")}`;
  return best;
}

/**
 * `pdf`: the lines are a PDF's page text, where the header labels of one table row stand side by
 * side on one line.
 */
export function detectFamily(lines: readonly SourceLine[], structural: { before: readonly StructuralDetector[]; after: readonly StructuralDetector[]; last?: readonly StructuralDetector[] }, rules: Rules = loadRules(), opts: { pdf?: boolean } = {}): FamilyGuess {
  const o = { pdf: opts.pdf ?? false };
  for (const detect of structural.before) {
    const guess = detect(lines, rules, o);
    if (guess) return guess;
  }
  const bySignals = detectBySignals(lines, readRulesJson(rules.dir, "families.json", FamiliesRules));
  if (bySignals.family !== "unknown") return bySignals;
  for (const detect of [...structural.after, ...(structural.last ?? [])]) {
    const guess = detect(lines, rules, o);
    if (guess) return guess;
  }
  return bySignals;
}
