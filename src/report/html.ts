/**
 * `hva-okr report`: one self-contained HTML page (no network, no CDN) that summarizes and links
 * instead of embedding every row. It holds the charts, the findings and tables aggregated in SQL
 * (per region, period, division and theme: one line per group), plus the rows of one chosen scope,
 * each table bounded by a row limit; it says what it left out and where to get it (the SQLite
 * database, the CSV/JSON exports). So its size grows with the number of groups, not of rows.
 * Titles and column names are Finnish, as the documents name their fields.
 */
import { basename, dirname, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import type { DB } from "../store/db.js";
import { esc } from "./svg.js";
import { barChart, CHART_STYLE, type Segment } from "./charts.js";
import { comparePeriods } from "./compare.js";
import { loadThemes } from "../analyze/themes.js";
import { loadRules } from "../rules/load.js";
import { resolveScope, scopeDocuments, type Scope } from "../store/scope.js";
import { reportTotals } from "../store/queries.js";
import * as agg from "../store/report-groups.js";
import { PARSER_VERSION } from "../version.js";
import { metricLabeller } from "./labels.js";

export interface ReportOptions {
  scope?: Scope;
  /** Where the page will be written: source links and export links are made relative to it. */
  outFile?: string;
  /** The database the page was made from, named in its "whole database" hint (default "hva.sqlite"). */
  dbFile?: string;
  /** Folder of the CSV export, relative to the page (default "csv", as `hva-okr main` writes it). */
  exportsHref?: string;
  /** Rows per table at most (default 1 000). */
  maxRows?: number;
  generatedAt?: Date;
}

/** The one status scale (rules/status.json) in the report's words and colours. */
const STATUS: { key: "achieved" | "partly" | "not_achieved" | "unknown"; label: string; color: string }[] = [
  { key: "achieved", label: "saavutettu", color: "#2e7d4f" },
  { key: "partly", label: "osittain", color: "#e0a030" },
  { key: "not_achieved", label: "ei saavutettu", color: "#c0392b" },
  { key: "unknown", label: "ei tiedossa", color: "#a8a8a8" },
];
const statusLabel = (s: unknown) => STATUS.find((x) => x.key === s)?.label ?? String(s ?? "");
const statusSegments = (g: Record<string, unknown>): Segment[] => STATUS.map((s) => ({ label: s.label, value: Number(g[s.key] ?? 0), color: s.color }));
const fi = (v: number, digits = 2) => v.toLocaleString("fi-FI", { maximumFractionDigits: digits });

interface Column {
  key: string;
  label: string;
  kind?: "num" | "pct" | "status" | "source" | "html";
}

/** The columns every count table shares. */
const COUNT_COLUMNS: Column[] = [
  { key: "items", label: "Kohteita", kind: "num" },
  ...STATUS.map((s) => ({ key: s.key, label: s.label[0]!.toUpperCase() + s.label.slice(1), kind: "num" as const })),
  { key: "mean_score", label: "Arviointi ka. (1–5)", kind: "num" },
];

function sourceLink(source: unknown, page: unknown, base: string | null): string {
  if (typeof source !== "string" || !source) return "–";
  const url = /^https?:\/\//i.test(source);
  let href = url ? source : base ? relative(base, resolve(source)).split(sep).map(encodeURIComponent).join("/") : pathToFileURL(resolve(source)).href;
  const p = typeof page === "number" ? page : null;
  if (p && (url || /\.pdf$/i.test(source))) href += `#page=${p}`;
  const name = (url ? source.replace(/[?#].*$/, "").split("/").pop() : basename(source)) || source;
  return `<a href="${esc(href)}">${esc(name)}</a>${p ? ` s.&nbsp;${p}` : ""}`;
}

function cell(r: Record<string, unknown>, c: Column, base: string | null): string {
  const v = r[c.key];
  if (c.kind === "source") return `<td>${sourceLink(v, r.page, base)}</td>`;
  if (c.kind === "html") return `<td>${String(v ?? "")}</td>`;
  if (c.kind === "status") return `<td><span class="st st-${esc(v)}">${esc(statusLabel(v))}</span></td>`;
  if (typeof v === "number") return `<td class="num">${esc(c.kind === "pct" ? `${fi(v * 100, 0)} %` : fi(v))}</td>`;
  return `<td>${esc(v ?? "–")}</td>`;
}

function table(id: string, title: string, columns: Column[], rows: Record<string, unknown>[], o: { base: string | null; total?: number; more?: string; intro?: string }): string {
  const head = columns.map((c, i) => `<th data-col="${i}" tabindex="0" scope="col">${esc(c.label)}</th>`).join("");
  const body = rows.map((r) => `<tr>${columns.map((c) => cell(r, c, o.base)).join("")}</tr>`).join("\n");
  const total = o.total ?? rows.length;
  const count = total === Number.POSITIVE_INFINITY ? `${rows.length.toLocaleString("fi-FI")}+` : total > rows.length ? `${rows.length.toLocaleString("fi-FI")} / ${total.toLocaleString("fi-FI")}` : total.toLocaleString("fi-FI");
  const cut =
    total === Number.POSITIVE_INFINITY
      ? `<p class="cut">Sivulla ensimmäiset ${rows.length.toLocaleString("fi-FI")} ryhmää; ryhmiä on enemmän. ${o.more ?? ""}</p>`
      : total > rows.length
        ? `<p class="cut">Sivulla ${rows.length.toLocaleString("fi-FI")} riviä ${total.toLocaleString("fi-FI")}:sta. ${o.more ?? ""}</p>`
        : "";
  return `<section id="${esc(id)}-section"><h2>${esc(title)} <small>(${count})</small></h2>${o.intro ? `<p class="note">${o.intro}</p>` : ""}${cut}
<input type="search" class="filter" data-table="${esc(id)}" placeholder="Suodata…" aria-label="Suodata: ${esc(title)}">
<div class="scroll"><table id="${esc(id)}" class="data"><thead><tr>${head}</tr></thead><tbody>
${body}
</tbody></table></div></section>`;
}

const SCRIPT = `
document.body.classList.add("js-ready");
for (const input of document.querySelectorAll("input.filter")) {
  input.addEventListener("input", () => {
    const q = input.value.toLowerCase();
    for (const tr of document.getElementById(input.dataset.table).tBodies[0].rows) tr.hidden = q !== "" && !tr.textContent.toLowerCase().includes(q);
  });
}
for (const th of document.querySelectorAll("table.data th")) {
  th.addEventListener("click", () => {
    const table = th.closest("table"), i = Number(th.dataset.col), dir = th.dataset.dir === "asc" ? "desc" : "asc";
    for (const o of table.querySelectorAll("th")) delete o.dataset.dir;
    th.dataset.dir = dir;
    const num = (s) => Number(s.replace(/[\\s%]/g, "").replace(",", ".").replace("\\u2212", "-"));
    const rows = [...table.tBodies[0].rows].sort((a, b) => {
      const x = a.cells[i].textContent, y = b.cells[i].textContent;
      const c = !isNaN(num(x)) && !isNaN(num(y)) && x !== "" && y !== "" ? num(x) - num(y) : x.localeCompare(y, "fi");
      return dir === "asc" ? c : -c;
    });
    table.tBodies[0].append(...rows);
  });
}`;

const STYLE = `*{box-sizing:border-box}body{font-family:system-ui,sans-serif;font-size:15px;line-height:1.4;margin:0 auto;padding:1em;color:#222;max-width:1400px}
h1{font-size:1.6em;margin:.2em 0}h2{font-size:1.2em;margin-top:1.6em}h2 small{font-weight:normal;color:#555}
.note,.cut{color:#444;font-size:13px}.cut{background:#fff6dc;border-left:4px solid #e0a030;padding:.3em .6em}
.box{background:#f4f7fb;border:1px solid #cdd9e6;padding:.6em 1em;font-size:14px}.box li{margin:.2em 0}code{font-size:13px;background:#eee;padding:0 .2em;overflow-wrap:anywhere}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,560px),1fr));gap:1em}
table.data{border-collapse:collapse;font-size:13px}table.data th,table.data td{border:1px solid #ccc;padding:3px 6px;vertical-align:top;text-align:left}
table.data th{background:#f0f0f0;cursor:pointer;position:sticky;top:0}th[data-dir=asc]::after{content:" ▲"}th[data-dir=desc]::after{content:" ▼"}
td.num{text-align:right;white-space:nowrap}.scroll{max-height:480px;overflow:auto;max-width:100%}.filter{margin:.3em 0;padding:4px;width:min(20em,100%);font-size:14px}
.st{white-space:nowrap}.st-achieved{color:#1f6b40}.st-not_achieved{color:#a52a1e}.st-partly{color:#8a5a00}
.wrong{background:#fdeaea}.wrong s{color:#a52a1e}nav{font-size:14px}nav a{margin-right:.8em;white-space:nowrap}
${CHART_STYLE}`;

/** Group tables fetch one row more than they show: when it is there, the page says that groups were left out. */
function capped(rows: Record<string, unknown>[], limit: number, more: string): { rows: Record<string, unknown>[]; opts: { total?: number; more?: string } } {
  if (rows.length <= limit) return { rows, opts: {} };
  return { rows: rows.slice(0, limit), opts: { total: Number.POSITIVE_INFINITY, more } };
}

const sourceCols: Column[] = [{ key: "source", label: "Lähde ja sivu", kind: "source" }];
const periodCol: Column = { key: "period", label: "Kausi" };
const regionCol: Column = { key: "region", label: "Alue" };

/** What every part of the page needs: the database, the scope and how labels and links are made. */
interface PageContext {
  db: DB;
  opts: ReportOptions;
  limit: number;
  base: string | null;
  scope: ReturnType<typeof resolveScope>;
  scopeIds: string;
  themeNames: Map<string, string>;
  metric: ReturnType<typeof metricLabeller>;
  /** Progress figures per period; a chart and a table show them. */
  progress: ReturnType<typeof comparePeriods>;
  periods: string[];
  /** Links to one table's full CSV export, for the tables the page cuts. */
  more: (file: string) => string;
}

/** The report: charts and rows of one scope, aggregated tables of the whole database, links to the rest. */
export function renderReport(db: DB, opts: ReportOptions = {}): string {
  const scope = resolveScope(opts.scope ?? {});
  const progress = comparePeriods(db);
  const exportsHref = opts.exportsHref ?? "csv";
  const ctx: PageContext = {
    db,
    opts,
    limit: opts.maxRows ?? 1000,
    base: opts.outFile ? dirname(resolve(opts.outFile)) : null,
    scope,
    scopeIds: JSON.stringify(scopeDocuments(db, scope)),
    themeNames: new Map(loadThemes(loadRules()).themes.map((t) => [t.id, t.name])),
    metric: metricLabeller(),
    progress,
    periods: progress.columns.slice(2, -1),
    more: (file) => `Kaikki rivit: <a href="${esc(`${exportsHref}/${file}.csv`)}">${esc(`${exportsHref}/${file}.csv`)}</a> tai tietokanta.`,
  };
  const rows = scopedRows(ctx);
  return `${pageHead(ctx, rows.shown)}${chartsSection(ctx)}${aggregatesSection(ctx)}${rows.html}<script>${SCRIPT}</script>
</body></html>
`;
}

/** Title, totals, what the page leaves out and how to get it. */
function pageHead(ctx: PageContext, shownRows: number): string {
  const { db, opts, scope } = ctx;
  const exportsHref = opts.exportsHref ?? "csv";
  const totals = reportTotals(db);
  // Named as the reader of the page finds it: relative to the page when both paths are known.
  const dbName = opts.dbFile ? (opts.outFile ? relative(dirname(resolve(opts.outFile)), resolve(opts.dbFile)) : opts.dbFile) : "hva.sqlite";
  return `<!doctype html>
<html lang="fi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Hyvinvointialueiden strategia- ja OKR-raportit</title><style>${STYLE}</style></head>
<body>
<h1>Hyvinvointialueiden strategia- ja OKR-raportit</h1>
<p class="note">${esc(totals.region_names?.split(",").sort().join(", ") ?? "ei alueita")} · ${totals.documents.toLocaleString("fi-FI")} dokumenttia, ${(totals.reports ?? 0).toLocaleString("fi-FI")} raporttia (sama raportti eri muodoissa kerran), ${totals.periods} kautta · luotu ${esc((opts.generatedAt ?? new Date()).toISOString())}, hva-okr ${esc(PARSER_VERSION)}.
Tila yhdellä asteikolla (rules/status.json): saavutettu / osittain / ei saavutettu / ei tiedossa; tilaa ei päätellä, jos lähde ei sitä kerro.</p>
<nav><a href="#kuviot">Kuviot</a><a href="#koosteet">Koosteet</a><a href="#findings-section">Havainnot</a><a href="#rivit">Rivit (${esc(scope.label)})</a></nav>
<div class="box" id="rajaus"><strong>Mitä sivulla on:</strong> kuviot ja rivit rajauksesta <em>${esc(scope.label)}</em>; koosteet (alueittain, kausittain, toimialoittain, teemoittain) koko tietokannasta.
<strong>Mitä jätettiin pois:</strong> sivulla on ${shownRows.toLocaleString("fi-FI")} riviä tietokannan ${(totals.kr + totals.goals).toLocaleString("fi-FI")} avaintuloksesta ja tavoitteesta.
<ul><li>Kaikki rivit CSV-tiedostoina: ${["key_results", "evaluations", "goals", "progress", "themes", "findings"].map((f) => `<a href="${esc(`${exportsHref}/${f}.csv`)}">${f}.csv</a>`).join(", ")} (<code>hva-okr export --excel-fi --out ${esc(exportsHref)}</code>; JSON: <code>--format json</code>).</li>
<li>Toinen rajaus: <code>hva-okr report --region ALUE</code>, <code>--period 1-9/2025</code> tai <code>--latest</code> (nyt: <code>${esc(scope.options)}</code>).</li>
<li>Koko tietokanta: <code>${dbName}</code> (SQLite; taulut ja näkymät: docs/database.md; selaimessa <code>datasette ${dbName} -m docs/metadata.json</code>).</li></ul></div>

`;
}

/** The scope's charts: status by theme and by division, evaluation scores by line, progress by period. */
function chartsSection(ctx: PageContext): string {
  const { db, scope, scopeIds, themeNames, metric, progress, periods } = ctx;
  // The scope's rows, one status per row (the theme and the division chart count the same statuses).
  const themeGroups = agg.byTheme(db, 500, scopeIds);
  const none = agg.themeless(db, scopeIds);
  const chartThemes = barChart(
    themeGroups.map((g) => ({ label: `${themeNames.get(String(g.theme)) ?? g.theme} · ${g.region}`, segments: statusSegments(g) })),
    {
      id: "status-by-theme-region",
      title: "Tavoitteiden ja avaintulosten tila teemoittain ja alueittain",
      axis: "tavoitteita ja avaintuloksia (kpl)",
      legend: STATUS,
      notes: [
        `Rajaus: ${scope.label}. Sama rivi voi kuulua useaan teemaan, joten teemojen summat voivat ylittää rivien määrän.`,
        `Ei mihinkään teemaan: ${none.map((n) => `${n.region} ${n.none} / ${n.items}`).join(", ") || "–"}.`,
      ],
    },
  );
  const divisions = agg.byDivision(db, 500, scopeIds);
  const chartDivisions = barChart(
    divisions.map((g) => ({ label: `${g.toimiala} · ${g.region}`, segments: statusSegments(g) })),
    {
      id: "status-by-toimiala",
      title: "Avaintulosten tila toimialoittain",
      axis: "avaintuloksia (kpl)",
      legend: STATUS,
      notes: [`Rajaus: ${scope.label}. Sama tila kuin teemakuviossa: saavutettu = tavoite täyttyi; osittain = toteuma vähintään rules/status.json:n osuus tavoitteesta; ei tiedossa = ei vertailukelpoista tavoitetta tai toteumaa.`],
    },
  );
  const lines = agg.lineScores(db, scopeIds);
  const chartLines = barChart(
    lines.map((l) => ({
      label: `${l.linjaus} (${l.n})`,
      segments: [{ label: "keskiarvo", value: l.mean, color: "#3b6ea5" }],
      mark: l.printed,
      valueText: l.wrong && l.printed !== null ? `${fi(l.mean)} ≠ ${fi(l.printed)}` : fi(l.mean),
      note: l.wrong ?? (l.printed !== null ? `yhteenvetotaulukossa ${fi(l.printed)}` : ""),
    })),
    {
      id: "lu-score-by-line",
      title: "Tavoitteiden arvioinnin keskiarvo strategisittain linjauksittain",
      axis: "Arviointi (1–5), keskiarvo",
      min: 1,
      max: 5,
      legend: [
        { label: "tavoitteiden arviointien keskiarvo", color: "#3b6ea5" },
        { label: "yhteenvetotaulukossa ilmoitettu keskiarvo", color: "#111", kind: "mark" },
      ],
      notes: [`Rajaus: ${scope.label}. Suluissa tavoitteiden määrä. ”≠”: yhteenvetotaulukon luku ei ole tavoitteiden keskiarvo (ks. havainnot).`],
    },
  );

  // Progress as corrected: a figure a later report withdrew is shown with its correction.
  const shownPeriods = periods.slice(-4);
  const pctRows = progress.rows.filter((r) => String(r.metric).endsWith("_pct")).slice(0, 60);
  const chartProgress = barChart(
    pctRows.flatMap((r) =>
      shownPeriods.map((p) => ({
        label: `${metric(String(r.metric))} · ${r.region} · ${p}`,
        segments: [{ label: p, value: (r[p] as number | null) ?? 0, color: "#3b6ea5" }],
        valueText: r[p] === null || r[p] === undefined ? "–" : `${fi(r[p] as number, 1)} %`,
      })),
    ),
    {
      id: "progress-by-period",
      title: `Edistyminen kausittain (${shownPeriods.join(", ") || "ei kausia"})`,
      axis: "osuus (%)",
      max: 100,
      legend: [{ label: "osuus avaintuloksista tai tehtävistä", color: "#3b6ea5" }],
      notes: [`Kaikki tietokannan kaudet${periods.length > shownPeriods.length ? `; kuviossa ${shownPeriods.length} viimeisintä ${periods.length}:stä` : ""}. Myöhemmän raportin korjaama luku näytetään korjattuna.`],
    },
  );

  return `<h2 id="kuviot">Kuviot</h2>
<div class="grid">${chartThemes}${chartDivisions}${chartLines}${chartProgress}</div>

`;
}

/** Aggregated tables over the whole database (groups capped at the row limit), progress and findings. */
function aggregatesSection(ctx: PageContext): string {
  const { db, scopeIds, themeNames, metric, limit, base, progress, periods, more } = ctx;
  const corrected = new Map((progress.corrections ?? []).map((c) => [`${c.region}\u0000${c.metric}\u0000${c.period}`, c]));
  const groupsMore = "Kaikki ryhmät: <code>hva-okr compare</code> tai SQL-kysely näkymästä <code>v_items</code> (docs/database.md).";
  const regionPeriod = capped(agg.byRegionPeriod(db, limit + 1), limit, groupsMore);
  const divisionGroups = capped(agg.byDivision(db, limit + 1), limit, groupsMore);
  const themeTable = capped(
    agg.byTheme(db, limit + 1).map((g) => ({ ...g, theme_name: themeNames.get(String(g.theme)) ?? g.theme })),
    limit,
    groupsMore,
  );
  const documentGroups = capped(agg.documentGroups(db, limit + 1), limit, groupsMore);
  const progressLong = progress.rows.flatMap((r) =>
    periods
      .filter((p) => r[p] !== null && r[p] !== undefined || corrected.has(`${r.region}\u0000${r.metric}\u0000${p}`))
      .map((p) => {
        const c = corrected.get(`${r.region}\u0000${r.metric}\u0000${p}`);
        const value = c
          ? `<span class="wrong" title="${esc(`myöhempi raportti${c.source ? ` (${c.source})` : ""} korjaa luvun`)}"><s>${esc(fi(c.reported))}</s> → ${c.corrected === null ? "virheellinen" : esc(fi(c.corrected))} (korjattu)</span>`
          : esc(fi(r[p] as number));
        return { region: r.region, period: p, metric: metric(String(r.metric)), value };
      }),
  );
  const findingCounts = agg.findingCounts(db);
  const findings = agg.findingRows(db, scopeIds, limit);
  const findingTotal = findingCounts.reduce((a, f) => a + f.n, 0);
  return `<h2 id="koosteet">Koosteet koko tietokannasta</h2>
${table("by-region-period", "Tila alueittain ja kausittain", [regionCol, periodCol, { key: "reports", label: "Raportteja", kind: "num" }, ...COUNT_COLUMNS], regionPeriod.rows, { base, ...regionPeriod.opts })}
${table("by-toimiala", "Avaintulosten tila toimialoittain", [regionCol, periodCol, { key: "toimiala", label: "Toimiala" }, ...COUNT_COLUMNS.slice(0, 5)], divisionGroups.rows, { base, ...divisionGroups.opts })}
${table(
  "by-theme",
  "Tila teemoittain",
  [{ key: "theme_name", label: "Teema" }, regionCol, periodCol, ...COUNT_COLUMNS],
  themeTable.rows,
  { base, ...themeTable.opts, intro: "Rivi voi kuulua useaan teemaan (rules/themes.json); teemojen summat voivat siksi ylittää rivien määrän." },
)}
${table("progress", "Edistyminen kausittain", [regionCol, periodCol, { key: "metric", label: "Mittari" }, { key: "value", label: "Luku", kind: "html" }], progressLong.slice(0, limit), {
  base,
  total: progressLong.length,
  intro: "Yliviivattu luku on myöhemmän raportin mukaan virheellinen; sen korjaus näkyy vieressä, eikä eroa lasketa muutokseksi.",
  more: more("progress"),
})}
${table("documents-by-kind", "Dokumentit alueittain, kausittain ja tyypeittäin", [regionCol, periodCol, { key: "family", label: "Tyyppi" }, { key: "reports", label: "Raportteja", kind: "num" }, { key: "documents", label: "Dokumentteja", kind: "num" }, { key: "pages", label: "Sivuja", kind: "num" }], documentGroups.rows, { base, ...documentGroups.opts })}
${table(
  "findings",
  "Havainnot: lähteiden ristiriidat",
  [{ key: "check_name", label: "Tarkistus" }, regionCol, periodCol, { key: "subject", label: "Kohde" }, { key: "message", label: "Havainto" }, { key: "found", label: "Lähteessä" }, { key: "expected", label: "Oikein" }, ...sourceCols],
  findings,
  { base, total: findingTotal, intro: findingCounts.map((f) => `${esc(f.check_name)}: ${f.n}`).join(" · ") || "Ei havaintoja.", more: more("findings") },
)}

`;
}

/** The rows of the chosen scope, each table cut at the row limit with a link to the rest. */
function scopedRows(ctx: PageContext): { html: string; shown: number } {
  const { db, scope, scopeIds, limit, base, more } = ctx;
  const scoped = {
    key_results: agg.scopedRows(db, "key_results", scopeIds, limit),
    evaluations: agg.scopedRows(db, "evaluations", scopeIds, limit),
    goals: agg.scopedRows(db, "goals", scopeIds, limit),
    documents: agg.scopedRows(db, "documents", scopeIds, limit),
  };
  const shown = scoped.key_results.rows.length + scoped.evaluations.rows.length + scoped.goals.rows.length;
  const html = `<h2 id="rivit">Rivit: ${esc(scope.label)}</h2>
${table(
  "key-results",
  "Avaintulokset",
  [periodCol, regionCol, { key: "toimiala", label: "Toimiala" }, { key: "tulosalue", label: "Tulosalue" }, { key: "tavoite", label: "Tavoite" }, { key: "avaintulos", label: "Avaintulos" }, { key: "toteuma", label: "Avaintuloksen toteutuminen" }, { key: "attainment", label: "Toteuma / tavoite", kind: "pct" }, { key: "status", label: "Tila", kind: "status" }, ...sourceCols],
  scoped.key_results.rows,
  { base, total: scoped.key_results.total, more: more("key_results") },
)}
${table(
  "evaluations",
  "Tavoitteiden arviointi",
  [periodCol, regionCol, { key: "strategy", label: "Strategia" }, { key: "linjaus", label: "Strateginen linjaus" }, { key: "tavoite", label: "Tavoite" }, { key: "achieved", label: "Tavoite saavutettu?" }, { key: "score", label: "Arviointi (1–5)", kind: "num" }, { key: "status", label: "Tila", kind: "status" }, ...sourceCols],
  scoped.evaluations.rows,
  { base, total: scoped.evaluations.total, more: more("evaluations") },
)}
${table(
  "goals",
  "Päätavoitteet ja priorisoidut alatavoitteet",
  [periodCol, regionCol, { key: "level", label: "Taso" }, { key: "code", label: "Koodi" }, { key: "text", label: "Tavoite" }, { key: "parent", label: "Päätavoite" }, { key: "status", label: "Tila", kind: "status" }, ...sourceCols],
  scoped.goals.rows,
  { base, total: scoped.goals.total, more: more("goals") },
)}
${table("documents", "Rajauksen dokumentit", [periodCol, regionCol, { key: "family", label: "Tyyppi" }, { key: "pages", label: "Sivuja", kind: "num" }, { key: "row_count", label: "Rivejä", kind: "num" }, ...sourceCols], scoped.documents.rows, { base, total: scoped.documents.total })}
`;
  return { html, shown };
}
