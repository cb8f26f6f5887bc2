/**
 * Synthetic goal-block documents in the 2×2 form ("Tavoite | Toimenpide/mittari" over
 * "Arviointi | Tila", ruled, under unit/company headings and group headings), typeset by two
 * producers: LibreOffice (flat ODT, Finnish hyphenation by Voikko) and Chromium (HTML printed to
 * PDF, CSS hyphenation), each with its gold file.
 *
 *   tsx scripts/make-goal-blocks.ts --set tune|heldout --out DIR [--seed N]
 *
 * Needs `soffice` (with libreoffice-voikko) and `chromium` on the PATH.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import fi from "hyphen/fi/index.js";
import { GROUPS, STATUS_WORDS, TUNE, type ContentPool } from "./goal-block-content.js";

interface Variant {
  name: string;
  producer: "libreoffice" | "chromium";
  font: string;
  size: number;
  /** Table width in cm and the left column's share. */
  width: number;
  split: number;
  labels: { tavoite: string; mittari: string; arviointi: string; tila: string };
}

interface GoldBlock {
  heading: string;
  group: string;
  tavoite: string;
  mittari: string;
  arviointi: string;
  tila: string;
}

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1]! : dflt;
};
const set = opt("--set", "tune");
const out = resolve(opt("--out", `output/goal-blocks/${set}`));
let seed = Number(opt("--seed", set === "tune" ? "7" : "1234"));

