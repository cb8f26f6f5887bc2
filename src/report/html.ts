/**
 * `hva-okr report`: one self-contained HTML file (no network, no CDN): charts as inline SVG, tables
 * that sort and filter with a few lines of inline script, every row with its source and page.
 */
import type { DB } from "../store/db.js";
import { bars, esc, groupedBars, stackedBars, type Segment } from "./svg.js";
import { compare } from "./compare.js";
import { EXPORTS } from "./export.js";
import { loadThemes } from "../analyze/themes.js";
import { loadRules } from "../rules/load.js";

const STATUS: Segment[] = [
  { label: "achieved", value: 0, color: "#2e8b57" },
  { label: "partly", value: 0, color: "#e0a030" },
  { label: "not achieved", value: 0, color: "#c0392b" },
  { label: "unknown", value: 0, color: "#b0b0b0" },
];

function table(id: string, title: string, rows: Record<string, unknown>[], columns: string[]): string {
  const head = columns.map((c, i) => `<th data-col="${i}" tabindex="0">${esc(c)}</th>`).join("");
  const body = rows
    .map((r) => `<tr>${columns.map((c) => `<td${typeof r[c] === "number" ? ' class="num"' : ""}>${esc(typeof r[c] === "number" ? Number(r[c]).toLocaleString("fi-FI") : r[c])}</td>`).join("")}</tr>`)
    .join("\n");
  return `<section><h2>${esc(title)} <small>(${rows.length})</small></h2>
<input type="search" class="filter" data-table="${esc(id)}" placeholder="Suodata / filter…" aria-label="filter ${esc(title)}">
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
    const num = (s) => Number(s.replace(/\\s/g, "").replace(",", "."));
    const rows = [...table.tBodies[0].rows].sort((a, b) => {
      const x = a.cells[i].textContent, y = b.cells[i].textContent;
      const c = !isNaN(num(x)) && !isNaN(num(y)) && x !== "" && y !== "" ? num(x) - num(y) : x.localeCompare(y, "fi");
      return dir === "asc" ? c : -c;
    });
    table.tBodies[0].append(...rows);
  });
}`;

const STYLE = `body{font-family:system-ui,sans-serif;margin:1.5em;color:#222;max-width:1400px}h1{font-size:1.6em}h2{font-size:1.2em;margin-top:1.6em}
figure{margin:1em 0;border:1px solid #ddd;padding:.5em;max-width:900px}figcaption{font-weight:600;margin-bottom:.3em}
table.data{border-collapse:collapse;font-size:12px}table.data th,table.data td{border:1px solid #ccc;padding:2px 5px;vertical-align:top}
table.data th{background:#f0f0f0;cursor:pointer;position:sticky;top:0}th[data-dir=asc]::after{content:" ▲"}th[data-dir=desc]::after{content:" ▼"}
td.num{text-align:right}.scroll{max-height:420px;overflow:auto}.filter{margin:.3em 0;padding:3px;width:20em}.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(520px,1fr));gap:1em}
.note{color:#555;font-size:.9em}`;

export function renderReport(db: DB, generatedAt = new Date()): string {
  // 1. Status per theme and region.
  const byTheme = compare(db, "theme");
  const items = db.prepare(
    `SELECT d.region, t.theme, coalesce(e.status_common, k.status_common, 'unknown') AS status, count(*) AS n
     FROM theme_assignments t JOIN documents d ON d.id = t.document_id
     LEFT JOIN goals g ON t.entity = 'goal' AND g.id = t.entity_id LEFT JOIN evaluations e ON e.goal_id = g.id
     LEFT JOIN key_results k ON t.entity = 'key_result' AND k.id = t.entity_id
     WHERE d.same_as IS NULL AND (t.entity = 'key_result' OR g.level IN ('strategy_goal', 'main_goal', 'prioritized_sub_goal'))
     GROUP BY 1, 2, 3`,
  ).all() as { region: string; theme: string; status: string; n: number }[];
  const regions = byTheme.columns.slice(1);
  const themeNames = new Map(loadThemes(loadRules()).themes.map((t) => [t.id, t.name]));
  const themeRows = [...themeNames.keys()].flatMap((theme) =>
    regions.map((region) => ({
      label: `${themeNames.get(theme)} · ${region}`,
      segments: STATUS.map((s) => ({ ...s, value: items.filter((i) => i.theme === theme && i.region === region && i.status === s.label.replace(" ", "_")).reduce((a, i) => a + i.n, 0) })),
    })),
  );
  const chartThemes = stackedBars("status-by-theme-region", "Status per teema ja alue (status per theme and region, each report once)", themeRows, STATUS);

  // 2. Kanta-Häme attainment per toimiala.
  const att = db.prepare(`SELECT toimiala, key_results, measured, met, not_met, mean_attainment FROM v_attainment_by_toimiala WHERE region = 'Kanta-Häme' ORDER BY toimiala`).all() as {
    toimiala: string; key_results: number; measured: number; met: number; not_met: number; mean_attainment: number | null;
  }[];
  const chartAttainment = stackedBars(
    "kh-attainment-by-toimiala",
    "Kanta-Häme: avaintulosten tila toimialoittain (key results: target met / not met / no comparable target)",
    att.map((a) => ({
      label: a.toimiala,
      segments: [
        { ...STATUS[0]!, label: "met", value: a.met },
        { ...STATUS[2]!, label: "not met", value: a.not_met },
        { ...STATUS[3]!, label: "not comparable", value: a.key_results - a.met - a.not_met },
      ],
    })),
    [{ ...STATUS[0]!, label: "met" }, { ...STATUS[2]!, label: "not met" }, { ...STATUS[3]!, label: "not comparable" }],
  );

  // 3. Länsi-Uusimaa scores per strategic line, with the printed summary average as a red mark.
  const lines = db.prepare(
    `SELECT g.strategy, g.text AS linjaus, round(avg(e.score), 2) AS mean, count(*) AS n,
            (SELECT s.average FROM strategy_summaries s WHERE s.document_id = g.document_id AND s.linjaus = g.text) AS printed
     FROM goals g JOIN goals c ON c.parent_id = g.id JOIN evaluations e ON e.goal_id = c.id JOIN documents d ON d.id = g.document_id
     WHERE d.same_as IS NULL AND g.level = 'strategic_line' GROUP BY g.id ORDER BY g.id`,
  ).all() as { strategy: string; linjaus: string; mean: number; n: number; printed: number | null }[];
  const chartScores = bars(
    "lu-score-by-line",
    "Länsi-Uusimaa: arvioinnin keskiarvo strategisittain linjauksittain (mean score 1–5; red: average printed in the summary table)",
    lines.map((l) => ({ label: `${l.linjaus} (${l.n})`, value: l.mean, mark: l.printed, note: `printed ${l.printed}` })),
    5,
    (v) => v.toFixed(2).replace(".", ","),
  );

  // 4. Kanta-Häme progress figures per period.
  const period = compare(db, "period");
  const periods = period.columns.filter((c) => /\d+-\d+\/\d{4}/.test(c));
  const pct = period.rows.filter((r) => String(r.metric).endsWith("_pct"));
  const colors = ["#9bb7d4", "#1f5f99", "#5a9", "#a55"];
  const chartProgress = groupedBars(
    "kh-progress-by-period",
    `Kanta-Häme: edistyminen kausittain (progress figures, %, ${periods.join(" vs ")})`,
    pct.map((r) => String(r.metric).replace(/_pct$/, "").replace(/_/g, " ")),
    periods.map((p, i) => ({ label: p, color: colors[i % colors.length]!, values: pct.map((r) => (r[p] as number | null) ?? null) })),
    (v) => v.toLocaleString("fi-FI"),
  );

  const q = (name: keyof typeof EXPORTS) => db.prepare(EXPORTS[name]!).all() as Record<string, unknown>[];
  const findings = q("findings");
  const docs = db.prepare(
    `SELECT (SELECT min(source) FROM document_sources s WHERE s.document_id = d.id) AS source, d.region, d.family, d.period, d.pages, d.row_count,
            CASE WHEN d.same_as IS NULL THEN '' ELSE 'same report as document ' || d.same_as END AS note FROM documents d ORDER BY d.id`,
  ).all() as Record<string, unknown>[];
  return `<!doctype html>
<html lang="fi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>hva-okr — strategia- ja OKR-raportit</title><style>${STYLE}</style></head>
<body>
<h1>Hyvinvointialueiden strategiat ja OKR-tavoitteet</h1>
<p class="note">Kanta-Häme, Länsi-Uusimaa, Päijät-Häme · ${docs.length} documents · generated ${esc(generatedAt.toISOString())} by hva-okr.
Status on one scale (rules/status.json): achieved / partly / not achieved / unknown; nothing is inferred where the source states no status.</p>
<div class="grid">${chartThemes}${chartAttainment}${chartScores}${chartProgress}</div>
${findings.length ? table("findings", "Lähteiden ristiriidat (consistency findings)", findings, ["check_name", "subject", "message", "source"]) : ""}
${table("key-results", "Kanta-Häme: avaintulokset (key results)", q("key_results"), ["source", "page", "line", "n", "toimiala", "tulosalue", "tavoite", "avaintulos", "toteuma", "toteuma_kind", "toteuma_status", "attainment", "status_common", "confidence"])}
${table("evaluations", "Länsi-Uusimaa: tavoitteiden arviointi (evaluations)", q("evaluations"), ["source", "page", "line", "strategy", "linjaus", "n", "tavoite", "achieved", "score", "assessment"])}
${table("goals", "Tavoitteet kaikilla tasoilla (goals, every level)", q("goals"), ["source", "page", "line", "region", "level", "code", "text", "parent", "owner"])}
${table("progress", "Edistyminen kausittain (progress figures)", q("progress"), ["source", "region", "period", "metric", "value"])}
${table("documents", "Dokumentit (documents)", docs, ["source", "region", "family", "period", "pages", "row_count", "note"])}
<script>${SCRIPT}</script>
</body></html>
`;
}
