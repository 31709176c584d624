import { describe, expect, it } from 'vitest';
import { parseFingerprint } from '@mlops-actions/registry';

const hash = `sha256:${'a'.repeat(64)}`;
const part = `sha256:${'b'.repeat(64)}`;

describe('parseFingerprint (register-model input fingerprint)', () => {
  it('takes a bare fingerprint', () => {
    expect(parseFingerprint(` ${hash}\n`)).toEqual({ fingerprint: hash });
  });

  it("takes train-gate's fingerprint-parts and keeps the parts", () => {
    const json = JSON.stringify({ data: part, code: '-', params: part, extra: '-', fingerprint: hash });
    expect(parseFingerprint(json)).toEqual({ fingerprint: hash, training: { data: part, code: '-', params: part, extra: '-' } });
  });

  it.each(['abc', '{"fingerprint":"x"}', JSON.stringify({ fingerprint: hash, data: 'nope', code: '-', params: '-', extra: '-' })])(
    'refuses %j naming the input',
    (text) => {
      expect(() => parseFingerprint(text)).toThrow(/input 'fingerprint': is neither a training fingerprint/);
    },
  );
});
