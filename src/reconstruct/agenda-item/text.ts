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

type AgendaRulesT = z.infer<typeof AgendaRules>;

/** The cleaned lines of one item and its rules: what every step below reads. */
interface ItemText {
  lines: readonly SourceLine[];
  texts: string[];
  full: string;
  ar: AgendaRulesT;
  furniture: RegExp[];
}

export function reconstructAgendaItem(lines: readonly SourceLine[], rules: Rules): AgendaItem & { warnings: string[] } {
  const ar = readRulesJson(rules.dir, "agenda-item.json", AgendaRules);
  const texts = lines.map((l) => clean(l.text));
  const t: ItemText = { lines, texts, full: clean(texts.join(" ")), ar, furniture: ar.furniturePatterns.map((p) => new RegExp(p, "u")) };
  const warnings: string[] = [];
  const header = readHeader(t);
  const found = findFigures(t.full, ar.figures);
  warnings.push(...found.warnings, ...checkSums(found.figures, ar.figureSums));
  const progress = Object.fromEntries(Object.entries(found.figures).map(([k, f]) => [k, f.value])) as unknown as Progress;
  const ot = new RegExp(ar.onTrackPattern, "u").exec(t.full);
  const objectives_on_track = ot?.groups ? { on_track: Number(ot.groups.on), of: Number(ot.groups.of) } : null;
  if (!header.found) warnings.push("no agenda header (Esityslista/Pöytäkirja … /Asianro|Pykälä): meeting metadata left empty");
  return {
    body: header.body,
    meeting_date: header.meeting_date,
    document_kind: header.document_kind,
    item_number: header.item_number,
    diary_number: firstValue(t, ar.diaryNumberPattern),
    title: header.title,
    preparer: readPreparer(t),
    period: readPeriod(t, header, Object.values(found.figures)),
    binding_objectives: readBindingObjectives(t),
    objective_owners: readObjectiveOwners(t),
    progress,
    objectives_on_track,
    sections: readSections(t),
    rss: readRss(t),
    corrections: readCorrections(t, progress),
    warnings,
  };
}

interface Header {
  found: boolean;
  body: string | null;
  meeting_date: string | null;
  document_kind: string | null;
  item_number: number | null;
  title: string | null;
}

/** Header: "Esityslista 08.09.2025/Asianro 281", the body on the line above, the title below. */
function readHeader({ texts, ar, furniture }: ItemText): Header {
  const headerRe = new RegExp(ar.headerPattern, "u");
  const out: Header = { found: false, body: null, meeting_date: null, document_kind: null, item_number: null, title: null };
  const hi = texts.findIndex((t) => headerRe.test(t));
  if (hi < 0) return out;
  const g = headerRe.exec(texts[hi]!)!.groups!;
  out.found = true;
  out.document_kind = g.kind!;
  out.meeting_date = `${g.y}-${g.m!.padStart(2, "0")}-${g.d!.padStart(2, "0")}`;
  out.item_number = Number(g.item);
  for (let j = hi - 1; j >= 0; j--) if (texts[j]) {
    out.body = texts[j]!;
    break;
  }
  const skip = [...furniture, ...ar.titleSkipPatterns.map((p) => new RegExp(p, "u"))];
  for (let j = hi + 1; j < texts.length; j++) if (texts[j] && !skip.some((r) => r.test(texts[j]!))) {
    out.title = texts[j]!;
    break;
  }
  return out;
}

/** The `v` group of the first line that `pattern` matches. */
function firstValue({ texts }: ItemText, pattern: string): string | null {
  const re = new RegExp(pattern, "u");
  for (const t of texts) {
    const m = re.exec(t);
    if (m?.groups?.v) return m.groups.v.trim();
  }
  return null;
}

/** "Valmistelija toimialajohtaja N.N." on one line, or "Valmistelijat ja lisätiedot" with the names on the next lines. */
function readPreparer({ texts, ar }: ItemText): string | null {
  const prepRe = new RegExp(ar.preparerPattern, "u");
  const pi = texts.findIndex((t) => prepRe.test(t));
  if (pi < 0) return null;
  const preparer = prepRe.exec(texts[pi]!)!.groups?.v?.trim() || null;
  if (preparer) return preparer;
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
  return names.length ? names.join("; ") : null;
}

