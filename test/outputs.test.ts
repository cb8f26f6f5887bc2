/** Outputs people use: CSV for (Finnish) Excel, the HTML report as a browser shows it, overrides, progress. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseString } from "fast-csv";
import { openDb, type DB } from "../src/store/db.js";
import { importPaths } from "../src/pipeline/import.js";
import { exportAll } from "../src/report/export.js";
import { renderReport } from "../src/report/html.js";
import { dumpDom, findChromium, screenshot } from "../src/report/browser.js";
import { storeFindings } from "../src/analyze/checks.js";
import { loadRules } from "../src/rules/load.js";
import { Progress } from "../src/cli/progress.js";

let dir: string;
let db: DB;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "hva-okr-out-"));
  db = openDb(join(dir, "o.sqlite"));
  await importPaths(db, ["fixtures/seeds", "fixtures/pdf"]);
  storeFindings(db);
}, 60_000);
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

function parseCsv(text: string, delimiter: string): Promise<Record<string, string>[]> {
  return new Promise((resolve, reject) => {
    const rows: Record<string, string>[] = [];
    parseString(text, { headers: true, delimiter })
      .on("data", (r) => rows.push(r))
      .on("end", () => resolve(rows))
      .on("error", reject);
  });
}

describe("CSV export", () => {
  it("writes what Finnish Excel opens: BOM, ';' and decimal comma, read back with the same options", async () => {
    const out = join(dir, "fi");
    const files = await exportAll(db, { out, format: "csv", excelFi: true });
    expect(files.map((f) => f.split("/").pop())).toEqual(expect.arrayContaining(["key_results.csv", "goals.csv", "evaluations.csv", "progress.csv", "findings.csv"]));
    const raw = readFileSync(join(out, "key_results.csv"));
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = await parseCsv(raw.toString("utf8").slice(1), ";");
    expect(rows).toHaveLength(210);
    expect(Object.keys(rows[0]!).slice(0, 4)).toEqual(["region", "period", "source", "page"]);
    expect(rows[0]).toMatchObject({ region: "Kanta-Häme", toimiala: "Ikäihmisten palvelut", toteuma: "100 %", toteuma_value: "100" });
    expect(rows.find((r) => r.toteuma === "8,24")!.toteuma_value).toBe("8,24");
    expect(rows.find((r) => r.avaintulos?.includes("Kanta-Hämeen omaan"))).toBeDefined();
    const progress = await parseCsv(readFileSync(join(out, "progress.csv"), "utf8").slice(1), ";");
    expect(progress.find((p) => p.period === "1-9/2025" && p.metric === "progressing_pct")!.value).toBe("82,2");
  });

  it("writes plain CSV and JSON too", async () => {
    const files = await exportAll(db, { out: join(dir, "plain"), format: "csv" });
    const rows = await parseCsv(readFileSync(files[0]!, "utf8"), ",");
    expect(rows.find((r) => r.toteuma === "8,24")!.toteuma_value).toBe("8.24");
    const json = await exportAll(db, { out: join(dir, "json"), format: "json" });
    expect(JSON.parse(readFileSync(json[0]!, "utf8"))).toHaveLength(210);
    for (const f of [...files, ...json]) expect(readFileSync(f, "utf8").endsWith("\n")).toBe(true);
  });

  it("writes a figure that a later report corrects with its correction", async () => {
    const out = join(dir, "corr");
    await exportAll(db, { out, format: "csv" });
    const progress = await parseCsv(readFileSync(join(out, "progress.csv"), "utf8"), ",");
    const withdrawn = progress.find((p) => p.period === "1-6/2025" && p.metric === "key_results_total")!;
    expect(withdrawn).toMatchObject({ value: "210", corrected_value: "208" });
    expect(withdrawn.correction).toMatch(/^wrong according to a later report: /);
    expect(progress.find((p) => p.period === "1-9/2025" && p.metric === "key_results_total")).toMatchObject({ value: "208", corrected_value: "", correction: "" });
  });
});

describe("HTML report", () => {
  const charts = ["status-by-theme-region", "status-by-toimiala", "lu-score-by-line", "progress-by-period"];
  it("is one self-contained page: charts, aggregated tables, the scope's rows, links to the exports", () => {
    const html = renderReport(db);
    expect(html).not.toMatch(/(src|href)="https?:/);
    expect(html.match(/data-chart="/g)).toHaveLength(4);
    for (const id of charts) expect(html).toContain(`data-chart="${id}"`);
    for (const id of ["by-region-period", "by-toimiala", "by-theme", "progress", "findings", "key-results", "evaluations"]) expect(html).toContain(`id="${id}"`);
    expect(html).toContain('href="csv/key_results.csv"');
    // Every table has the period column.
    for (const head of html.match(/<thead>.*?<\/thead>/g)!) expect(head).toContain(">Kausi<");
    // The known-wrong figures are marked: the withdrawn 210 struck through beside its correction, the printed average ≠ its goals' mean.
    expect(html).toMatch(/<s>210<\/s> → 208 \(korjattu\)/);
    expect(html).toContain("3,2 ≠ 3,4");
    // The theme chart says that a row may belong to several themes and how many belong to none.
    expect(html).toMatch(/Ei mihinkään teemaan: Kanta-Häme \d+ \/ 210/);
  });

  it("lists only the rows of the chosen scope, up to the row limit, and says what it left out", () => {
    const all = renderReport(db, { scope: { region: "kanta-hame" } });
    expect((all.match(/<tbody>[\s\S]*?<\/tbody>/g) ?? []).find((t) => t.includes("Ikäihmisten palvelut"))).toBeDefined();
    const lu = renderReport(db, { scope: { region: "lansi-uusimaa" } });
    const krBody = /<table id="key-results"[\s\S]*?<tbody>([\s\S]*?)<\/tbody>/.exec(lu)![1]!;
    expect(krBody.trim()).toBe("");
    const capped = renderReport(db, { scope: { region: "kanta-hame" }, maxRows: 10 });
    expect(/<table id="key-results"[\s\S]*?<tbody>([\s\S]*?)<\/tbody>/.exec(capped)![1]!.match(/<tr>/g)).toHaveLength(10);
    expect(capped).toContain("Sivulla 10 riviä 210:sta");
    expect(capped.length).toBeLessThan(all.length);
  });

  const chromium = findChromium();
  const inCi = process.env.CI === "true";
  it.skipIf(!chromium && !inCi)("renders in headless Chromium at desktop and phone width: script ran, charts and tables in the DOM, screenshots saved", () => {
    const html = join(dir, "report.html");
    writeFileSync(html, renderReport(db, { outFile: html }));
    const dom = dumpDom(html);
    expect(dom).toMatch(/<body class="js-ready"/);
    expect(dom.match(/data-chart="/g)).toHaveLength(4);
    expect(dom.match(/class="seg"/g)!.length).toBeGreaterThan(30);
    expect(dom).toMatch(/<table id="key-results"/);
    mkdirSync("output", { recursive: true });
    for (const width of [1400, 390]) {
      screenshot(html, `output/report-check-${width}.png`, chromium, { width, height: 2200 });
      const png = readFileSync(`output/report-check-${width}.png`);
      expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
      expect(png.readUInt32BE(16)).toBe(width);
      expect(png.length).toBeGreaterThan(20_000);
    }
  }, 120_000);
});

describe("overrides", () => {
  it("change an extracted cell, survive re-import and report when they no longer match", async () => {
    const rulesDir = join(dir, "rules");
    cpSync(loadRules().dir, rulesDir, { recursive: true });
    const file = "fixtures/text/kh-okr-public.raw.txt";
    const sha = (await import("node:crypto")).createHash("sha256").update(readFileSync(file)).digest("hex");
    // `read` is row 179's key result as the gold has it (../shared/gold/kh-okr-002.json); `right` is an
    // analyst's correction of it, so the override has something to change whatever the reader gets right.
    const read = "Nuorten palveluissa työskennellään Omavoima-mallilla, jolloin palvelun läpivientiaika lyhenee 20 %.";
    const right = "Nuorten palveluissa työskennellään Omavoima-mallilla, jolloin palvelun läpivientiaika lyhenee 25 %.";
    writeFileSync(
      join(rulesDir, "overrides", "fixes.json"),
      JSON.stringify({
        overrides: [
          { document: sha.slice(0, 16), n: 179, field: "avaintulos", from: read, to: right, note: "corrected figure" },
          { document: sha.slice(0, 16), n: 12, field: "toteuma", from: "no such text", to: "x" },
        ],
      }),
    );
    const rules = { ...loadRules(), dir: rulesDir };
    const odb = openDb(join(dir, "ov.sqlite"));
    try {
      const value = () => (odb.prepare("SELECT avaintulos, reasons FROM key_results WHERE n = 179").get() as { avaintulos: string; reasons: string });
      const first = await importPaths(odb, [file], { rules });
      expect(value().avaintulos).toBe(right);
      expect(JSON.parse(value().reasons)).toContain("override applied (fixes.json)");
      expect(first.orphanedOverrides.map((o) => o.override.n)).toEqual([12]);
      const again = await importPaths(odb, [file], { rules });
      expect(again.unchanged).toBe(1);
      expect(value().avaintulos).toBe(right);
      const forced = await importPaths(odb, [file], { rules, force: true });
      expect(forced.replaced).toBe(1);
      expect(value().avaintulos).toBe(right);
      expect((odb.prepare("SELECT count(*) AS n FROM key_results").get() as { n: number }).n).toBe(210);
    } finally {
      odb.close();
    }
  });
});

describe("progress", () => {
  const stream = (tty: boolean) => {
    const chunks: string[] = [];
    return { s: { isTTY: tty, write: (c: string) => (chunks.push(c), true) } as unknown as NodeJS.WriteStream, chunks };
  };
  it("draws a bar on a terminal", () => {
    const { s, chunks } = stream(true);
    const p = new Progress("normal", s);
    p.update(1, 4, { label: "a.pdf", ok: true, detail: "new" });
    expect(chunks.join("")).toMatch(/\[#######-+\] 1\/4/);
  });
  it("stays quiet but for failures when not on a terminal", () => {
    const { s, chunks } = stream(false);
    const p = new Progress("normal", s);
    p.update(1, 2, { label: "a.pdf", ok: true, detail: "new" });
    p.update(2, 2, { label: "b.pdf", ok: false, detail: "FAILED (read: empty file)" });
    expect(chunks.join("")).toBe("[2/2] b.pdf: FAILED (read: empty file)\n");
  });
  it("says nothing per file under --quiet, failures included (the summary lists them once)", () => {
    const { s, chunks } = stream(true);
    const p = new Progress("quiet", s);
    p.update(1, 1, { label: "b.pdf", ok: false, detail: "FAILED (read: empty file)" });
    expect(chunks.join("")).toBe("");
  });
});
