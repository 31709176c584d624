/**
 * The markdown report (job summary, issue body): verdict, a mermaid bar chart of the drift scores,
 * the table sorted by score, a chart per drifted column (pictures.ts), schema changes, and the choices
 * made per column. Column names and
 * values come from users' files: every one goes through escapeText/escapeCell/code.
 */
import { barChart, code, details, escapeCell, escapeText, table } from '@mlops-actions/markdown';
import type { ColumnReport, DriftReport } from './report.ts';
import { driftPictures } from './pictures.ts';

const CHART_COLUMNS = 20;

export function fmt(x: number | null | undefined, digits = 4): string {
  if (x === null || x === undefined) return '—';
  if (!Number.isFinite(x)) return x > 0 ? '∞' : x < 0 ? '−∞' : '—';
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a < 1e-4 || a >= 1e6) return x.toExponential(2);
  return Number(x.toPrecision(digits)).toString();
}

export function pct(x: number): string {
  if (x === 0) return '0%';
  const v = x * 100;
  return `${v < 0.1 ? v.toPrecision(1) : Number(v.toFixed(1)).toString()}%`;
}

/** Columns sorted by drift score, drifted (test or missing share) first. */
export function sortedColumns(r: DriftReport): ColumnReport[] {
  return [...r.columns].sort(
    (a, b) => Number(b.drift || b.missing.drift) - Number(a.drift || a.missing.drift) || b.score - a.score || (a.name < b.name ? -1 : 1),
  );
}

function verdictLine(r: DriftReport): string {
  const v = r.verdict;
  return v.drift ? `### :warning: Drift detected: ${escapeText(r.title)}` : `### :white_check_mark: No drift: ${escapeText(r.title)}`;
}

export function renderMarkdown(r: DriftReport, o: { runUrl?: string; maxRows?: number } = {}): string {
  const v = r.verdict;
  const cols = sortedColumns(r);
  const out: string[] = [verdictLine(r), ''];
  out.push(v.reasons.map((x) => `- ${escapeText(x)}`).join('\n'), '');
  out.push(
    `Reference: ${r.reference.rows.toLocaleString('en-US')} rows (${r.reference.source.slice(0, 3).map(code).join(', ')}${r.reference.source.length > 3 ? `, +${r.reference.source.length - 3}` : ''}) · ` +
      `current: ${r.current.rows.toLocaleString('en-US')} rows (${r.current.source.slice(0, 3).map(code).join(', ')}${r.current.source.length > 3 ? `, +${r.current.source.length - 3}` : ''}) · ` +
      `drift share ${pct(v.share)} (${v.drifted_columns.length}/${v.compared_columns}), threshold ${pct(r.settings.drift_share)}` +
      (r.settings.correction !== 'none' ? ` · ${r.settings.correction === 'bh' ? 'Benjamini–Hochberg' : 'Bonferroni'} correction` : '') +
      (r.settings.mode === 'profile' ? ' · compared through profiles (sketches: approximate where noted)' : ''),
    '',
  );
  const charted = cols.filter((c) => c.test !== null && !c.skipped).slice(0, CHART_COLUMNS);
  if (charted.length) {
    out.push(
      barChart({
        title: `Drift score per column (≥ 1 is drift)${cols.length > CHART_COLUMNS ? `, top ${CHART_COLUMNS}` : ''}`,
        bars: charted.map((c) => ({ label: c.name, value: Number(c.score.toFixed(4)) })),
        yLabel: 'score',
      }),
      '',
    );
  }
  const rows = cols
    .slice(0, o.maxRows ?? 500)
    .map((c) => [
      escapeCell(c.name),
      c.type,
      c.test ?? '—',
      fmt(c.statistic),
      c.p_value === null
        ? '—'
        : c.p_value_adjusted !== null && c.p_value_adjusted !== c.p_value
          ? `${fmt(c.p_value)} (adj. ${fmt(c.p_value_adjusted)})`
          : fmt(c.p_value),
      c.threshold === null ? '—' : `${c.test_kind === 'p-value' ? 'p <' : '≥'} ${fmt(c.threshold)}`,
      fmt(c.score, 3),
      `${pct(c.missing.reference_share)} → ${pct(c.missing.current_share)}${c.missing.drift ? ' :warning:' : ''}`,
      c.skipped ? `skipped` : c.drift || c.missing.drift ? `**drift**${c.drift ? '' : ' (missing)'}` : 'no',
    ]);
  out.push(
    table(['column', 'type', 'test', 'statistic', 'p-value', 'threshold', 'score', 'missing', 'drift'], rows, [
      'left',
      'left',
      'left',
      'right',
      'right',
      'right',
      'right',
      'right',
      'left',
    ]),
    '',
  );
  if (cols.length > rows.length) out.push(`_${cols.length - rows.length} more columns in the JSON and HTML reports._`, '');
  out.push(...driftPictures(cols));
  if (r.schema_changes.length) {
    out.push(
      `**Schema changes** (${r.settings.schema_changes === 'drift' ? 'count as drift' : 'reported only'}):`,
      '',
      r.schema_changes
        .map(
          (c) =>
            `- **${escapeText(c.column)}** ${c.change === 'added' ? `added (${c.current})` : c.change === 'removed' ? `removed (was ${c.reference})` : `changed type: ${c.reference} → ${c.current}`}`,
        )
        .join('\n'),
      '',
    );
  }
  if (r.warnings.length) out.push(r.warnings.map((w) => `> [!WARNING]\n> ${escapeText(w)}`).join('\n\n'), '');
  const choices = cols
    .map((c) => `- **${escapeText(c.name)}**: ${escapeText(c.reason)}${c.notes.length ? ` — ${escapeText(c.notes.join('; '))}` : ''}`)
    .join('\n');
  out.push(
    details(
      'Choices made',
      [
        `Tests by type and size: numerical columns with at most ${r.settings.small_sample.toLocaleString('en-US')} values (the smaller side) get the two-sample Kolmogorov–Smirnov test, larger ones the Wasserstein distance in reference standard deviations; categorical columns get the two-sample chi-square test of homogeneity (rare categories pooled; a z-test for two categories) up to ${r.settings.small_sample.toLocaleString('en-US')} values, the Jensen–Shannon distance above unless its sampling noise would reach its threshold with that many categories. ` +
          `Binned tests use ${r.settings.bins} reference-quantile bins; PSI uses the natural log and ε = ${r.settings.psi_epsilon} for empty bins; Jensen–Shannon uses log base ${r.settings.js_log_base}; the Wasserstein distance is divided by the reference standard deviation (at least ${r.settings.wasserstein_relative_floor} × the reference's largest magnitude). ` +
          `A change of the missing-like share (missing, non-numbers, ±Infinity) larger than ${pct(r.settings.missing_share_threshold)} counts as drift.`,
        '',
        choices,
      ].join('\n'),
    ),
  );
  if (o.runUrl) out.push('', `Full report (HTML and JSON): the \`drift-report\` artifact of [this run](${o.runUrl}).`);
  return `${out.join('\n').trimEnd()}\n`;
}
