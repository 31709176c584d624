import { cp, readFile, writeFile, mkdir, rename } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeBatches } from '../../../workflows-examples/use-case/src/generator.ts';
import { loadModel, ModelLoadError } from '../../../workflows-examples/use-case/src/model.ts';
import { DEFAULT_PARAMS, train } from '../../../workflows-examples/use-case/src/trainer.ts';
import { tempDir } from '../../harness/temp.ts';

let dir: string;
let good: string;
beforeAll(async () => {
  dir = await tempDir('use-case-model-');
  await writeBatches({ out: join(dir, 'data'), batches: [1], rowsPerBatch: 3000, scenario: 'none', driftStart: 2, seed: 3 });
  good = join(dir, 'good');
  await train({ data: [join(dir, 'data')], out: good, name: 'mf', params: { ...DEFAULT_PARAMS, trees: 20 } });
});

async function variant(name: string, change: (files: { model: any; meta: any }) => void | 'raw'): Promise<string> {
  const d = join(dir, name);
  await cp(good, d, { recursive: true });
  const model = JSON.parse(await readFile(join(d, 'model.json'), 'utf8'));
  const meta = JSON.parse(await readFile(join(d, 'model-meta.json'), 'utf8'));
  change({ model, meta });
  await writeFile(join(d, 'model.json'), JSON.stringify(model));
  await writeFile(join(d, 'model-meta.json'), JSON.stringify(meta));
  return d;
}

async function loadError(d: string): Promise<string> {
  try {
    await loadModel(d);
  } catch (e) {
    expect(e).toBeInstanceOf(ModelLoadError);
    return (e as Error).message;
  }
  throw new Error('expected the model to be refused');
}

describe('loadModel', () => {
  it('loads a trained model, passes its self-test, and reports the digest of model.json', async () => {
    const m = await loadModel(good);
    expect(m.meta.name).toBe('mf');
    expect(m.digest).toBe(
      `sha256:${createHash('sha256')
        .update(await readFile(join(good, 'model.json')))
        .digest('hex')}`,
    );
    expect(m.meta.selfTest.rows.length).toBeGreaterThanOrEqual(9);
    const out = m.predict(m.meta.selfTest.rows);
    expect(out.probabilities).toEqual(m.meta.selfTest.probabilities);
    expect(out.predictions).toEqual(out.probabilities.map((p) => (p >= 0.5 ? 1 : 0)));
  });

  it('finds the model in the only subfolder of a release', async () => {
    const release = join(dir, 'release');
    await mkdir(release, { recursive: true });
    await cp(good, join(release, 'model'), { recursive: true });
    expect((await loadModel(release)).dir).toBe(join(release, 'model'));
  });

  it('refuses a model file that does not give its recorded self-test probabilities', async () => {
    const d = await variant('tampered', ({ model }) => {
      // One leaf of one tree changed: enough to move some probabilities.
      const t = model.trees[0];
      for (let i = 0; i < t.value.length; i++) if (t.feature[i] === -1) t.value[i] = 1 - t.value[i];
    });
    expect(await loadError(d)).toMatch(/self-test failed: \d+ of \d+ recorded rows/);
  });

  it('refuses a model that wants an input the server cannot build', async () => {
    const d = await variant('skew', ({ meta }) => {
      meta.features[4] = 'Torque [N·m]';
      meta.selfTest.rows = meta.selfTest.rows.map((r: Record<string, unknown>) => ({ ...r, 'Torque [N·m]': r['Torque [Nm]'] }));
    });
    expect(await loadError(d)).toMatch(/cannot build the model's inputs: the model wants an input 'Torque \[N·m\]'/);
  });

  it.each<[string, (f: { model: any; meta: any }) => void, RegExp]>([
    ['a feature count that differs from the meta', ({ meta }) => meta.features.pop(), /expects 6 features but model-meta.json lists 5/],
    ['a threshold outside 0..1', ({ meta }) => (meta.threshold = 2), /threshold must be a number from 0 to 1/],
    ['no self-test', ({ meta }) => (meta.selfTest.rows = []), /selfTest must hold rows/],
    ['a damaged forest', ({ model }) => (model.trees[0].left[0] = 0), /not a usable model: tree 0 node 0/],
  ])('refuses %s', async (name, change, message) => {
    expect(await loadError(await variant(name.replace(/\W+/g, '-'), change))).toMatch(message);
  });

  it('refuses a file that is not JSON, and a folder without a model', async () => {
    const d = join(dir, 'truncated');
    await cp(good, d, { recursive: true });
    const text = await readFile(join(d, 'model.json'), 'utf8');
    await writeFile(join(d, 'model.json'), text.slice(0, text.length / 2));
    expect(await loadError(d)).toMatch(/model.json is not valid JSON/);
    await mkdir(join(dir, 'nothing'), { recursive: true });
    expect(await loadError(join(dir, 'nothing'))).toMatch(/has no model-meta.json/);
    await rename(join(d, 'model.json'), join(d, 'moved.json'));
    expect(await loadError(d)).toMatch(/cannot read .*model.json: ENOENT/);
  });
});
