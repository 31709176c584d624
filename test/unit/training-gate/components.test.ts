import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UserError } from '@mlops-actions/errors';
import { hashPaths, writeManifest } from '@mlops-actions/hashing';
import { type ComponentSources, computeComponents, paramsHash, textHash } from '@mlops-actions/training-gate';
import { removeTempDirs, tempDirSync } from '../../harness/temp.ts';

afterAll(removeTempDirs);

const DATA = `sha256:${'ab'.repeat(32)}`;

/** A workspace with a file per entry of `files` (path → content). */
function workspace(files: Record<string, string> = {}): string {
  const root = tempDirSync('gate-components-');
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

const params = (root: string, name: string) => ({ path: join(root, name), display: name });
const compute = (root: string, s: Partial<ComponentSources>) => computeComponents({ root, code: [], dataHash: DATA, ...s });

async function userError(p: Promise<unknown>): Promise<UserError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return e as UserError;
  }
  throw new Error('no error thrown');
}

describe('computeComponents', () => {
  it('a part that is not given is "-"', async () => {
    const c = await compute(workspace(), {});
    expect(c).toMatchObject({ data: DATA, code: '-', params: '-', extra: '-' });
  });

  it('extra is the sha256 of the extra-key text', async () => {
    expect((await compute(workspace(), { extraKey: 'torch==2.5' })).extra).toBe(textHash('torch==2.5'));
  });

  describe('data', () => {
    it.each([
      ['sha512', `sha512:${'0'.repeat(128)}`],
      ['sha1', `sha1:${'0'.repeat(40)}`],
      ['md5', `md5:${'0'.repeat(32)}`],
    ])('takes a %s dataset hash as data-hash outputs it', async (_, hash) => {
      expect((await compute(workspace(), { dataHash: hash })).data).toBe(hash);
    });

    it.each([
      ['no algorithm', 'ab'.repeat(32)],
      ['a digest of the wrong length', `sha256:${'ab'.repeat(31)}`],
      ['upper-case hex', `sha256:${'AB'.repeat(32)}`],
      ['an unknown algorithm', `sha3:${'ab'.repeat(32)}`],
    ])('refuses %s, naming the input data-hash and the fix', async (_, hash) => {
      const e = await userError(compute(workspace(), { dataHash: hash }));
      expect(e.input).toBe('data-hash');
      expect(e.message).toContain(`'${hash}' is not a dataset hash`);
      expect(e.fix).toMatch(/hash output of data-hash/);
    });

    it("takes a data-hash manifest's hash, and refuses a data-hash that disagrees with it", async () => {
      const root = workspace({ 'data/a.csv': 'x,y\n1,2\n', 'data/b.csv': 'x,y\n3,4\n' });
      const m = await hashPaths({ root, paths: ['data'] });
      await writeManifest(join(root, 'manifest.json'), m);
      const manifest = { path: join(root, 'manifest.json'), display: 'manifest.json' };
      expect((await compute(root, { dataHash: undefined, dataManifest: manifest })).data).toBe(m.hash);
      expect((await compute(root, { dataHash: m.hash, dataManifest: manifest })).data).toBe(m.hash);
      const e = await userError(compute(root, { dataHash: DATA, dataManifest: manifest }));
      expect(e.input).toBe('data-hash');
      expect(e.message).toContain(`says ${DATA} but data-manifest says ${m.hash}`);
    });
  });

  describe('code', () => {
    it("is data-hash's rule over the globs: the content counts, not the files' times", async () => {
      const root = workspace({ 'src/train.py': 'epochs = 10\n', 'src/util.py': 'x = 1\n', 'README.md': 'not code' });
      const first = (await compute(root, { code: ['src/**/*.py'] })).code;
      expect(first).toBe((await hashPaths({ root, paths: ['src/**/*.py'] })).hash);
      utimesSync(join(root, 'src/train.py'), new Date('2020-01-01'), new Date('2020-01-01'));
      writeFileSync(join(root, 'README.md'), 'changed, but not code');
      expect((await compute(root, { code: ['src/**/*.py'] })).code).toBe(first);
      writeFileSync(join(root, 'src/train.py'), 'epochs = 11\n');
      expect((await compute(root, { code: ['src/**/*.py'] })).code).not.toBe(first);
    });
  });

  describe('params', () => {
    it('the same parameters in JSON and YAML, in any key order or layout, give the same hash; a value change does not', async () => {
      const root = workspace({
        'p.json': '{"trees": 50, "lr": 0.1, "opt": {"b": [1, 2], "a": true}}',
        'p.yaml': 'lr: 0.1\nopt:\n  a: true\n  b: [1, 2]\ntrees: 50\n',
        'p2.yaml': 'lr: 0.2\nopt:\n  a: true\n  b: [1, 2]\ntrees: 50\n',
      });
      const json = await compute(root, { params: params(root, 'p.json') });
      const yaml = await compute(root, { params: params(root, 'p.yaml') });
      expect(json.params).toBe(paramsHash({ lr: 0.1, trees: 50, opt: { a: true, b: [1, 2] } }));
      expect(yaml.params).toBe(json.params);
      expect(yaml.paramsValue).toEqual({ lr: 0.1, trees: 50, opt: { a: true, b: [1, 2] } });
      expect((await compute(root, { params: params(root, 'p2.yaml') })).params).not.toBe(json.params);
    });

    it.each([
      ['an empty file', 'p.yaml', '', /the params file is empty/, undefined],
      ['a list', 'p.yaml', '- 1\n- 2\n', /holds a list, not a mapping/, 1],
      ['a single number', 'p.yaml', '42\n', /holds a single number, not a mapping/, 1],
    ])('refuses %s, naming the input and the file', async (_, name, text, message, line) => {
      const root = workspace({ [name]: text });
      const e = await userError(compute(root, { params: params(root, name) }));
      expect(e.input).toBe('params');
      expect(e.file).toBe(name);
      expect(e.line).toBe(line);
      expect(e.message).toMatch(message);
      expect(e.fix).toMatch(/key: value lines \(YAML\) or a JSON object/);
    });

    it('a .json file must be JSON (YAML would read `{"lr": }` as lr = null): the error gives the line', async () => {
      const root = workspace({ 'p.json': '{\n  "trees": 50,\n  "lr": }\n' });
      const e = await userError(compute(root, { params: params(root, 'p.json') }));
      expect(e.input).toBe('params');
      expect(e.file).toBe('p.json');
      expect(e.line).toBe(3);
      expect(e.message).toMatch(/invalid JSON/);
      expect(e.fix).toMatch(/name the file \.yaml to write YAML/);
    });

    it('a missing params file names the input and the file', async () => {
      const root = workspace();
      const e = await userError(compute(root, { params: params(root, 'nope.yaml') }));
      expect(e.input).toBe('params');
      expect(e.message).toContain('nope.yaml');
    });
  });
});
