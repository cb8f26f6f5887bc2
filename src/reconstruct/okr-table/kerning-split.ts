/**
 * Capitals split off their word by kerning in `pdftotext -raw` text. A font that kerns a capital
 * tightly against the next letter ("A" + "v", "V" + "A", "T" + "e") draws that letter left of the
 * capital's advance; the extractor takes the step back for a new line and writes the capital at
 * the end of one line and the rest of the word at the start of the next ("XYZ A" / "lkupalvelut",
 * "(QW" / "A ABC"). Left alone, the capital goes to the previous cell or row.
 *
 * Such lines are joined back only on evidence from the document itself, never a word list:
 * - a lone capital at a line's end, the next line opening in lower case with a continuation that
 *   begins no word anywhere else in the document, or whose joined word the document has elsewhere;
 * - a lone capital opening a line after an all-capital word (an abbreviation split inside): when
 *   the joined word occurs elsewhere, or the document splits that capital off by kerning elsewhere
 *   (a seam of the first kind) and never uses it as a word between words.
 */
import type { SourceLine } from "../../model/source.js";
import { letterKey } from "../../text/letters.js";

/** A capital letter as a word of its own, an opening bracket or quote allowed before it. */
const LONE_CAPITAL = /^[([{"'«]?\p{Lu}$/u;
/** A word of capitals only (an abbreviation), an opening bracket or quote allowed before it. */
const CAPITALS_WORD = /^[([{"'«]?\p{Lu}{2,}$/u;

interface Seam {
  /** Index of the line whose last word is the left part. */
  at: number;
  kind: "capital-first" | "capital-after-abbreviation";
  left: string;
  right: string;
}

function wordsOf(text: string): string[] {
  return text.split(/\s+/u).filter(Boolean);
}

/** Seams between a line's last word and the next line's first that may be a word split by kerning. */
function findSeams(lines: readonly SourceLine[], words: readonly string[][]): Seam[] {
  const seams: Seam[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = words[i]!;
    const b = words[i + 1]!;
    if (!a.length || !b.length || lines[i]!.page !== lines[i + 1]!.page || /\s$/u.test(lines[i]!.text)) continue;
    const left = a[a.length - 1]!;
    const right = b[0]!;
    if (LONE_CAPITAL.test(left) && /^\p{Ll}/u.test(right)) seams.push({ at: i, kind: "capital-first", left, right });
    else if (CAPITALS_WORD.test(left) && /^\p{Lu}$/u.test(right)) seams.push({ at: i, kind: "capital-after-abbreviation", left, right });
  }
  return seams;
}

/** Joins lines whose seam splits a word, on the document's own evidence; other lines are kept as they are. */
export function joinKerningSplits(lines: readonly SourceLine[]): SourceLine[] {
  const words = lines.map((l) => wordsOf(l.text));
  const seams = findSeams(lines, words);
  if (!seams.length) return [...lines];
  // Words of the document, the parts at candidate seams left out (they are what is in question).
  const atSeam = new Set<string>();
  for (const s of seams) {
    atSeam.add(`${s.at}:${words[s.at]!.length - 1}`);
    atSeam.add(`${s.at + 1}:0`);
  }
  const whole = new Map<string, number>();
  const keys: string[] = [];
  /** Capitals standing as a word between two words of a line (a class "A", an item "B"). */
  const capitalsAsWords = new Set<string>();
  words.forEach((ws, li) =>
    ws.forEach((w, wi) => {
      if (atSeam.has(`${li}:${wi}`)) return;
      const k = letterKey(w);
      if (!k) return;
      whole.set(k, (whole.get(k) ?? 0) + 1);
      keys.push(k);
      if (wi > 0 && wi < ws.length - 1 && /^\p{Lu}$/u.test(w)) capitalsAsWords.add(w);
    }),
  );
  // Sorted once, so that each seam's look-up is a binary search, however many seams a text has.
  const sorted = [...new Set(keys)].sort();
  const beginsWord = (k: string) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! < k) lo = mid + 1;
      else hi = mid;
    }
    return lo < sorted.length && sorted[lo]!.startsWith(k);
  };
  const joinedElsewhere = (s: Seam) => (whole.get(letterKey(s.left + s.right)) ?? 0) > 0;
  const join = new Set<number>();
  const splitCapitals = new Set<string>();
  for (const s of seams) {
    if (s.kind !== "capital-first") continue;
    const k = letterKey(s.right);
    if (joinedElsewhere(s) ? (whole.get(k) ?? 0) < (whole.get(letterKey(s.left + s.right)) ?? 0) : !beginsWord(k)) {
      join.add(s.at);
      splitCapitals.add(letterKey(s.left));
    }
  }
  for (const s of seams) {
    if (s.kind !== "capital-after-abbreviation") continue;
    const splitHere = splitCapitals.has(letterKey(s.right)) && !capitalsAsWords.has(s.right);
    if (joinedElsewhere(s) || splitHere) join.add(s.at);
  }
  const out: SourceLine[] = [];
  let prevJoined = false;
  lines.forEach((l, i) => {
    if (prevJoined) out[out.length - 1]!.text += l.text.replace(/^\s+/u, "");
    else out.push({ ...l });
    prevJoined = join.has(i);
  });
  return out;
}
