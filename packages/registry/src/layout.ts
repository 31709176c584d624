import { UserError } from '@mlops-actions/errors';
import { isAlias, isModelName, isModelVersion } from './names.ts';
import { CARD_SCHEMA, type AliasState, type Deprecation, type ModelCard, type ModelName, type ModelVersion } from './types.ts';

/**
 * Where everything lives, on the registry branch and in a file: registry alike:
 *
 *   README.md                                   generated catalog (models, aliases, latest, main metrics)
 *   registry.json                               the catalog as data
 *   models/<name>/index.json                    one model: latest version, count, aliases, deprecations, where its logs end
 *   models/<name>/history/<NNNN>.jsonl          its versions (digest, main metrics…), one line each, 100 a segment
 *   models/<name>/digests/<sha256 hex>.json     which version holds these files (idempotent re-registration)
 *   models/<name>/audit/<NNNN>.jsonl            audit log: registrations, alias moves and removals, deprecations, 250 lines a segment
 *   models/<name>/versions/<version>/card.json  the model card
 *   models/<name>/versions/<version>/files/…    the model files, when stored in the registry
 *   models/<name>/versions/<version>/reference-profile.json, validation-report.json, plots.json   attachments
 */
export const layout = {
  readme: 'README.md',
  catalog: 'registry.json',
  index: (name: string) => `models/${name}/index.json`,
  versionDir: (name: string, version: string) => `models/${name}/versions/${version}`,
  card: (name: string, version: string) => `models/${name}/versions/${version}/card.json`,
  file: (name: string, version: string, path: string) => `models/${name}/versions/${version}/files/${path}`,
  attachment: (name: string, version: string, file: string) => `models/${name}/versions/${version}/${file}`,
  digest: (name: string, digest: string) => `models/${name}/digests/${digest.replace(/^sha256:/, '')}.json`,
  historyDir: (name: string) => `models/${name}/history/`,
  historySegment: (name: string, segment: number) => `models/${name}/history/${String(segment).padStart(4, '0')}.jsonl`,
  auditDir: (name: string) => `models/${name}/audit/`,
  auditSegment: (name: string, segment: number) => `models/${name}/audit/${String(segment).padStart(4, '0')}.jsonl`,
};

/**
 * Lines per log segment. Appending rewrites the last segment only (a blob in git is written whole),
 * so a write costs the same with 10 versions as with 10,000: nothing grows into a scan. An index
 * records the segment size it was written with.
 */
export const HISTORY_SEGMENT_LINES = 100;
export const AUDIT_SEGMENT_LINES = 250;

export const INDEX_SCHEMA = 'mlops-actions/model-index@1';
export const CATALOG_SCHEMA = 'mlops-actions/registry@1';

/** Where a segmented log ends: lines past `lines` in the last segment were never committed. */
export interface LogState {
  perSegment: number;
  segment: number;
  lines: number;
}

export interface ModelIndex {
  schema: typeof INDEX_SCHEMA;
  name: ModelName;
  /** The highest version (semver order). */
  latest?: ModelVersion | undefined;
  /** How many versions are registered: the number of history lines. */
  count: number;
  aliases: Record<string, AliasState>;
  /** Deprecated versions: version → why, when, who (absent when none ever was). */
  deprecated?: Record<string, Deprecation> | undefined;
  /** The version summaries, one line per version in registration order. */
  history: LogState;
  /** Registrations and alias moves; `total` lines over all segments. */
  audit: LogState & { total: number };
  updatedAt: string;
}

/** A digest marker: the version registered with these files, and its line in the history. */
export interface DigestMarker {
  version: ModelVersion;
  seq: number;
}

export interface CatalogEntry {
  latest: ModelVersion | undefined;
  versions: number;
  aliases: Record<string, string>;
  /** Main metrics of the latest version (at most 3). */
  metrics: Record<string, number>;
  updatedAt: string;
  /** Deprecated versions with their reasons (absent when none). */
  deprecated?: Record<string, string> | undefined;
}

