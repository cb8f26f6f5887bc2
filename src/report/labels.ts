/** The report page's labels that are data (`rules/report.json`), not code. */
import { z } from "zod";
import { loadRules, readRulesJson } from "../rules/load.js";

const ReportRules = z.object({ metricLabels: z.record(z.string(), z.string()) });

export function metricLabeller(): (metric: string) => string {
  const r = readRulesJson(loadRules().dir, "report.json", ReportRules);
  return (m) => r.metricLabels[m] ?? m;
}