/** The RSS fields the rules name, where the text states them. */
function readRss(t: ItemText): Record<string, string> | null {
  let rss: Record<string, string> | null = null;
  for (const r of t.ar.rss) {
    const v = firstValue(t, r.pattern);
    if (v) (rss ??= {})[r.key] = v;
  }
  return rss;
}

/** Sections: text after the label up to the next blank paragraph end or stop label. */
function readSections({ texts, ar }: ItemText): Record<string, string> {
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
  return sections;
}

/** The line introducing a list ("… seuraavat sitovat tavoitteet:"), or -1. */
const introAt = (texts: readonly string[], pattern: string) => texts.findIndex((t) => new RegExp(pattern, "u").test(t));

/** Binding objectives: the "- …" items after their introducing sentence. */
function readBindingObjectives({ texts, ar }: ItemText): string[] {
  const item = new RegExp(ar.listItemPattern, "u");
  const out: string[] = [];
  const bi = introAt(texts, ar.bindingObjectivesIntro);
  if (bi < 0) return out;
  for (let j = bi + 1; j < texts.length; j++) {
    const t = texts[j]!;
    if (!t) continue;
    const m = item.exec(t);
    if (!m) break;
    out.push(m.groups!.v!);
  }
  return out;
}

/** Owners: "Objective: owner" lines (or the owner on the line after "Objective:") after their introducing sentence. */
function readObjectiveOwners({ texts, ar }: ItemText): AgendaItem["objective_owners"] {
  const out: AgendaItem["objective_owners"] = [];
  const oi = introAt(texts, ar.ownersIntro);
  if (oi < 0) return out;
  let pending: string | null = null;
  for (let j = oi + 1; j < texts.length; j++) {
    const t = texts[j]!;
    if (!t) continue;
    if (pending !== null) {
      out.push({ objective: pending, owner: t });
      pending = null;
    } else if (t.endsWith(":")) pending = t.slice(0, -1).trim();
    else if (t.includes(": ")) {
      const [o, ...rest] = t.split(": ");
      out.push({ objective: o!.trim(), owner: rest.join(": ").trim() });
    } else break;
  }
  return out;
}

/**
 * Reporting period: stated ("ajalta 1-9/2025") or implied by the quarter ("toisen kvartaalin lopussa"),
 * and only where the report states it: its title and the sentences of its progress figures.
 */
function readPeriod({ full, ar }: ItemText, header: Header, figures: readonly { sentence?: string | null }[]): string | null {
  const periodText = [header.title ?? "", ...new Set(figures.map((f) => f.sentence ?? ""))].join(" ");
  const year = (() => {
    for (const p of ar.yearPatterns) {
      const m = new RegExp(p, "u").exec(full);
      if (m?.groups?.y) return m.groups.y;
    }
    return header.meeting_date?.slice(0, 4) ?? null;
  })();
  for (const p of ar.periodPatterns) {
    if (p.pattern) {
      const m = new RegExp(p.pattern, "u").exec(periodText);
      if (m?.groups) return `${Number(m.groups.from)}-${Number(m.groups.to)}/${m.groups.y}`;
    } else if (p.quarterPattern && p.quarters) {
      const m = new RegExp(p.quarterPattern, "u").exec(periodText.toLowerCase());
      const to = m?.groups?.q ? p.quarters[m.groups.q] : undefined;
      if (to && year) return `1-${to}/${year}`;
    }
  }
  return null;
}

/** The line of `texts` that holds character `offset` of their cleaned join (the item's `full` text). */
function lineAt(texts: readonly string[], offset: number): number {
  let end = 0;
  for (let i = 0; i < texts.length; i++) {
    if (texts[i] === "") continue;
    end += texts[i]!.length + 1;
    if (offset < end) return i;
  }
  return Math.max(0, texts.length - 1);
}

/** Figures of an earlier period that this report says were wrong, with the corrected value where it gives one. */
function readCorrections({ lines, texts, full, ar }: ItemText, progress: Progress): AgendaItem["corrections"] {
  const corrections: AgendaItem["corrections"] = [];
  for (const c of ar.corrections) {
    const m = new RegExp(c.pattern, "u").exec(full);
    if (m?.groups) {
      corrections.push({ period: m.groups.period!, metric: c.metric, reported: Number(m.groups.reported), corrected: (progress as unknown as Record<string, number | null>)[c.correctedFrom] ?? null, line: lines[lineAt(texts, m.index)]!.n });
    }
  }
  return corrections;
}
