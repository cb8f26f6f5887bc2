/**
 * The consistency checks run after every import only for the reports that import stored (the
 * others keep their findings): the stored findings must still be those of checking everything
 * afresh, in the same order, whatever the order and batches of the imports, and after a report is
 * parsed again, replaced by another form, or deleted.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDb, type DB } from "../src/store/db.js";
import { importPaths } from "../src/pipeline/import.js";
import { runChecks, storeFindings } from "../src/analyze/checks.js";
import { printFindings } from "../src/report/findings.js";
import { FINDINGS_ORDER } from "../src/store/checks.js";

const FILES = [
  ...["000_a6d6f0775324bd77", "001_f314bb83617d3be8", "002_2df4dc721c1a0aa2", "003_5bf3f4c940c45706", "004_f39f331748708e98"].map((s) => `fixtures/seeds/${s}.txt`),
  "fixtures/text/kh-okr-public.raw.txt",
  "fixtures/pdf/kh-okr-public.pdf",
  "fixtures/pdf/lu-eval-public.pdf",
];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "hva-okr-findings-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The findings as `hva-okr findings --json` prints them. */
function printed(db: DB): string {
  let out = "";
  printFindings(db, true, (s) => (out += s));
  return out;
}

/** The stored findings in the order they are listed, with the document each is about. */
function stored(db: DB) {
  return db.prepare(`SELECT document_id, check_name, subject, message, expected, found FROM findings f ORDER BY ${FINDINGS_ORDER}`).all();
}

/** Imports `batches` one after another into a new database, updating the findings after each. */
async function importInBatches(name: string, batches: readonly (readonly string[])[]): Promise<DB> {
  const db = openDb(join(dir, `${name}.sqlite`));
  for (const b of batches) {
    const s = await importPaths(db, b);
    expect(s.failed).toBe(0);
    storeFindings(db);
    expect(stored(db)).toEqual(runChecks(db));
  }
  return db;
}

describe("findings kept up to date import by import", () => {
  let all: DB;
  beforeAll(async () => {
    all = await importInBatches("all", [FILES]);
  }, 300_000);
  afterAll(() => all.close());

  it("finds the sources' two inconsistencies in one import of everything", () => {
    expect(stored(all).map((f) => (f as { check_name: string }).check_name).sort()).toEqual(["corrected_by_later_report", "summary_average"]);
  });

  it("lists the same findings after one file at a time, or other batches, as after one import of everything", async () => {
    // Batches that keep the forms of each report in their order (the first stored form of a report
    // stands for it, unless a later one locates its rows better), the correction before the figure.
    const [s0, s1, s2, s3, s4, khText, khPdf, luPdf] = FILES as [string, string, string, string, string, string, string, string];
    for (const [name, batches] of [
      ["one at a time", FILES.map((f) => [f])],
      ["batches", [[s2, khText], [s3, s0], [khPdf, s4, luPdf, s1]]],
    ] as const) {
      const db = await importInBatches(name, batches);
      try {
        expect(printed(db), name).toBe(printed(all));
      } finally {
        db.close();
      }
    }
  }, 600_000);

  it("stores what checking everything afresh finds when the forms of a report come in another order", async () => {
    const db = await importInBatches("backward", [...FILES].reverse().map((f) => [f]));
    try {
      expect(stored(db).map((f) => (f as { check_name: string }).check_name).sort()).toEqual(["corrected_by_later_report", "summary_average"]);
    } finally {
      db.close();
    }
  }, 300_000);

  it("checks a report again when it is parsed again, and forgets the findings of a deleted report", async () => {
    const lu = FILES[3]!; // the Länsi-Uusimaa evaluation as text: its summary row disagrees with its goals
    const db = await importInBatches("changes", [FILES.filter((f) => f !== lu && !f.includes("lu-eval"))]);
    const kinds = () => stored(db).map((f) => (f as { check_name: string }).check_name);
    try {
      const file = join(dir, "changing.txt");
      const update = async (content: string | null, force = false) => {
        if (content !== null) writeFileSync(file, content);
        const s = await importPaths(db, [{ path: file, source: "changing.txt" }], { force });
        expect(s.failed).toBe(0);
        storeFindings(db);
        expect(stored(db)).toEqual(runChecks(db));
      };
      await update(readFileSync(lu, "utf8"));
      expect(kinds()).toContain("summary_average");
      const before = printed(db);
      await update(null, true);
      expect(printed(db)).toBe(before);
      // The source's content changes: its old document is deleted, and its findings with it.
      await update("Ei taulukkoa.\n");
      expect(kinds()).not.toContain("summary_average");
      await importPaths(db, ["fixtures/pdf/lu-eval-public.pdf"]);
      storeFindings(db);
      expect(stored(db)).toEqual(runChecks(db));
      expect(kinds()).toContain("summary_average");
    } finally {
      db.close();
    }
  }, 300_000);

  it("moves a report's findings to the form that stands for it when another form takes its place", () => {
    const forms = all.prepare("SELECT id, same_as FROM documents WHERE region_id = 'lansi-uusimaa' AND family = (SELECT family FROM documents d JOIN strategy_summaries s ON s.document_id = d.id LIMIT 1) ORDER BY id").all() as { id: number; same_as: number | null }[];
    expect(forms.map((f) => f.same_as === null)).toEqual([true, false]);
    // What storing a form that locates its rows better does (store/documents.ts, promoteForm).
    all.prepare("UPDATE documents SET same_as = CASE id WHEN ? THEN ? END WHERE id IN (?, ?)").run(forms[0]!.id, forms[1]!.id, forms[0]!.id, forms[1]!.id);
    storeFindings(all);
    expect(stored(all)).toEqual(runChecks(all));
    expect(printed(all)).toContain("lu-eval-public.pdf");
  });

  it("checks every report once in a database whose findings were stored before the checked reports were kept", () => {
    const db = openDb(join(dir, "all.sqlite"));
    try {
      db.exec("DELETE FROM checked_reports; UPDATE findings SET message = 'stale ' || message WHERE check_name != 'corrected_by_later_report'");
      storeFindings(db);
      expect(stored(db)).toEqual(runChecks(db));
    } finally {
      db.close();
    }
  });
});
