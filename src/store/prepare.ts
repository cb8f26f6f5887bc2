/**
 * Storing, the part that needs no database: every key result's column values (geometry and
 * reasons as the JSON text they are stored as), the goals a document's items belong to, statuses
 * in the common scale, theme assignments, the report keys and their sketch. Why a separate step: in a parallel
 * import the one writer (the main thread) is the serial part, so this runs on the worker that
 * extracted the document and the writer only inserts (`storePrepared` in documents.ts). The
 * result is plain arrays and strings — cheap to pass between threads — and pure, so it is tested
 * without a database.
 */
import type { ExtractResult } from "../model/document.js";
import { loadRules, type Rules } from "../rules/load.js";
import { loadThemes } from "../analyze/themes.js";
import { sketchKeys } from "./sketch.js";
import { loadStatusRules } from "../analyze/status.js";
import { findFamily } from "../families/registry.js";
import type { PreparedDocument, StoreAnalysis } from "./prepared.js";

export { KEY_RESULT_COLUMNS, KR_GOAL, KR_STATUS, type PreparedDocument, type SqlValue } from "./prepared.js";

const analyses = new Map<string, StoreAnalysis>();
function analysisFor(rules: Rules): StoreAnalysis {
  let a = analyses.get(rules.dir);
  if (!a) analyses.set(rules.dir, (a = { themes: loadThemes(rules), status: loadStatusRules(rules) }));
  return a;
}

/** Row keys of a report: what stays the same when one report is stored in two forms. */
export function reportKeys(res: ExtractResult): string[] {
  const family = findFamily(res.document.family);
  return family ? family.keys(res) : [];
}

/** Everything `storePrepared` inserts for one extraction result, in the order it inserts it. */
export function prepareDocument(res: ExtractResult, rules: Rules = loadRules()): PreparedDocument {
  const analysis = analysisFor(rules);
  const keys = reportKeys(res);
  const p: PreparedDocument = {
    document: res.document,
    keys,
    sketch: sketchKeys(keys),
    goals: [],
    keyResults: [],
    themes: [],
    summaries: [],
    announced: [],
    successes: [],
    timeline: [],
    agendaItem: null,
    progress: [],
    corrections: [],
  };
  findFamily(res.document.family)?.store(res, p, analysis);
  return p;
}
