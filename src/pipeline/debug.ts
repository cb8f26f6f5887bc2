/** `hva-okr debug FILE.pdf`: the table finder's view of each page, as SVG files and an HTML index. */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { loadRules } from "../rules/load.js";
import { readPdf } from "../read/pdf.js";
import { detectRegion, findRegion } from "../detect/region.js";
import { reconstructOkrTablePdf } from "../reconstruct/okr-table/pdf.js";
import { pdfLines } from "./extract.js";
import { renderDebugIndex, renderPageSvg } from "../report/debug-svg.js";
import { InputError, OptionError } from "../errors.js";
import { isPdf } from "./extract.js";
import { renderBlocksSvg } from "../report/blocks-svg.js";
import { readingOrder } from "../reconstruct/reading-order/index.js";
import { safeJoin, safeName } from "../store/paths.js";

export interface DebugOptions {
  page?: number;
  out?: string;
  region?: string;
}

export async function debugPdf(path: string, opts: DebugOptions = {}): Promise<{ index: string; files: string[] }> {
  const rules = loadRules();
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    const code = (err as { code?: string }).code;
    throw new InputError(path, "read", code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a folder, not a PDF file" : `cannot be read (${code ?? (err as Error).message})`);
  }
  // debug draws PDF pages: a text file or an image has none (extract reads text files).
  if (!isPdf(bytes)) throw new InputError(path, "read", "not a PDF file (debug draws the pages of a PDF; use extract for a text file)");
  const doc = await readPdf(path, bytes);
  if (opts.page !== undefined && (opts.page < 1 || opts.page > doc.pages.length)) {
    throw new OptionError(`--page ${opts.page}: ${path} has ${doc.pages.length} page${doc.pages.length === 1 ? "" : "s"}`);
  }
  const { src, lineOf } = pdfLines(doc, rules.okrTable.pdf.baselineTolerance);
  const region = opts.region ? findRegion(opts.region, rules.regions) : detectRegion(src.lines.map((l) => l.text).join("\n"), rules.regions)?.region;
  const table = region ? reconstructOkrTablePdf(doc, region, rules, lineOf) : null;
  // Pages without a table (slides) show the reading order of their blocks instead.
  const order = table && table.layouts.length ? [] : readingOrder(doc, rules);
  const out = opts.out ?? "output/debug";
  mkdirSync(out, { recursive: true });
  const stem = safeName(basename(path).replace(/\.[^.]+$/, ""), "document");
  const files: string[] = [];
  const pages: { page: number; svgFile: string; note: string }[] = [];
  for (const page of doc.pages) {
    if (opts.page && page.number !== opts.page) continue;
    const layout = table?.layouts.find((l) => l.page === page.number) ?? null;
    const svgFile = `${stem}-p${page.number}.svg`;
    const blocks = layout ? undefined : order.find((p) => p.page === page.number);
    if (blocks) {
      writeFileSync(safeJoin(out, svgFile), renderBlocksSvg(page, blocks));
      files.push(safeJoin(out, svgFile));
      const furniture = blocks.furniture.map((b) => b.lines[0]!.text).join(" | ");
      pages.push({ page: page.number, svgFile, note: `no table: ${blocks.blocks.length} blocks in reading order (teal, numbered)${furniture ? `; furniture left out: ${furniture}` : ""}` });
      continue;
    }
    writeFileSync(safeJoin(out, svgFile), renderPageSvg(page, layout, { rows: table?.bandRows.get(page.number) ?? [] }));
    files.push(safeJoin(out, svgFile));
    const note = layout
      ? `${layout.ruled ? "ruled" : "borderless"}; columns at x = ${layout.boundaries.map((b) => b.toFixed(1)).join(", ")}; ${layout.bands.length} row bands (${layout.bands.map((b) => b.anchor).join(", ")})`
      : "no table header on this page";
    pages.push({ page: page.number, svgFile, note });
  }
  const index = safeJoin(out, `${stem}.html`);
  const summary: Record<string, string | number> = table && table.layouts.length ? { region: region!.name, ...table.report } : { region: region?.name ?? "not recognized", view: "blocks and reading order (no table found)" };
  writeFileSync(index, renderDebugIndex(`${basename(path)} — debug view`, summary, pages));
  return { index, files: [...files, index] };
}
