/** Storing strategy slides: main goals → prioritized sub-goals (with codes), success items under their main goal, the timeline. */
import type { ExtractResult } from "../../model/document.js";
import type { PhStrategy } from "../../model/families.js";
import { addGoal, addThemes, type PreparedDocument, type StoreAnalysis } from "../../store/prepared.js";

/** Words of a heading or goal, for matching a success slide's heading to its main goal. */
function words(s: string): Set<string> {
  return new Set(s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2));
}

/** The main goal a success slide's heading names, not always word for word: best word overlap (≥ 0.6). */
function mainGoalOf(heading: string, mains: readonly { index: number; words: Set<string> }[]): number | null {
  const hw = words(heading);
  let best: { index: number; score: number } | null = null;
  for (const m of mains) {
    const common = [...hw].filter((w) => m.words.has(w)).length;
    const score = common / Math.max(hw.size, m.words.size);
    if (!best || score > best.score) best = { index: m.index, score };
  }
  return best && best.score >= 0.6 ? best.index : null;
}

export function storePhStrategy(res: ExtractResult, p: PreparedDocument, { themes: matcher }: StoreAnalysis): void {
  const ph = res.payload as PhStrategy | undefined;
  if (!ph) return;
  const mains: { index: number; words: Set<string> }[] = [];
  ph.priorities.forEach((pr, i) => {
    const index = addGoal(p, "main_goal", pr.paatavoite, { n: i + 1 });
    mains.push({ index, words: words(pr.paatavoite) });
    addThemes(p, matcher, "goal", index, pr.paatavoite);
    for (let j = 0; j < pr.alatavoitteet.length; j++) {
      const a = pr.alatavoitteet[j]!;
      addThemes(p, matcher, "goal", addGoal(p, "prioritized_sub_goal", a.text, { parent: index, n: j + 1, code: a.code }), a.text);
    }
  });
  for (const s of ph.successes) {
    const goal = mainGoalOf(s.paatavoite_heading, mains);
    s.items.forEach((it, i) => p.successes.push([goal, s.paatavoite_heading, i + 1, it]));
  }
  ph.timeline.forEach((t, i) => p.timeline.push([i + 1, t.when, t.what]));
}
