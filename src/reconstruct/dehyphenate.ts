/**
 * Finnish-aware dehyphenation: this is where a cell's text is rebuilt from its lines.
 *
 * A hyphen at a line end is either a *wrap hyphen* added by the typesetter (remove it and join:
 * "kesä-" + "mökissä" → "kesämökissä") or a hyphen of the text itself (keep it). Finnish
 * keeps a hyphen for suspended compounds ("Konserni- ja"), abbreviation and digit compounds
 * ("ICT-", "Q2-"), number ranges ("8-15"), same vowel at a compound seam ("ilmasto-ohjelma") and
 * proper-noun compounds ("Kanta-Häme"). Where the orthography does not decide, evidence from the
 * same document decides (the joined or the hyphenated form seen elsewhere in running text), and
 * Finnish hyphenation patterns break the remaining ties.
 */
import fi from "hyphen/fi/index.js";
import type { DehyphenationRules } from "../rules/load.js";

/** Why a line-end hyphen was kept or removed: shown in debug output and tested. */
export type HyphenReason =
  | "suspended-marked-by-space"
  | "suspended-before-conjunction"
  | "uppercase-continuation"
  | "number-range"
  | "abbreviation-compound"
  | "same-vowel-seam"
  | "document-evidence"
  | "typeset-hyphen"
  | "author-hyphen"
  | "first-word-unbroken"
  | "prefix-only-hyphenated"
  | "name-compound"
  | "hyphenation-patterns"
  | "default-wrap";

export interface HyphenDecision {
  /** join: drop hyphen, no space; keep: keep hyphen, no space; space: keep hyphen and a space. */
  action: "join" | "keep" | "space";
  reason: HyphenReason;
}

const LETTER = /\p{L}/u;
const WHITE = /\s/;

/** White space as `\s` matches it (ASCII fast path). */
function isSpace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  return c > 127 && WHITE.test(String.fromCharCode(c));
}
const EDGE_PUNCT = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}-]+$/gu;

function lower(s: string): string {
  return s.toLowerCase();
}

/** Strips quotes, brackets and sentence punctuation around a token, keeps inner hyphens. */
export function coreToken(token: string): string {
  return token.replace(EDGE_PUNCT, "");
}

/**
 * Word counts of one document's running text: tokens inside lines only, so that fragments of
 * words split at a line end never count as evidence.
 */
export class HyphenEvidence {
  private readonly counts = new Map<string, number>();
  /** Short words written in capitals ("ABC", "ABC-alue"), in lower case: the document's abbreviations. */
  private readonly capitals = new Set<string>();
  /**
   * Words' beginnings left at a line end before a hyphen ("kivi-pol" of "kivi-pol-" + "ku"), lower
   * case, the line-end hyphen dropped: however that hyphen is decided, the letters and hyphens before
   * it are the word's own, so they tell how the word begins.
   */
  private readonly beginnings = new Map<string, number>();

  constructor(lines: readonly string[], wrapHyphens: readonly string[] = ["-"]) {
    let prevEndsWithHyphen = false;
    const endsWithHyphen = (tok: string) => wrapHyphens.some((h) => tok.endsWith(h));
    for (const line of lines) {
      // Tokens are the runs between white space, found by hand (a regex match per token made
      // most of this stage's garbage); each is counted once the next is found, so that the
      // line's last token is known as the last.
      let pending: string | undefined;
      let first = true;
      // Capitals count as an abbreviation only in a line that has lower case too (not a heading in capitals).
      const mixedCase = /\p{Ll}/u.test(line);
      for (let i = 0; ; ) {
        while (i < line.length && isSpace(line.charCodeAt(i))) i++;
        const start = i;
        while (i < line.length && !isSpace(line.charCodeAt(i))) i++;
        const last = start === i;
        if (pending !== undefined) {
          if (!(first && prevEndsWithHyphen)) {
            if (!(last && endsWithHyphen(pending))) this.add(pending, mixedCase);
            else this.addBeginning(pending, wrapHyphens);
          }
          first = false;
        }
        if (last) break;
        pending = line.slice(start, i);
      }
      if (pending !== undefined) prevEndsWithHyphen = endsWithHyphen(pending);
    }
  }

