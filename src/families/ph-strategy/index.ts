/** Strategy slides: main goals with coded prioritized sub-goals, success slides per main goal, a timeline. */
import { defineFamily, payloadOf, payloadWithWarnings } from "../types.js";
import type { ExtractResult } from "../../model/document.js";
import { PhStrategy } from "../../model/families.js";
import { PhRules, reconstructPhStrategy } from "../../reconstruct/ph-strategy/text.js";
import { reconstructPhStrategyPdf } from "../../reconstruct/ph-strategy/pdf.js";
import { letterKey } from "../../text/letters.js";
import { storePhStrategy } from "./store.js";
import { scorePh } from "./score.js";

/** The payload of a result of this family. */
const ph = (res: ExtractResult) => payloadOf<PhStrategy>(res, "ph-strategy");

export const phStrategy = defineFamily<PhStrategy>({
  id: "ph-strategy",
  fromText: payloadWithWarnings(reconstructPhStrategy),
  // Slides: read in the reading order of their boxes, without page furniture (docs/reading-order.md).
  fromPdf: payloadWithWarnings(reconstructPhStrategyPdf),
  // Drawn box edges part boxes set closer than a box's own paragraphs (a vertical timeline's dates).
  needsRulings: true,
  output: PhStrategy,
  json: (res) => ({ ...ph(res) }),
  summary(res) {
    const got = ph(res);
    return `${got?.priorities.length ?? 0} main goals, ${got?.successes.length ?? 0} success slides`;
  },
  keys: (res) => (ph(res)?.priorities ?? []).flatMap((p) => p.alatavoitteet.map((a) => letterKey(`${a.code}|${a.text}`))),
  store: storePhStrategy,
  eval: { manifest: "ph", score: scorePh },
  rulesFile: { file: "ph-strategy.json", schema: PhRules },
});
