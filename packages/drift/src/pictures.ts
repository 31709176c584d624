/**
 * Drift pictures for the markdown report (job summary, issue body): one mermaid `xychart-beta` per
 * drifted column, titled with the column name, comparing reference and current on the column's chart
 * data (report.ts `Chart`): for a numerical column the shares of both sides on the same bin edges
 * (equal-width bins over the 0.5–99.5% quantile range of both sides, values beyond in the open outer
 * bins), for a categorical one the share of each of the most common categories (the rest pooled as
 * "(other)"). Reference is drawn as bars and current as a line: mermaid draws a second bar series at the
 * same x positions and width as the first, so two bar series would hide each other.
 * At most MAX_COLUMN_CHARTS charts; the HTML report draws every column.
 */
import { details, escapeText, xyChart } from '@mlops-actions/markdown';
import type { Chart, ColumnReport } from './report.ts';
import { fmt } from './render-markdown.ts';

/** Drifted columns charted in the markdown; the others are drawn in the HTML report. */
export const MAX_COLUMN_CHARTS = 10;
/** Charts above which they are folded into a <details>. */
const INLINE_CHARTS = 2;

/** The HTML report's colours (render-html.ts); the legend uses the nearest emoji squares. */
const REFERENCE_COLOR = '#4c78a8';
const CURRENT_COLOR = '#f58518';

/** The x labels of a chart: bin ranges (open-ended outer bins, in words: mermaid labels drop '<' and '>') or categories. */
export function chartLabels(chart: Chart): string[] {
  if (chart.kind === 'bars') return [...chart.labels, ...(chart.other ? ['(other)'] : [])];
  const n = chart.reference.length;
  return chart.reference.map((_, i) =>
    i === 0
      ? `up to ${fmt(chart.edges[1]!, 3)}`
      : i === n - 1
        ? `above ${fmt(chart.edges[n - 1]!, 3)}`
        : `${fmt(chart.edges[i]!, 3)}–${fmt(chart.edges[i + 1]!, 3)}`,
  );
}

function percents(chart: Chart): { reference: number[]; current: number[] } {
  const ref = chart.kind === 'bars' ? [...chart.reference, ...(chart.other ? [chart.other.reference] : [])] : chart.reference;
  const cur = chart.kind === 'bars' ? [...chart.current, ...(chart.other ? [chart.other.current] : [])] : chart.current;
  const p = (v: number) => Number((v * 100).toFixed(2));
  return { reference: ref.map(p), current: cur.map(p) };
}

/** One column's chart as a mermaid block: reference bars (blue), current line (orange). */
export function columnChartMermaid(c: ColumnReport & { chart: Chart }): string {
  const { reference, current } = percents(c.chart);
  const max = Math.max(0, ...reference, ...current);
  const block = xyChart({
    title: c.name,
    xLabels: chartLabels(c.chart),
    yLabel: '% of values',
    yRange: [0, max > 0 ? Math.min(100, Math.ceil(max * 1.1)) : 1],
    series: [
      { kind: 'bar', values: reference },
      { kind: 'line', values: current },
    ],
  });
  // The palette is ours (no user text); xyChart escapes the column name and the labels.
  return block.replace(
    /^```mermaid\n/,
    `\`\`\`mermaid\n%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${REFERENCE_COLOR}, ${CURRENT_COLOR}"}}}}%%\n`,
  );
}

const isDrifted = (c: ColumnReport) => c.drift || c.missing.drift;

/** The markdown section: up to MAX_COLUMN_CHARTS drifted columns (in report order), folded when more than two. */
export function driftPictures(columns: readonly ColumnReport[]): string[] {
  const drifted = columns.filter(isDrifted);
  const drawable = drifted.filter((c): c is ColumnReport & { chart: Chart } => c.chart !== undefined && c.chart.reference.length > 0);
  if (!drawable.length) return [];
  const shown = drawable.slice(0, MAX_COLUMN_CHARTS);
  const legend = '🟦 reference (bars) · 🟧 current (line), % of values';
  const charts = shown.map(columnChartMermaid).join('\n\n');
  const rest = drifted.length - shown.length;
  const more = rest > 0 ? `\n\n_${rest} more drifted ${rest === 1 ? 'column is' : 'columns are'} drawn in the HTML report._` : '';
  const title = `Distributions of ${shown.length === drifted.length ? 'the drifted columns' : `${shown.length} of the ${drifted.length} drifted columns`}`;
  if (shown.length <= INLINE_CHARTS) return [`**${escapeText(title)}** (${legend}):`, '', charts + more, ''];
  return [details(`${escapeText(title)} (${legend})`, charts + more), ''];
}
