/**
 * Producers of the next-year variants besides LibreOffice and Chromium (issue 24): pdfTeX with
 * babel finnish, whose hyphenation patterns break words and draw the hyphen inside the word's run,
 * and pdfkit, a program that writes every word as a text object of its own (no space is ever
 * drawn), hyphenating with the `hyphen` package's Finnish patterns. Both lay out the same table:
 * a section heading above each table, the header row repeated on every page. (TeX's euro sign,
 * from eurosym, has no text of its own: it is given one by /ActualText, as accsupp would.)
 */
import { execFileSync } from "node:child_process";
import { createWriteStream, writeFileSync } from "node:fs";
import { basename, dirname } from "node:path";
import fi from "hyphen/fi/index.js";

/** A column as the variant prints it. */
export interface Column {
  label: string;
  cell: (r: Record<string, string>) => string;
  /** Width in cm. */
  width: number;
}

export interface Layout {
  landscape: boolean;
  /** Font: a LaTeX package (helvet, avant, courier, mathptmx, charter, bookman) or "txtt" (txfonts' typewriter face) for TeX; a fontconfig family for pdfkit. */
  font: string;
  size: number;
  ruled: boolean;
  /** Paper: "a4" (default), "a3", "letter" or "legal". */
  paper?: "a4" | "a3" | "letter" | "legal";
  /** Line spacing: pdfTeX's \linespread, pdfkit's leading as a multiple of 1.2 × size (absent: 1). */
  lineSpacing?: number;
  /** Cell padding above and below in cm (pdfkit; absent: 0.1 cm, as at the sides). */
  padding?: number;
}

function sections(rows: Record<string, string>[]): { heading: string; rows: Record<string, string>[] }[] {
  const out: { heading: string; rows: Record<string, string>[] }[] = [];
  for (const r of rows) {
    const last = out[out.length - 1];
    if (last && last.heading === r.section) last.rows.push(r);
    else out.push({ heading: r.section!, rows: [r] });
  }
  return out;
}

