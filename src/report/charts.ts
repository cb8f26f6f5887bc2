/**
 * Bar charts for the report as HTML and CSS, no library and no network. Why not SVG: an SVG scaled
 * to a phone's width scales its text with it (11 px became 5 px at 390 px wide); HTML text keeps
 * its size, and on a narrow screen the label moves above its bar instead of beside it. Every chart
 * has an axis with ticks and a unit; values are written in a column of their own, after the bar,
 * so a label never lies on a bar or a marker.
 */
import { esc } from "./svg.js";

export interface Segment {
  label: string;
  value: number;
  color: string;
}

export interface BarRow {
  label: string;
  /** Stacked parts of the bar (one part for a plain bar). */
  segments: Segment[];
  /** Text in the value column (default: the sum of the segments). */
  valueText?: string;
  /** A reference mark on the axis (e.g. a printed figure), drawn as a line across the bar. */
  mark?: number | null;
  /** Tooltip of the whole row. */
  note?: string;
}

export interface ChartOptions {
  id: string;
  title: string;
  /** Axis title with its unit, e.g. "avaintuloksia (kpl)". */
  axis: string;
  legend: { label: string; color: string; kind?: "bar" | "mark" }[];
  /** Fixed axis maximum (e.g. 5 for a 1–5 scale); otherwise a round number above the largest bar. */
  max?: number;
  /** Fixed axis minimum (default 0). */
  min?: number;
  fmt?: (v: number) => string;
  /** Lines under the chart: what is counted and what is not. */
  notes?: string[];
}

/** Round tick step: 1, 2 or 5 times a power of ten, about five steps to the top. */
export function niceScale(max: number, min = 0): { top: number; step: number } {
  const span = Math.max(max - min, 1e-9);
  const raw = span / 5;
  const p = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * p).find((s) => s >= raw)!;
  return { top: min + Math.ceil(span / step - 1e-9) * step, step };
}

const fi = (v: number) => v.toLocaleString("fi-FI", { maximumFractionDigits: 2 });

export function barChart(rows: BarRow[], o: ChartOptions): string {
  const fmt = o.fmt ?? fi;
  const min = o.min ?? 0;
  const largest = Math.max(min + 1, ...rows.map((r) => Math.max(r.segments.reduce((a, s) => a + s.value, 0), r.mark ?? 0)));
  const { top, step } = o.max !== undefined ? { top: o.max, step: niceScale(o.max, min).step } : niceScale(largest, min);
  const pct = (v: number) => `${(((v - min) / (top - min)) * 100).toFixed(2)}%`;
  const steps = Math.round((top - min) / step);
  const grid = `background-size:calc(100% / ${steps}) 100%`;
  const body = rows
    .map((r) => {
      const total = r.segments.reduce((a, s) => a + s.value, 0);
      let from = min;
      const segs = r.segments
        .filter((s) => s.value > 0)
        .map((s) => {
          const width = ((s.value - (from === min ? min : 0)) / (top - min)) * 100;
          from += s.value;
          return `<span class="seg" style="width:${Math.max(0, width).toFixed(2)}%;background:${esc(s.color)}" title="${esc(`${r.label}: ${s.label} ${fmt(s.value)}`)}"></span>`;
        })
        .join("");
      const mark = r.mark === null || r.mark === undefined ? "" : `<span class="mark" style="left:${pct(r.mark)}" title="${esc(`${r.label}: ${fmt(r.mark)}`)}"></span>`;
      return `<div class="row"${r.note ? ` title="${esc(r.note)}"` : ""}><div class="lab">${esc(r.label)}</div><div class="track" style="${grid}">${segs}${mark}</div><div class="val">${esc(r.valueText ?? fmt(total))}</div></div>`;
    })
    .join("\n");
  const ticks = Array.from({ length: steps + 1 }, (_, i) => min + i * step)
    .map((v, i) => `<span class="tick${i === 0 ? " first" : i === steps ? " last" : ""}" style="left:${pct(v)}">${esc(fmt(v))}</span>`)
    .join("");
  const legend = o.legend
    .map((l) => `<span class="key"><span class="${l.kind === "mark" ? "swatch-mark" : "swatch"}" style="${l.kind === "mark" ? "border-color" : "background"}:${esc(l.color)}"></span>${esc(l.label)}</span>`)
    .join(" ");
  const notes = (o.notes ?? []).map((n) => `<p class="note">${esc(n)}</p>`).join("");
  return `<figure class="chart" data-chart="${esc(o.id)}" role="img" aria-label="${esc(o.title)}"><figcaption>${esc(o.title)}</figcaption>
<div class="legend">${legend}</div>
<div class="plot">${body || '<p class="note">Ei tietoja tässä rajauksessa.</p>'}
<div class="row axis"><div class="lab"></div><div class="track ticks">${ticks}</div><div class="val"></div></div>
<div class="row"><div class="lab"></div><div class="axis-title">${esc(o.axis)}</div><div class="val"></div></div></div>${notes}</figure>`;
}

/** The chart styles: a label column, the bar track with grid lines at the ticks, a value column. */
export const CHART_STYLE = `
figure.chart{margin:0;border:1px solid #ddd;padding:.6em .8em;min-width:0}figure.chart figcaption{font-weight:600;margin-bottom:.4em}
.legend{display:flex;flex-wrap:wrap;gap:.3em 1em;font-size:13px;margin-bottom:.5em}.key{display:inline-flex;align-items:center;gap:.35em}
.swatch{display:inline-block;width:12px;height:12px}.swatch-mark{display:inline-block;width:0;height:14px;border-left:3px solid}
.plot .row{display:grid;grid-template-columns:minmax(8em,16em) 1fr 4.5em;gap:.5em;align-items:center;margin:3px 0}
.lab{font-size:13px;text-align:right;overflow-wrap:anywhere}.val{font-size:13px;white-space:nowrap}
.track{position:relative;height:16px;display:flex;background-image:linear-gradient(to right,#e4e4e4 1px,transparent 1px);border-left:1px solid #888}
.track .seg{height:100%}.track .mark{position:absolute;top:-3px;bottom:-3px;width:0;border-left:3px solid #111}
.axis .track{height:1.4em;background:none;border-left:none;border-top:1px solid #888}
.tick{position:absolute;top:2px;transform:translateX(-50%);font-size:12px;color:#444}.tick.first{transform:none}.tick.last{transform:translateX(-100%)}
.axis-title{font-size:12px;color:#444;text-align:center}
@media (max-width:700px){.plot .row{grid-template-columns:1fr 4em}.plot .row .lab{grid-column:1 / -1;text-align:left}.plot .axis .lab,.plot .row .lab:empty{display:none}}`;