  private add(token: string, mixedCase: boolean): void {
    const cased = coreToken(token);
    const core = lower(cased);
    if (!core) return;
    this.bump(core);
    if (mixedCase && /\p{Lu}{2}/u.test(cased)) for (const part of cased.split("-")) if (/^\p{Lu}{2,5}$/u.test(part)) this.capitals.add(lower(part));
    // Each seam of a longer compound is evidence for that pair too: "AB-kylä-tupa" writes
    // "kylä-tupa" with its hyphen.
    const parts = core.split("-");
    if (parts.length > 2) for (let i = 0; i + 1 < parts.length; i++) if (parts[i] && parts[i + 1]) this.bump(`${parts[i]}-${parts[i + 1]}`);
  }

  private addBeginning(token: string, wrapHyphens: readonly string[]): void {
    let core = lower(coreToken(token));
    while (core && wrapHyphens.some((h) => core.endsWith(h))) core = core.slice(0, -1);
    if (/\p{L}/u.test(core)) this.beginnings.set(core, (this.beginnings.get(core) ?? 0) + 1);
  }

  private bump(word: string): void {
    this.counts.set(word, (this.counts.get(word) ?? 0) + 1);
  }

  /**
   * How running text uses `prefix` as the first part of a longer word: with a hyphen
   * ("Kotio-järjestelmän") or solid ("palvelut" for "palvelu").
   */
  prefixUse(prefix: string): { hyphenated: number; solid: number } {
    const p = lower(prefix);
    let hyphenated = 0;
    let solid = 0;
    if (p.length < 2) return { hyphenated, solid };
    for (const [word, n] of this.counts) {
      if (!word.startsWith(p) || word.length <= p.length + 1) continue;
      const next = word.charAt(p.length);
      if (next === "-" && /\p{L}/u.test(word.charAt(p.length + 1))) hyphenated += n;
      else if (/\p{L}/u.test(next)) solid += n;
    }
    return { hyphenated, solid };
  }

  /**
   * Longer words of running text that begin with `first` and end with `last` (case-insensitive),
   * with a hyphen right after `first` or solid: how the document joins that first part to
   * compounds ending in that word.
   */
  compoundUse(first: string, last: string): { hyphenated: number; solid: number } {
    const f = lower(first);
    const l = lower(last);
    let hyphenated = 0;
    let solid = 0;
    for (const [word, n] of this.counts) {
      if (word.length <= f.length + l.length + 1 || !word.startsWith(f) || !word.endsWith(l)) continue;
      if (word.charAt(f.length) === "-") hyphenated += n;
      else if (/\p{L}/u.test(word.charAt(f.length))) solid += n;
    }
    return { hyphenated, solid };
  }

  /** How many words of running text begin with `stem` (case-insensitive) and go on after it. */
  stemUse(stem: string): number {
    const p = lower(stem);
    let n = 0;
    for (const [word, c] of this.counts) if (word.length > p.length && word.startsWith(p)) n += c;
    return n;
  }

  /**
   * How many words of the document begin with `stem` and go on after it: in running text, or at a
   * line end cut further on ("kivi-pol-" begins with "kivi-po").
   */
  beginningUse(stem: string): number {
    const p = lower(stem);
    let n = this.stemUse(stem);
    // A beginning cut right after the stem goes on too: it was cut.
    for (const [b, c] of this.beginnings) if (b.startsWith(p)) n += c;
    return n;
  }

  /** Whether running text writes `word` in capitals as a short word of its own or a compound's part ("ABC", "ABC-alue"). */
  writtenInCapitals(word: string): boolean {
    return this.capitals.has(lower(word));
  }

