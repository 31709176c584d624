import { code, escapeText, formatBytes, table } from '@mlops-actions/markdown';
import type { DatasetManifest, ManifestComparison } from './manifest.ts';

// The suite's one size formatter (@mlops-actions/markdown), re-exported for this package's users.
export { formatBytes };

export interface SummaryOptions {
  /** How the baseline is named in the text (its path as the user gave it). */
  baselineName?: string | undefined;
  /** Where the manifest was written. */
  manifestPath?: string | undefined;
  /** Files listed per kind of change before "and N more". Default 20. */
  limit?: number | undefined;
  title?: string | undefined;
}

/** A file name as coreutils shows it (`\\`, `\n`, `\r` escaped), in inline code. */
export function displayPath(p: string): string {
  return code(p.replace(/[\\\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\n' ? '\\n' : '\\r')));
}

/**
 * The job summary of a data-hash run: the totals, and against a baseline the added, removed and
 * modified files (the first `limit` of each, then a count). Every file name is escaped.
 */
export function renderSummary(m: DatasetManifest, comparison: ManifestComparison | undefined, o: SummaryOptions = {}): string {
  const limit = o.limit ?? 20;
  const out: string[] = [`### ${escapeText(o.title ?? 'Dataset hash')}`, ''];
  const rows: string[][] = [
    ['Hash', code(m.hash)],
    ['Files', m.files.toLocaleString('en-US')],
    ['Size', `${formatBytes(m.bytes)} (${m.bytes.toLocaleString('en-US')} bytes)`],
  ];
  if (o.manifestPath) rows.push(['Manifest', code(o.manifestPath)]);
  if (m.stats?.cacheHits)
    rows.push([
      'Stat cache',
      `${m.stats.cacheHits.toLocaleString('en-US')} of ${m.files.toLocaleString('en-US')} files unchanged, not read`,
    ]);
  if (m.stats?.skippedSymlinks.length) rows.push(['Symbolic links skipped', String(m.stats.skippedSymlinks.length)]);
  out.push(table(['', ''], rows), '');

  if (!comparison) {
    out.push('No baseline was given, so every file counts as added.');
    return `${out.join('\n')}\n`;
  }
  const base = o.baselineName ? ` ${code(o.baselineName)}` : '';
  const { added, removed, modified } = comparison;
  if (!comparison.changed) {
    out.push(`Unchanged since the baseline${base}.`);
    return `${out.join('\n')}\n`;
  }
  out.push(
    `Changed since the baseline${base}: **${added.length.toLocaleString('en-US')}** added, **${removed.length.toLocaleString('en-US')}** removed, **${modified.length.toLocaleString('en-US')}** modified.`,
    '',
  );
  for (const [label, list] of [
    ['Added', added],
    ['Removed', removed],
    ['Modified', modified],
  ] as const) {
    if (!list.length) continue;
    out.push(`**${label}** (${list.length.toLocaleString('en-US')})`, '');
    for (const p of list.slice(0, limit)) out.push(`- ${displayPath(p)}`);
    if (list.length > limit) out.push(`- … and ${(list.length - limit).toLocaleString('en-US')} more (see the manifest)`);
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
