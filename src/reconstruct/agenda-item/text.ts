/**
 * Agenda items and minutes as published with Dynasty (text of the item page or of its PDF):
 * header metadata, sections, the council-level binding objectives, their owners and the progress
 * figures of the OKR reporting. Every pattern is data in `rules/agenda-item.json`; a field the
 * text does not state stays null.
 */

import { join } from "node:path";
import { z } from "zod";
import type { Rules } from "../../rules/load.js";
import { readRulesJson } from "../../rules/load.js";
import type { SourceLine } from "../../model/source.js";
import type { AgendaItem, Progress } from "../../model/families.js";
import { checkSums, findFigures } from "./figures.js";

export const AgendaRules = z.object({
  family: z.string(),
  description: z.string(),
  headerPattern: z.string(),
  diaryNumberPattern: z.string(),
  preparerPattern: z.string(),
  furniturePatterns: z.array(z.string()),
  titleSkipPatterns: z.array(z.string()),
  rss: z.array(z.object({ key: z.string(), pattern: z.string() })),
  sections: z.array(z.object({ key: z.string(), label: z.string(), firstChars: z.number().int() })),
  sectionStopLabels: z.array(z.string()),
  periodPatterns: z.array(z.object({ pattern: z.string().optional(), quarterPattern: z.string().optional(), quarters: z.record(z.string(), z.number()).optional() })),
  yearPatterns: z.array(z.string()),
  bindingObjectivesIntro: z.string(),
  listItemPattern: z.string(),
  ownersIntro: z.string(),
  figures: z.record(z.string(), z.object({ unit: z.enum(["pct", "count"]), labels: z.array(z.string()).min(1), zero: z.array(z.string()).optional() })),
  figureSums: z.array(z.array(z.string())),
  onTrackPattern: z.string(),
  corrections: z.array(z.object({ metric: z.string(), pattern: z.string(), correctedFrom: z.string() })),
});

const clean = (s: string) => s.replace(/[\u00a0\u202f]/g, " ").replace(/\s+/g, " ").trim();

