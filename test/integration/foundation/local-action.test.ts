/**
 * `@github/local-action` runs an action from its sources: `local-action run <action dir> src/main.ts
 * <.env>` loads the .env file, replaces @actions/core with its stubs, imports the entrypoint and calls
 * its exported `run()` (github/local-action, src/commands/run.ts: quibble.esm on
 * node_modules/@actions/core/lib/core.js, then `const { run } = await import(entrypoint)`, an error
 * if `run` is not a function, `await run()`). The tool is not installed here; this test does what it
 * does, with a Node module hook in place of quibble, for every action:
 *  - importing src/main.ts runs nothing (no input read, no output, no failure);
 *  - it exports a function `run`;
 *  - `await run()` runs the action through @actions/core, so the stubs see its inputs and outputs.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../harness/step-runner.ts';
import { tempDir } from '../../harness/temp.ts';

const actions = readdirSync(join(repoRoot, 'actions')).sort();

/** The part of local-action's core stubs this test needs: every call recorded, inputs from INPUT_*. */
const harness = (entry: string) => `
import { registerHooks } from 'node:module';
globalThis.__core = { imported: [], calls: [] };
const coreFile = /[\\\\/]node_modules[\\\\/]@actions[\\\\/]core[\\\\/]lib[\\\\/]core\\.js$/;
registerHooks({
  load(url, context, next) {
    if (url.startsWith('file:') && coreFile.test(new URL(url).pathname) && !url.includes('?real')) {
      return { format: 'module', shortCircuit: true, source: \`
        export * from \${JSON.stringify(url + '?real')};
        const rec = (name, args) => { globalThis.__core.calls.push([name, ...args]); };
        export function getInput(name, o) { rec('getInput', [name]); const v = process.env['INPUT_' + name.replace(/ /g, '_').toUpperCase()] ?? ''; if (o?.required && !v) throw new Error('Input required and not supplied: ' + name); return o?.trimWhitespace === false ? v : v.trim(); }
        export function getMultilineInput(name, o) { return getInput(name, o).split('\\\\n').filter((x) => x !== ''); }
        export function getBooleanInput(name, o) { return getInput(name, o) === 'true'; }
        export function setOutput(name, value) { rec('setOutput', [name, String(value)]); }
        export function setFailed(message) { rec('setFailed', [String(message?.message ?? message)]); process.exitCode = 1; }
        export function setSecret(v) { rec('setSecret', ['***']); }
        export function info(m) { rec('info', [String(m)]); }
        export function debug(m) { rec('debug', [String(m)]); }
        export function warning(m) { rec('warning', [String(m?.message ?? m)]); }
        export function error(m, p) { rec('error', [String(m?.message ?? m)]); }
        export function notice(m) { rec('notice', [String(m?.message ?? m)]); }
        export function isDebug() { return false; }
      \` };
    }
    return next(url, context);
  },
});
const main = await import(${JSON.stringify(entry)});
const afterImport = globalThis.__core.calls.length;
const kind = typeof main.run;
if (kind === 'function') await main.run();
console.log(JSON.stringify({ afterImport, kind, calls: globalThis.__core.calls }));
`;

function localAction(action: string, env: Record<string, string>, cwd: string) {
  const entry = pathToFileURL(join(repoRoot, 'actions', action, 'src', 'main.ts')).href;
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('INPUT_') && !k.startsWith('GITHUB_')));
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', harness(entry)], {
    cwd,
    encoding: 'utf8',
    env: { ...clean, GITHUB_WORKSPACE: cwd, RUNNER_TEMP: cwd, ...env },
  });
  if (r.status !== 0 && !r.stdout.trim()) throw new Error(r.stderr);
  const last = r.stdout.trim().split('\n').at(-1)!;
  return JSON.parse(last) as { afterImport: number; kind: string; calls: string[][] };
}

describe.each(actions)('actions/%s/src/main.ts, loaded as @github/local-action loads it', (action) => {
  it('runs nothing on import, exports run(), and run() reads its inputs through @actions/core', async () => {
    const ws = await tempDir('mlops-local-action-');
    const r = localAction(action, {}, ws);
    expect(r.afterImport).toBe(0);
    expect(r.kind).toBe('function');
    expect(r.calls.some((c) => c[0] === 'getInput')).toBe(true);
  });
});

describe('data-hash through local-action', () => {
  it('takes its inputs from the .env values and hands its outputs to core.setOutput', async () => {
    const ws = await tempDir('mlops-local-action-');
    mkdirSync(join(ws, 'data'));
    writeFileSync(join(ws, 'data', 'a.csv'), 'x\n1\n');
    const r = localAction('data-hash', { INPUT_PATH: 'data/', INPUT_ALGORITHM: 'sha256', 'INPUT_FOLLOW-SYMLINKS': 'false' }, ws);
    const outputs = Object.fromEntries(r.calls.filter((c) => c[0] === 'setOutput').map((c) => [c[1], c[2]]));
    expect(r.calls.filter((c) => c[0] === 'setFailed')).toEqual([]);
    expect(outputs['hash']).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(outputs['files']).toBe('1');
  });
});
