/**
 * Tiny inline-SVG bar charts for the simulation report: no chart library, no network, escaped text.
 * Geometry is scaled with the exact decimal type so that no float rounding touches money values.
 */
import { type Dec, toDec, ZERO } from '../core/money.js';

/** Escapes text for HTML and SVG content and attribute values. */
export function escapeHtml(s: string): string {
  return s
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

function px(v: Dec, max: Dec, length: number): string {
  if (max.isZero()) return '0';
  return v.div(max).mul(length).toDecimalPlaces(1).toString();
}

/** Colours of the two series (base, reform). */
export const SERIES_COLOURS = ['#5b7fa6', '#d9822b'] as const;

/** One category of a grouped bar chart: a label and one value per series (decimal strings or counts). */
export interface BarGroup {
  label: string;
  values: ReadonlyArray<string | number>;
}

/**
 * A vertical grouped bar chart with a value label above each bar.
 * @param id a stable element id (used by tests and anchors).
 */
export function groupedBarChart(
  id: string,
  title: string,
  series: ReadonlyArray<string>,
  groups: ReadonlyArray<BarGroup>,
): string {
  const width = 640;
  const height = 260;
  const top = 44;
  const bottom = 40;
  const plot = height - top - bottom;
  const groupWidth = (width - 40) / Math.max(groups.length, 1);
  const barWidth = Math.min(48, (groupWidth - 16) / Math.max(series.length, 1));
  let max = ZERO;
  for (const g of groups) for (const v of g.values) if (toDec(v).gt(max)) max = toDec(v);
  const parts: string[] = [];
  groups.forEach((g, gi) => {
    const x0 = 20 + gi * groupWidth + (groupWidth - barWidth * g.values.length) / 2;
    g.values.forEach((v, si) => {
      const d = toDec(v);
      const h = px(d, max, plot);
      const x = x0 + si * barWidth;
      const y = toDec(top + plot)
        .minus(toDec(h))
        .toString();
      const label = `${series[si] ?? ''} ${g.label}: ${String(v)}`;
      parts.push(
        `<rect class="bar" x="${x}" y="${y}" width="${barWidth - 4}" height="${h}" fill="${SERIES_COLOURS[si % 2]}"><title>${escapeHtml(label)}</title></rect>`,
        `<text x="${x + (barWidth - 4) / 2}" y="${toDec(y).minus(4).toString()}" font-size="11" text-anchor="middle">${escapeHtml(String(v))}</text>`,
      );
    });
    parts.push(
      `<text x="${20 + gi * groupWidth + groupWidth / 2}" y="${height - bottom + 18}" font-size="12" text-anchor="middle">${escapeHtml(g.label)}</text>`,
    );
  });
  const legend = series
    .map(
      (s, i) =>
        `<rect x="${width - 200 + i * 95}" y="6" width="12" height="12" fill="${SERIES_COLOURS[i % 2]}"/><text x="${width - 184 + i * 95}" y="16" font-size="12">${escapeHtml(s)}</text>`,
    )
    .join('');
  return `<figure><svg id="${escapeHtml(id)}" role="img" aria-label="${escapeHtml(title)}" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><title>${escapeHtml(title)}</title><line x1="20" y1="${top + plot}" x2="${width - 20}" y2="${top + plot}" stroke="#888"/>${parts.join('')}${legend}</svg><figcaption>${escapeHtml(title)}</figcaption></figure>`;
}

/** One row of a diverging bar chart: a label and a signed decimal value. */
export interface DivergingRow {
  label: string;
  value: string;
}

/** A horizontal diverging bar chart (gains right in green, losses left in red). */
export function divergingBarChart(id: string, title: string, rows: ReadonlyArray<DivergingRow>): string {
  const width = 640;
  const rowHeight = 22;
  const height = 30 + rows.length * rowHeight + 10;
  const labelWidth = 180;
  const mid = labelWidth + (width - labelWidth) / 2;
  const half = (width - labelWidth) / 2 - 50;
  let max = ZERO;
  for (const r of rows) if (toDec(r.value).abs().gt(max)) max = toDec(r.value).abs();
  const parts = rows.map((r, i) => {
    const v = toDec(r.value);
    const w = px(v.abs(), max, half);
    const y = 30 + i * rowHeight;
    const x = v.isNegative() ? toDec(mid).minus(toDec(w)).toString() : String(mid);
    const colour = v.isNegative() ? '#c0392b' : '#2e8b57';
    const tx = v.isNegative() ? toDec(x).minus(4).toString() : toDec(mid).plus(toDec(w)).plus(4).toString();
    return (
      `<text x="${labelWidth - 6}" y="${y + 14}" font-size="12" text-anchor="end">${escapeHtml(r.label)}</text>` +
      `<rect class="bar" x="${x}" y="${y + 3}" width="${w}" height="${rowHeight - 6}" fill="${colour}"><title>${escapeHtml(`${r.label}: ${r.value}`)}</title></rect>` +
      `<text x="${tx}" y="${y + 14}" font-size="11" text-anchor="${v.isNegative() ? 'end' : 'start'}">${escapeHtml(r.value)}</text>`
    );
  });
  return `<figure><svg id="${escapeHtml(id)}" role="img" aria-label="${escapeHtml(title)}" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><title>${escapeHtml(title)}</title><line x1="${mid}" y1="24" x2="${mid}" y2="${height - 6}" stroke="#888"/>${parts.join('')}</svg><figcaption>${escapeHtml(title)}</figcaption></figure>`;
}
