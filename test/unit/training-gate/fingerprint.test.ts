import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  FINGERPRINT_FORMAT,
  fingerprintOf,
  paramsHash,
  type TrainingComponents,
  textHash,
  trainingCacheKey,
} from '@mlops-actions/training-gate';

const h = (s: string) => `sha256:${createHash('sha256').update(s).digest('hex')}`;
const current: TrainingComponents = { data: h('data1'), code: h('code1'), params: paramsHash({ lr: 0.1 }), extra: '-' };

describe('fingerprintOf', () => {
  it('is the sha256 of the documented text, so a user can recompute it', () => {
    const fp = fingerprintOf(current);
    const text = `mlops-actions/training-fingerprint@1\ndata ${current.data}\ncode ${current.code}\nparams ${current.params}\nextra -\n`;
    expect(FINGERPRINT_FORMAT).toBe('mlops-actions/training-fingerprint@1');
    expect(fp.fingerprint).toBe(h(text));
    expect(fp).toEqual({ ...current, fingerprint: fp.fingerprint });
  });

  it("agrees with `printf '…' | sha256sum`, as the docs tell users to check it", () => {
    const fp = fingerprintOf(current);
    const format = `${FINGERPRINT_FORMAT}\\ndata ${current.data}\\ncode ${current.code}\\nparams ${current.params}\\nextra ${current.extra}\\n`;
    const r = spawnSync('sh', ['-c', `printf '${format}' | sha256sum`], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(`sha256:${r.stdout.split(' ')[0]}`).toBe(fp.fingerprint);
  });

  it.each(['data', 'code', 'params', 'extra'] as const)('changes with the %s part', (part) => {
    expect(fingerprintOf({ ...current, [part]: h('other') }).fingerprint).not.toBe(fingerprintOf(current).fingerprint);
  });

  it('keeps parts apart: moving a hash from one part to another is another fingerprint', () => {
    const a = fingerprintOf({ data: h('x'), code: '-', params: '-', extra: '-' });
    const b = fingerprintOf({ data: '-', code: h('x'), params: '-', extra: '-' });
    expect(a.fingerprint).not.toBe(b.fingerprint);
  });
});

describe('canonicalJson and paramsHash', () => {
  it('sorts keys at every depth, keeps array order, writes no whitespace', () => {
    expect(canonicalJson({ b: [1, { d: 2, c: 3 }], a: 'x' })).toBe('{"a":"x","b":[1,{"c":3,"d":2}]}');
    expect(canonicalJson([{ z: 1, y: [{ b: 1, a: 2 }] }])).toBe('[{"y":[{"a":2,"b":1}],"z":1}]');
  });

  it('sorts by UTF-16 code unit, like JSON canonicalisation (RFC 8785), not by locale', () => {
    expect(canonicalJson({ b: 1, B: 2, é: 3, a: 4 })).toBe('{"B":2,"a":4,"b":1,"é":3}');
  });

  it('drops undefined members and writes null for a missing value', () => {
    expect(canonicalJson({ a: undefined, b: null })).toBe('{"b":null}');
    expect(canonicalJson(undefined)).toBe('null');
  });

  it('escapes keys and strings as JSON does', () => {
    expect(canonicalJson({ 'a"b': 'line\nbreak' })).toBe('{"a\\"b":"line\\nbreak"}');
  });

  it('params hash ignores key order but not values or types', () => {
    expect(paramsHash({ a: 1, b: 2 })).toBe(paramsHash({ b: 2, a: 1 }));
    expect(paramsHash({ a: 1, b: 2 })).not.toBe(paramsHash({ a: 1, b: 3 }));
    expect(paramsHash({ a: 1 })).not.toBe(paramsHash({ a: '1' }));
    expect(paramsHash({ a: [1, 2] })).not.toBe(paramsHash({ a: [2, 1] }));
    expect(paramsHash({ a: 1 })).toBe(textHash('{"a":1}'));
  });
});

describe('textHash and trainingCacheKey', () => {
  it('textHash is `sha256:` and the hex digest of the UTF-8 text', () => {
    expect(textHash('')).toBe('sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(textHash('é')).toBe(h('é'));
  });

  it('the cache key is the first 40 hex digits of the fingerprint, behind a fixed prefix', () => {
    const fp = fingerprintOf(current).fingerprint;
    const key = trainingCacheKey(fp);
    expect(key).toBe(`mlops-training-${fp.slice('sha256:'.length, 'sha256:'.length + 40)}`);
    expect(trainingCacheKey(fingerprintOf({ ...current, data: h('other') }).fingerprint)).not.toBe(key);
  });
});
