/**
 * Every command given bad input answers in one line naming the file or option, with the right
 * exit status, and never with a stack trace (issue 28 item 9, issue 30 item 5); a mistyped --db is
 * refused, not created.
 */
import { describe, expect, it, beforeAll, afterAll } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";

const run = (...args: string[]) => spawnSync(process.execPath, ["bin/hva-okr.js", ...args], { encoding: "utf8", timeout: 120_000 });

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "hva-okr-bad-"));
  writeFileSync(join(dir, "image.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  writeFileSync(join(dir, "notes.txt"), "Muistio\nei taulukkoa\n");
  const other = new Database(join(dir, "other.sqlite"));
  other.exec("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)");
  other.close();
  mkdirSync(join(dir, "nothing"));
  writeFileSync(join(dir, "nothing", "slides.docx"), "not a document we read");
  // The start of a .docx as Word writes it: a ZIP local file header naming a "word/" entry.
  const docx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0, 8, 0]), Buffer.alloc(20), Buffer.from("word/document.xml"), Buffer.alloc(64)]);
  writeFileSync(join(dir, "report.docx"), docx);
  mkdirSync(join(dir, "mixed"));
  writeFileSync(join(dir, "mixed", "notes.txt"), "Muistio\nei taulukkoa\n");
  writeFileSync(join(dir, "mixed", "minutes.docx"), docx);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("bad input: one line, no stack trace", () => {
  const cases: [string, () => string[], number, RegExp][] = [
    ["debug on a missing file", () => ["debug", join(dir, "missing.pdf")], 1, /missing\.pdf: no such file/],
    ["debug on a text file", () => ["debug", join(dir, "notes.txt")], 1, /notes\.txt: not a PDF/],
    ["debug on a PNG", () => ["debug", join(dir, "image.png")], 1, /image\.png: not a PDF/],
    ["debug --page beyond the last page", () => ["debug", "fixtures/pdf/kh-okr-public.pdf", "--page", "99", "--out", join(dir, "debug")], 2, /--page 99: .*kh-okr-public\.pdf has 22 pages/],
    ["compare --db on a folder", () => ["compare", "--db", dir], 2, /is a folder, not a database file/],
    ["findings --db mistyped", () => ["findings", "--db", join(dir, "hva.sqlte")], 2, /hva\.sqlte: no such database/],
    ["report --db of another program", () => ["report", "--db", join(dir, "other.sqlite"), "--out", join(dir, "r.html")], 2, /other\.sqlite: not a hva-okr database/],
    ["export --db that is not SQLite", () => ["export", "--db", join(dir, "notes.txt"), "--out", join(dir, "csv")], 2, /notes\.txt: not an SQLite database/],
    ["report --region unknown", () => ["report", "--region", "mars", "--db", join(dir, "nope.sqlite"), "--out", join(dir, "r.html")], 2, /unknown region "mars" \(known: .*kanta-hame/],
    ["extract --region unknown", () => ["extract", join(dir, "notes.txt"), "--region", "mars"], 2, /unknown region "mars" \(known: .*kanta-hame/],
    ["import --region unknown", () => ["import", join(dir, "notes.txt"), "--db", join(dir, "r.sqlite"), "--region", "mars"], 2, /unknown region "mars" \(known: .*kanta-hame/],
    ["debug --region unknown", () => ["debug", "fixtures/pdf/kh-okr-public.pdf", "--region", "mars", "--out", join(dir, "debug")], 2, /unknown region "mars"/],
    ["extract --jsn (a misspelt option)", () => ["extract", join(dir, "notes.txt"), "--jsn"], 2, /unknown option --jsn for extract \(did you mean --json\?\)/],
    ["compare --zzz (no option near it)", () => ["compare", "--zzz"], 2, /unknown option --zzz for compare \(its options: .*--db/],
    ["review --db mistyped", () => ["review", "--db", join(dir, "nope.sqlite")], 2, /nope\.sqlite: no such database/],
    ["extract --period syksy", () => ["extract", "fixtures/seeds/002_2df4dc721c1a0aa2.txt", "--period", "syksy"], 2, /--period must be a reporting period .*"syksy"/],
    ["import --period 13-14/2025", () => ["import", join(dir, "notes.txt"), "--db", join(dir, "i.sqlite"), "--period", "13-14/2025"], 2, /--period must be a reporting period/],
    ["extract on a Word file", () => ["extract", join(dir, "report.docx")], 1, /report\.docx: a Word document \(\.docx\), not a PDF or a text: save it as PDF/],
    ["import of a folder with no documents", () => ["import", join(dir, "nothing"), "--db", join(dir, "n.sqlite")], 1, /no documents to import .* skipped 1 other file\(s\): .*slides\.docx/],
  ];
  it.each(cases)("%s", (_name, args, code, message) => {
    const r = run(...args());
    expect(r.status, r.stderr).toBe(code);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(r.stderr).not.toMatch(/SqliteError|TypeError|RangeError/);
    // the message itself is one line (import prints its summary before it)
    expect(r.stderr.split("\n").filter((l) => l.startsWith("hva-okr:")).length).toBe(1);
  }, 120_000);

  it("an import of a Word file named alone fails with what the file is, and the batch goes on", () => {
    const r = run("import", join(dir, "report.docx"), join(dir, "notes.txt"), "--db", join(dir, "w.sqlite"));
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/report\.docx: read: a Word document \(\.docx\), not a PDF or a text/);
    expect(r.stderr).toMatch(/1 new, .* 1 failed/);
    expect(r.stderr).not.toMatch(/^\s+at /m);
  }, 120_000);

  it("a folder import names the files it passes over, but not its own database", () => {
    const r = run("import", join(dir, "mixed"), "--db", join(dir, "mixed", "m.sqlite"));
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/skipped 1 other file\(s\) in the folder\(s\) \(not \.txt, \.text, \.pdf\): .*minutes\.docx/);
    expect(r.stderr).not.toMatch(/m\.sqlite(-wal|-shm)?(,|$)/m);
  }, 120_000);

  it("a mistyped --db is not created by a command that reads", () => {
    run("findings", "--db", join(dir, "typo.sqlite"));
    run("compare", "--db", join(dir, "typo.sqlite"));
    expect(existsSync(join(dir, "typo.sqlite"))).toBe(false);
  }, 120_000);

  it("an import of a folder with no documents creates no database", () => {
    run("import", join(dir, "nothing"), "--db", join(dir, "empty.sqlite"));
    expect(existsSync(join(dir, "empty.sqlite"))).toBe(false);
  }, 120_000);

  it("an import refused for its options creates no database", () => {
    run("import", join(dir, "notes.txt"), "--db", join(dir, "refused.sqlite"), "--region", "mars");
    expect(existsSync(join(dir, "refused.sqlite"))).toBe(false);
  }, 120_000);
});
