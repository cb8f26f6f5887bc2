/**
 * Typesets the Kanta-Häme OKR gold rows as new PDFs (other fonts, column widths, orientation,
 * rulings, rows allowed to break across pages) with LibreOffice Writer and the Voikko Finnish
 * hyphenator, then extracts their text with pdftotext. The outputs are *unseen* variants for
 * checking that the reconstruction generalizes; they are not used to tune it.
 *
 * Needs Debian packages: libreoffice-writer libreoffice-voikko voikko-fi poppler-utils.
 * Not part of CI.  Usage: npx tsx scripts/make-variants.ts [--out output/variants] [--held-out 1|2|3]
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";

interface Variant {
  name: string;
  landscape: boolean;
  font: string;
  size: number;
  /** Column widths in cm: toimiala, tulosalue, tavoite, avaintulos, mittari, toteutuminen. */
  widths: number[];
  ruled: boolean;
  splitRows: boolean;
}

export const VARIANTS: Variant[] = [
  { name: "v1-landscape-sans9-ruled", landscape: true, font: "Liberation Sans", size: 9, widths: [3.6, 3.6, 6.0, 7.2, 3.0, 3.2], ruled: true, splitRows: false },
  { name: "v2-portrait-serif8-plain", landscape: false, font: "Liberation Serif", size: 8, widths: [2.4, 2.6, 4.2, 4.8, 2.0, 2.0], ruled: false, splitRows: false },
  { name: "v3-landscape-dejavu8-split", landscape: true, font: "DejaVu Sans", size: 8, widths: [3.0, 3.0, 6.8, 8.4, 2.6, 2.8], ruled: true, splitRows: true },
  { name: "v4-portrait-sans10-wide", landscape: false, font: "Liberation Sans", size: 10, widths: [2.8, 2.8, 4.0, 5.6, 2.2, 0.6], ruled: false, splitRows: false },
  { name: "v5-landscape-bookman9-plain", landscape: true, font: "URW Bookman", size: 9, widths: [4.0, 4.2, 5.4, 6.6, 3.4, 2.6], ruled: false, splitRows: false },
];

/** Held out: made only to check generalization after tuning; not used to tune anything. */
export const HELD_OUT: Variant[] = [
  { name: "h1-landscape-narrow9-ruled-split", landscape: true, font: "Nimbus Sans Narrow", size: 9, widths: [3.2, 3.8, 5.6, 8.0, 3.4, 2.2], ruled: true, splitRows: true },
  { name: "h2-portrait-dejavuserif7-plain-split", landscape: false, font: "DejaVu Serif", size: 7.5, widths: [2.2, 2.4, 4.6, 5.0, 2.2, 1.6], ruled: false, splitRows: true },
  { name: "h3-landscape-serif11-plain", landscape: true, font: "Liberation Serif", size: 11, widths: [4.2, 3.6, 6.4, 7.0, 3.2, 2.2], ruled: false, splitRows: false },
  { name: "h4-portrait-gothic8-ruled", landscape: false, font: "URW Gothic", size: 8, widths: [2.6, 2.6, 4.4, 5.4, 2.0, 1.0], ruled: true, splitRows: false },
];

/** Second held-out set, made after h1–h4 had been looked at: for reporting only. */
export const HELD_OUT_2: Variant[] = [
  { name: "h5-landscape-gothic10-ruled", landscape: true, font: "URW Gothic", size: 10, widths: [3.8, 3.4, 6.2, 7.6, 3.0, 2.6], ruled: true, splitRows: false },
  { name: "h6-portrait-narrow8-plain-split", landscape: false, font: "Nimbus Sans Narrow", size: 8, widths: [2.4, 2.8, 4.4, 5.2, 2.0, 1.2], ruled: false, splitRows: true },
  { name: "h7-landscape-p052-9-plain-split", landscape: true, font: "P052", size: 9, widths: [3.4, 3.2, 6.6, 8.6, 2.8, 2.4], ruled: false, splitRows: true },
  { name: "h8-portrait-dejavu7-ruled", landscape: false, font: "DejaVu Sans", size: 7, widths: [2.6, 2.6, 4.2, 5.6, 2.0, 1.0], ruled: true, splitRows: false },
];

/** Third held-out set, made after every change to the reconstruction had been committed: for reporting only. */
export const HELD_OUT_3: Variant[] = [
  { name: "h9-landscape-c059-9-ruled-split", landscape: true, font: "C059", size: 9, widths: [3.0, 3.4, 6.0, 8.2, 3.0, 3.0], ruled: true, splitRows: true },
  { name: "h10-portrait-dejavucond8-plain", landscape: false, font: "DejaVu Sans Condensed", size: 8, widths: [2.2, 2.6, 4.6, 5.4, 2.0, 1.4], ruled: false, splitRows: false },
  { name: "h11-landscape-nimbusroman10-plain-split", landscape: true, font: "Nimbus Roman", size: 10, widths: [3.6, 3.6, 6.2, 7.8, 3.0, 2.4], ruled: false, splitRows: true },
];

