/**
 * Päijät-Häme strategy slides from text: prioritized sub-goals ("• 1.1. …") under each main goal,
 * the successes per main goal (the slides after "Missä on onnistuttu?" that keep its shape:
 * a heading and bullets), and the timeline. Settings: `rules/ph-strategy.json`.
 */

import { join } from "node:path";
import { z } from "zod";
import type { Rules } from "../../rules/load.js";
import { readRulesJson } from "../../rules/load.js";
import type { SourceLine } from "../../model/source.js";
import type { PhStrategy } from "../../model/families.js";
import { HyphenEvidence, joinCellLines, type DehyphenContext } from "../dehyphenate.js";
import { letterKey } from "../../text/letters.js";
import { chronological } from "./chronology.js";
import { consumeLabels, isBlankLine, paragraphs, splitSlides } from "../../text/paragraphs.js";

export const PhRules = z.object({
  family: z.string(),
  description: z.string(),
  slideBreakBlankLines: z.number().int().positive(),
  prioritiesTitle: z.string(),
  prioritiesHeader: z.array(z.string()),
  codePattern: z.string(),
  successesTitle: z.string(),
  timelineTitle: z.string(),
  whenPattern: z.string(),
  /** Month names' stems, January first: a timeline's dated steps are put in chronological order. */
  monthStems: z.array(z.string()).length(12),
  bullets: z.array(z.string()),
  /** A slide title's part suffix ("Priorisoidut alatavoitteet 1/2"): removed before titles are compared. */
  pagePartPattern: z.string(),
  /** A "when" box is at most this long (a date or a month range, not a sentence). */
  whenMaxLength: z.number().int().positive(),
});
export type PhRules = z.infer<typeof PhRules>;

export function loadPhRules(rules: Rules): PhRules {
  return readRulesJson(rules.dir, "ph-strategy.json", PhRules);
}

/** Lines → items at bullet lines; text before the first bullet is the heading. Blank lines inside an item do not end it. */
function headingAndBullets(slide: readonly SourceLine[], bullets: readonly string[]): { heading: SourceLine[]; items: SourceLine[][] } {
  const heading: SourceLine[] = [];
  const items: SourceLine[][] = [];
  for (const l of slide) {
    const t = l.text.trim();
    const b = bullets.find((x) => t.startsWith(x));
    if (!t && !items.length && !heading.length) continue;
    if (b !== undefined) items.push([{ ...l, text: t.slice(b.length).trim() }]);
    else if (items.length) items[items.length - 1]!.push(l);
    else heading.push(l);
  }
  return { heading, items };
}

export function reconstructPhStrategy(lines: readonly SourceLine[], rules: Rules): PhStrategy & { warnings: string[] } {
  const pr = loadPhRules(rules);
  const warnings: string[] = [];
  const ctx: DehyphenContext = { rules: rules.dehyphenation, evidence: new HyphenEvidence(lines.map((l) => l.text), rules.dehyphenation.wrapHyphens) };
  const join_ = (ls: readonly SourceLine[]) => joinCellLines(ls.map((l) => l.text), ctx);
  const slides = splitSlides(lines, pr.slideBreakBlankLines);
  const part = new RegExp(pr.pagePartPattern, "u");
  const isTitle = (s: SourceLine[], title: string) => s.some((l) => letterKey(l.text.replace(part, "")) === letterKey(title));

  // Priorities: after the header "Päätavoite | Priorisoidut alatavoitteet": main goals and coded bullets.
  const codeRe = new RegExp(pr.codePattern, "u");
  const priorities: PhStrategy["priorities"] = [];
  for (const slide of slides.filter((x) => isTitle(x, pr.prioritiesTitle))) {
    // The title itself is no main goal (a slide without the column header starts with it).
    const s = slide.filter((l) => letterKey(l.text.replace(part, "")) !== letterKey(pr.prioritiesTitle));
    const hi = s.findIndex((_, i) => consumeLabels(s, i, pr.prioritiesHeader.map((text) => ({ text }))) > 0 && letterKey(s[i]!.text).startsWith(letterKey(pr.prioritiesHeader[0]!)));
    const body = hi >= 0 ? s.slice(consumeLabels(s, hi, pr.prioritiesHeader.map((text) => ({ text })))) : s;
    let pending: SourceLine[] = [];
    for (const p of paragraphs(body)) {
      const { heading, items } = headingAndBullets(p.lines, pr.bullets);
      if (heading.length) pending.push(...heading);
      if (items.length) {
        if (pending.length) {
          priorities.push({ paatavoite: join_(pending), alatavoitteet: [] });
          pending = [];
        }
        const cur = priorities[priorities.length - 1];
        for (const it of items) {
          const m = codeRe.exec(join_(it));
          if (m?.groups && cur) cur.alatavoitteet.push({ code: m.groups.code!, text: m.groups.text!.trim() });
          else warnings.push(`line ${it[0]!.n}: a prioritized sub-goal without a code`);
        }
      }
    }
  }

  // Successes: the slides after the title slide that keep its shape (a heading and bullets).
  const successes: PhStrategy["successes"] = [];
  const si = slides.findIndex((x) => isTitle(x, pr.successesTitle));
  if (si >= 0) {
    const own = slides[si]!.filter((l) => letterKey(l.text) !== letterKey(pr.successesTitle));
    for (const s of [own, ...slides.slice(si + 1)]) {
      if (!s.some((l) => !isBlankLine(l))) continue;
      const { heading, items } = headingAndBullets(s, pr.bullets);
      if (!heading.length || !items.length) break;
      successes.push({ paatavoite_heading: join_(heading), items: items.map((it) => join_(it)) });
    }
  }

  // Timeline: "when" blocks followed by "what" blocks, latest first on the slide; returned oldest first
  // (dated steps sorted by their dates: the slide's objects are not always in order).
  const timeline: PhStrategy["timeline"] = [];
  const ti = slides.find((x) => isTitle(x, pr.timelineTitle));
  if (ti) {
    const whenRe = new RegExp(pr.whenPattern, "iu");
    const paras = paragraphs(ti.filter((l) => letterKey(l.text) !== letterKey(pr.timelineTitle)));
    const entries: PhStrategy["timeline"] = [];
    let when: string[] = [];
    for (const p of paras) {
      const text = join_(p.lines);
      if (whenRe.test(text) && text.length <= pr.whenMaxLength) when.push(text);
      else {
        entries.push({ when: when.length ? when.join(" ") : null, what: text });
        when = [];
      }
    }
    timeline.push(...chronological(entries.reverse(), pr.monthStems));
  }
  return { priorities, successes, timeline, warnings };
}
