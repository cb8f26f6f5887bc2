/**
 * The queries of `hva-okr compare`: status counts summed over the per-document counts stored with
 * each document (item-counts.ts), each report once, and the progress figures of each period with
 * the correction a later report gives for them. The report (report-groups.ts) sums the same counts.
 */
import type { DB } from "./statements.js";

export interface Correction {
  region: string;
  period: string;
  metric: string;
  reported: number;
  corrected: number | null;
  source: string | null;
}

/** The status counts of a group of `v_items`: the same four columns everywhere. */
export function statusCounts(alias = ""): string {
  const a = alias ? `${alias}.` : "";
  return `count(*) AS items, sum(${a}status = 'achieved') AS achieved, sum(${a}status = 'partly') AS partly,
  sum(${a}status = 'not_achieved') AS not_achieved, sum(${a}status = 'unknown') AS unknown, round(avg(${a}score), 2) AS mean_score`;
}

export interface StatusCounts {
  items: number;
  achieved: number;
  partly: number;
  not_achieved: number;
  unknown: number;
  mean_score: number | null;
}

/** Sums of per-document counts of v_items (v_status_by_document, theme_counts) over groups of documents. */
export const SUMMED_COUNTS = `sum(items) AS items, sum(achieved) AS achieved, sum(partly) AS partly, sum(not_achieved) AS not_achieved,
  sum(unknown) AS unknown, round(sum(score_sum) * 1.0 / nullif(sum(score_n), 0), 2) AS mean_score`;

export function compareByRegion(db: DB): (StatusCounts & { region: string })[] {
  return db.prepare(`SELECT coalesce(region, '?') AS region, ${SUMMED_COUNTS} FROM v_status_by_document GROUP BY 1 ORDER BY 1`).all() as (StatusCounts & { region: string })[];
}

/**
 * Status counts per theme and region, and per region the items of no theme and all items: sums of
 * the per-document counts stored with each document (store/item-counts.ts), each report once.
 */
export function themeCounts(db: DB): { cells: (StatusCounts & { theme: string; region: string })[]; none: { region: string; n: number; all: number }[] } {
  const cells = db
    .prepare(
      `SELECT c.theme, coalesce(d.region, '?') AS region, ${SUMMED_COUNTS}
       FROM theme_counts c JOIN documents d ON d.id = c.document_id WHERE d.same_as IS NULL GROUP BY 1, 2`,
    )
    .all() as (StatusCounts & { theme: string; region: string })[];
  const none = db
    .prepare(`SELECT coalesce(region, '?') AS region, sum(items) AS "all", sum(themeless) AS n FROM v_status_by_document GROUP BY 1 ORDER BY 1`)
    .all() as { region: string; n: number; all: number }[];
  return { cells, none };
}

/**
 * Progress figures per region, period and metric, each with the correction a later report of the
 * same region gives for it (a figure it says was wrong). Where several reports give one figure,
 * the latest stored one counts.
 */
export function progressWithCorrections(db: DB, where = "1"): (Correction & { value: number; wrong: number; id: number })[] {
  return db
    .prepare(
      `WITH f AS (
         SELECT coalesce(d.region, '?') AS region, p.period, p.metric, p.value, p.id,
                (SELECT c.id FROM corrections c JOIN documents cd ON cd.id = c.document_id
                 WHERE c.metric = p.metric AND c.period = p.period AND c.reported = p.value AND c.document_id != p.document_id
                   AND cd.same_as IS NULL AND coalesce(cd.region_id, '') = coalesce(p.region_id, '')
                 ORDER BY c.id DESC LIMIT 1) AS correction_id
         FROM progress_figures p JOIN documents d ON d.id = p.document_id
         WHERE d.same_as IS NULL AND p.period IS NOT NULL AND ${where})
       SELECT f.region, f.period, f.metric, f.value, max(f.id) AS id, f.correction_id IS NOT NULL AS wrong, f.value AS reported, c.corrected,
              (SELECT min(s.source) FROM document_sources s WHERE s.document_id = c.document_id) AS source
       FROM f LEFT JOIN corrections c ON c.id = f.correction_id
       GROUP BY f.region, f.period, f.metric`,
    )
    .all() as (Correction & { value: number; wrong: number; id: number })[];
}