/** mulberry32: a small seeded generator, so that a set can be made again byte for byte. */
function rand(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const some = (xs: readonly string[], n: number) => Array.from({ length: n }, () => pick(xs)).filter((x, i, a) => a.indexOf(x) === i).join(" ");

async function loadPool(): Promise<{ pool: ContentPool; variants: Variant[] }> {
  const std = { tavoite: "Tavoite", mittari: "Toimenpide/mittari", arviointi: "Arviointi", tila: "Tila" };
  if (set === "tune") {
    return {
      pool: TUNE,
      variants: [
        { name: "lo-liberation-sans", producer: "libreoffice", font: "Liberation Sans", size: 10, width: 16, split: 0.5, labels: std },
        { name: "chromium-dejavu-serif", producer: "chromium", font: "DejaVu Serif", size: 10, width: 17, split: 0.55, labels: std },
      ],
    };
  }
  // Written after the last change under src/ (held-out discipline): loaded by name only then.
  const heldoutModule = "./goal-block-heldout.js";
  const held = (await import(heldoutModule)) as { HELDOUT: ContentPool; HELDOUT_VARIANTS: Variant[] };
  return { pool: held.HELDOUT, variants: held.HELDOUT_VARIANTS };
}

function makeBlocks(pool: ContentPool): GoldBlock[] {
  const blocks: GoldBlock[] = [];
  const units = [...pool.units].sort(() => rand() - 0.5).slice(0, 4);
  for (const heading of units) {
    for (const group of GROUPS) {
      const n = 1 + Math.floor(rand() * 3);
      for (let i = 0; i < n; i++) {
        blocks.push({
          heading,
          group,
          tavoite: some(pool.tavoite, 1 + Math.floor(rand() * 2)),
          mittari: some(pool.mittari, 1 + Math.floor(rand() * 2)),
          arviointi: some(pool.arviointi, 1 + Math.floor(rand() * 3)),
          tila: pick(STATUS_WORDS),
        });
      }
    }
  }
  return blocks;
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const INTRO = "Tytäryhteisöille ja toimialoille asetettujen tavoitteiden toteutuminen esitetään alla. Tavoitteiden toteutumista on arvioitu tilinpäätöksen yhteydessä.";

/** Walks the blocks and calls the producer's writers for each heading, group and block. */
function layout(blocks: GoldBlock[], w: { heading(t: string): string; group(t: string): string; para(t: string): string; block(b: GoldBlock): string }): string {
  let out = "";
  let heading = "";
  let group = "";
  for (const b of blocks) {
    if (b.heading !== heading) {
      out += w.heading(b.heading) + w.para(INTRO);
      heading = b.heading;
      group = "";
    }
    if (b.group !== group) out += w.group((group = b.group));
    out += w.block(b);
  }
  return out;
}

function fodt(v: Variant, blocks: GoldBlock[]): string {
  const left = (v.width * v.split).toFixed(2);
  const right = (v.width * (1 - v.split)).toFixed(2);
  const cell = (label: string, value: string) =>
    `<table:table-cell table:style-name="C" office:value-type="string"><text:p text:style-name="L">${esc(label)}</text:p><text:p text:style-name="P">${esc(value)}</text:p></table:table-cell>`;
  let t = 0;
  const body = layout(blocks, {
    heading: (s) => `<text:p text:style-name="H1">${esc(s)}</text:p>`,
    group: (s) => `<text:p text:style-name="H2">${esc(s)}</text:p>`,
    para: (s) => `<text:p text:style-name="P">${esc(s)}</text:p>`,
    block: (b) =>
      `<table:table table:name="T${++t}" table:style-name="T"><table:table-column table:style-name="CA"/><table:table-column table:style-name="CB"/>` +
      `<table:table-row>${cell(v.labels.tavoite, b.tavoite)}${cell(v.labels.mittari, b.mittari)}</table:table-row>` +
      `<table:table-row>${cell(v.labels.arviointi, b.arviointi)}${cell(v.labels.tila, b.tila)}</table:table-row></table:table><text:p text:style-name="P"/>`,
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="F" svg:font-family="'${v.font}'"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:text-properties style:font-name="F" fo:font-size="${v.size}pt" fo:language="fi" fo:country="FI" fo:hyphenate="true" fo:hyphenation-remain-char-count="2" fo:hyphenation-push-char-count="2"/></style:default-style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="PM"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.2cm" fo:margin-right="1.8cm"/></style:page-layout>
<style:style style:name="T" style:family="table"><style:table-properties style:width="${v.width}cm" table:align="left" fo:margin-bottom="0.3cm"/></style:style>
<style:style style:name="CA" style:family="table-column"><style:table-column-properties style:column-width="${left}cm"/></style:style>
<style:style style:name="CB" style:family="table-column"><style:table-column-properties style:column-width="${right}cm"/></style:style>
<style:style style:name="C" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>
<style:style style:name="P" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.1cm"/><style:text-properties fo:hyphenate="true"/></style:style>
<style:style style:name="L" style:family="paragraph"><style:text-properties fo:font-weight="bold" fo:hyphenate="false"/></style:style>
<style:style style:name="H1" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="${v.size + 5}pt" fo:font-weight="bold" fo:hyphenate="false"/></style:style>
<style:style style:name="H2" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="${v.size + 2}pt" fo:font-weight="bold" fo:hyphenate="false"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PM"/></office:master-styles>
<office:body><office:text>${body}</office:text></office:body></office:document>
`;
}

/**
 * Chromium on Linux has no Finnish hyphenation dictionary: the break points of the Finnish
 * patterns are given to it as soft hyphens, which it draws as a hyphen where it breaks a line.
 */
const shy = (s: string) => s.replace(/\p{L}{8,}/gu, (w) => fi.hyphenateSync(w, { hyphenChar: "\u00ad", minWordLength: 8 }));

function html(v: Variant, blocks: GoldBlock[]): string {
  const cell = (label: string, value: string, w: number) => `<td style="width:${w}%"><b>${esc(label)}</b><p>${shy(esc(value))}</p></td>`;
  const body = layout(blocks, {
    heading: (s) => `<h1>${esc(s)}</h1>`,
    group: (s) => `<h2>${esc(s)}</h2>`,
    para: (s) => `<p>${esc(s)}</p>`,
    block: (b) => {
      const l = Math.round(v.split * 100);
      return `<table><tr>${cell(v.labels.tavoite, b.tavoite, l)}${cell(v.labels.mittari, b.mittari, 100 - l)}</tr><tr>${cell(v.labels.arviointi, b.arviointi, l)}${cell(v.labels.tila, b.tila, 100 - l)}</tr></table>`;
    },
  });
  return `<!doctype html><html lang="fi"><head><meta charset="utf-8"><style>
@page { size: A4; margin: 2cm 1.8cm 2cm 2.2cm; }
body { font-family: '${v.font}'; font-size: ${v.size}pt; hyphens: auto; -webkit-hyphens: auto; }
h1 { font-size: ${v.size + 5}pt; margin: 0.5cm 0 0.2cm; hyphens: none; }
h2 { font-size: ${v.size + 2}pt; margin: 0.3cm 0 0.15cm; hyphens: none; }
table { width: ${v.width}cm; border-collapse: collapse; margin-bottom: 0.3cm; }
td { border: 0.5pt solid #000; padding: 0.1cm; vertical-align: top; }
td p { margin: 0.05cm 0 0; }
</style></head><body>${body}</body></html>
`;
}

const { pool, variants } = await loadPool();
mkdirSync(out, { recursive: true });
for (const v of variants) {
  const blocks = makeBlocks(pool);
  const base = join(out, v.name);
  if (v.producer === "libreoffice") {
    writeFileSync(`${base}.fodt`, fodt(v, blocks));
    execFileSync("soffice", ["--headless", `-env:UserInstallation=file://${out}/.lo-profile`, "--convert-to", "pdf", "--outdir", out, `${base}.fodt`], { stdio: "ignore", timeout: 240_000 });
    rmSync(`${base}.fodt`);
  } else {
    writeFileSync(`${base}.html`, html(v, blocks));
    execFileSync("chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", `--print-to-pdf=${base}.pdf`, `file://${base}.html`], { stdio: "ignore", timeout: 240_000 });
    rmSync(`${base}.html`);
  }
  const gold = { source: `${base}.pdf`, producer: v.producer, font: v.font, blocks: blocks.map((b) => ({ ...b, mittari: b.mittari, measures: [] })) };
  writeFileSync(`${base}.gold.json`, JSON.stringify(gold, null, 1));
  console.log(`${base}.pdf: ${blocks.length} blocks (${v.producer}, ${v.font} ${v.size} pt, ${v.width} cm)`);
}