export function reconstructAgendaItem(lines: readonly SourceLine[], rules: Rules): AgendaItem & { warnings: string[] } {
  const ar = readRulesJson(rules.dir, "agenda-item.json", AgendaRules);
  const warnings: string[] = [];
  const texts = lines.map((l) => clean(l.text));
  const furniture = ar.furniturePatterns.map((p) => new RegExp(p, "u"));
  const full = clean(texts.join(" "));

  // Header: "Esityslista 08.09.2025/Asianro 281", the body on the line above.
  const headerRe = new RegExp(ar.headerPattern, "u");
  let body: string | null = null;
  let meeting_date: string | null = null;
  let document_kind: string | null = null;
  let item_number: number | null = null;
  let title: string | null = null;
  const hi = texts.findIndex((t) => headerRe.test(t));
  if (hi >= 0) {
    const g = headerRe.exec(texts[hi]!)!.groups!;
    document_kind = g.kind!;
    meeting_date = `${g.y}-${g.m!.padStart(2, "0")}-${g.d!.padStart(2, "0")}`;
    item_number = Number(g.item);
    for (let j = hi - 1; j >= 0; j--) if (texts[j]) {
      body = texts[j]!;
      break;
    }
    const skip = [...furniture, ...ar.titleSkipPatterns.map((p) => new RegExp(p, "u"))];
    for (let j = hi + 1; j < texts.length; j++) if (texts[j] && !skip.some((r) => r.test(texts[j]!))) {
      title = texts[j]!;
      break;
    }
  }
  const first = (pattern: string) => {
    const re = new RegExp(pattern, "u");
    for (const t of texts) {
      const m = re.exec(t);
      if (m?.groups?.v) return m.groups.v.trim();
    }
    return null;
  };
  const diary_number = first(ar.diaryNumberPattern);
  // "Valmistelija toimialajohtaja N.N." on one line, or "Valmistelijat ja lisätiedot" with the names on the next lines.
  let preparer: string | null = null;
  const prepRe = new RegExp(ar.preparerPattern, "u");
  const pi = texts.findIndex((t) => prepRe.test(t));
  if (pi >= 0) {
    preparer = prepRe.exec(texts[pi]!)!.groups?.v?.trim() || null;
    if (!preparer) {
      const names: string[] = [];
      const stops = [...ar.sections.map((x) => new RegExp(`^\\s*${x.label}\\b`, "iu")), ...ar.sectionStopLabels.map((x) => new RegExp(`^${x}\\b`, "u"))];
      for (let j = pi + 1; j < texts.length; j++) {
        const t = texts[j]!;
        if (!t) {
          if (names.length) break;
          continue;
        }
        if (stops.some((r) => r.test(t))) break;
        names.push(t);
      }
      preparer = names.length ? names.join("; ") : null;
    }
  }
  let rss: Record<string, string> | null = null;
  for (const r of ar.rss) {
    const v = first(r.pattern);
    if (v) (rss ??= {})[r.key] = v;
  }

  // Sections: text after the label up to the next blank paragraph end or stop label.
  const sections: Record<string, string> = {};
  for (const s of ar.sections) {
    const labelRe = new RegExp(`(?:^|\\s)${s.label}(?:\\s+|$)(.*)$`, "u");
    const startRe = new RegExp(`^\\s?${s.label}(?:\\s|$)`, "u");
    const at = texts.findIndex((t) => labelRe.test(t) && (startRe.test(t) || t.split(" ").length <= 2));
    if (at < 0) continue;
    const parts: string[] = [labelRe.exec(texts[at]!)![1]!];
    const stop = ar.sectionStopLabels.map((x) => new RegExp(`^${x}\\b`, "u"));
    let started = parts[0] !== "";
    for (let j = at + 1; j < texts.length; j++) {
      const t = texts[j]!;
      if (!t) {
        if (started && s.firstChars === 0) break;
        continue;
      }
      if (stop.some((r) => r.test(t))) break;
      parts.push(t);
      started = true;
      if (s.firstChars && parts.join(" ").length >= s.firstChars) break;
    }
    const text = clean(parts.join(" "));
    sections[s.key] = s.firstChars ? text.slice(0, s.firstChars) : text;
  }

  // Lists introduced by a sentence: binding objectives ("- …"), owners ("Objective: owner").
  const item = new RegExp(ar.listItemPattern, "u");
  const introAt = (pattern: string) => texts.findIndex((t) => new RegExp(pattern, "u").test(t));
  const binding_objectives: string[] = [];
  const bi = introAt(ar.bindingObjectivesIntro);
  if (bi >= 0) {
    for (let j = bi + 1; j < texts.length; j++) {
      const t = texts[j]!;
      if (!t) continue;
      const m = item.exec(t);
      if (!m) break;
      binding_objectives.push(m.groups!.v!);
    }
  }
  const objective_owners: AgendaItem["objective_owners"] = [];
  const oi = introAt(ar.ownersIntro);
  if (oi >= 0) {
    let pending: string | null = null;
    for (let j = oi + 1; j < texts.length; j++) {
      const t = texts[j]!;
      if (!t) continue;
      if (pending !== null) {
        objective_owners.push({ objective: pending, owner: t });
        pending = null;
      } else if (t.endsWith(":")) pending = t.slice(0, -1).trim();
      else if (t.includes(": ")) {
        const [o, ...rest] = t.split(": ");
        objective_owners.push({ objective: o!.trim(), owner: rest.join(": ").trim() });
      } else break;
    }
  }

  const found = findFigures(full, ar.figures);
  warnings.push(...found.warnings, ...checkSums(found.figures, ar.figureSums));
  const progress = Object.fromEntries(Object.entries(found.figures).map(([k, f]) => [k, f.value])) as unknown as Progress;

  // Reporting period: stated ("ajalta 1-9/2025") or implied by the quarter ("toisen kvartaalin lopussa"),
  // and only where the report states it: its title and the sentences of its progress figures.
  const periodText = [title ?? "", ...new Set(Object.values(found.figures).map((f) => f.sentence ?? ""))].join(" ");
  let period: string | null = null;
  const year = (() => {
    for (const p of ar.yearPatterns) {
      const m = new RegExp(p, "u").exec(full);
      if (m?.groups?.y) return m.groups.y;
    }
    return meeting_date?.slice(0, 4) ?? null;
  })();
  for (const p of ar.periodPatterns) {
    if (period) break;
    if (p.pattern) {
      const m = new RegExp(p.pattern, "u").exec(periodText);
      if (m?.groups) period = `${Number(m.groups.from)}-${Number(m.groups.to)}/${m.groups.y}`;
    } else if (p.quarterPattern && p.quarters) {
      const m = new RegExp(p.quarterPattern, "u").exec(periodText.toLowerCase());
      const to = m?.groups?.q ? p.quarters[m.groups.q] : undefined;
      if (to && year) period = `1-${to}/${year}`;
    }
  }

  const ot = new RegExp(ar.onTrackPattern, "u").exec(full);
  const objectives_on_track = ot?.groups ? { on_track: Number(ot.groups.on), of: Number(ot.groups.of) } : null;

  const corrections: AgendaItem["corrections"] = [];
  for (const c of ar.corrections) {
    const m = new RegExp(c.pattern, "u").exec(full);
    if (m?.groups) {
      const at = texts.findIndex((t) => /virhe/u.test(t));
      corrections.push({ period: m.groups.period!, metric: c.metric, reported: Number(m.groups.reported), corrected: (progress as Record<string, number | null>)[c.correctedFrom] ?? null, line: lines[Math.max(0, at)]!.n });
    }
  }
  if (hi < 0) warnings.push("no agenda header (Esityslista/Pöytäkirja … /Asianro|Pykälä): meeting metadata left empty");
  return { body, meeting_date, document_kind, item_number, diary_number, title, preparer, period, binding_objectives, objective_owners, progress, objectives_on_track, sections, rss, corrections, warnings };
}