  /** How often the word (case-insensitive, punctuation stripped) stands in running text. */
  count(word: string): number {
    return this.counts.get(lower(coreToken(word))) ?? 0;
  }

  static readonly empty = new HyphenEvidence([]);
}

export interface DehyphenContext {
  rules: DehyphenationRules;
  evidence: HyphenEvidence;
  /**
   * The source marks the typesetter's hyphens as soft hyphens (U+00AD; the PDF reader does when
   * the producer draws them separately). Then a plain hyphen at a line end is the author's own.
   */
  typesetHyphensMarked?: boolean;
  /**
   * The producer tags its own hyphens with /ActualText U+00AD (Chromium), which the reader keeps
   * before the drawn hyphen ("palve\u00ad\u00ad"). Then a hyphen drawn apart without that tag
   * ("koti\u00ad") is the author's, drawn apart only by the font's way of drawing.
   */
  softHyphensTagged?: boolean;
  /**
   * The typesetter never hyphenates a paragraph's first word (TeX hyphenates only a word that
   * follows glue), so a hyphen at the end of a cell's first word is the author's ("Koti-" +
   * "palvelut" as a cell's first line is "Koti-palvelut").
   */
  firstWordUnbroken?: boolean;
  /**
   * The typesetter breaks words only where the Finnish hyphenation patterns allow (TeX), so a
   * line-end hyphen at a point the patterns do not break is the author's, whatever the rules'
   * usePatternsAtLineEnd says for producers with other hyphenators.
   */
  patternsOnly?: boolean;
}

/** Whether the document's producer (its Producer string) is one of the listed ones, matched in part. */
export function producerIsOneOf(producer: string | undefined, producers: readonly string[]): boolean {
  const p = producer?.toLowerCase();
  return p !== undefined && producers.some((x) => x !== "" && p.includes(x.toLowerCase()));
}

const breakCache = new Map<string, readonly number[]>();

/**
 * Where the Finnish hyphenation patterns break a lowercase word (offsets of the breaks). Cached:
 * the `hyphen` package builds its scanner's closures anew on every call, and the same words come
 * back at line ends in every report of a kind.
 */
function breakPoints(word: string): readonly number[] {
  let breaks = breakCache.get(word);
  if (breaks === undefined) {
    if (breakCache.size > 20_000) breakCache.clear();
    const parts = fi.hyphenateSync(word, { hyphenChar: "|", minWordLength: 3 }).split("|");
    const at: number[] = [];
    let pos = 0;
    for (let i = 0; i < parts.length - 1; i++) at.push((pos += parts[i]!.length));
    breakCache.set(word, (breaks = at));
  }
  return breaks;
}

/** Is the boundary between `left` and `right` a break point of the Finnish hyphenation patterns? */
export function patternsAllowBreak(left: string, right: string): boolean {
  const word = lower(left + right);
  if (!/^\p{L}+$/u.test(word)) return true;
  return breakPoints(word).includes(left.length);
}

/**
 * Decides what a hyphen at the end of a line means. `left` is the last token of the line
 * (ending in the hyphen), `right` the first token of the next line, `trailingSpace` whether the
 * source line had white space after the hyphen (some extractors keep it, and then it marks a
 * suspended hyphen: "käyttäjä- " + "ja").
 */
