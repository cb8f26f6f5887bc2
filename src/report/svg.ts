/** Small inline SVG charts for the report: no library, no network. */

export function esc(s: unknown): string {
  return String(s ?? "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export interface Segment {
  label: string;
  value: number;
  color: string;
}

/** Horizontal stacked bars, one per row; segments sized by value, total on the right. */
export function stackedBars(id: string, title: string, rows: { label: string; segments: Segment[] }[], legend: Segment[]): string {
  const rowH = 20;
  const labelW = 300;
  const barW = 420;
  const h = rows.length * rowH + 50;
  const max = Math.max(1, ...rows.map((r) => r.segments.reduce((a, s) => a + s.value, 0)));
  const parts = rows.map((r, i) => {
    let x = labelW;
    const y = 30 + i * rowH;
    const total = r.segments.reduce((a, s) => a + s.value, 0);
    const segs = r.segments.map((s) => {
      const w = (s.value / max) * barW;
      const rect = w > 0 ? `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${rowH - 6}" fill="${s.color}"><title>${esc(r.label)}: ${esc(s.label)} ${s.value}</title></rect>` : "";
      x += w;
      return rect;
    });
    return `<text x="${labelW - 6}" y="${y + 11}" text-anchor="end" font-size="11">${esc(r.label)}</text>${segs.join("")}<text x="${(x + 4).toFixed(1)}" y="${y + 11}" font-size="11">${total}</text>`;
  });
  const leg = legend.map((s, i) => `<rect x="${labelW + i * 110}" y="8" width="10" height="10" fill="${s.color}"/><text x="${labelW + 14 + i * 110}" y="17" font-size="11">${esc(s.label)}</text>`).join("");
  return `<figure><figcaption>${esc(title)}</figcaption><svg data-chart="${esc(id)}" role="img" aria-label="${esc(title)}" viewBox="0 0 ${labelW + barW + 60} ${h}" width="100%">${leg}${parts.join("")}</svg></figure>`;
}

/** Horizontal bars with a value label, optional reference marks (e.g. a printed average). */
export function bars(id: string, title: string, rows: { label: string; value: number | null; mark?: number | null; note?: string }[], max: number, fmt: (v: number) => string): string {
  const rowH = 20;
  const labelW = 360;
  const barW = 380;
  const h = rows.length * rowH + 20;
  const parts = rows.map((r, i) => {
    const y = 10 + i * rowH;
    const w = r.value === null ? 0 : (r.value / max) * barW;
    const mark = r.mark === null || r.mark === undefined ? "" : `<line x1="${(labelW + (r.mark / max) * barW).toFixed(1)}" x2="${(labelW + (r.mark / max) * barW).toFixed(1)}" y1="${y - 2}" y2="${y + rowH - 4}" stroke="#c00" stroke-width="2"><title>${esc(r.note ?? "")}</title></line>`;
    return `<text x="${labelW - 6}" y="${y + 11}" text-anchor="end" font-size="11">${esc(r.label)}</text><rect x="${labelW}" y="${y}" width="${w.toFixed(1)}" height="${rowH - 6}" fill="#4a7ab5"><title>${esc(r.label)}: ${r.value === null ? "–" : fmt(r.value)}</title></rect>${mark}<text x="${(labelW + w + 4).toFixed(1)}" y="${y + 11}" font-size="11">${r.value === null ? "–" : fmt(r.value)}</text>`;
  });
  return `<figure><figcaption>${esc(title)}</figcaption><svg data-chart="${esc(id)}" role="img" aria-label="${esc(title)}" viewBox="0 0 ${labelW + barW + 80} ${h}" width="100%">${parts.join("")}</svg></figure>`;
}

/** Grouped vertical bars: one group per category, one bar per series. */
export function groupedBars(id: string, title: string, categories: string[], series: { label: string; color: string; values: (number | null)[] }[], fmt: (v: number) => string): string {
  const groupW = 90;
  const h = 220;
  const top = 30;
  const base = h - 40;
  const max = Math.max(1, ...series.flatMap((s) => s.values.map((v) => v ?? 0)));
  const barW = (groupW - 20) / series.length;
  const parts = categories.map((c, i) => {
    const gx = 40 + i * groupW;
    const bs = series.map((s, j) => {
      const v = s.values[i];
      const bh = v === null || v === undefined ? 0 : (v / max) * (base - top);
      const x = gx + j * barW;
      return `<rect x="${x.toFixed(1)}" y="${(base - bh).toFixed(1)}" width="${(barW - 2).toFixed(1)}" height="${bh.toFixed(1)}" fill="${s.color}"><title>${esc(c)} ${esc(s.label)}: ${v === null || v === undefined ? "–" : fmt(v)}</title></rect><text x="${(x + barW / 2).toFixed(1)}" y="${(base - bh - 3).toFixed(1)}" font-size="9" text-anchor="middle">${v === null || v === undefined ? "" : fmt(v)}</text>`;
    });
    return `${bs.join("")}<text x="${gx + (groupW - 20) / 2}" y="${base + 14}" font-size="9" text-anchor="middle">${esc(c)}</text>`;
  });
  const leg = series.map((s, i) => `<rect x="${40 + i * 110}" y="6" width="10" height="10" fill="${s.color}"/><text x="${54 + i * 110}" y="15" font-size="11">${esc(s.label)}</text>`).join("");
  return `<figure><figcaption>${esc(title)}</figcaption><svg data-chart="${esc(id)}" role="img" aria-label="${esc(title)}" viewBox="0 0 ${40 + categories.length * groupW + 20} ${h}" width="100%">${leg}<line x1="36" x2="${40 + categories.length * groupW}" y1="${base}" y2="${base}" stroke="#888"/>${parts.join("")}</svg></figure>`;
}