const LABELS = ["Toimiala", "Tulosalue", "Tavoite", "Avaintulos", "Avaintuloksen mittari", "Avaintuloksen toteutuminen vuositasolla"];

function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function fodt(rows: Record<string, string>[], v: Variant): string {
  const [pw, ph] = v.landscape ? ["29.7cm", "21cm"] : ["21cm", "29.7cm"];
  const border = v.ruled ? 'fo:border="0.5pt solid #000000"' : 'fo:border="none"';
  const cols = v.widths.map((w, i) => `<style:style style:name="C${i}" style:family="table-column"><style:table-column-properties style:column-width="${w}cm"/></style:style>`).join("");
  const sections: { heading: string; rows: Record<string, string>[] }[] = [];
  for (const r of rows) {
    const last = sections[sections.length - 1];
    if (last && last.heading === r.section) last.rows.push(r);
    else sections.push({ heading: r.section!, rows: [r] });
  }
  const cell = (text: string, style = "P") => `<table:table-cell table:style-name="Cell" office:value-type="string"><text:p text:style-name="${style}">${esc(text)}</text:p></table:table-cell>`;
  const tables = sections.map((s, si) => {
    const head = `<table:table-header-rows>
<table:table-row><table:table-cell table:style-name="Head" table:number-columns-spanned="6" office:value-type="string"><text:p text:style-name="H">${esc(s.heading)}</text:p></table:table-cell>${"<table:covered-table-cell/>".repeat(5)}</table:table-row>
<table:table-row>${LABELS.map((l) => cell(l, "B")).join("")}</table:table-row>
</table:table-header-rows>`;
    const body = s.rows.map((r) => `<table:table-row table:style-name="Row">${[r.toimiala, r.tulosalue, r.tavoite, r.avaintulos, r.toteuma, ""].map((t) => cell(t ?? "")).join("")}</table:table-row>`).join("\n");
    return `<table:table table:name="T${si}" table:style-name="${si === 0 ? "Tbl0" : "Tbl"}">${v.widths.map((_, i) => `<table:table-column table:style-name="C${i}"/>`).join("")}${head}${body}</table:table>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="F" svg:font-family="'${v.font}'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:text-properties style:font-name="F" fo:font-size="${v.size}pt" fo:language="fi" fo:country="FI"/></style:default-style>
<style:style style:name="P" style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/><style:text-properties fo:hyphenate="true" fo:hyphenation-remain-char-count="2" fo:hyphenation-push-char-count="2"/></style:style>
<style:style style:name="B" style:family="paragraph" style:parent-style-name="P"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="H" style:family="paragraph"><style:text-properties fo:font-weight="bold" fo:font-size="${v.size + 2}pt" fo:hyphenate="false"/></style:style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="${pw}" fo:page-height="${ph}" style:print-orientation="${v.landscape ? "landscape" : "portrait"}" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="1.5cm" fo:margin-right="1.5cm"/></style:page-layout>
<style:style style:name="Tbl0" style:family="table"><style:table-properties style:width="${v.widths.reduce((a, b) => a + b, 0)}cm" table:align="left"/></style:style>
<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="${v.widths.reduce((a, b) => a + b, 0)}cm" table:align="left" fo:break-before="page"/></style:style>
${cols}
<style:style style:name="Row" style:family="table-row"><style:table-row-properties fo:keep-together="${v.splitRows ? "auto" : "always"}"/></style:style>
<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" ${border}/></style:style>
<style:style style:name="Head" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="none"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>${tables.join("\n")}</office:text></office:body>
</office:document>`;
}

function main(): void {
  const { values } = parseArgs({
    options: { out: { type: "string", default: "output/variants" }, gold: { type: "string", default: "fixtures/gold/kh-okr-002.json" }, "held-out": { type: "string" } },
  });
  const out = resolve(values.out!);
  mkdirSync(out, { recursive: true });
  const rows = JSON.parse(readFileSync(values.gold!, "utf8")).rows as Record<string, string>[];
  const set = values["held-out"] === "3" ? HELD_OUT_3 : values["held-out"] === "2" ? HELD_OUT_2 : values["held-out"] ? HELD_OUT : VARIANTS;
  for (const v of set) {
    const src = join(out, `${v.name}.fodt`);
    writeFileSync(src, fodt(rows, v));
    execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", out, src], { stdio: "ignore" });
    const pdf = join(out, `${v.name}.pdf`);
    execFileSync("pdftotext", ["-raw", pdf, join(out, `${v.name}.raw.txt`)]);
    execFileSync("pdftotext", [pdf, join(out, `${v.name}.txt`)]);
    process.stdout.write(`${v.name}: ${pdf}\n`);
  }
}

main();
