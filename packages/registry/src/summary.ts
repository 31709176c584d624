import { code, details, escapeText, formatBytes, link, table } from '@mlops-actions/markdown';
import { flattenMetrics } from './layout.ts';
import type { RegisterResult } from './types.ts';

function storeText(r: RegisterResult): string {
  const s = r.card.store;
  if (s.kind === 'registry') return 'the registry';
  if (s.kind === 'file') return code(s.uri);
  return `GitHub Release ${code(s.tag)}`;
}

/** The job summary of a registration (markdown; every user-controlled string escaped). */
export function renderRegistrationSummary(r: RegisterResult, o: { registry: string; branch?: string | undefined }): string {
  const c = r.card;
  const head = r.created
    ? `### Registered ${code(c.name)} version ${code(c.version)}`
    : `### ${code(c.name)} is already registered as version ${code(c.version)} (same files${r.alias?.moved ? '; only the alias moved' : '; nothing new was written'})`;
  const rows: string[][] = [
    ['version', code(c.version)],
    ['digest', code(c.digest)],
    ['files', `${c.files.length} (${formatBytes(c.bytes)})`],
    ['stored in', storeText(r)],
    ['registry', `${code(o.registry)}${o.branch ? ` branch ${code(o.branch)}` : ''}`],
  ];
  if (r.alias)
    rows.push([
      'alias',
      `${code(r.alias.alias)}: ${escapeText(r.alias.from ?? '(none)')} → ${escapeText(r.alias.to ?? '(none)')}${r.alias.moved ? '' : ' (unchanged)'}`,
    ]);
  if (r.tag) rows.push(['tag', code(r.tag)]);
  if (c.data) rows.push(['data', `${code(c.data.hash)}${c.data.files !== undefined ? ` (${c.data.files} files)` : ''}`]);
  if (c.validation) {
    rows.push([
      'validation',
      c.validation.passed
        ? 'passed'
        : `**failed**${c.validation.failed.length ? `: ${c.validation.failed.slice(0, 5).map(escapeText).join(', ')}` : ''}`,
    ]);
  }
  if (c.attachments?.['reference-profile']) rows.push(['reference profile', 'stored with the version']);
  if (c.attachments?.plots) rows.push(['plots', 'stored with the version (a baseline for validate-metrics)']);
  if (c.lineage.commit) rows.push(['commit', code(c.lineage.commit.slice(0, 12))]);
  if (c.lineage.runUrl) rows.push(['run', link(c.lineage.runId ? `run ${c.lineage.runId}` : 'workflow run', c.lineage.runUrl)]);
  const parts = [head, '', table(['', ''], rows)];
  const metrics = flattenMetrics(c.metrics, 50);
  const names = Object.keys(metrics);
  if (names.length) {
    const mt = table(
      ['metric', 'value'],
      names.map((k) => [escapeText(k), String(metrics[k])]),
      ['left', 'right'],
    );
    parts.push('', names.length > 10 ? details(`Metrics (${names.length})`, mt) : mt);
  }
  const files = table(
    ['file', 'size', 'sha256'],
    c.files.slice(0, 50).map((f) => [code(f.path), formatBytes(f.size), code(f.sha256.slice(0, 16))]),
    ['left', 'right', 'left'],
  );
  parts.push(
    '',
    details(`Files (${c.files.length})`, c.files.length > 50 ? `${files}\n\n…and ${c.files.length - 50} more (see the model card)` : files),
  );
  return `${parts.join('\n')}\n`;
}
