/**
 * Mermaid charts that GitHub renders in comments and job summaries, so no image hosting is needed.
 * Labels are user text: quotes, brackets and newlines would end the label, so they are replaced.
 */
function label(s: string): string {
  return String(s).replace(/["\\]/g, "'").replace(/[\r\n[\]]+/g, ' ').replace(/[<>]/g, ' ').replace(/@/g, '@\u200b').trim() || ' ';
}

function num(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`a chart value must be a finite number, got ${n}`);
  return Number(n.toPrecision(12)).toString();
}

export interface XYChartOptions {
  title: string;
  xLabels: readonly string[];
  yLabel: string;
  series: readonly { kind: 'line' | 'bar'; values: readonly number[] }[];
  yRange?: readonly [number, number];
  horizontal?: boolean;
}

export function xyChart(o: XYChartOptions): string {
  const lines = [
    o.horizontal ? 'xychart-beta horizontal' : 'xychart-beta',
    `  title "${label(o.title)}"`,
    `  x-axis [${o.xLabels.map((x) => `"${label(x)}"`).join(', ')}]`,
    o.yRange ? `  y-axis "${label(o.yLabel)}" ${num(o.yRange[0])} --> ${num(o.yRange[1])}` : `  y-axis "${label(o.yLabel)}"`,
    ...o.series.map((s) => `  ${s.kind} [${s.values.map(num).join(', ')}]`),
  ];
  return `\`\`\`mermaid\n${lines.join('\n')}\n\`\`\``;
}

export interface BarChartOptions {
  title: string;
  bars: readonly { label: string; value: number }[];
  yLabel: string;
  horizontal?: boolean;
}

export function barChart(o: BarChartOptions): string {
  const max = Math.max(0, ...o.bars.map((b) => b.value));
  return xyChart({
    title: o.title,
    xLabels: o.bars.map((b) => b.label),
    yLabel: o.yLabel,
    yRange: [0, max > 0 ? max * 1.1 : 1],
    series: [{ kind: 'bar', values: o.bars.map((b) => b.value) }],
    horizontal: o.horizontal ?? false,
  });
}