export function decideLineEndHyphen(
  left: string,
  right: string,
  ctx: DehyphenContext,
  trailingSpace = false,
  position: { nextIsEnd?: boolean; moreAfter?: boolean; suspendedBefore?: boolean; midSentence?: boolean; firstWord?: boolean } = {},
): HyphenDecision {
  const nextIsEnd = position.nextIsEnd ?? false;
  const { rules, evidence } = ctx;
  const leftCore = left.slice(0, -1).replace(/^[^\p{L}\p{N}]+/u, "");
  // The word being broken: after the compound's last hyphen or a slash ("12/vii-" + "kossa").
  const lastSeg = leftCore.split(/[-/]/u).pop() ?? leftCore;
  const rightCore = coreToken(right);
  const rightWord = lower(right.replace(/[,.;:!?)\]]+$/u, ""));

  // A hyphen marked as the typesetter's only because it was drawn as a run of its own (Chromium
  // may draw an author's hyphen so) before a whole-word conjunction that more text follows: the
  // author's suspended hyphen where the cell already suspends one just before ("Vesi-, viemäri-" +
  // "ja jätehuolto"), the document writes the first part suspended inside a line, or the joined
  // word could not be Finnish ("kasvatus-" + "ja": no word ends in "-sja"); and never where the
  // document writes the joined word ("laati-" + "ja tekee" beside "laatija").
  if (
    left.endsWith("\u00ad") &&
    position.moreAfter &&
    rules.suspendedHyphenFollowers.includes(rightWord) &&
    !/[,.;:!?)\]]$/u.test(right) &&
    /^\p{L}+$/u.test(leftCore) &&
    evidence.count(leftCore + rightWord) === 0 &&
    (position.suspendedBefore || evidence.count(`${leftCore}-`) > 0 || impossibleWordEnd(leftCore, rightWord, rules.vowels))
  ) {
    return { action: "space", reason: "suspended-before-conjunction" };
  }
  if (left.endsWith("\u00ad")) {
    // Some producers (Chromium with some fonts) draw an author's hyphen at a line end apart as well,
    // so the mark alone does not decide: a break no typesetter makes is the author's, whoever drew it.
    const shape = authorOnlyBreak(lastSeg, rightCore, rules, evidence);
    return shape ? { action: "keep", reason: shape } : { action: "join", reason: "typeset-hyphen" };
  }
  if (trailingSpace) return { action: "space", reason: "suspended-marked-by-space" };
  // "talo-" + "ja ovat" where hyphens are drawn alike: the document writes "taloja" elsewhere and
  // never leaves "talo-" suspended, so the conjunction is the word's own ending.
  if (!ctx.typesetHyphensMarked && rules.suspendedHyphenFollowers.includes(rightWord) && /^\p{L}+$/u.test(leftCore)) {
    if (evidence.count(leftCore + rightWord) > 0 && evidence.count(`${leftCore}-`) === 0) return { action: "join", reason: "document-evidence" };
  }
  // "Konserni- ja tukipalvelut": a conjunction that a further word follows. "palvelumalle- ja."
  // (the sentence ends) is a wrapped word.
  if (rules.suspendedHyphenFollowers.includes(rightWord) && !/[,.;:!?)\]]$/u.test(right) && !nextIsEnd) {
    return { action: "space", reason: "suspended-before-conjunction" };
  }
  if (ctx.typesetHyphensMarked) return { action: "keep", reason: "author-hyphen" };
  // No typesetter breaks a number: "1-" + "5)" is a range, whatever "15" the document also holds.
  if (/\p{N}$/u.test(lastSeg) && /^\p{N}/u.test(rightCore)) return { action: "keep", reason: "number-range" };
  // A paragraph's first word, which this typesetter never hyphenates: the hyphen is the author's.
  if (ctx.firstWordUnbroken && position.firstWord && /^\p{L}/u.test(rightCore)) return { action: "keep", reason: "first-word-unbroken" };
  // Running text of the same document outranks the orthographic rules below ("OmaHäme").
  const joined = evidence.count(leftCore + rightCore);
  const hyphenated = evidence.count(`${leftCore}-${rightCore}`);
  if (joined !== hyphenated) {
    return { action: joined > hyphenated ? "join" : "keep", reason: "document-evidence" };
  }
  // A lower-case first part the document writes elsewhere in capitals ("abc-" + "vetoisesti" beside
  // "ABC"): an abbreviation, joined to the next word with a hyphen in whatever case it is written.
  if (lastSeg === leftCore && /^\p{Ll}{3,5}$/u.test(lastSeg) && /^\p{Ll}/u.test(rightCore) && evidence.writtenInCapitals(lastSeg)) {
    return { action: "keep", reason: "abbreviation-compound" };
  }
  // A compound broken after its last part: the seam alone ("AB-kylä-" + "tupa": "Kylä-tupa").
  if (lastSeg !== leftCore) {
    const seamJoined = evidence.count(lastSeg + rightCore);
    const seamHyphenated = evidence.count(`${lastSeg}-${rightCore}`);
    if (seamJoined !== seamHyphenated) return { action: seamJoined > seamHyphenated ? "join" : "keep", reason: "document-evidence" };
  }
  // The word the two parts make, begun elsewhere in running text one way only: "Ve-" + "toomus"
  // beside "vetoomukset", "Lumi-" + "tykki" beside "lumi-tykit" (a few letters past the seam, so
  // that other words sharing the first part do not count); "Lu-" + "miNet-…" beside "Luminet-…".
  // The same word cut at another line end counts too: "kivi-" + "polku" beside "kivi-pol-" + "ku"
  // (a column of another width, another place in the line), where it shows its own hyphen; "kivi-"
  // + "polku" beside "kivipol-" + "ku" shows it solid.
  if (/^\p{L}+$/u.test(leftCore) && /^\p{L}\p{Ll}{2}/u.test(rightCore)) {
    const solid = evidence.beginningUse(leftCore + rightCore.slice(0, 3));
    const split = evidence.beginningUse(`${leftCore}-${rightCore.slice(0, 3)}`);
    if (solid > 0 && split === 0) return { action: "join", reason: "document-evidence" };
    if (split > 0 && solid === 0) return { action: "keep", reason: "document-evidence" };
  }
  // A first part the document writes only with a hyphen, never solid ("Kotio-järjestelmän").
  // (One it writes both ways decides nothing: authors are not consistent.)
  const prefix = evidence.prefixUse(lastSeg);
  if (prefix.hyphenated > 0 && prefix.solid === 0 && lastSeg === leftCore) return { action: "keep", reason: "prefix-only-hyphenated" };
  // The same first part and the same last word joined elsewhere with the hyphen, never solid:
  // "eko-" + "kortin" beside "eko-palvelukortin" (the author's compound with one more part). Only
  // the first part alone ("eko-kertoimen" beside "ekosuunnitelma") decides nothing.
  if (lastSeg === leftCore && /^\p{Ll}+$/u.test(lastSeg) && /^\p{Ll}{5,}$/u.test(rightCore)) {
    const analog = evidence.compoundUse(lastSeg, rightCore);
    if (analog.hyphenated > 0 && analog.solid === 0) return { action: "keep", reason: "prefix-only-hyphenated" };
  }
  // A capitalized name in mid-sentence ("toimitaan Kotivoima-" + "tavalla"): Finnish joins a
  // proper name to a common noun with a hyphen, and the part after it is a word the document
  // begins elsewhere too ("tavan").
  if (
    position.midSentence &&
    lastSeg === leftCore &&
    /^\p{Lu}\p{Ll}{3,}$/u.test(leftCore) &&
    /^\p{Ll}{4,}$/u.test(rightCore) &&
    evidence.count(leftCore) === 0 &&
    evidence.stemUse(rightCore.slice(0, 4)) > 0
  ) {
    return { action: "keep", reason: "name-compound" };
  }
  if (/^\p{Lu}/u.test(rightCore)) return { action: "keep", reason: "uppercase-continuation" };
  // A web address ("esimerkki.fi-" + "sivuston"): typesetters do not hyphenate inside one, so
  // the hyphen after its ending is the author's.
  if (/\p{L}{2}\.\p{L}{2,4}$/u.test(leftCore)) return { action: "keep", reason: "abbreviation-compound" };
  // Digits, all capitals, or a capitalized word of one or two letters ("Eu-" + "parlamenttivaalien":
  // no Finnish typesetter leaves a two-letter capitalized word) join with a hyphen. After a compound's
  // hyphen such a fragment is a name's first syllable ("Kivi-Lu-" + "mela"), which typesetters break.
  if (/\p{N}/u.test(lastSeg) || (/\p{Lu}.*\p{Lu}/u.test(lastSeg) && !/\p{Ll}/u.test(lastSeg)) || (/^\p{Lu}\p{Ll}?$/u.test(lastSeg) && lastSeg === leftCore)) {
    return { action: "keep", reason: "abbreviation-compound" };
  }
  // A Finnish syllable has a vowel: a line-end part without one ("kk-", "ICT-" in lower case) was
  // not broken by a typesetter, whoever produced the PDF.
  if (/^\p{L}+$/u.test(lastSeg) && !lastSeg.toLowerCase().split("").some((c) => rules.vowels.includes(c))) {
    return { action: "keep", reason: "abbreviation-compound" };
  }
  // A name with an inner capital ("HaiPro-", "OmaHäme-") or ending in an abbreviation ("PowerBI-")
  // is joined to the next word with a hyphen; "HaiP-" + "ro" is a name broken inside.
  if (/\p{Ll}\p{Lu}/u.test(lastSeg) && /(\p{Ll}|\p{Lu}\p{Lu})$/u.test(lastSeg)) return { action: "keep", reason: "name-compound" };
  const a = lower(lastSeg.slice(-1));
  const b = lower(rightCore.slice(0, 1));
  if (a && a === b && rules.vowels.includes(a)) return { action: "keep", reason: "same-vowel-seam" };

  if ((rules.usePatternsAtLineEnd || ctx.patternsOnly) && LETTER.test(lastSeg) && !patternsAllowBreak(lastSeg, rightCore)) {
    return { action: "keep", reason: "hyphenation-patterns" };
  }
  return { action: "join", reason: "default-wrap" };
}

