/**
 * `hva-okr compare`: side-by-side tables across regions, themes and reporting periods, from the
 * common model. Each report counts once (documents with same_as are left out).
 */
import type { DB } from "../store/db.js";
import { formatTable } from "./table.js";
import { loadRules } from "../rules/load.js";
import { loadThemes } from "../analyze/themes.js";

export type CompareBy = "region" | "theme" | "period";

/**
 * The compared items: Länsi-Uusimaa strategy goals (evaluated), Päijät-Häme main and prioritized
 * sub-goals (no status in the source: unknown), Kanta-Häme key results (status from attainment).
 * Council-level objectives are parents of key results and carry no status of their own.
 */
const ITEMS_SQL = `
SELECT d.region, 'goal' AS entity, g.id AS entity_id, coalesce(e.status_common, 'unknown') AS status, e.score
FROM goals g JOIN documents d ON d.id = g.document_id LEFT JOIN evaluations e ON e.goal_id = g.id
WHERE d.same_as IS NULL AND g.level IN ('strategy_goal', 'main_goal', 'prioritized_sub_goal')
UNION ALL
SELECT d.region, 'key_result', k.id, coalesce(k.status_common, 'unknown'), NULL
FROM key_results k JOIN documents d ON d.id = k.document_id WHERE d.same_as IS NULL`;

interface Item {
  region: string | null;
  entity: string;
  entity_id: number;
  status: string;
  score: number | null;
}

interface Distribution {
  items: number;
  achieved: number;
  partly: number;
  not_achieved: number;
  unknown: number;
  mean_score: number | null;
}

function distribution(items: Item[]): Distribution {
  const d: Distribution = { items: items.length, achieved: 0, partly: 0, not_achieved: 0, unknown: 0, mean_score: null };
  for (const i of items) if (i.status === "achieved" || i.status === "partly" || i.status === "not_achieved" || i.status === "unknown") d[i.status]++;
  const scores = items.map((i) => i.score).filter((s): s is number => s !== null);
  if (scores.length) d.mean_score = Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 100) / 100;
  return d;
}

export function compare(db: DB, by: CompareBy): { by: CompareBy; columns: string[]; rows: Record<string, unknown>[] } {
  const items = db.prepare(ITEMS_SQL).all() as Item[];
  const regions = [...new Set(items.map((i) => i.region ?? "?"))].sort();
  if (by === "region") {
    return { by, columns: ["region", "items", "achieved", "partly", "not_achieved", "unknown", "mean_score"], rows: regions.map((r) => ({ region: r, ...distribution(items.filter((i) => (i.region ?? "?") === r)) })) };
  }
  if (by === "theme") {
    const themes = loadThemes(loadRules()).themes;
    const assigned = db.prepare("SELECT entity, entity_id, theme FROM theme_assignments").all() as { entity: string; entity_id: number; theme: string }[];
    const byTheme = new Map<string, Set<string>>();
    for (const a of assigned) {
      const k = `${a.entity}:${a.entity_id}`;
      (byTheme.get(a.theme) ?? byTheme.set(a.theme, new Set()).get(a.theme)!).add(k);
    }
    const rows = themes.map((t) => {
      const set = byTheme.get(t.id) ?? new Set();
      const row: Record<string, unknown> = { theme: t.name };
      for (const r of regions) {
        const d = distribution(items.filter((i) => (i.region ?? "?") === r && set.has(`${i.entity}:${i.entity_id}`)));
        row[r] = d.items ? `${d.items} (${d.achieved}/${d.partly}/${d.not_achieved}/${d.unknown})${d.mean_score !== null ? ` ⌀${d.mean_score}` : ""}` : "–";
      }
      return row;
    });
    return { by, columns: ["theme", ...regions], rows };
  }
  // Period: progress figures side by side per region, oldest period first.
  const figures = db.prepare(
    `SELECT d.region, p.period, p.metric, p.value FROM progress_figures p JOIN documents d ON d.id = p.document_id WHERE d.same_as IS NULL ORDER BY p.id`,
  ).all() as { region: string | null; period: string; metric: string; value: number }[];
  const key = (p: string) => {
    const m = /(\d+)-(\d+)\/(\d{4})/.exec(p);
    return m ? Number(m[3]) * 100 + Number(m[2]) : 0;
  };
  const periods = [...new Set(figures.map((f) => f.period))].sort((a, b) => key(a) - key(b));
  const rows: Record<string, unknown>[] = [];
  for (const region of [...new Set(figures.map((f) => f.region ?? "?"))]) {
    for (const metric of [...new Set(figures.filter((f) => (f.region ?? "?") === region).map((f) => f.metric))]) {
      const row: Record<string, unknown> = { region, metric };
      const values = periods.map((p) => figures.find((f) => (f.region ?? "?") === region && f.metric === metric && f.period === p)?.value ?? null);
      periods.forEach((p, i) => (row[p] = values[i]));
      const present = values.filter((v): v is number => v !== null);
      row.change = present.length >= 2 ? Math.round((present[present.length - 1]! - present[0]!) * 10) / 10 : null;
      rows.push(row);
    }
  }
  return { by, columns: ["region", "metric", ...periods, "change"], rows };
}

export function formatCompare(res: ReturnType<typeof compare>): string {
  const legend =
    res.by === "theme"
      ? "\ncells: items (achieved/partly/not achieved/unknown) ⌀ mean score 1–5 where the source gives one; items are goals and key results, each report once"
      : res.by === "region"
        ? "\nitems: Länsi-Uusimaa goals, Päijät-Häme and Kanta-Häme goals, Kanta-Häme key results; status on one scale (rules/status.json)"
        : "\nprogress figures of the reporting periods side by side";
  return formatTable(res.columns, res.rows.map((r) => res.columns.map((c) => (r[c] === null || r[c] === undefined ? "–" : (r[c] as string | number))))) + legend + "\n";
}
