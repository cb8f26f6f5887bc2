/**
 * Consistency checks: what the source itself gets wrong, stored as findings next to the data. The
 * stored source values are never changed — a finding only says what disagrees with what.
 *  - summary rows whose printed count, average or completed counts disagree with their own goals;
 *  - goal counts that differ from the number the text announces;
 *  - figures of an earlier period that a later report says were wrong.
 */
import { writeTransaction } from "../store/write.js";
import type { DB } from "../store/db.js";
import { letterKey } from "../text/letters.js";

export interface Finding {
  document_id: number | null;
  check_name: string;
  subject: string;
  message: string;
  expected: string | null;
  found: string | null;
}

const fi = (x: number) => x.toFixed(1).replace(".", ",");

export function runChecks(db: DB): Finding[] {
  const findings: Finding[] = [];
  const docs = db.prepare("SELECT id FROM documents WHERE same_as IS NULL").all() as { id: number }[];
  const goalsOf = db.prepare(
    `SELECT g.strategy, p.text AS linjaus, e.achieved, e.score FROM goals g JOIN goals p ON p.id = g.parent_id
     JOIN evaluations e ON e.goal_id = g.id WHERE g.document_id = ? AND g.level = 'strategy_goal'`,
  );
  for (const { id } of docs) {
    const goals = goalsOf.all(id) as { strategy: string; linjaus: string; achieved: string | null; score: number | null }[];
    if (!goals.length) continue;
    const summaries = db.prepare("SELECT * FROM strategy_summaries WHERE document_id = ?").all(id) as {
      strategy: string; linjaus: string; count: number | null; average: number | null; completed_yes: number | null; completed_partial: number | null;
    }[];
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
    for (const a of db.prepare("SELECT strategy, count, line FROM announced_counts WHERE document_id = ?").all(id) as { strategy: string; count: number; line: number }[]) {
      const n = goals.filter((g) => g.strategy === a.strategy).length;
      if (n !== a.count) findings.push({ document_id: id, check_name: "announced_count", subject: a.strategy, message: `the text announces ${a.count} goals (line ${a.line}), the slides have ${n}`, expected: String(a.count), found: String(n) });
    }
  }
  // A later report says an earlier period's figure was wrong: point at the stored figure, if any.
  const corrections = db.prepare(
    `SELECT c.*, d.region_id, d.period AS doc_period FROM corrections c JOIN documents d ON d.id = c.document_id WHERE d.same_as IS NULL`,
  ).all() as { document_id: number; period: string; metric: string; reported: number; corrected: number | null; line: number; region_id: string | null; doc_period: string | null }[];
  for (const c of corrections) {
    const stored = db.prepare(
      `SELECT p.document_id, p.value, (SELECT min(source) FROM document_sources s WHERE s.document_id = p.document_id) AS source
       FROM progress_figures p JOIN documents d ON d.id = p.document_id
       WHERE d.same_as IS NULL AND p.period = ? AND p.metric = ? AND coalesce(p.region_id, '') = coalesce(?, '') AND p.document_id != ?`,
    ).all(c.period, c.metric, c.region_id, c.document_id) as { document_id: number; value: number; source: string }[];
    const hit = stored.find((s) => s.value === c.reported);
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
  writeTransaction(db, () => {
    db.prepare("DELETE FROM findings").run();
    const ins = db.prepare("INSERT INTO findings(document_id, check_name, subject, message, expected, found, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (const f of findings) ins.run(f.document_id, f.check_name, f.subject, f.message, f.expected, f.found, now);
  });
  return findings;
}