export interface Catalog {
  schema: typeof CATALOG_SCHEMA;
  models: Record<string, CatalogEntry>;
  updatedAt: string;
}

export function emptyIndex(
  name: ModelName,
  now: string,
  perSegment: { history?: number | undefined; audit?: number | undefined } = {},
): ModelIndex {
  return {
    schema: INDEX_SCHEMA,
    name,
    count: 0,
    aliases: {},
    history: { perSegment: perSegment.history ?? HISTORY_SEGMENT_LINES, segment: 1, lines: 0 },
    audit: { perSegment: perSegment.audit ?? AUDIT_SEGMENT_LINES, segment: 1, lines: 0, total: 0 },
    updatedAt: now,
  };
}

export function emptyCatalog(now: string): Catalog {
  return { schema: CATALOG_SCHEMA, models: {}, updatedAt: now };
}

/** A registry file that is not what the registry wrote: say which, where, and how to recover. */
export function corrupted(where: string, problem: string, key?: string): UserError {
  return new UserError(`the registry file ${where} is corrupted: ${problem}`, {
    ...(key ? { key } : {}),
    fix: "Restore it from the registry's history (git log / git revert on the registry branch, or a backup of the file: directory); the registry never writes a file like this",
  });
}

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw corrupted(where, `not valid JSON (${(e as Error).message})`);
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A model's index as read from the registry: a boundary like an action's input, so the versions and
 * aliases it names are checked here (they become paths of cards) and trusted from then on.
 */
export function parseIndex(text: string, where: string, name: ModelName): ModelIndex {
  const v = parseJson(text, where);
  if (!isObject(v)) throw corrupted(where, 'not a JSON object');
  if (v['schema'] !== INDEX_SCHEMA)
    throw corrupted(where, `schema is ${JSON.stringify(v['schema'])}, expected '${INDEX_SCHEMA}'`, 'schema');
  if (v['name'] !== name) throw corrupted(where, `it names model ${JSON.stringify(v['name'])}, not '${name}'`, 'name');
  if (!Number.isInteger(v['count']) || (v['count'] as number) < 0) throw corrupted(where, 'count is not a number of versions', 'count');
  if (v['latest'] !== undefined && !isVersionText(v['latest'])) throw corrupted(where, 'latest is not a version', 'latest');
  if (!isObject(v['aliases'])) throw corrupted(where, 'aliases is not an object', 'aliases');
  for (const [alias, state] of Object.entries(v['aliases'])) {
    if (!isAlias(alias)) throw corrupted(where, `'${alias}' is not an alias name`, `aliases.${alias}`);
    if (!isObject(state) || !isVersionText(state['version'])) throw corrupted(where, `alias '${alias}' has no version`, `aliases.${alias}`);
  }
  for (const key of ['history', 'audit'] as const) {
    const log = v[key];
    const ok = (k: string) => isObject(log) && Number.isInteger(log[k]) && (log[k] as number) >= 0;
    if (
      !ok('perSegment') ||
      !ok('segment') ||
      !ok('lines') ||
      (key === 'audit' && !ok('total')) ||
      (log as { perSegment: number }).perSegment < 1
    ) {
      throw corrupted(where, `${key} is not {perSegment, segment, lines${key === 'audit' ? ', total' : ''}}`, key);
    }
  }
  if (v['deprecated'] !== undefined) {
    if (!isObject(v['deprecated'])) throw corrupted(where, 'deprecated is not an object', 'deprecated');
    for (const [version, d] of Object.entries(v['deprecated'])) {
      if (!isObject(d) || typeof d['reason'] !== 'string' || typeof d['at'] !== 'string')
        throw corrupted(where, `deprecated version '${version}' has no reason and date`, `deprecated.${version}`);
    }
  }
  const h = v['history'] as unknown as LogState;
  if ((h.segment - 1) * h.perSegment + h.lines !== v['count'])
    throw corrupted(where, `count ${String(v['count'])} does not match the history (${h.segment} segments)`, 'count');
  return v as unknown as ModelIndex;
}

