/**
 * PDF header cells that name two things with a slash ("Vastuualue/" | "toimiala",
 * "Palvelukoko-" | "naisuus/toi-" | "miala") are one column, of the field no other column names; and
 * an unknown label's cell does not grow into the first body line below the header band.
 */
import { describe, expect, it } from "vitest";
import { findHeaderRows } from "../src/reconstruct/okr-table/header.js";
import { loadRules } from "../src/rules/load.js";
import type { PdfPage, Word } from "../src/model/pdf.js";
import { line } from "./synthetic-words.js";

const rules = loadRules();
const FS = 8;
const PITCH = 0.9 * FS;

function page(cells: readonly (readonly [string[], number])[], body: readonly (readonly [string, number])[] = []): PdfPage {
  const words: Word[] = [];
  for (const [lines, x] of cells) lines.forEach((t, i) => words.push(...line(t, x, 100 + i * PITCH, FS)));
  for (const [t, x] of body) words.push(...line(t, x, 100 + 3 * PITCH + 0.4 * FS, FS));
  return { number: 1, width: 612, height: 792, words, rulings: [] };
}

const REST: (readonly [string[], number])[] = [
  [["Tavoite"], 220],
  [["Avaintulos"], 300],
  [["Mittari"], 420],
  [["Toteutumi-", "nen vuosi-", "tasolla"], 500],
];

describe("a slash label in a PDF header", () => {
  it("reads 'Vastuualue/' over 'toimiala' as the division when another column names the result area", () => {
    // The result area's label stands close by (narrow padding): it is not joined to the slash cell.
    const p = page([[["Luokka"], 40], [["Vastuualue/", "toimiala"], 90], [["Tulosyksikkö"], 148], ...REST]);
    const labels = findHeaderRows(p, rules.okrTable)[0]!.labels;
    const division = labels.find((l) => l.field === "toimiala")!;
    expect(division.words.map((w) => w.text)).toEqual(["Vastuualue/", "toimiala"]);
    expect(labels.find((l) => l.field === "tulosalue")!.words.map((w) => w.text)).toEqual(["Tulosyksikkö"]);
  }, 30_000);

  it("joins 'Palvelualue/' to 'toimiala' below (one field), not to the next column's label on its line", () => {
    const p = page([[["Luokka"], 40], [["Palvelualue/", "toimiala"], 90], [["Tulosyksikkö"], 148], ...REST]);
    const labels = findHeaderRows(p, rules.okrTable)[0]!.labels;
    expect(labels.find((l) => l.field === "toimiala")!.words.map((w) => w.text)).toEqual(["Palvelualue/", "toimiala"]);
    expect(labels.find((l) => l.field === "tulosalue")!.words.map((w) => w.text)).toEqual(["Tulosyksikkö"]);
  }, 30_000);

  it("reads an unknown name joined by a slash to a wrapped label as that label's field", () => {
    const p = page([[["Vaihe"], 40], [["Palvelukoko-", "naisuus/toi-", "miala"], 90], [["Tulosalue"], 150], ...REST]);
    const labels = findHeaderRows(p, rules.okrTable)[0]!.labels;
    expect(labels.find((l) => l.field === "toimiala")?.x0).toBe(90);
  }, 30_000);

  it("leaves the first body line, shared with other columns, out of an unknown label's cell", () => {
    const p = page([[["Vaihe"], 40], [["Palvelukoko-", "naisuus/toi-", "miala"], 90], [["Tulosalue"], 150], ...REST], [["Kotihoito ja", 90], ["Asiakasohjaus", 150], ["Hoito", 220]]);
    const labels = findHeaderRows(p, rules.okrTable)[0]!.labels;
    const division = labels.find((l) => l.field === "toimiala")!;
    expect(division.words.map((w) => w.text)).toEqual(["Palvelukoko-", "naisuus/toi-", "miala"]);
  }, 30_000);
});