/**
 * A line-end break that no typesetter's hyphenation makes, so the hyphen is the author's: after a
 * digit ("5-" + "kerros"), after an abbreviation in capitals ("IT-" + "alustan") or a name with
 * an inner capital ("WebLab-" + "raportin"), or between the same two vowels where the Finnish
 * syllable rules allow no break (a long vowel is one syllable; "kala-" + "altaat" is a compound
 * seam that orthography writes with a hyphen).
 */
function authorOnlyBreak(lastSeg: string, rightCore: string, rules: DehyphenationRules, evidence: HyphenEvidence): HyphenReason | undefined {
  if (!/^\p{L}/u.test(rightCore)) return undefined;
  if (/\p{N}$/u.test(lastSeg)) return "abbreviation-compound";
  if (/^\p{Ll}/u.test(rightCore)) {
    if (/^\p{Lu}{2,}$/u.test(lastSeg)) return "abbreviation-compound";
    // A name with an inner capital ends where no syllable break could be ("…Pro-" + "ilmoitus"), or
    // before a word the document writes on its own; else the break may be inside the name ("…Hä-" + "me").
    if (/^\p{Lu}?\p{Ll}+\p{Lu}\p{Ll}+$/u.test(lastSeg) && (!patternsAllowBreak(lastSeg, rightCore) || evidence.count(rightCore) > 0)) return "name-compound";
  }
  const a = lower(lastSeg.slice(-1));
  if (a && a === lower(rightCore.charAt(0)) && rules.vowels.includes(a) && /^\p{L}+$/u.test(lastSeg) && !patternsAllowBreak(lastSeg, rightCore)) {
    return "same-vowel-seam";
  }
  return undefined;
}

