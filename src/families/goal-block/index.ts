/**
 * Goal blocks of budgets and financial statements: labelled-cell blocks (rules/goal-block.json)
 * read from word geometry; from text only a warning, as the blocks need positions.
 */
import { z } from "zod";
import { defineFamily, payloadOf } from "../types.js";
import type { ExtractResult } from "../../model/document.js";
import { GoalBlock } from "../../model/goal-block.js";
import { reconstructGoalBlocksPdf } from "../../reconstruct/goal-block/pdf.js";
import { goalBlockLabelRows } from "../../reconstruct/goal-block/detect.js";
import { GoalBlockRules } from "../../reconstruct/goal-block/rules.js";
import { letterKey } from "../../text/letters.js";
import { storeGoalBlocks } from "./store.js";
import { NO_ROWS_FROM_TEXT } from "../../pipeline/recognized.js";

const blocks = (res: ExtractResult) => payloadOf<GoalBlock[]>(res, "goal-block");

export const goalBlock = defineFamily<GoalBlock[]>({
  id: "goal-block",
  // Last: its labels ("Tavoite", "Arviointi") also stand in other families' tables.
  detectAfterSignals: true,
  detect(lines, rules) {
    const found = goalBlockLabelRows(lines, rules);
    return found.found ? { family: "goal-block", score: found.rows, evidence: `${found.rows} rows of goal-block labels` } : null;
  },
  missed: (lines, rules) => `goal-block label rows: ${goalBlockLabelRows(lines, rules).rows}`,
  fromText: () => ({ warnings: [`goal blocks are read from the PDF's positions only: ${NO_ROWS_FROM_TEXT}`] }),
  fromPdf(doc, { rules }) {
    const { blocks: payload, warnings } = reconstructGoalBlocksPdf(doc, rules);
    return { payload, warnings };
  },
  needsRulings: true,
  output: z.object({ rows: z.array(GoalBlock) }),
  json: (res) => ({ rows: blocks(res) ?? [] }),
  summary: (res) => `${blocks(res)?.length ?? 0} goal blocks`,
  keys: (res) => (blocks(res) ?? []).map((b) => letterKey(`${b.heading}|${b.tavoite}|${b.tila}`)),
  store: storeGoalBlocks,
  rulesFile: { file: "goal-block.json", schema: GoalBlockRules },
});