export function parseCatalog(text: string, where: string): Catalog {
  const v = parseJson(text, where);
  if (!isObject(v) || v['schema'] !== CATALOG_SCHEMA || !isObject(v['models']))
    throw corrupted(where, `not a registry catalog (${CATALOG_SCHEMA})`);
  for (const [name, m] of Object.entries(v['models'])) {
    if (!isModelName(name)) throw corrupted(where, `'${name}' is not a model name`, `models.${name}`);
    if (!isObject(m) || (m['latest'] !== undefined && !isVersionText(m['latest'])))
      throw corrupted(where, `model '${name}' has no valid latest version`, `models.${name}.latest`);
  }
  return v as unknown as Catalog;
}

/** A version as the registry writes it; anything else in a registry file is damage. */
function isVersionText(v: unknown): v is ModelVersion {
  return typeof v === 'string' && isModelVersion(v);
}

/** A card as read from the registry; it must describe the (already checked) name and version it was read for. */
export function parseCard(text: string, where: string, name: ModelName, version: ModelVersion): ModelCard {
  const v = parseJson(text, where);
  if (!isObject(v) || v['schema'] !== CARD_SCHEMA) throw corrupted(where, `not a model card (${CARD_SCHEMA})`, 'schema');
  if (v['name'] !== name || v['version'] !== version)
    throw corrupted(where, `it describes ${String(v['name'])}@${String(v['version'])}, not ${name}@${version}`);
  if (!Array.isArray(v['files']) || typeof v['digest'] !== 'string' || !isObject(v['store']))
    throw corrupted(where, 'files, digest or store is missing');
  for (const [i, f] of (v['files'] as unknown[]).entries()) {
    if (!isObject(f) || typeof f['path'] !== 'string' || typeof f['sha256'] !== 'string' || typeof f['size'] !== 'number') {
      throw corrupted(where, `file ${i} has no path, size and sha256`, `files[${i}]`);
    }
    // A card is trusted to say where files go when downloading: a path must stay inside the destination.
    if (!isSafeRelativePath(f['path'])) throw corrupted(where, `file path '${f['path']}' is not a plain relative path`, `files[${i}].path`);
  }
  return v as unknown as ModelCard;
}

/** The lines of a log segment as objects; only the first `keep` lines count (the rest were never committed). */
export function parseLog<T>(text: string, where: string, keep: number): T[] {
  const out: T[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length && out.length < keep; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    try {
      out.push(JSON.parse(line) as T);
    } catch {
      throw corrupted(where, `line ${i + 1} is not valid JSON`);
    }
  }
  if (out.length < keep) throw corrupted(where, `it holds ${out.length} lines where the index counts ${keep}`);
  return out;
}

export function parseDigestMarker(text: string, where: string): DigestMarker {
  const v = parseJson(text, where);
  if (!isObject(v) || !isVersionText(v['version']) || !Number.isInteger(v['seq']))
    throw corrupted(where, 'not a digest marker {version, seq}');
  return v as unknown as DigestMarker;
}

export function isSafeRelativePath(p: string): boolean {
  if (p === '' || p.startsWith('/') || p.includes('\\') || p.includes('\0')) return false;
  return p.split('/').every((s) => s !== '' && s !== '.' && s !== '..');
}

/** JSON as the registry writes it: two-space indented, one trailing newline (diffs well on the branch). */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Numeric leaves of a metrics object, with nested keys joined by dots (as DVC flattens them). */
export function flattenMetrics(metrics: Record<string, unknown> | undefined, limit: number): Record<string, number> {
  const out: Record<string, number> = {};
  let n = 0;
  const walk = (v: unknown, prefix: string) => {
    if (n >= limit) return;
    if (typeof v === 'number' && Number.isFinite(v)) {
      out[prefix] = v;
      n++;
    } else if (isObject(v)) {
      for (const [k, child] of Object.entries(v)) walk(child, prefix ? `${prefix}.${k}` : k);
    }
  };
  walk(metrics ?? {}, '');
  return out;
}
