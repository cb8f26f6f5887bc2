/**
 * Themes that put goals of different regions side by side (`rules/themes.json`). Words are found
 * with natural's tokenizer and stemmed with the Snowball Finnish stemmer; a theme term matches a
 * word with the same stem, or a compound whose first or last part is the term ("asiakaskokemus"
 * in "asiakaskokemusmalli"). Every assignment keeps the terms that matched, so it can be explained.
 */
import { createRequire } from "node:module";

import { z } from "zod";
import type { Rules } from "../rules/load.js";
import { readRulesJson } from "../rules/load.js";

const require = createRequire(import.meta.url);

interface WordTools {
  tokenizer: { tokenize(s: string): string[] };
  stemmer: { stem(w: string): string };
}
let wordTools: WordTools | undefined;

/**
 * natural's tokenizer and the Snowball Finnish stemmer, loaded when themes are first matched. Why
 * not at import: this module is loaded by every command that checks the rules (ThemeRules), and the
 * stemmers' 850 KB of code were a tenth of the start of `extract`, which never matches a theme.
 */
function tools(): WordTools {
  if (!wordTools) {
    // The tokenizer alone: natural's index pulls in modules that print to stdout when loaded.
    const { RegexpTokenizer } = require("natural/lib/natural/tokenizers/regexp_tokenizer") as {
      RegexpTokenizer: new (o: { pattern: RegExp }) => WordTools["tokenizer"];
    };
    const stemmer = (require("snowball-stemmers") as { newStemmer(lang: string): WordTools["stemmer"] }).newStemmer("finnish");
    wordTools = { tokenizer: new RegexpTokenizer({ pattern: /[^\p{L}\p{N}]+/u }), stemmer };
  }
  return wordTools;
}

export const ThemeRules = z.object({
  minScore: z.number(),
  minCompoundPart: z.number().int(),
  themes: z.array(z.object({ id: z.string(), name: z.string(), terms: z.array(z.string()) })),
});

export interface ThemeAssignment {
  theme: string;
  score: number;
  terms: string[];
}

export interface ThemeMatcher {
  themes: { id: string; name: string }[];
  assign(text: string): ThemeAssignment[];
}

const stemCache = new Map<string, string>();
function stem(w: string): string {
  const lw = w.toLowerCase();
  let s = stemCache.get(lw);
  if (s === undefined) {
    if (stemCache.size > 30_000) stemCache.clear();
    s = tools().stemmer.stem(lw);
    stemCache.set(lw, s);
  }
  return s;
}

/**
 * Same stem, or stems that differ only at their end (Snowball leaves "yhteyd-" and "yhtey-" for
 * yhteyden/yhteys): a long enough common start and no longer derivation ("kunt-" ≠ "kuntoutu-").
 */
export function stemsMatch(word: string, term: string): boolean {
  if (word === term) return true;
  let cp = 0;
  while (cp < word.length && cp < term.length && word[cp] === term[cp]) cp++;
  return cp >= Math.max(4, term.length - 1) && word.length <= term.length + 2;
}

/**
 * Whether every part of a term occurs among a text's words: the same stem, or (parts of at least
 * `minCompoundPart` letters) the start of a word or the end of its stem. Module-level loops, not
 * closures per text: V8 compiles a closure made per call again after each full GC.
 */
function hasAllParts(words: readonly string[], stems: readonly string[], parts: readonly string[], minCompoundPart: number): boolean {
  for (const part of parts) {
    let found = false;
    for (let i = 0; i < stems.length && !found; i++) found = stemsMatch(stems[i]!, part) || (part.length >= minCompoundPart && (words[i]!.startsWith(part) || stems[i]!.endsWith(part)));
    if (!found) return false;
  }
  return true;
}

function byScoreDescending(a: ThemeAssignment, b: ThemeAssignment): number {
  return b.score - a.score;
}

export function loadThemes(rules: Rules): ThemeMatcher {
  const tr = readRulesJson(rules.dir, "themes.json", ThemeRules);
  // A term of several words ("matalan kynnyksen") matches when all its stems occur.
  const compiled = tr.themes.map((t) => ({ ...t, stems: t.terms.map((term) => ({ term, parts: tools().tokenizer.tokenize(term).map(stem) })) }));
  const assigned = new Map<string, ThemeAssignment[]>();
  return {
    themes: tr.themes.map(({ id, name }) => ({ id, name })),
    assign(text: string): ThemeAssignment[] {
      const hit = assigned.get(text);
      if (hit) return hit;
      const result = compute(text);
      if (assigned.size > 5_000) assigned.clear();
      assigned.set(text, result);
      return result;
    },
  };
  function compute(text: string): ThemeAssignment[] {
    const words = tools().tokenizer.tokenize(text.toLowerCase());
    const stems = words.map(stem);
    const out: ThemeAssignment[] = [];
    for (const t of compiled) {
      const terms: string[] = [];
      for (const x of t.stems) if (hasAllParts(words, stems, x.parts, tr.minCompoundPart)) terms.push(x.term);
      if (terms.length >= tr.minScore) out.push({ theme: t.id, score: terms.length, terms });
    }
    return out.sort(byScoreDescending);
  }
}
