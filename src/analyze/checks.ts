/**
 * Consistency checks: what the source itself gets wrong, stored as findings next to the data. The
 * stored source values are never changed — a finding only says what disagrees with what.
 *  - summary rows whose printed count, average or completed counts disagree with their own goals;
 *  - goal counts that differ from the number the text announces;
 *  - figures of an earlier period that a later report says were wrong.
 */
import { writeTransaction } from "../store/write.js";
import type { DB } from "../store/db.js";
import { figuresCorrected, replaceFindings, reportIds, storedCorrections, summaryInputs, type FindingValues } from "../store/checks.js";
import { letterKey } from "../text/letters.js";

export type Finding = FindingValues;

const fi = (x: number) => x.toFixed(1).replace(".", ",");

export function runChecks(db: DB): Finding[] {
  const findings: Finding[] = [];
  const inputsOf = summaryInputs(db);
  for (const id of reportIds(db)) {
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
  // A later report says an earlier period's figure was wrong: point at the stored figure, if any.
  for (const c of storedCorrections(db)) {
    const hit = figuresCorrected(db, c).find((s) => s.value === c.reported);
    findings.push({
      document_id: hit?.document_id ?? c.document_id,
      check_name: "corrected_by_later_report",
      subject: `${c.metric} ${c.period}`,
      message:
        `${c.metric} for ${c.period} was reported as ${c.reported}` +
        (hit ? ` (${hit.source})` : "") +
        `; a later report (${c.doc_period ?? "later period"}) says this figure came from a technical error` +
        (c.corrected !== null ? ` and gives ${c.corrected}` : ""),
      expected: c.corrected === null ? null : String(c.corrected),
      found: String(c.reported),
    });
  }
  return findings;
}

/** Recomputes the findings of all checks in one transaction. */
export function storeFindings(db: DB): Finding[] {
  const findings = runChecks(db);
  const now = new Date().toISOString();
  writeTransaction(db, () => replaceFindings(db, findings, now));
  return findings;
}
