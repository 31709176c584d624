import { code, escapeText, table } from '@mlops-actions/markdown';
import type { Catalog, CatalogEntry, ModelIndex } from './layout.ts';
import { compareVersionsDesc } from './names.ts';
import type { VersionSummary } from './types.ts';

/** Main metrics shown per model in the catalog. */
const CATALOG_METRICS = 3;

/**
 * The catalog entry of a model after a write to its index. The main metrics are those of the latest
 * version: taken from `added` when the write made it the latest, else kept from the previous entry.
 */
export function catalogEntry(index: ModelIndex, previous: CatalogEntry | undefined, added: VersionSummary | undefined): CatalogEntry {
  const latest = index.latest;
  let metrics: Record<string, number> = previous && previous.latest === latest ? { ...previous.metrics } : {};
  if (added && added.version === latest) {
    metrics = {};
    for (const [k, v] of Object.entries(added.metrics).slice(0, CATALOG_METRICS)) metrics[k] = v;
  }
  const deprecated = Object.entries(index.deprecated ?? {});
  return {
    latest,
    versions: index.count,
    aliases: Object.fromEntries(Object.entries(index.aliases).map(([a, s]) => [a, s.version])),
    metrics,
    updatedAt: index.updatedAt,
    ...(deprecated.length ? { deprecated: Object.fromEntries(deprecated.map(([v, d]) => [v, d.reason])) } : {}),
  };
}

function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : Number(n.toPrecision(4)).toString();
}

/**
 * README.md of the registry branch: GitHub shows it when someone opens the branch, so the branch
 * reads as a catalog. Everything that came from users (names are validated, metric names are not)
 * is escaped.
 */
export function renderReadme(catalog: Catalog, where: { kind: 'git' | 'file'; branch?: string | undefined }): string {
  const names = Object.keys(catalog.models).sort();
  const rows = names.map((name) => {
    const m = catalog.models[name]!;
    const aliases = Object.entries(m.aliases)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([a, v]) => `${code(a)} → ${escapeText(v)}`)
      .join('<br>');
    const metrics = Object.entries(m.metrics)
      .map(([k, v]) => `${escapeText(k)} ${formatNumber(v)}`)
      .join('<br>');
    const deprecated = Object.entries(m.deprecated ?? {})
      .sort(([a], [b]) => compareVersionsDesc(a, b))
      .map(([v, reason]) => `${escapeText(v)}: ${escapeText(reason.length > 80 ? `${reason.slice(0, 79)}…` : reason)}`)
      .join('<br>');
    return [
      `[${escapeText(name)}](models/${name}/index.json)`,
      m.latest ? `[${escapeText(m.latest)}](models/${name}/versions/${m.latest}/card.json)` : '',
      String(m.versions),
      aliases,
      metrics,
      deprecated,
      escapeText(m.updatedAt.replace('T', ' ').replace(/\.\d+Z$/, 'Z')),
    ];
  });
  const lines = [
    '# Model registry',
    '',
    where.kind === 'git'
      ? `This branch${where.branch ? ` (${code(where.branch)})` : ''} is a model registry written by the MLOps Actions \`register-model\` and \`deploy\` steps and the \`mlops registry\` command. Do not edit it by hand: every version is immutable and every file is verified against its model card.`
      : 'This directory is a model registry written by the MLOps Actions `register-model` and `deploy` steps and the `mlops registry` command. Do not edit it by hand: every version is immutable and every file is verified against its model card.',
    '',
    names.length
      ? table(['model', 'latest', 'versions', 'aliases', 'main metrics (latest)', 'deprecated', 'updated (UTC)'], rows)
      : '_No model registered yet._',
    '',
    '## Layout',
    '',
    "- `models/<name>/index.json`: a model's latest version, number of versions and aliases.",
    '- `models/<name>/history/*.jsonl`: one line per version: digest, main metrics, validation, commit.',
    '- `models/<name>/versions/<version>/card.json`: the model card (files with sha256, lineage, data, params, metrics).',
    '- `models/<name>/versions/<version>/files/`: the model files, when stored in the registry.',
    '- `models/<name>/audit/*.jsonl`: who registered what, moved or removed which alias, deprecated or restored which version, when, from which run.',
    '',
    'A deprecated version keeps its files and card; `deploy` and `fetch-model` refuse it unless `allow-deprecated: true`.',
    '- `models/<name>/digests/`: which version holds which files (re-registering the same files is a no-op).',
    '- `registry.json`: this catalog as data.',
    '',
  ];
  return lines.join('\n');
}