/**
 * Whether a first part and a conjunction joined could not make a Finnish word: a stop or sibilant
 * before the conjunction's consonant ("kasvatus" + "ja", "opas" + "sekä"): a word ending in "-ja"
 * or "-tai" has a vowel or l, r, n, h before it ("taloja", "kirja"), never two such consonants.
 */
function impossibleWordEnd(first: string, conjunction: string, vowels: string): boolean {
  return /[stkpdgbf]$/u.test(lower(first)) && conjunction !== "" && !vowels.includes(lower(conjunction.charAt(0)));
}

/** Whether the line is closing punctuation marks only (".", ")."). */
function onlyPunctuation(line: string, rules: DehyphenationRules): boolean {
  let rest = line;
  for (let progressed = true; rest && progressed; ) {
    progressed = false;
    for (const p of rules.closingPunctuation) {
      if (p && rest.startsWith(p)) {
        rest = rest.slice(p.length);
        progressed = true;
      }
    }
  }
  return rest === "";
}

function endsWithWrapHyphen(text: string, rules: DehyphenationRules): boolean {
  const t = text.trimEnd();
  if (t.length < 2) return false;
  const last = t.slice(-1);
  // A hyphen right after a letter or digit; a lone "-" or "–" is a dash, not a wrap.
  return rules.wrapHyphens.includes(last) && /[\p{L}\p{N}]/u.test(t.slice(-2, -1));
}

