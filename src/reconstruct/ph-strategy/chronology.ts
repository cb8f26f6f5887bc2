/**
 * A timeline's steps in chronological order. The order the slide's objects come in (extracted
 * text) or stand in (a zigzag drawing) is not always the order of their dates, so the dated steps
 * are sorted by when they start, stably; an undated step keeps its place. A step's start is its
 * first date: a day ("23.1.2025"), a month name (`monthStems`, with the year written after it or,
 * failing that, the year of the step before it, one more when the month comes earlier in the
 * year), or a year alone.
 */
import type { PhStrategy } from "../../model/families.js";

type Step = PhStrategy["timeline"][number];
type Start = [year: number, month: number, day: number];

function startOf(when: string, monthStems: readonly string[], before: Start | null): Start | null {
  const t = when.toLowerCase();
  const day = /(\d{1,2})\.(\d{1,2})\.(\d{4})/u.exec(t);
  const month = new RegExp(`(?<![\\p{L}])(${monthStems.join("|")})`, "u").exec(t);
  const year = /\b(\d{4})\b/u.exec(t);
  const firstAt = (m: RegExpExecArray | null) => (m ? m.index : Infinity);
  if (day && firstAt(day) <= Math.min(firstAt(month), firstAt(year))) return [Number(day[3]), Number(day[2]), Number(day[1])];
  if (month && firstAt(month) <= firstAt(year)) {
    const m = monthStems.indexOf(month[1]!) + 1;
    const y = /\b(\d{4})\b/u.exec(t.slice(month.index));
    if (y) return [Number(y[1]), m, 0];
    if (!before) return null;
    return [m < before[1] ? before[0] + 1 : before[0], m, 0];
  }
  if (year) return [Number(year[1]), 0, 0];
  return null;
}

const compare = (a: Start, b: Start) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

export function chronological(steps: readonly Step[], monthStems: readonly string[]): Step[] {
  const starts: (Start | null)[] = [];
  let last: Start | null = null;
  for (const s of steps) {
    const start: Start | null = s.when === null ? null : startOf(s.when, monthStems, last);
    starts.push(start);
    if (start) last = start;
  }
  const dated = steps.map((s, i) => ({ s, start: starts[i], i })).filter((x): x is { s: Step; start: Start; i: number } => x.start !== null);
  // Only when every dated step has a start can they be sorted.
  if (dated.length !== steps.filter((s) => s.when !== null).length) return [...steps];
  const sorted = [...dated].sort((a, b) => compare(a.start, b.start) || a.i - b.i);
  const out = [...steps];
  dated.forEach((slot, k) => (out[slot.i] = sorted[k]!.s));
  return out;
}
