/**
 * parseFingerprintParts: the training-gate package reads back what train-gate hands on (its
 * fingerprint, or fingerprint-parts), for register-model.
 */
import { describe, expect, it } from 'vitest';
import { fingerprintOf, parseFingerprintParts } from '@mlops-actions/training-gate';

const part = (c: string) => `sha256:${c.repeat(64)}`;
const made = fingerprintOf({ data: part('b'), code: '-', params: part('c'), extra: '-' });

describe('parseFingerprintParts (register-model input fingerprint)', () => {
  it("takes train-gate's bare fingerprint, trimmed", () => {
    expect(parseFingerprintParts(` ${made.fingerprint}\n`)).toEqual({ fingerprint: made.fingerprint });
  });

  it("takes train-gate's fingerprint-parts (as setOutputs writes it) and keeps the parts", () => {
    expect(parseFingerprintParts(JSON.stringify(made))).toEqual({
      fingerprint: made.fingerprint,
      parts: { data: part('b'), code: '-', params: part('c'), extra: '-' },
    });
  });

  it.each<[string, string, RegExp]>([
    [
      'text',
      'abc',
      /^input 'fingerprint': is neither a training fingerprint \(sha256:<hex>\) nor the fingerprint-parts JSON of train-gate/,
    ],
    ['a JSON list', '[1]', /^input 'fingerprint': is neither a training fingerprint/],
    [
      'no fingerprint',
      JSON.stringify({ ...made, fingerprint: undefined }),
      /key 'fingerprint': is not the fingerprint-parts JSON of train-gate: it has no fingerprint/,
    ],
    [
      'a short fingerprint',
      JSON.stringify({ ...made, fingerprint: 'sha256:abc' }),
      /key 'fingerprint': .*the fingerprint is not sha256:<64 hex digits>/,
    ],
    ['a part missing', JSON.stringify({ ...made, code: undefined }), /key 'code': .*the code part is missing/],
    ['a part that is not a hash', JSON.stringify({ ...made, data: 'nope' }), /key 'data': .*the data part is not a hash \(or '-'\)/],
    [
      'parts that do not give the fingerprint',
      JSON.stringify({ ...made, params: part('d') }),
      /key 'fingerprint': .*its parts do not give its fingerprint \(mlops-actions\/training-fingerprint@1\)/,
    ],
  ])('refuses %s, naming the input, the key and the fix', (_what, text, message) => {
    expect(() => parseFingerprintParts(text)).toThrow(message);
    expect(() => parseFingerprintParts(text)).toThrow(/Pass '\$\{\{ steps\.<gate>\.outputs\.fingerprint-parts \}\}'/);
  });

  it('names the input it is given', () => {
    expect(() => parseFingerprintParts('abc', { input: 'training-fingerprint' })).toThrow(/^input 'training-fingerprint': /);
  });
});
