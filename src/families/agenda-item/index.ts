/** A board's agenda item or minutes text: metadata, binding objectives and owners, progress figures, corrections. */
import { defineFamily, payloadOf, payloadWithWarnings } from "../types.js";
import type { ExtractResult } from "../../model/document.js";
import { AgendaItem } from "../../model/families.js";
import { AgendaRules, reconstructAgendaItem } from "../../reconstruct/agenda-item/text.js";
import { storeAgendaItem } from "./store.js";
import { scoreAgenda } from "./score.js";

/** The payload of a result of this family. */
const agenda = (res: ExtractResult) => payloadOf<AgendaItem>(res, "agenda-item");

export const agendaItem = defineFamily<AgendaItem>({
  id: "agenda-item",
  fromText: payloadWithWarnings(reconstructAgendaItem),
  output: AgendaItem,
  json: (res) => ({ ...agenda(res) }),
  summary(res) {
    const a = agenda(res);
    return `agenda item ${a?.item_number ?? "?"}, period ${a?.period ?? "?"}`;
  },
  period: (a) => a.period,
  keys(res) {
    const a = agenda(res);
    return a ? Object.entries(a.progress).map(([k, v]) => `${a.period}|${k}|${v}`) : [];
  },
  store: storeAgendaItem,
  eval: { manifest: "agenda", score: scoreAgenda },
  rulesFile: { file: "agenda-item.json", schema: AgendaRules },
});
