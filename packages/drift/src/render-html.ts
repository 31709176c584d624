/**
 * One self-contained HTML file: inline CSS, inline SVG charts, no script and no request to anything
 * (a Content-Security-Policy meta tag forbids all loads, so even a mistake cannot phone out).
 * Per column: reference and current overlaid (a histogram of shares for numerical columns, grouped
 * bars for categories), then the table and the choices made.
 */
import type { Chart, ColumnReport, DriftReport } from './report.ts';
import { fmt, pct, sortedColumns } from './render-markdown.ts';

export function escapeHtml(s: string): string {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const W = 520;
const H = 200;
const PAD = { l: 44, r: 10, t: 10, b: 46 };
const REF = '#4c78a8';
const CUR = '#f58518';

function axisLabel(x: number): string {
  return fmt(x, 3);
}

function svgFrame(body: string, label: string, maxShare: number): string {
  const ih = H - PAD.t - PAD.b;
  const ticks = [0, 0.5, 1].map((f) => {
    const y = PAD.t + ih - f * ih;
    return `<line x1="${PAD.l}" x2="${W - PAD.r}" y1="${y.toFixed(1)}" y2="${y.toFixed(1)}" class="grid"/><text x="${PAD.l - 4}" y="${(y + 4).toFixed(1)}" text-anchor="end">${pct(maxShare * f)}</text>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeHtml(label)}">${ticks.join('')}${body}</svg>`;
}

export function chartSvg(chart: Chart, name: string): string {
  const iw = W - PAD.l - PAD.r;
  const ih = H - PAD.t - PAD.b;
  if (chart.kind === 'histogram') {
    const n = chart.reference.length;
    const max = Math.max(1e-12, ...chart.reference, ...chart.current);
    const bw = iw / n;
    const y = (v: number) => PAD.t + ih - (v / max) * ih;
    const bars = chart.reference.map(
      (v, i) =>
        `<rect x="${(PAD.l + i * bw).toFixed(1)}" y="${y(v).toFixed(1)}" width="${Math.max(0.5, bw - 1).toFixed(1)}" height="${(PAD.t + ih - y(v)).toFixed(1)}" fill="${REF}" fill-opacity="0.45"/>`,
    );
    const cur = chart.current
      .map((v, i) => `${i === 0 ? 'M' : 'L'}${(PAD.l + i * bw).toFixed(1)},${y(v).toFixed(1)}H${(PAD.l + (i + 1) * bw).toFixed(1)}`)
      .join('');
    const xt = [0, Math.floor(n / 2), n].map(
      (i) =>
        `<text x="${(PAD.l + i * bw).toFixed(1)}" y="${H - PAD.b + 14}" text-anchor="middle">${escapeHtml(axisLabel(chart.edges[i]!))}</text>`,
    );
    return svgFrame(
      `${bars.join('')}<path d="${cur}" fill="none" stroke="${CUR}" stroke-width="2"/>${xt.join('')}`,
      `Distribution of ${name}: reference bars, current line`,
      max,
    );
  }
  const labels = [...chart.labels, ...(chart.other ? ['(other)'] : [])];
  const ref = [...chart.reference, ...(chart.other ? [chart.other.reference] : [])];
  const cur = [...chart.current, ...(chart.other ? [chart.other.current] : [])];
  const max = Math.max(1e-12, ...ref, ...cur);
  const gw = iw / labels.length;
  const bw = Math.max(1, gw / 2 - 2);
  const y = (v: number) => PAD.t + ih - (v / max) * ih;
  const parts = labels.map((l, i) => {
    const x = PAD.l + i * gw + 1;
    const short = l.length > 12 ? `${l.slice(0, 11)}…` : l;
    return (
      `<rect x="${x.toFixed(1)}" y="${y(ref[i]!).toFixed(1)}" width="${bw.toFixed(1)}" height="${(PAD.t + ih - y(ref[i]!)).toFixed(1)}" fill="${REF}"><title>${escapeHtml(l)} reference ${pct(ref[i]!)}</title></rect>` +
      `<rect x="${(x + bw + 1).toFixed(1)}" y="${y(cur[i]!).toFixed(1)}" width="${bw.toFixed(1)}" height="${(PAD.t + ih - y(cur[i]!)).toFixed(1)}" fill="${CUR}"><title>${escapeHtml(l)} current ${pct(cur[i]!)}</title></rect>` +
      `<text transform="translate(${(x + bw).toFixed(1)},${H - PAD.b + 10}) rotate(35)">${escapeHtml(short)}</text>`
    );
  });
  return svgFrame(parts.join(''), `Category shares of ${name}: reference and current`, max);
}

/** A column with nothing to draw (no value on a side) still gets its picture, saying so. */
function emptySvg(c: ColumnReport): string {
  const why =
    c.reference.count === 0 && c.current.count === 0
      ? 'no values on either side'
      : c.reference.count === 0
        ? 'no values in the reference'
        : c.current.count === 0
          ? 'no values in the current data'
          : 'nothing to draw';
  return svgFrame(`<text x="${W / 2}" y="${H / 2}" text-anchor="middle">${escapeHtml(why)}</text>`, `Distribution of ${c.name}: ${why}`, 1);
}

function columnCard(c: ColumnReport): string {
  const flag = c.drift || c.missing.drift;
  const side = (s: ColumnReport['reference']) =>
    `${s.rows.toLocaleString('en-US')} rows, ${pct(s.missing_share)} missing` +
    (s.mean !== undefined ? `, mean ${fmt(s.mean)}, std ${fmt(s.std)}, median ${fmt(s.median)}, range ${fmt(s.min)} … ${fmt(s.max)}` : '') +
    (s.distinct !== undefined && s.mean === undefined ? `, ${s.distinct.toLocaleString('en-US')} distinct` : '');
  return `<section class="card${flag ? ' drift' : ''}" id="col-${escapeHtml(encodeURIComponent(c.name))}">
<h3>${escapeHtml(c.name)} <span class="tag">${c.type}</span> ${flag ? '<span class="bad">drift</span>' : c.skipped ? '<span class="tag">skipped</span>' : '<span class="ok">no drift</span>'}</h3>
${c.chart ? chartSvg(c.chart, c.name) : emptySvg(c)}
<p class="legend"><span class="sw" style="background:${REF}"></span>reference <span class="sw" style="background:${CUR}"></span>current</p>
<p>${c.test && !c.skipped ? `<b>${escapeHtml(c.test)}</b>: statistic ${fmt(c.statistic)}${c.p_value !== null ? `, p-value ${fmt(c.p_value)}${c.p_value_adjusted !== c.p_value ? ` (adjusted ${fmt(c.p_value_adjusted)})` : ''}` : ''}, threshold ${c.test_kind === 'p-value' ? 'p &lt;' : '≥'} ${fmt(c.threshold)}, score ${fmt(c.score, 3)}` : escapeHtml(c.skipped ?? '')}</p>
<p class="why">${escapeHtml(c.reason)}${c.notes.length ? ` — ${escapeHtml(c.notes.join('; '))}` : ''}</p>
<p class="sides">Reference: ${side(c.reference)}<br>Current: ${side(c.current)}</p>
</section>`;
}

export function renderHtml(r: DriftReport): string {
  const cols = sortedColumns(r);
  const v = r.verdict;
  const rows = cols
    .map(
      (c) =>
        `<tr class="${c.drift || c.missing.drift ? 'drift' : ''}"><td><a href="#col-${escapeHtml(encodeURIComponent(c.name))}">${escapeHtml(c.name)}</a></td><td>${c.type}</td><td>${escapeHtml(c.test ?? '—')}</td><td class="n">${fmt(c.statistic)}</td><td class="n">${c.p_value === null ? '—' : fmt(c.p_value_adjusted ?? c.p_value)}</td><td class="n">${c.threshold === null ? '—' : `${c.test_kind === 'p-value' ? 'p &lt;' : '≥'} ${fmt(c.threshold)}`}</td><td class="n">${fmt(c.score, 3)}</td><td class="n">${pct(c.missing.reference_share)} → ${pct(c.missing.current_share)}</td><td>${c.skipped ? 'skipped' : c.drift || c.missing.drift ? '<b>drift</b>' : 'no'}</td></tr>`,
    )
    .join('\n');
  const schema = r.schema_changes.length
    ? `<h2>Schema changes</h2><ul>${r.schema_changes.map((c) => `<li><code>${escapeHtml(c.column)}</code> ${c.change === 'type' ? `changed type: ${c.reference} → ${c.current}` : c.change === 'added' ? `added (${c.current})` : `removed (was ${c.reference})`}</li>`).join('')}</ul>`
    : '';
  const s = r.settings;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(r.title)}</title>
<style>
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:24px auto;max-width:1180px;color:#1f2328;padding:0 16px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin-top:28px}h3{font-size:15px;margin:0 0 6px}
.verdict{padding:12px 16px;border-radius:8px;margin:12px 0}.verdict.bad{background:#fff1e5;border:1px solid #f58518}.verdict.good{background:#eef8f0;border:1px solid #2da44e}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{border-bottom:1px solid #d0d7de;padding:5px 8px;text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums}tr.drift td{background:#fff8f2}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(540px,1fr));gap:14px}.card{border:1px solid #d0d7de;border-radius:8px;padding:12px}.card.drift{border-color:#f58518}
svg{width:100%;height:auto;font-size:10px;fill:#57606a}.grid{stroke:#eaeef2}.tag{font-size:11px;color:#57606a;border:1px solid #d0d7de;border-radius:10px;padding:0 6px}
.bad{color:#bc4c00;font-weight:600}.ok{color:#1a7f37}.why,.sides,.legend{color:#57606a;font-size:12px;margin:4px 0}.sw{display:inline-block;width:10px;height:10px;margin:0 4px 0 10px}
code{background:#f6f8fa;padding:0 4px;border-radius:4px}
</style>
</head>
<body>
<h1>${escapeHtml(r.title)}</h1>
<p>Generated ${escapeHtml(r.generated_at)} · reference ${r.reference.rows.toLocaleString('en-US')} rows (${r.reference.source.map((x) => `<code>${escapeHtml(x)}</code>`).join(', ')}) · current ${r.current.rows.toLocaleString('en-US')} rows (${r.current.source.map((x) => `<code>${escapeHtml(x)}</code>`).join(', ')})</p>
<div class="verdict ${v.drift ? 'bad' : 'good'}"><b>${v.drift ? 'Drift detected' : 'No drift'}</b> — drift share ${pct(v.share)} (${v.drifted_columns.length} of ${v.compared_columns} columns), threshold ${pct(s.drift_share)}<ul>${v.reasons.map((x) => `<li>${escapeHtml(x)}</li>`).join('')}</ul></div>
${r.warnings.length ? `<h2>Warnings</h2><ul>${r.warnings.map((w) => `<li>${escapeHtml(w)}</li>`).join('')}</ul>` : ''}
<h2>Columns, by drift score</h2>
<table><thead><tr><th>column</th><th>type</th><th>test</th><th>statistic</th><th>p-value</th><th>threshold</th><th>score</th><th>missing</th><th>drift</th></tr></thead>
<tbody>
${rows}
</tbody></table>
${schema}
<h2>Per column</h2>
<div class="cards">
${cols.map(columnCard).join('\n')}
</div>
<h2>Choices made</h2>
<ul>
<li>Comparison: ${s.mode === 'exact' ? 'exact, on every value of both datasets' : 'through mergeable profiles (quantile sketches with a bounded rank error; exact counts for categories)'}.</li>
<li>Automatic test choice: numerical columns with at most ${s.small_sample.toLocaleString('en-US')} values (the smaller side) get the two-sample Kolmogorov–Smirnov test (exact or asymptotic p-value as scipy's ks_2samp chooses), larger ones the Wasserstein distance divided by the reference standard deviation (at least ${s.wasserstein_relative_floor} × the reference's largest magnitude); categorical columns get the two-sample chi-square test of homogeneity (categories with an expected count below ${s.chi_square_min_expected} pooled; a two-proportion z-test for two categories) up to ${s.small_sample.toLocaleString('en-US')} values, the Jensen–Shannon distance above unless its sampling noise would reach its threshold with that many categories. Numerical columns with at most 5 distinct values over both samples are tested as categories.</li>
<li>Binning: ${s.bins} bins at the reference quantiles (right-closed, open-ended outer bins). PSI: natural log, ε = ${s.psi_epsilon} for an empty share. Jensen–Shannon distance: log base ${s.js_log_base}.</li>
<li>Thresholds: p-value tests drift when p &lt; threshold (default 0.05); distances when the distance ≥ threshold (default 0.1).${Object.keys(s.thresholds).length ? ` Set: ${escapeHtml(JSON.stringify(s.thresholds))}.` : ''} Correction for several p-value tests: ${s.correction}.</li>
<li>Missing values (empty fields, NA/NaN/NULL tokens, nulls, and non-numbers in numerical columns) are counted, not dropped silently: a change of the missing-like share (missing values and ±Infinity) larger than ${pct(s.missing_share_threshold)} counts as drift. Infinite values are left out of the tests and reported.</li>
<li>Dataset drift: when the share of drifted columns is at least ${pct(s.drift_share)}${s.critical_columns.length ? `, or any critical column drifts (${s.critical_columns.map((c) => `<code>${escapeHtml(c)}</code>`).join(', ')})` : ''}${s.schema_changes === 'drift' ? ', or the schema changed' : ''}.</li>
</ul>
<h3>Per column</h3>
<ul>
${cols.map((c) => `<li><code>${escapeHtml(c.name)}</code>: ${escapeHtml(c.reason)}${c.notes.length ? ` — ${escapeHtml(c.notes.join('; '))}` : ''}</li>`).join('\n')}
</ul>
</body>
</html>
`;
}