/**
 * Removes a hyphen inside a token that is a left-over break of an earlier layout
 * ("palveluta-pahtu-mien" in running text) when the joined word stands elsewhere in the document
 * and the hyphenated form does not. Only hyphens between two lowercase letters are touched.
 */
export function removeStaleInlineHyphens(text: string, evidence: HyphenEvidence, usePatterns = true): string {
  if (!text.includes("-")) return text;
  // A loop rather than a replacer closure: a closure per call is optimized again after every full GC.
  let out = "";
  let at = 0;
  for (const m of text.matchAll(HYPHENATED_TOKEN)) {
    out += text.slice(at, m.index) + rejoinStaleParts(m[0], evidence, usePatterns);
    at = m.index + m[0].length;
  }
  return out + text.slice(at);
}

/** Tokens of letters and digits with inner hyphens ("palveluta-pahtu-mien"). */
const HYPHENATED_TOKEN = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu;

/** One hyphenated token with the stale hyphens (see removeStaleInlineHyphens) removed. */
function rejoinStaleParts(token: string, evidence: HyphenEvidence, usePatterns: boolean): string {
  const parts = token.split("-");
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i++) {
    const prev = out;
    const next = parts[i]!;
    const seamLower = /\p{Ll}$/u.test(prev) && /^\p{Ll}/u.test(next);
    const joinedWord = prev.split("-").pop()! + next;
    const hyphWord = `${prev.split("-").pop()!}-${next}`;
    const left = prev.split("-").pop()!;
    const breakable = !usePatterns || patternsAllowBreak(left, next);
    if (seamLower && breakable && evidence.count(joinedWord) > 0 && evidence.count(hyphWord) <= 1) out = prev + next;
    else out = `${prev}-${next}`;
  }
  return out;
}

/**
 * A first word's hyphen kept as the author's because the typesetter never breaks that word
 * (DehyphenContext.firstWordUnbroken), held apart until the end so that the stale-hyphen pass
 * does not join it again where the document also writes the word solid ("Koti-palvelut" beside
 * "kotipalvelut" in running text). A private-use character, which no text holds.
 */
const KEPT_HYPHEN = "\ue000";

/**
 * Joins the lines of one cell into its text: wrap hyphens undone, words joined by single spaces,
 * no space before closing punctuation that the line break pushed to the next line.
 */
