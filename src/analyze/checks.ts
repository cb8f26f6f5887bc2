/**
 * Consistency checks: what the source itself gets wrong, stored as findings next to the data. The
 * stored source values are never changed — a finding only says what disagrees with what.
 *  - summary rows whose printed count, average or completed counts disagree with their own goals;
 *  - goal counts that differ from the number the text announces;
 *  - figures of an earlier period that a later report says were wrong.
 */
import { writeTransaction } from "../store/write.js";
import type { DB } from "../store/db.js";
import {
  CROSS_REPORT_CHECK,
  findingCount,
  forgetStaleChecks,
  insertFindings,
  markChecked,
  replaceCrossReportFindings,
  reportIds,
  storedCorrections,
  storedCrossReportFindings,
  summaryInputs,
  type FindingValues,
} from "../store/checks.js";
import { letterKey } from "../text/letters.js";

export type Finding = FindingValues;

const fi = (x: number) => x.toFixed(1).replace(".", ",");

/** Every check over the whole database, afresh: each report's own findings by report, then the corrections. */
export function runChecks(db: DB): Finding[] {
  return [...reportChecks(db, reportIds(db)), ...correctionChecks(db)];
}

/** The summary and announcement checks of the reports `ids`: each reads only its own report's rows. */
function reportChecks(db: DB, ids: readonly number[]): Finding[] {
  const findings: Finding[] = [];
  const inputsOf = summaryInputs(db);
  for (const id of ids) {
    const { goals, summaries, announced } = inputsOf(id);
    if (!goals.length) continue;
    for (const s of summaries) {
      const mine = goals.filter((g) => g.strategy === s.strategy && letterKey(g.linjaus) === letterKey(s.linjaus));
      const subject = `${s.strategy} / ${s.linjaus}`;
      if (s.count !== null && s.count !== mine.length) {
        findings.push({ document_id: id, check_name: "summary_count", subject, message: `summary row says ${s.count} goals, the slides have ${mine.length}`, expected: String(mine.length), found: String(s.count) });
      }
      const scores = mine.map((g) => g.score).filter((x): x is number => x !== null);
      if (s.average !== null && scores.length) {
        const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
        if (Math.abs(Math.round(mean * 10) / 10 - s.average) > 0.05) {
          findings.push({
            document_id: id,
            check_name: "summary_average",
            subject,
            message: `summary row prints average ${fi(s.average)}, but its ${scores.length} goals score ${scores.join(", ")} (mean ${fi(mean)})`,
            expected: fi(mean),
            found: fi(s.average),
          });
        }
      }
      const yes = mine.filter((g) => g.achieved === "KYLLÄ").length;
      const partly = mine.filter((g) => g.achieved === "OSITTAIN").length;
      if (s.completed_yes !== null && s.completed_yes !== yes) findings.push({ document_id: id, check_name: "summary_completed", subject, message: `summary row says ${s.completed_yes} completed (KYLLÄ), the goals have ${yes}`, expected: String(yes), found: String(s.completed_yes) });
      if (s.completed_partial !== null && s.completed_partial !== partly) findings.push({ document_id: id, check_name: "summary_completed", subject, message: `summary row says ${s.completed_partial} partly completed (OSITTAIN), the goals have ${partly}`, expected: String(partly), found: String(s.completed_partial) });
    }
    for (const a of announced) {
      const n = goals.filter((g) => g.strategy === a.strategy).length;
      if (n !== a.count) findings.push({ document_id: id, check_name: "announced_count", subject: a.strategy, message: `the text announces ${a.count} goals (line ${a.line}), the slides have ${n}`, expected: String(a.count), found: String(n) });
    }
  }
  return findings;
}

/** A later report says an earlier period's figure was wrong: point at the stored figure, if any. */
function correctionChecks(db: DB): Finding[] {
  return storedCorrections(db).map((c) => ({
    document_id: c.hit_document_id ?? c.document_id,
    check_name: CROSS_REPORT_CHECK,
    subject: `${c.metric} ${c.period}`,
    message:
      `${c.metric} for ${c.period} was reported as ${c.reported}` +
      (c.hit_document_id !== null ? ` (${c.hit_source})` : "") +
      `; a later report (${c.doc_period ?? "later period"}) says this figure came from a technical error` +
      (c.corrected !== null ? ` and gives ${c.corrected}` : ""),
    expected: c.corrected === null ? null : String(c.corrected),
    found: String(c.reported),
  }));
}

const sameFinding = (a: Finding, b: Finding) =>
  a.document_id === b.document_id && a.check_name === b.check_name && a.subject === b.subject && a.message === b.message && a.expected === b.expected && a.found === b.found;

/**
 * Brings the stored findings up to date after an import, in one write transaction: the own checks
 * of the reports stored since they were last checked (the others keep theirs), and the corrections
 * (written again only if they changed). The findings are then those of runChecks, in its order
 * (FINDINGS_ORDER). Returns how many findings are stored.
 */
export function storeFindings(db: DB): number {
  const now = new Date().toISOString();
  return writeTransaction(db, () => {
    forgetStaleChecks(db);
    const ids = reportIds(db, true);
    insertFindings(db, reportChecks(db, ids), now);
    for (const id of ids) markChecked(db, id);
    const corrections = correctionChecks(db);
    const stored = storedCrossReportFindings(db);
    if (corrections.length !== stored.length || corrections.some((f, i) => !sameFinding(f, stored[i]!))) replaceCrossReportFindings(db, corrections, now);
    return findingCount(db);
  });
}
