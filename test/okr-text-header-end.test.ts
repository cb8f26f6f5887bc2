/**
 * Text path header (issue 24): where a header read from `pdftotext -raw` text ends. A label
 * hyphenated over several lines, an unknown label whose word looks like a known one, and an unknown
 * label wrapped onto a line of its own are header; the first row is not. Inputs are invented.
 */
import { describe, expect, it } from "vitest";
import { loadRules } from "../src/rules/load.js";
import { findTextHeaders } from "../src/reconstruct/okr-table/text-header.js";
import type { SourceLine } from "../src/model/source.js";

const rules = loadRules();
const toLines = (rows: { t: string; p: number }[]): SourceLine[] => rows.map((x, i) => ({ n: i + 1, text: x.t, page: x.p }));
const onPage = (p: number, lines: string[]) => lines.map((t) => ({ t, p }));

describe("text header end", () => {
  it("reads an unknown label whose word begins a field already read after the line went on with a new label", () => {
    // "Vastuu" begins the letters of "Vastuualue" (a synonym of a field read before it).
    const text = ["Otsikko", "Toimiala Tulosalue Avaintulos Tavoite Avaintuloksen to-", "teutuminen vuosi-", "tasolla", "Avaintuloksen mittari Vastuu", "Alfa Kotihoito Käynnit toteutuvat. Arki sujuu 90 % hyvä"];
    const h = findTextHeaders(toLines(onPage(1, text)), rules.okrTable);
    expect(h.map((x) => [x.start, x.end])).toEqual([[1, 4]]);
    expect(h[0]!.columns).toEqual(["toimiala", "tulosalue", "avaintulos", "tavoite", "vuositaso", "toteuma", "extra:Vastuu"]);
  }, 30_000);

  it("reads an unknown label hyphenated into syllables over lines of its own before the last known label", () => {
    // A narrow portrait column: "Aika-" / "väli" on lines of their own, then the yearly label in syllables.
    const text = ["Otsikko", "Toimiala Tulosalue Tavoite Avaintulos Mittari", "Aika-", "vä-", "li", "Avain-", "tulok-", "sen to-", "teutu-", "minen", "vuosi-", "tasolla", "Alfa-", "palvelut", "Kotihoito Käynnit toteutuvat.", "90 % 2026"];
    const h = findTextHeaders(toLines(onPage(1, text)), rules.okrTable);
    expect(h.map((x) => [x.start, x.end])).toEqual([[1, 11]]);
    expect(h[0]!.columns).toEqual(["toimiala", "tulosalue", "tavoite", "avaintulos", "toteuma", "extra:Aikaväli", "vuositaso"]);
  }, 30_000);

  it("reads a label whose first syllable of three letters ends a line in a wrap hyphen", () => {
    const text = ["Toimiala Tulosalue Tavoite Avaintulos Mit-", "tari", "Alfa-", "palvelut", "Kotihoito Käynnit toteutuvat.", "90 %"];
    const h = findTextHeaders(toLines(onPage(1, text)), rules.okrTable);
    expect(h.map((x) => [x.start, x.end])).toEqual([[0, 1]]);
    expect(h[0]!.columns).toEqual(["toimiala", "tulosalue", "tavoite", "avaintulos", "toteuma"]);
  }, 30_000);

  it("ends the header at a first row whose hyphenated name no unread label follows", () => {
    const text = ["Toimiala Tulosalue Tavoite Avaintulos Mittari", "Alfa-", "palvelut", "Kotihoito Käynnit toteutuvat.", "90 %"];
    const h = findTextHeaders(toLines(onPage(1, text)), rules.okrTable);
    expect(h.map((x) => [x.start, x.end])).toEqual([[0, 0]]);
    expect(h[0]!.columns).toEqual(["toimiala", "tulosalue", "tavoite", "avaintulos", "toteuma"]);
  }, 30_000);

  it("still ends a header at a line that names a read field first", () => {
    const text = ["Toimiala Tulosalue Tavoite Avaintulos Mittari", "Toimiala Tulosalue Tavoite Avaintulos Mittari"];
    expect(findTextHeaders(toLines(onPage(1, text)), rules.okrTable).map((x) => [x.start, x.end])).toEqual([[0, 0], [1, 1]]);
  }, 30_000);

  it("takes the lines that follow every repeated header word for word as header, up to the first rows", () => {
    // The unknown label wraps: "Vastuuhenkilön" on the labels' line, "nimike" under it.
    const header = ["Toimiala Tulosalue Avaintulos Tavoite Mittari Vastuuhenkilön", "nimike"];
    const rows = [
      ...onPage(1, ["Otsikko", ...header, "Alfa Kotihoito Käynnit toteutuvat. Arki sujuu 90 % johtaja", "Beeta Neuvola Perheet voivat hyvin Neuvot 80 % päällikkö"]),
      ...onPage(2, [...header, "Gamma Kotihoito Käynnit lisääntyvät. Arki sujuu 70 % johtaja"]),
      ...onPage(3, [...header, "Delta Neuvola Perheet voivat hyvin Neuvot 60 % päällikkö"]),
    ];
    const h = findTextHeaders(toLines(rows), rules.okrTable);
    expect(h.map((x) => [x.start, x.end])).toEqual([[1, 2], [5, 6], [8, 9]]);
    for (const x of h) expect(x.columns).toEqual(["toimiala", "tulosalue", "avaintulos", "tavoite", "toteuma", "extra:Vastuuhenkilön nimike"]);
  }, 30_000);

  it("never takes a first row's line that recurs in the body, though it follows every header", () => {
    // Every section opens with the same division wrapped over two lines: a row, not a label.
    const header = ["Toimiala Tulosalue Avaintulos Tavoite Mittari"];
    const section = (p: number, heading: string) =>
      onPage(p, [heading, ...header, "Ikääntyvien pal-", "velut Kotihoito Käynnit toteutuvat. Arki sujuu 90 %", "Ikääntyvien pal-", "velut Neuvola Perheet voivat hyvin 80 %"]);
    const h = findTextHeaders(toLines([...section(1, "Alku"), ...section(2, "Keski"), ...section(3, "Loppu")]), rules.okrTable);
    expect(h.map((x) => x.end)).toEqual([1, 7, 13]);
    for (const x of h) expect(x.columns).toEqual(["toimiala", "tulosalue", "avaintulos", "tavoite", "toteuma"]);
  }, 30_000);

  it("takes a line of letter fragments above a header that spell, in order, letters of it as the header's clipped image", () => {
    // A repeated header drawn at the foot of the page before, clipped to its tallest letters.
    const text = ["Otsikko", "Toimiala Tulosalue Tavoite Avaintulos Mittari", "Alfa Kotihoito Arki sujuu Käynnit 90 %", "T i l T l l T it A i t l M itt i", "Toimiala Tulosalue Tavoite Avaintulos Mittari", "Beeta Neuvola Perheet Neuvot 80 %"];
    expect(findTextHeaders(toLines(onPage(1, text)), rules.okrTable).map((x) => x.start)).toEqual([1, 3]);
    // Fragments whose letters the header does not have in that order stay where they are.
    const other = [...text.slice(0, 3), "T i l X y z", ...text.slice(4)];
    expect(findTextHeaders(toLines(onPage(1, other)), rules.okrTable).map((x) => x.start)).toEqual([1, 4]);
  }, 30_000);

  it("reads a known label that a long unknown label before it kept out, when every repeated header has both", () => {
    // Five unknown words on a line end a header read by its labels; the repetition shows they are header.
    const header = ["Toimiala Tulosalue Tavoite Avaintulos", "Kuka vastaa ja milloin tehdään", "Mittari"];
    const rows = [
      ...onPage(1, ["Otsikko", ...header, "Alfa Kotihoito Arki sujuu Käynnit toteutuvat. Pekka 90 %"]),
      ...onPage(2, [...header, "Beeta Neuvola Perheet voivat hyvin Neuvot Liisa 80 %"]),
      ...onPage(3, [...header, "Gamma Kotihoito Arki sujuu Käynnit lisääntyvät. Matti 70 %"]),
    ];
    const h = findTextHeaders(toLines(rows), rules.okrTable);
    expect(h.map((x) => [x.start, x.end])).toEqual([[1, 3], [5, 7], [9, 11]]);
    for (const x of h) expect(x.columns).toEqual(["toimiala", "tulosalue", "tavoite", "avaintulos", "extra:Kuka vastaa ja milloin tehdään", "toteuma"]);
  }, 30_000);
});
