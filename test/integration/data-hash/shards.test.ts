/**
 * The bundled data-hash action with shard/shards and mode: merge (issue 20), run as the runner runs it.
 * Build it first: node scripts/build.ts data-hash.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type StepOptions, stepFor } from '../../harness/step-runner.ts';
import { removeTempDirs, tempDirSync } from '../../harness/temp.ts';

const temp = tempDirSync;
afterEach(removeTempDirs);

function dataset(ws: string): void {
  for (let i = 0; i < 30; i++) {
    const p = join(ws, 'data', `d${i % 4}`, `f${i}.bin`);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, randomBytes(i * 1000));
  }
}

const dataHash = stepFor('data-hash');
const step = (ws: string, inputs: StepOptions['inputs'], runnerTemp = temp('dh-runner-')) =>
  dataHash(inputs, { workspace: ws, runnerTemp });

describe('data-hash shards', () => {
  it("shards write partial manifests, the merge (from a folder outside the workspace) gives the single job's outputs", async () => {
    const ws = temp('dh-ws-');
    dataset(ws);
    const parts = temp('dh-parts-');
    let files = 0;
    for (let i = 0; i < 3; i++) {
      const r = await step(ws, { path: 'data', shard: String(i), shards: '3', manifest: join(parts, `part-${i}-of-3.json`) });
      expect(r.exitCode, r.stdout).toBe(0);
      expect(r.outputs).toMatchObject({ hash: '', 'cache-key': '', changed: '' });
      files += Number(r.outputs['files']);
      expect(r.summary).toContain(`shard ${i} of 3`);
    }
    expect(files).toBe(30);
    // A shard run again (a re-run, a self-hosted runner) replaces its own partial manifest.
    const rerun = await step(ws, { path: 'data', shard: '2', shards: '3', manifest: join(parts, 'part-2-of-3.json') });
    expect(rerun.exitCode, rerun.stdout).toBe(0);
    const merged = await step(ws, { mode: 'merge', manifests: `${parts}/*.json`, path: 'data' });
    expect(merged.exitCode, merged.stdout).toBe(0);
    const single = await step(ws, { path: 'data' });
    for (const k of ['hash', 'files', 'bytes', 'cache-key', 'changed', 'added']) expect(merged.outputs[k], k).toBe(single.outputs[k]);
    expect(readFileSync(merged.outputs['manifest']!, 'utf8')).toBe(readFileSync(single.outputs['manifest']!, 'utf8'));
    // The merged manifest is a baseline like any other; a partial one is not.
    const again = await step(ws, { path: 'data', baseline: merged.outputs['manifest']! });
    expect(again.outputs['changed']).toBe('false');
    const partial = await step(ws, { path: 'data', baseline: join(parts, 'part-0-of-3.json') });
    expect(partial.exitCode).toBe(1);
    expect(partial.stdout).toContain('partial manifest of one shard (shard 0 of 3)');
  });

  it('the merge refuses shards of another selection than its own path input', async () => {
    const ws = temp('dh-ws-');
    dataset(ws);
    for (let i = 0; i < 2; i++)
      expect((await step(ws, { path: 'data', shard: String(i), shards: '2', manifest: `parts/p${i}.json` })).exitCode).toBe(0);
    const r = await step(ws, { mode: 'merge', manifests: 'parts', path: 'data/d1' });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain('were written for path ["data"]');
    expect(r.stdout).toContain('but this step has path ["data/d1"]');
  });

  it.each([
    [{ path: 'data', shard: '1' }, "input 'shards'", 'shard and shards go together'],
    [{ path: 'data', shard: '3', shards: '3' }, "input 'shard'", 'from 0 to 2'],
    [{ path: 'data', shard: '0', shards: '257' }, "input 'shards'", 'from 1 to 256'],
    [{ path: 'data', shard: '0', shards: '2', baseline: 'x.json' }, "input 'baseline'", 'cannot be compared with one shard'],
    [{ mode: 'merge' }, "input 'manifests'", 'is required with mode: merge'],
    [{ path: 'data', manifests: 'parts' }, "input 'manifests'", 'is read only with mode: merge'],
    [{ mode: 'merge', manifests: 'parts', shard: '0' }, "input 'shard'", 'is for the shards, not the merge'],
  ])('refuses %j', async (inputs, input, text) => {
    const ws = temp('dh-ws-');
    dataset(ws);
    writeFileSync(join(ws, 'x.json'), '');
    const r = await step(ws, inputs);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain(input);
    expect(r.stdout).toContain(text);
  });
});
