/**
 * A section heading joined to the column header's first line in `-raw` text: with tight line
 * spacing the heading and the header's first cells share a text line ("Jonot lyhenevät
 * Hankevaihe Toimialue/pal-"), so no header starts there and the section's rows are lost. Each
 * section's heading differs and its header does not: lines that end with the same words after
 * differing ones, those words holding a label's start, are split before the shared words where
 * the header is then found starting on the shared words. Found from the document's repetitions
 * and the labels, never from other words.
 */
import type { OkrTableRules } from "../../rules/load.js";
import type { SourceLine } from "../../model/source.js";
import { letterKey } from "../../text/letters.js";
import { labelKeys } from "./header.js";
import { findTextHeaders } from "./text-header.js";

/** Most words of a header's first line shared by the joined lines. */
const MAX_SHARED_WORDS = 6;
/** Fewest letters of a word read as a label's start. */
const MIN_LABEL_LETTERS = 4;

const wordsOf = (t: string) => t.trim().split(/\s+/u).filter(Boolean);

/**
 * A word wrapped inside itself at the line's end ("Etenemis-", the rest on the lines below): may
 * start a label no vocabulary knows (an added first column's), confirmed only by a header then
 * starting on it.
 */
const wrapsLabel = (word: string | undefined) => word !== undefined && /\p{L}-$/u.test(word);

/** The longest run of last words all the texts share. */
function sharedEnd(texts: readonly string[][]): string[] {
  const first = texts[0]!;
  let k = 0;
  while (k < first.length && texts.every((w) => w.length > k && w[w.length - 1 - k] === first[first.length - 1 - k])) k++;
  return first.slice(first.length - k);
}

/** The lines with headings joined to a header's first line split off (the same array when none is). */
export function splitJoinedHeadings(lines: readonly SourceLine[], rules: OkrTableRules): readonly SourceLine[] {
  const keys = labelKeys(rules);
  // A word, or a name of it before or after a slash ("Toimiala/vas-"), that begins a label.
  const begins = (w: string) =>
    w.split("/").some((part) => {
      const k = letterKey(part);
      return k.length >= MIN_LABEL_LETTERS && keys.some((x) => x.key.startsWith(k));
    });
  const headers = findTextHeaders(lines, rules);
  // A header's first line may be such a line too, its heading read as an added column's label.
  const inHeader = new Set(headers.flatMap((h) => Array.from({ length: h.end - h.start }, (_, k) => h.start + 1 + k)));
  // Lines outside headers grouped by their last word; a group of differing lines sharing an end with a label's start.
  const groups = new Map<string, number[]>();
  lines.forEach((l, i) => {
    const w = wordsOf(l.text);
    if (inHeader.has(i) || w.length < 2) return;
    groups.set(w[w.length - 1]!, [...(groups.get(w[w.length - 1]!) ?? []), i]);
  });
  // A heading that ends in a label's word ("Alfa ja tavoite") right above a header that names that
  // field itself is the header's heading, not joined to it: the field is not named twice.
  const headerAt = new Map(headers.map((h) => [h.start, h]));
  const namedBelow = (i: number, shared: readonly string[]) => {
    const below = headerAt.get(i + 1);
    return !!below && shared.some((w) => keys.some((x) => letterKey(w).length >= MIN_LABEL_LETTERS && x.key.startsWith(letterKey(w)) && below.columns.includes(x.field)));
  };
  const cuts = new Map<number, number>();
  for (const idx of groups.values()) {
    const texts = idx.map((i) => wordsOf(lines[i]!.text));
    if (idx.length < 2 || new Set(texts.map((t) => t.join(" "))).size < 2) continue;
    let shared = sharedEnd(texts);
    // A shared last word wrapped inside a word ("Etenemis-") where no shared word begins a known
    // label: the start of an added first column's label, the headings' own shared words before it.
    if (!shared.some(begins)) shared = wrapsLabel(shared[shared.length - 1]) ? shared.slice(-1) : [];
    // Lines that are the shared words alone (a repeated header's first line at a page top) are not cut.
    const longer = idx.filter((_, n) => texts[n]!.length > shared.length);
    if (!shared.length || shared.length > MAX_SHARED_WORDS || longer.length < 2) continue;
    for (const i of longer) if (!namedBelow(i, shared)) cuts.set(i, shared.length);
  }
  if (!cuts.size) return lines;
  const splitAt = (keep: ReadonlySet<number>) => {
    const out: SourceLine[] = [];
    const at = new Map<number, number>();
    lines.forEach((l, i) => {
      const w = wordsOf(l.text);
      const n = keep.has(i) ? cuts.get(i)! : 0;
      if (!n) return void out.push(l);
      out.push({ ...l, text: w.slice(0, -n).join(" ") });
      at.set(out.length, i);
      out.push({ ...l, text: w.slice(-n).join(" ") });
    });
    return { out, at };
  };
  // Kept only where a header then starts on the shared words.
  const trial = splitAt(new Set(cuts.keys()));
  const starts = new Set(findTextHeaders(trial.out, rules).map((h) => trial.at.get(h.start)).filter((i): i is number => i !== undefined));
  return starts.size ? splitAt(starts).out : lines;
}
