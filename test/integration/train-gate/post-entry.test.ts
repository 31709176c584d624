/**
 * The post step has the shape of main: src/post.ts exports run() and runs nothing when imported (the
 * post bundle's entry, src/post-index.ts, calls it), so `local-action run <dir> src/post.ts` can run it
 * from source as it runs src/main.ts (github/local-action, src/commands/run.ts: import the entrypoint,
 * call its exported run()).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../harness/step-runner.ts';
import { removeTempDirs, tempDirSync } from '../../harness/temp.ts';

afterAll(removeTempDirs);

const entry = pathToFileURL(join(repoRoot, 'actions', 'train-gate', 'src', 'post.ts')).href;

/** Imports src/post.ts in a fresh node, reports what was printed on import, then calls run() when `call`. */
function importPost(env: Record<string, string>, call: boolean) {
  const script = `
    const m = await import(${JSON.stringify(entry)});
    console.log('IMPORTED ' + typeof m.run);
    if (${call}) await m.run();
  `;
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(INPUT_|STATE_|GITHUB_|ACTIONS_)/.test(k)));
  return spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env: { ...clean, ...env } });
}

describe('train-gate post step from source', () => {
  it('runs nothing on import and exports run(); run() saves the training the main step asked for', () => {
    const ws = tempDirSync('gate-post-src-');
    mkdirSync(join(ws, 'model'));
    writeFileSync(join(ws, 'model', 'w.bin'), 'weights');
    const cacheDir = join(ws, '.cache');
    // What main saved with saveState, as the runner hands it to the post step (STATE_<name>).
    const state = { STATE_save: 'true', STATE_key: 'mlops-training-abc', STATE_path: 'model', 'STATE_cache-dir': cacheDir };

    const imported = importPost({ GITHUB_WORKSPACE: ws, ...state }, false);
    expect(imported.status).toBe(0);
    expect(imported.stdout).toBe('IMPORTED function\n');
    expect(existsSync(cacheDir)).toBe(false);

    const ran = importPost({ GITHUB_WORKSPACE: ws, ...state }, true);
    expect(ran.status).toBe(0);
    expect(ran.stdout).toContain(`Saved the training in 'model' to the local cache ${cacheDir} as mlops-training-abc.`);
    expect(existsSync(join(cacheDir, 'mlops-training-abc', 'w.bin'))).toBe(true);
  });
});
