/**
 * Text path (issue 24): an unknown first column of recurring values with the measure right after it
 * (a table printed in reverse, Chromium's soft hyphens at every break point). Every row's value is
 * then followed by the measure's figure: that figure is the measure's, not the value's. A value
 * broken at a soft hyphen over lines of its own is one word. All values and names are invented.
 */
import { describe, expect, it } from "vitest";
import { findLeadValues } from "../src/reconstruct/okr-table/lead-values.js";

/**
 * Values of the added column; the third wraps at a soft hyphen (the visual line's end, as
 * `joinSoftHyphenLines` leaves it once the drawn hyphen's line is dropped).
 */
const GROUPS = [["nuoret 13–17"], ["yli 70-v."], ["kaikki kylä\u00ad", "läiset"], ["–"]];

/** Twelve rows: the value, the measure's figure and the key result's first words on one line, then the other cells' lines. */
function table(): { lines: { text: string }[]; starts: number[] } {
  const texts: string[] = [];
  const starts: number[] = [];
  for (let k = 0; k < 12; k++) {
    starts.push(texts.length);
    const value = GROUPS[k % 4]!;
    texts.push(...value.slice(0, -1), `${value.at(-1)} ${60 + k} % Asiakkaista`, "saa avun samana päivänä.", "Arki sujuu kotona", "Kotihoito", "Alfapalvelut");
  }
  return { lines: texts.map((text) => ({ text })), starts };
}

describe("an unknown first column with the measure after it, in text", () => {
  it("leaves the measure's figure to the measure when the measure's column comes next", () => {
    const { lines, starts } = table();
    const found = findLeadValues(lines, starts, () => false, { figureColumnNext: true })!;
    expect(starts.map((s) => found.get(s)?.text)).toEqual(Array.from({ length: 12 }, (_, k) => ["nuoret 13–17", "yli 70-v.", "kaikki kyläläiset", "–"][k % 4]));
    // The row's next cell begins at the figure: "nuoret 13–17 " is cut off the start line.
    expect(found.get(starts[0]!)).toMatchObject({ skip: 0, cut: "nuoret 13–17 ".length });
    // The wrapped value's cells begin on its second line, after "läiset ".
    expect(found.get(starts[2]!)).toMatchObject({ skip: 1, cut: "läiset ".length });
  }, 30_000);

  it("keeps a figure that every value carries before the measure's own", () => {
    const texts: string[] = [];
    const starts: number[] = [];
    for (let k = 0; k < 12; k++) {
      starts.push(texts.length);
      texts.push(`${["käynnissä", "valmis", "odottaa"][k % 3]} ${10 * (k % 5)} % ${60 + k} % Asiakkaista`, "saa avun.", "Alfapalvelut");
    }
    const found = findLeadValues(texts.map((text) => ({ text })), starts, () => false, { figureColumnNext: true })!;
    expect(found.get(starts[1]!)?.text).toBe("valmis 10 %");
  }, 30_000);
});
