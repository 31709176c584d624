/**
 * Mermaid charts that GitHub renders in comments and job summaries, so no image hosting is needed.
 * Labels (titles, axis names, x labels) are user text, made inert here:
 * - `%%{…}%%` directives are removed and any run of `%` becomes one: mermaid (11, the directiveRegex and
 *   anyCommentRegex of its diagram API) takes a directive, which can change the theme or config, and a
 *   `%%` comment running to the end of the line anywhere in the text, inside quotes too;
 * - every line break (CR, LF, NEL, LS, PS, VT, FF) becomes a space, so a label cannot start a line of its
 *   own: it cannot close the code fence or add a statement to the chart;
 * - quotes, backslashes and backticks (mermaid's markdown strings) become ', brackets and <> spaces;
 * - `#name;` entity codes lose their `;`, so they are not decoded into quotes or markup;
 * - '@' gets a zero-width space, so GitHub sees no mention.
 */
export function label(s: string): string {
  return (
    String(s)
      .replace(/%%\{[\s\S]*?\}%%/g, ' ')
      .replace(/[\r\n\u0085\u2028\u2029\v\f]+/g, ' ')
      .replace(/["\\`]/g, "'")
      .replace(/[[\]]+/g, ' ')
      .replace(/[<>]/g, ' ')
      .replace(/#(\w*);/g, '#$1')
      .replace(/@/g, '@\u200b')
      .replace(/%+/g, '%')
      .trim() || ' '
  );
}

/**
 * A chart number as mermaid's xychart grammar reads it: no exponent (`1e-7` and `1e+21` do not parse,
 * `0.0000001` does), rounded to `precision` significant digits.
 */
export function chartNumber(n: number, precision = 12): string {
  if (!Number.isFinite(n)) throw new Error(`a chart value must be a finite number, got ${n}`);
  const p = Number(n.toPrecision(precision));
  const s = String(p);
  if (!/e/i.test(s)) return s;
  const exp = Math.floor(Math.log10(Math.abs(p)));
  if (exp >= 0) return BigInt(p).toString(); // at or past 1e21 every double is an integer
  return p
    .toFixed(Math.min(100, precision - 1 - exp))
    .replace(/0+$/, '')
    .replace(/\.$/, '');
}
const num = (n: number): string => chartNumber(n);

export interface XYChartOptions {
  title: string;
  /** Category labels of the x axis; ignored when xRange is set. */
  xLabels: readonly string[];
  /**
   * A numeric x axis from xRange[0] to xRange[1] instead of categories (mermaid's `x-axis "t" a --> b`):
   * each series' values are then placed at evenly spaced x positions across that range.
   */
  xRange?: readonly [number, number];
  /** The x axis title (with xRange). */
  xLabel?: string;
  yLabel: string;
  /** A series' title is its legend entry (mermaid 11 draws a legend for titled series). */
  series: readonly { kind: 'line' | 'bar'; values: readonly number[]; title?: string }[];
  yRange?: readonly [number, number];
  horizontal?: boolean;
  /**
   * Colours of the series in order, `#rgb` or `#rrggbb` (anything else is an error): an init directive
   * sets mermaid's xyChart plotColorPalette. Without it the default theme draws the first line in
   * #ECECFF, nearly invisible on white.
   */
  palette?: readonly string[];
}

export function xyChart(o: XYChartOptions): string {
  for (const c of o.palette ?? [])
    if (!/^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(c)) throw new Error(`a chart colour must be #rgb or #rrggbb, got ${JSON.stringify(c)}`);
  const lines = [
    ...(o.palette?.length ? [`%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${o.palette.join(', ')}"}}}}%%`] : []),
    o.horizontal ? 'xychart-beta horizontal' : 'xychart-beta',
    `  title "${label(o.title)}"`,
    o.xRange
      ? `  x-axis "${label(o.xLabel ?? '')}" ${num(o.xRange[0])} --> ${num(o.xRange[1])}`
      : `  x-axis [${o.xLabels.map((x) => `"${label(x)}"`).join(', ')}]`,
    o.yRange ? `  y-axis "${label(o.yLabel)}" ${num(o.yRange[0])} --> ${num(o.yRange[1])}` : `  y-axis "${label(o.yLabel)}"`,
    ...o.series.map((s) => `  ${s.kind}${s.title === undefined ? '' : ` "${label(s.title)}"`} [${s.values.map(num).join(', ')}]`),
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