const TEX_SPECIAL: Record<string, string> = { "&": "\\&", "%": "\\%", $: "\\$", "#": "\\#", _: "\\_", "{": "\\{", "}": "\\}", "~": "\\textasciitilde{}", "^": "\\textasciicircum{}", "\\": "\\textbackslash{}", "€": "\\pdfliteral{/Span <</ActualText <FEFF20AC>>> BDC}\\euro\\pdfliteral{EMC}" };
const texEsc = (s: string) => s.replace(/[&%$#_{}~^\\€]/g, (c) => TEX_SPECIAL[c]!);

/** Typewriter faces for TeX: the package that provides each and its T1 font family. */
const TYPEWRITER: Record<string, { pkg: string; family: string }> = { courier: { pkg: "courier", family: "pcr" }, txtt: { pkg: "txfonts", family: "txtt" } };

/** Typesets with pdflatex (longtable, babel finnish, ragged right with hyphenation). */
export function texPdf(rows: Record<string, string>[], cols: Column[], v: Layout, pdf: string): void {
  const bar = v.ruled ? "|" : "";
  const spec = bar + cols.map((c) => `>{\\RaggedRight\\arraybackslash}p{${c.width}cm}`).join(bar) + bar;
  const hline = v.ruled ? "\\hline" : "";
  const head = `${hline}${cols.map((c) => `\\textbf{${texEsc(c.label)}}`).join(" & ")} \\\\ ${hline}`;
  const body = sections(rows).map((s) => `\\noindent{\\large\\bfseries ${texEsc(s.heading)}}\\par\\nopagebreak
\\begin{longtable}{${spec}}
${head}\\endfirsthead
${head}\\endhead
${s.rows.map((r) => cols.map((c) => texEsc(c.cell(r))).join(" & ") + ` \\\\ ${hline}`).join("\n")}
\\end{longtable}`).join("\n\n");
  // helvet and avant set only the sans family, courier and txfonts' txtt only the typewriter one: make it
  // the document's. A typewriter face's font definitions turn hyphenation off; a report set in it is
  // hyphenated like any other, so its family is declared again, after its shapes, without that.
  const tt = TYPEWRITER[v.font];
  // "ot1:<package>" (or "ot1:" for Computer Modern): OT1 encoding, whose accented letters TeX builds
  // from the letter and an accent glyph drawn over it.
  const ot1 = /^ot1:(.*)$/.exec(v.font);
  const fontPkg =
    v.font === "helvet" || v.font === "avant"
      ? `\\usepackage{${v.font}}\\renewcommand{\\familydefault}{\\sfdefault}`
      : tt
        ? `\\usepackage{${tt.pkg}}\\renewcommand{\\familydefault}{\\ttdefault}\\makeatletter\\input{t1${tt.family}.fd}\\DeclareFontFamily{T1}{${tt.family}}{}\\makeatother`
        : ot1
          ? (ot1[1] ? `\\usepackage{${ot1[1]}}` : "")
          : `\\usepackage{${v.font}}`;
  const tex = `\\documentclass{article}
\\usepackage[${ot1 ? "OT1" : "T1"}]{fontenc}
\\usepackage[utf8]{inputenc}
${fontPkg}
\\usepackage{eurosym}
\\usepackage[finnish]{babel}
\\usepackage{longtable,array,ragged2e}
\\usepackage[${v.paper ?? "a4"}paper,${v.landscape ? "landscape," : ""}margin=1.5cm]{geometry}
\\setlength{\\LTleft}{0pt}\\setlength{\\LTpre}{2pt}\\setlength{\\parindent}{0pt}
\\pagestyle{empty}
\\begin{document}
${v.lineSpacing ? `\\linespread{${v.lineSpacing}}` : ""}\\fontsize{${v.size}}{${(v.size * 1.2).toFixed(1)}}\\selectfont
${body}
\\end{document}
`;
  const src = pdf.replace(/\.pdf$/, ".tex");
  writeFileSync(src, tex);
  try {
    execFileSync("pdflatex", ["-interaction=nonstopmode", "-halt-on-error", `-output-directory=${dirname(pdf)}`, basename(src)], { cwd: dirname(pdf), stdio: "ignore", timeout: 600_000 });
  } catch (err) {
    throw new Error(`pdflatex failed on ${src} (see its .log): ${(err as Error).message}`);
  }
}

/** pdfkit's document class, loaded when needed (a devDependency used only by this script). */
async function loadPdfkit(): Promise<new (opts: object) => PdfKitDoc> {
  const name = "pdfkit";
  return ((await import(name)) as { default: new (opts: object) => PdfKitDoc }).default;
}

interface PdfKitDoc {
  pipe(s: NodeJS.WritableStream): void;
  registerFont(name: string, path: string): void;
  font(name: string): PdfKitDoc;
  fontSize(n: number): PdfKitDoc;
  widthOfString(s: string): number;
  text(s: string, x: number, y: number, o: object): PdfKitDoc;
  moveTo(x: number, y: number): PdfKitDoc;
  lineTo(x: number, y: number): PdfKitDoc;
  lineWidth(n: number): PdfKitDoc;
  stroke(): PdfKitDoc;
  addPage(o: object): PdfKitDoc;
  end(): void;
}

const CM = 72 / 2.54;

function fontFile(family: string, style = "Regular"): string {
  return execFileSync("fc-match", ["-f", "%{file}", `${family}:style=${style}`], { encoding: "utf8" });
}

/**
 * Writes the table word by word with pdfkit: each word (or word part before a hyphenation break) is
 * one `text` call at a computed position, with `lineBreak: false`.
 */
export async function pdfkitPdf(rows: Record<string, string>[], cols: Column[], v: Layout, pdf: string): Promise<void> {
  const PDFDocument = await loadPdfkit();
  const size = v.paper === "letter" ? [612, 792] : v.paper === "legal" ? [612, 1008] : v.paper === "a3" ? [841.89, 1190.55] : [595.28, 841.89];
  const [pw, ph] = v.landscape ? [size[1]!, size[0]!] : [size[0]!, size[1]!];
  const doc = new PDFDocument({ size: [pw, ph], margin: 0, autoFirstPage: false });
  const done = new Promise<void>((res, rej) => {
    const out = createWriteStream(pdf);
    out.on("finish", () => res());
    out.on("error", rej);
    doc.pipe(out);
  });
  doc.registerFont("R", fontFile(v.font));
  doc.registerFont("B", fontFile(v.font, "Bold"));
  const margin = 1.5 * CM;
  const pad = 0.1 * CM;
  const padY = (v.padding ?? 0.1) * CM;
  const lead = v.size * 1.2 * (v.lineSpacing ?? 1);
  const widths = cols.map((c) => c.width * CM);
  const xs = widths.map((_, i) => margin + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const tableRight = margin + widths.reduce((a, b) => a + b, 0);
  /** Lines of a cell: words wrapped at the column width, broken at Finnish hyphenation points when one does not fit. */
  const wrap = (text: string, width: number, font: "R" | "B"): string[][] => {
    doc.font(font).fontSize(v.size);
    const w = (s: string) => doc.widthOfString(s);
    const lines: string[][] = [[]];
    const space = w(" ");
    let used = 0;
    const queue = text.split(/\s+/).filter(Boolean);
    while (queue.length) {
      const word = queue.shift()!;
      const line = lines[lines.length - 1]!;
      const need = (line.length ? space : 0) + w(word);
      if (used + need <= width) {
        line.push(word);
        used += need;
        continue;
      }
      // Break points: after the word's own hyphens, and Finnish hyphenation points.
      const soft = fi.hyphenateSync(word, { hyphenChar: "\u00ad", minWordLength: 5 });
      const parts = soft.split(/(?<=[\u00ad-])/);
      let head = "";
      let k = 0;
      for (let j = 0; j < parts.length - 1; j++) {
        const cand = parts.slice(0, j + 1).join("").replace(/\u00ad/g, "");
        const shown = cand.endsWith("-") ? cand : cand + "-";
        if (used + (line.length ? space : 0) + w(shown) <= width) {
          head = shown;
          k = j + 1;
        }
      }
      if (head) {
        line.push(head);
        queue.unshift(parts.slice(k).join("").replace(/\u00ad/g, ""));
      } else if (line.length) queue.unshift(word);
      else line.push(word); // too long for any break: overflows
      lines.push([]);
      used = 0;
    }
    return lines.filter((l) => l.length);
  };
  let y = 0;
  const newPage = () => {
    doc.addPage({ size: [pw, ph], margin: 0 });
    y = margin;
  };
  const rule = (x0: number, y0: number, x1: number, y1: number) => {
    if (v.ruled) doc.lineWidth(0.5).moveTo(x0, y0).lineTo(x1, y1).stroke();
  };
  const drawRow = (cells: string[], font: "R" | "B") => {
    const wrapped = cells.map((t, i) => wrap(t, widths[i]! - 2 * pad, font));
    const h = Math.max(1, ...wrapped.map((l) => l.length)) * lead + 2 * padY;
    const top = y;
    doc.font(font).fontSize(v.size);
    wrapped.forEach((lines, i) => {
      lines.forEach((words, li) => {
        let x = xs[i]! + pad;
        for (const word of words) {
          doc.text(word, x, top + padY + li * lead, { lineBreak: false });
          x += doc.widthOfString(word) + doc.widthOfString(" ");
        }
      });
    });
    rule(margin, top, tableRight, top);
    rule(margin, top + h, tableRight, top + h);
    for (const x of [...xs, tableRight]) rule(x, top, x, top + h);
    y += h;
  };
  const rowHeight = (cells: string[]) => Math.max(1, ...cells.map((t, i) => wrap(t, widths[i]! - 2 * pad, "R").length)) * lead + 2 * padY;
  const header = cols.map((c) => c.label);
  const headerH = rowHeight(header);
  newPage();
  for (const s of sections(rows)) {
    if (y + 2 * lead + headerH + rowHeight(cols.map((c) => c.cell(s.rows[0]!))) > ph - margin) newPage();
    y += lead * 0.5;
    doc.font("B").fontSize(v.size + 2);
    let x = margin;
    for (const word of s.heading.split(" ")) {
      doc.text(word, x, y, { lineBreak: false });
      x += doc.widthOfString(word) + doc.widthOfString(" ");
    }
    y += (v.size + 2) * 1.6;
    drawRow(header, "B");
    for (const r of s.rows) {
      const cells = cols.map((c) => c.cell(r));
      if (y + rowHeight(cells) > ph - margin) {
        newPage();
        drawRow(header, "B");
      }
      drawRow(cells, "R");
    }
  }
  doc.end();
  await done;
}
