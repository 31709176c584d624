import { sha256Bytes } from '@mlops-actions/files';

/**
 * The inputs that make a training what it is. Each is a hash, so the fingerprint can be recomputed and
 * compared part by part:
 * - data: the dataset hash of data-hash (`sha256:<hex>`);
 * - code: the data-hash rule applied to the training-code globs (so only the content of those files
 *   counts, not their mtimes or the commit);
 * - params: sha256 of the parameters as canonical JSON (keys sorted, no whitespace), so reformatting a
 *   params file or reordering its keys is not a change, but any value change is;
 * - extra: sha256 of the `extra-key` text (e.g. a library version).
 * A part that was not given is `-`.
 */
export interface TrainingComponents {
  data: string;
  code: string;
  params: string;
  extra: string;
}

export interface TrainingFingerprint extends TrainingComponents {
  /** `sha256:<hex>` of the canonical text below. */
  fingerprint: string;
}

export const FINGERPRINT_FORMAT = 'mlops-actions/training-fingerprint@1';

/**
 * sha256 of the lines `mlops-actions/training-fingerprint@1`, `data <hash>`, `code <hash>`,
 * `params <hash>`, `extra <hash>`, each ending in a newline. A user can recompute it with
 * `printf '...' | sha256sum`.
 */
export function fingerprintOf(c: TrainingComponents): TrainingFingerprint {
  const text = `${FINGERPRINT_FORMAT}\ndata ${c.data}\ncode ${c.code}\nparams ${c.params}\nextra ${c.extra}\n`;
  return { ...c, fingerprint: textHash(text) };
}

/** JSON with object keys sorted at every depth and no whitespace. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function paramsHash(params: unknown): string {
  return textHash(canonicalJson(params));
}

/** `sha256:<hex>` of a text. */
export function textHash(text: string): string {
  return `sha256:${sha256Bytes(text)}`;
}

/** The Actions cache key of a training: short, and specific to the fingerprint. */
export function trainingCacheKey(fingerprint: string): string {
  return `mlops-training-${fingerprint.replace(/^sha256:/, '').slice(0, 40)}`;
}
