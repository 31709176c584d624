/**
 * The reader of what train-gate hands on: its `fingerprint` output (a hash) and its `fingerprint-parts`
 * output (JSON of the data, code, params and extra hashes and the fingerprint made from them, see
 * fingerprintOf). The package that writes the format reads it, so a consumer (register-model) receives
 * typed parts and never guesses at keys.
 */
import { UserError } from '@mlops-actions/errors';
import { FINGERPRINT_FORMAT, fingerprintOf, type TrainingComponents } from './fingerprint.ts';

const HASH = /^sha256:[0-9a-f]{64}$/;
/** A part is a hash, or `-` when it was not given. */
const PART = /^(-|(sha256|sha512|sha1|md5):[0-9a-f]+)$/;
const PARTS = ['data', 'code', 'params', 'extra'] as const satisfies readonly (keyof TrainingComponents)[];

export interface ParsedFingerprint {
  /** `sha256:<hex>`. */
  fingerprint: string;
  /** The parts it was made from, when the text was `fingerprint-parts` (a bare hash has none). */
  parts?: TrainingComponents;
}

export interface FingerprintPartsOptions {
  /** The action input the text came from, named in errors (default `fingerprint`). */
  input?: string;
}

/**
 * Parses train-gate's `fingerprint` (`sha256:<hex>`) or `fingerprint-parts` (JSON). The parts must give
 * the fingerprint they carry (recomputed as fingerprintOf does): parts edited by hand, or taken from
 * another run than the fingerprint, would record a lineage that explains nothing. Anything else is a
 * UserError naming the input and the key at fault.
 */
export function parseFingerprintParts(text: string, o: FingerprintPartsOptions = {}): ParsedFingerprint {
  const input = o.input ?? 'fingerprint';
  const fix = `Pass '\${{ steps.<gate>.outputs.fingerprint-parts }}' (or its 'fingerprint' output) unchanged`;
  const value = text.trim();
  if (HASH.test(value)) return { fingerprint: value };
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    parsed = undefined;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new UserError('is neither a training fingerprint (sha256:<hex>) nor the fingerprint-parts JSON of train-gate', { input, fix });
  }
  const p = parsed as Record<string, unknown>;
  const bad = (key: string, why: string) => new UserError(`is not the fingerprint-parts JSON of train-gate: ${why}`, { input, key, fix });
  if (typeof p['fingerprint'] !== 'string' || !HASH.test(p['fingerprint']))
    throw bad('fingerprint', p['fingerprint'] === undefined ? 'it has no fingerprint' : 'the fingerprint is not sha256:<64 hex digits>');
  for (const k of PARTS) {
    const v = p[k];
    if (typeof v !== 'string' || !PART.test(v))
      throw bad(k, v === undefined ? `the ${k} part is missing` : `the ${k} part is not a hash (or '-')`);
  }
  const parts: TrainingComponents = {
    data: p['data'] as string,
    code: p['code'] as string,
    params: p['params'] as string,
    extra: p['extra'] as string,
  };
  if (fingerprintOf(parts).fingerprint !== p['fingerprint']) {
    throw bad(
      'fingerprint',
      `its parts do not give its fingerprint (${FINGERPRINT_FORMAT}): the parts or the fingerprint were changed, or come from different runs`,
    );
  }
  return { fingerprint: p['fingerprint'], parts };
}