export function joinCellLines(lines: readonly string[], ctx: DehyphenContext): string {
  const { rules } = ctx;
  let out = "";
  let prevRaw = "";
  let linesSeen = 0;
  for (const raw of lines) {
    // A soft hyphen inside a line is an invisible break hint; only at a line end is it a wrap.
    const line = squeezeSpaces(raw.includes("\u00ad") ? raw.replace(/\u00ad(?!\s*$)/g, "") : raw).trim();
    if (!line || line === "\u00ad") continue;
    if (!out) {
      out = line;
    } else if (endsWithWrapHyphen(out, rules)) {
      const tokens = out.split(" ");
      const left = tokens[tokens.length - 1]!;
      const right = line.split(" ")[0]!;
      const trailingSpace = /[-\u00ad\u2010][ \t]+$/.test(prevRaw);
      // "… palvelumalle-" + "ja" as the cell's last word: no compound follows, so not suspended.
      const nextIsEnd = line.split(" ").length === 1 && lines.indexOf(raw) === lines.length - 1;
      // "Vesi-, viemäri-": the word before is a suspended compound of a list.
      const suspendedBefore = tokens.length > 1 && /\p{L}-,$/u.test(tokens[tokens.length - 2]!);
      const moreAfter = line.includes(" ");
      // A word with one before it in the same sentence: its capital marks a name, not a sentence start.
      const midSentence = tokens.length > 1 && /[\p{Ll}\p{N},&+]$/u.test(tokens[tokens.length - 2]!);
      // The cell's first line is its one word: the paragraph's first word.
      const firstWord = linesSeen === 1 && tokens.length === 1;
      const untagged = ctx.softHyphensTagged === true && left.endsWith("\u00ad") && !/\u00ad\u00ad\s*$/u.test(prevRaw);
      const d = untagged
        ? decideLineEndHyphen(`${left.slice(0, -1)}-`, right, { ...ctx, typesetHyphensMarked: true }, trailingSpace, { nextIsEnd, moreAfter, suspendedBefore, midSentence, firstWord })
        : decideLineEndHyphen(left, right, ctx, trailingSpace, { nextIsEnd, moreAfter, suspendedBefore, midSentence, firstWord });
      if (d.action === "join") out = out.slice(0, -1) + line;
      else if (d.reason === "first-word-unbroken") out = out.slice(0, -1) + KEPT_HYPHEN + line;
      else if (d.action === "keep") out = out.slice(0, -1) + "-" + line;
      else out = out.slice(0, -1) + "- " + line;
    } else if (/(^| )-$/.test(out)) {
      // A lone hyphen at a line end belongs to the next word ("-58%", "ja -luokkiin"), except
      // between two numbers, where it is a spaced range ("2,2 - 4,4 %").
      // A space after it in the source marks a spaced dash ("Huhti - Marraskuu"); so does a capital
      // after it where the source (a PDF) keeps no trailing spaces ("2024 -" + "Tammikuu 2025").
      out += (/\d -$/.test(out) && /^\d/.test(line)) || /-[ \t]+$/.test(prevRaw) || /^\p{Lu}/u.test(line) ? " " + line : line;
    } else if ((/[\p{L}\p{N}][–—]$/u.test(out) || /\S\/$/u.test(out)) && /^[\p{L}\p{N}]/u.test(line)) {
      // A dash or slash attached to a word: the typesetter broke after it ("2025–" + "2028").
      out += line;
    } else if (rules.closingPunctuation.some((p) => line.startsWith(p)) && !onlyPunctuation(line, rules)) {
      // ", työtyytyväisyys." after "säästö)": the break came before the comma, not at a space.
      // A line of nothing but closing punctuation was a word of its own ("100 % ."): a typesetter
      // moves a mark to the next line only at the space before it.
      out += line;
    } else {
      out += " " + line;
    }
    prevRaw = raw;
    linesSeen++;
  }
  if (rules.removeStaleInlineHyphens) out = removeStaleInlineHyphens(out, ctx.evidence, rules.usePatternsForInlineHyphens);
  if (out.includes(KEPT_HYPHEN)) out = out.replaceAll(KEPT_HYPHEN, "-");
  return squeezeSpaces(out.includes("\u00ad") ? out.replace(/\u00ad/g, "") : out).trim();
}

/**
 * Each run of white space as one space. Only runs that are not a single space already are
 * replaced, so text that is clean (nearly all of it) is returned as it is, without a copy.
 */
export function squeezeSpaces(s: string): string {
  return s.replace(/\s{2,}|[^\S ]+/g, " ");
}
