/**
 * Evaluation slides of common strategy goals (each goal: achieved KYLLÄ/OSITTAIN/EI, a score 1–5,
 * an assessment), with summary rows per strategic line: from text, or read by columns from a PDF.
 */
import { defineFamily, payloadOf, payloadWithWarnings } from "../types.js";
import type { ExtractResult } from "../../model/document.js";
import { LuEvaluation } from "../../model/families.js";
import { LuRules, reconstructLuEvaluation } from "../../reconstruct/lu-evaluation/text.js";
import { reconstructLuEvaluationSlides } from "../../reconstruct/lu-evaluation/pdf.js";
import { letterKey } from "../../text/letters.js";
import { storeLuEvaluation } from "./store.js";
import { scoreLu } from "./score.js";

const OVERRIDABLE = ["strategy", "linjaus", "tavoite", "assessment"] as const;

/** The payload of a result of this family. */
const lu = (res: ExtractResult) => payloadOf<LuEvaluation>(res, "lu-evaluation");

export const luEvaluation = defineFamily<LuEvaluation>({
  id: "lu-evaluation",
  fromText: payloadWithWarnings(reconstructLuEvaluation),
  // Slides typeset as tables are read by columns and rows; slides of text boxes by blocks (docs/reading-order.md).
  fromPdf: payloadWithWarnings(reconstructLuEvaluationSlides),
  output: LuEvaluation,
  json: (res) => ({ ...lu(res) }),
  summary(res) {
    const got = lu(res);
    return `${got?.goals.length ?? 0} goals, ${got?.summaries.length ?? 0} summary rows`;
  },
  notes: (res) =>
    (lu(res)?.goal_counts ?? []).map((c) => `${c.strategy}: the source claims ${c.announced ?? "–"} goals (text), ${c.summary_total ?? "–"} (summary rows); found ${c.found}`),
  uncertain: (res) => (lu(res)?.goal_counts ?? []).some((c) => c.summary_total !== null && c.summary_total !== c.found),
  keys: (res) => (lu(res)?.goals ?? []).map((g) => letterKey(`${g.tavoite}|${g.achieved}|${g.score}`)),
  store: storeLuEvaluation,
  eval: { manifest: "lu", score: scoreLu },
  overrides: {
    fields: OVERRIDABLE,
    apply(res, o) {
      const g = lu(res)?.goals.find((x) => x.n === o.n) as unknown as Record<string, unknown> | undefined;
      if (!g) return `no goal ${o.n}`;
      if (g[o.field] !== o.from) return `goal ${o.n} ${o.field} is no longer "${o.from}"`;
      g[o.field] = o.to;
      return null;
    },
  },
  rulesFile: { file: "lu-evaluation.json", schema: LuRules },
});
