/**
 * `extract` without --json: each family's items as terminal tables (not only counts), cells
 * shortened with an ellipsis to fit the terminal, so a reader sees what was found at a glance.
 */
import type { ExtractResult } from "../model/document.js";
import type { AgendaItem, LuEvaluation, PhStrategy } from "../model/families.js";
import type { GoalBlock } from "../model/goal-block.js";
import { payloadOf } from "../families/types.js";
import { formatTable } from "../report/table.js";
import { ellipsize } from "./progress.js";

/** Width of a table's free-text column: what is left of the terminal after the other columns. */
function textWidth(columns: number, others: number): number {
  return Math.max(20, columns - 1 - others);
}

/** The tables of the slide (Länsi-Uusimaa, Päijät-Häme), goal-block and agenda-item families, or "" for others. */
export function familyTables(res: ExtractResult, columns: number = process.stdout.columns || 120): string {
  const out: string[] = [];
  const cut = (s: string | null | undefined, w: number) => ellipsize((s ?? "").replace(/\s+/g, " ").trim(), w);
  const lu = payloadOf<LuEvaluation>(res, "lu-evaluation");
  const ph = payloadOf<PhStrategy>(res, "ph-strategy");
  const agenda = payloadOf<AgendaItem>(res, "agenda-item");
  const blocks = payloadOf<GoalBlock[]>(res, "goal-block");
  if (lu) {
    const w = textWidth(columns, 4 + 22 + 9 + 5 + 8 + 10);
    out.push(
      formatTable(
        ["n", "linjaus", "achieved", "score", "page", "tavoite"],
        lu.goals.map((g) => [g.n, cut(g.linjaus, 22), g.achieved ?? "–", g.score ?? "–", g.page ?? "", cut(g.tavoite, w)]),
      ),
    );
    if (lu.summaries.length) {
      out.push(
        formatTable(
          ["strategy", "linjaus", "count", "average", "yes", "partly"],
          lu.summaries.map((s) => [cut(s.strategy, 28), cut(s.linjaus, textWidth(columns, 28 + 30)), s.count ?? "–", s.average ?? "–", s.completed_yes ?? "–", s.completed_partial ?? "–"]),
        ),
      );
    }
  }
  if (ph) {
    const rows = ph.priorities.flatMap((p) => p.alatavoitteet.map((a) => [cut(p.paatavoite, 30), a.code, cut(a.text, textWidth(columns, 30 + 10))]));
    out.push(formatTable(["päätavoite", "code", "alatavoite"], rows));
    if (ph.successes.length) out.push(formatTable(["success slide", "items"], ph.successes.map((s) => [cut(s.paatavoite_heading, textWidth(columns, 10)), s.items.length])));
    if (ph.timeline.length) out.push(formatTable(["when", "what"], ph.timeline.map((t) => [cut(t.when, 20), cut(t.what, textWidth(columns, 22))])));
  }
  if (blocks?.length) {
    const w = textWidth(columns, 4 + 5 + 24 + 14 + 9 + 10);
    out.push(
      formatTable(
        ["n", "page", "heading", "tila", "measures", "tavoite"],
        blocks.map((b) => [b.n, b.page, cut(b.group ?? b.heading, 24), cut(b.tila ?? b.status, 14), b.measures.length, cut(b.tavoite, w)]),
      ),
    );
  }
  if (agenda) {
    const a = agenda;
    const meta: [string, string | number | null][] = [
      ["body", a.body],
      ["meeting date", a.meeting_date],
      ["kind", a.document_kind],
      ["item", a.item_number],
      ["diary number", a.diary_number],
      ["title", a.title],
      ["period", a.period],
      ["objectives on track", a.objectives_on_track ? `${a.objectives_on_track.on_track} / ${a.objectives_on_track.of}` : null],
    ];
    out.push(formatTable(["field", "value"], meta.map(([k, v]) => [k, cut(v === null ? "–" : String(v), textWidth(columns, 22))])));
    const figures = Object.entries(a.progress).filter(([, v]) => v !== null);
    if (figures.length) out.push(formatTable(["progress figure", "value"], figures.map(([k, v]) => [k, v as number])));
    if (a.binding_objectives.length) {
      const owner = new Map(a.objective_owners.map((o) => [o.objective, o.owner]));
      out.push(formatTable(["binding objective", "owner"], a.binding_objectives.map((o) => [cut(o, textWidth(columns, 32)), cut(owner.get(o) ?? "", 30)])));
    }
    if (a.corrections.length) out.push(formatTable(["corrected period", "metric", "reported", "corrected"], a.corrections.map((c) => [c.period, c.metric, c.reported, c.corrected ?? "–"])));
  }
  return out.length ? out.join("\n\n") + "\n" : "";
}
