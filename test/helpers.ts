/** Shared test helpers: the fixtures manifest and the gold rows. */
import { readFileSync } from "node:fs";
import { writePdf } from "./pdf-writer.js";

export interface GoldOkr {
  source: string;
  rows: Record<string, unknown>[];
}

export function goldOkr(path = "fixtures/gold/kh-okr-002.json"): GoldOkr {
  return JSON.parse(readFileSync(path, "utf8")) as GoldOkr;
}

/**
 * A minimal valid PDF (one page, optional text with the standard Helvetica font, optional drawn
 * lines), with a correct cross-reference table: for tests that need PDFs of a known shape.
 */
export function tinyPdf(opts: { text?: { x: number; y: number; s: string }[]; lines?: [number, number, number, number][]; width?: number; height?: number } = {}): Buffer {
  const w = opts.width ?? 595;
  const h = opts.height ?? 842;
  const ops: string[] = [];
  for (const [x0, y0, x1, y1] of opts.lines ?? []) ops.push(`${x0} ${y0} m ${x1} ${y1} l S`);
  for (const t of opts.text ?? []) ops.push(`BT /F1 10 Tf ${t.x} ${t.y} Td (${t.s.replace(/[()\\]/g, (c) => "\\" + c)}) Tj ET`);
  const content = ops.join("\n");
  return writePdf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w} ${h}] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>`,
    `<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
  ]);
}
