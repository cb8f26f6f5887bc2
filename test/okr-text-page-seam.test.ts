/**
 * A row broken across a page in `-raw` text (issue 24, point 5): which cell each word of the
 * page's rest continues, by what the document shows about its columns (do their cells end a
 * sentence?), how the cut word is spelt elsewhere, and a first part that stops at a comma.
 */
import { describe, expect, it } from "vitest";
import { assignContinuation, openSentenceEvidence, restEndEvidence, wrapJoinEvidence } from "../src/reconstruct/okr-table/continuation.js";
import { tokenize } from "../src/reconstruct/okr-table/rows.js";
import { HyphenEvidence } from "../src/reconstruct/dehyphenate.js";

function assign(firstParts: string[], rest: string[], evidence?: (k: number, first: string, s: number, e: number, text: (i: number) => string | undefined) => number): string[] {
  const lines = rest.map((text, i) => ({ n: i + 1, text, blankBefore: false }));
  const tokens = tokenize(lines);
  const text = (i: number) => tokens[i]?.text;
  const spans = assignContinuation(firstParts, lines, tokens, evidence ? (k, s, e) => evidence(k, firstParts[k]!, s, e, text) : undefined);
  return spans.map(([s, e]) => tokens.slice(s, e).map((t) => t.text).join(" "));
}

describe("OKR text path: the seam of a row broken across a page", () => {
  it("gives the rest to the column of sentences whose cell stopped mid-sentence, not to the value after it", () => {
    // Key results end a sentence in 90 % of the rows, measured values never: "… mikä johtaa" was cut.
    const shares = [0.9, 0];
    const cells = assign(["Kävijämäärä kasvaa, mikä johtaa", "100 % valmis"], ["parempaan palveluun."], (k, first, s, e, text) =>
      e > s ? openSentenceEvidence(first, shares[k]) + restEndEvidence(text(e - 1), shares[k]) : 0,
    );
    expect(cells).toEqual(["parempaan palveluun.", ""]);
    // Without what the columns show, the rest is a tie the last cell wins: the evidence is what decides.
    expect(assign(["Kävijämäärä kasvaa, mikä johtaa", "100 % valmis"], ["parempaan palveluun."])).not.toEqual(["parempaan palveluun.", ""]);
  }, 30_000);

  it("keeps a sentence's end out of a column whose cells never end a sentence", () => {
    expect(restEndEvidence("vähenee.", 0)).toBeLessThan(0);
    expect(restEndEvidence("vähenee.", 0.9)).toBeGreaterThan(0);
    expect(restEndEvidence("vähenee", 0)).toBe(0);
    // A column that ends a sentence now and then (objectives) says nothing either way.
    expect(restEndEvidence("vähenee.", 0.1)).toBe(0);
  }, 30_000);

  it("finds whose rest a word cut at the page foot is by the document's own spelling", () => {
    // Both the objective ("… uudistamisen") and the key result ("… hyvin-") go on after the page
    // break; "hyvinkäyntiä" is written elsewhere in the document, "hyvinmyötä" nowhere.
    const words = new HyphenEvidence(["Tavoite on hyvinkäyntiä kaikille", "ja hyvinkäyntiä tukee"]);
    const first = ["Järjestelmän uudistamisen", "Leikkaukset lisääntyvät hyvin-"];
    const rest = ["myötä toiminta tehostuu.", "käyntiä tukien."];
    expect(wrapJoinEvidence(first[1]!, "käyntiä", words)).toBeGreaterThan(0);
    expect(wrapJoinEvidence(first[1]!, "myötä", words)).toBe(0);
    const cells = assign(first, rest, (k, f, s, e, text) => (e > s ? wrapJoinEvidence(f, text(s), words) : 0));
    expect(cells).toEqual(["myötä toiminta tehostuu.", "käyntiä tukien."]);
  }, 30_000);

  it("continues a first part that stops at a comma even when its rest begins with a capital", () => {
    // "Käyttökatkot vähentyneet -20%," | … | "HaiPro-ilmoitukset ennallaan": the value's rest.
    const cells = assign(["Tavoite on selvä.", "Käyttökatkot vähentyneet -20 %,", "osin valmis"], ["HaiPro-ilmoitukset ennallaan"]);
    expect(cells).toEqual(["", "HaiPro-ilmoitukset ennallaan", ""]);
  }, 30_000);
});
