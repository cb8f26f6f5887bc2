/**
 * A `-raw` text whose words run together without spaces (each cell's words written as one, the
 * cells still apart) is refused with one line naming the cause, not read into rows of glued
 * words; the same table with its spaces is not refused.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { extractFile } from "../src/pipeline/extract.js";
import { gluedLetterShare, gluedWordsProblem } from "../src/read/glued-text.js";

/** An invented OKR table, one cell per entry; rows of cells. */
const HEADER = ["Toimiala", "Tulosalue", "Tavoite", "Avaintulos", "Mittari", "Toteutuminen vuositasolla"];
const ROWS = [
  ["Kotona asumisen palvelut", "Kotihoito", "Asiakas saa avun kotiinsa viikon sisällä", "Palvelutarpeen arvio tehdään seitsemässä päivässä kaikille uusille asiakkaille", "85 %", "Toteutuu osittain"],
  ["Kotona asumisen palvelut", "Omaishoito", "Omaishoitajat jaksavat paremmin arjessa", "Jokainen omaishoitaja saa vapaapäivänsä ja tuen kerran kuukaudessa", "70 %", "Ei toteudu vielä"],
  ["Yhteiset tukipalvelut", "Talouspalvelut", "Laskut maksetaan ajallaan ilman viivästyksiä", "Ostolaskuista yli yhdeksän kymmenestä maksetaan eräpäivään mennessä", "92 %", "Toteutuu hyvin"],
  ["Yhteiset tukipalvelut", "Henkilöstöpalvelut", "Uusi työntekijä perehtyy nopeasti työhönsä", "Perehdytyssuunnitelma laaditaan jokaiselle uudelle työntekijälle ensimmäisellä viikolla", "100 %", "Toteutuu kokonaan"],
];
const tableText = (glue: boolean) =>
  [HEADER.join(" "), ...ROWS.map((r) => r.map((c) => (glue ? c.replace(/ /g, "") : c)).join(" "))].join("\n") + "\n";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "hva-okr-glued-"));
  writeFileSync(join(dir, "glued.txt"), tableText(true));
  writeFileSync(join(dir, "spaced.txt"), tableText(false));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("words run together without spaces", () => {
  it("tells a glued text from the same text with its spaces", () => {
    expect(gluedLetterShare(tableText(false)).share).toBeLessThan(0.1);
    expect(gluedLetterShare(tableText(true)).share).toBeGreaterThan(0.5);
    expect(gluedWordsProblem(tableText(false))).toBeUndefined();
    // Soft hyphens inside the glued runs do not hide them.
    expect(gluedWordsProblem(tableText(true).replace(/ai/g, "a\u00adi"))).toMatch(/run together without spaces/);
  });

  it("leaves a short text alone: too few letters to judge", () => {
    expect(gluedWordsProblem("Toimintasuunnitelmaluonnos2026\n")).toBeUndefined();
  });

  it("refuses the glued text with one line, not the spaced one", { timeout: 60_000 }, async () => {
    await expect(extractFile(join(dir, "glued.txt"))).rejects.toThrow(/glued\.txt: the words run together without spaces .*import the PDF itself/);
    const spaced = await extractFile(join(dir, "spaced.txt"));
    expect(spaced.document.warnings.join(" ")).not.toMatch(/run together/);
  });
});
