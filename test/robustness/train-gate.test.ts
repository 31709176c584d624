/**
 * Robustness cases for train-gate: each names the input, the expected exit (1), the one error it
 * expects (what is at fault and the fix) and checks that nothing was written: no outputs, no state for
 * the post step (so nothing is saved to the cache), the workspace and the runner temp unchanged.
 * Runs the bundle: node scripts/build.ts train-gate.
 */
import { createHash } from 'node:crypto';
import { chmodSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildManifest, serializeManifest } from '@mlops-actions/hashing';
import { runStep } from '../harness/step-runner.ts';
import {
  CASE_TIMEOUT_MS,
  caseWorkspace,
  type CaseWorkspace,
  NOBODY,
  actionDir,
  expectCleanFailure,
  expectUnchanged,
  snapshotTree,
} from './helpers.ts';

const DATA = `sha256:${'1'.repeat(64)}`;
const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const manifestText = () => serializeManifest(buildManifest('sha256', [{ path: 'data/a.csv', size: 4, digest: sha('a,1\n') }]));

type Ctx = CaseWorkspace;

type Inputs = Record<string, string>;

interface Case {
  name: string;
  /** Merged over the defaults: data-hash given, cache off. */
  inputs: Inputs | ((c: Ctx) => Inputs);
  setup?: (c: Ctx) => void;
  mentions: readonly (string | RegExp)[] | ((c: Ctx) => readonly (string | RegExp)[]);
  fix: RegExp;
  file?: string;
  line?: number;
  nobody?: boolean;
}

const HASH_FIX = /Pass the hash output of data-hash/;
const OUTSIDE_FIX = /Use a path inside the workspace/;
const MANIFEST_FIX = /Point to a manifest written by data-hash/;
const PARAMS_FIX = /Write the training parameters as key: value lines \(YAML\) or a JSON object/;
const DURATION_FIX = /Write a number and a unit: s, m, h, d or w/;

const params =
  (text: string | Uint8Array, name = 'p.yaml') =>
  (c: Ctx) =>
    c.write(name, text);

const cases: Case[] = [
  // ---- the data: data-hash or data-manifest
  {
    name: 'neither data-hash nor data-manifest',
    inputs: { 'data-hash': '' },
    mentions: ["input 'data-hash'", 'neither data-hash nor data-manifest is set'],
    fix: /Pass the hash or manifest output of a data-hash step/,
  },
  ...(
    [
      ['a word', 'abc'],
      ['upper case', `SHA256:${'A'.repeat(64)}`],
      ['a short digest', 'sha256:abc'],
      ['one digit short', `sha256:${'1'.repeat(63)}`],
      ['an md5 of sha256 length', `md5:${'1'.repeat(64)}`],
      ['an unknown algorithm', `crc32:${'1'.repeat(8)}`],
      ['a space after the colon', `sha256: ${'1'.repeat(64)}`],
      ['the cache key instead of the hash', `sha256-${'1'.repeat(24)}`],
      ['an unexpanded expression', '${{ steps.hash.outputs.hash }}'],
    ] as const
  ).map(
    ([what, value]): Case => ({
      name: `data-hash ${what}`,
      inputs: { 'data-hash': value },
      mentions: ["input 'data-hash'", 'is not a dataset hash'],
      fix: HASH_FIX,
    }),
  ),
  {
    name: 'data-hash and data-manifest disagree',
    setup: (c) => c.write('m.json', manifestText()),
    inputs: { 'data-manifest': 'm.json' },
    mentions: ["input 'data-hash'", `says ${DATA} but data-manifest says sha256:`],
    fix: /Give one of data-hash and data-manifest, from the same data-hash step/,
  },
  {
    name: 'data-manifest missing',
    inputs: { 'data-hash': '', 'data-manifest': 'm.json' },
    mentions: ['m.json', 'manifest not found'],
    fix: /it must be a manifest written by data-hash/,
    file: 'm.json',
  },
  {
    name: 'data-manifest names a folder',
    inputs: { 'data-hash': '', 'data-manifest': 'src' },
    mentions: ['src', 'cannot read the manifest: it is a directory'],
    fix: /Name the file itself/,
    file: 'src',
  },
  {
    name: 'data-manifest not JSON',
    setup: (c) => c.write('m.json', 'hash: x\n'),
    inputs: { 'data-hash': '', 'data-manifest': 'm.json' },
    mentions: ['m.json', 'invalid JSON'],
    fix: MANIFEST_FIX,
    file: 'm.json',
  },
  {
    name: 'data-manifest truncated',
    setup: (c) => c.write('m.json', manifestText().slice(0, 120)),
    inputs: { 'data-hash': '', 'data-manifest': 'm.json' },
    mentions: ['m.json', 'invalid JSON'],
    fix: MANIFEST_FIX,
    file: 'm.json',
  },
  {
    name: 'data-manifest of another kind',
    setup: (c) => c.write('m.json', '{"accuracy": 0.9}'),
    inputs: { 'data-hash': '', 'data-manifest': 'm.json' },
    mentions: ["key 'format'"],
    fix: MANIFEST_FIX,
    file: 'm.json',
  },
  {
    name: 'data-manifest with an edited hash',
    setup: (c) => c.write('m.json', manifestText().replace(/"hash": "sha256:[0-9a-f]+"/, `"hash": "${DATA}"`)),
    inputs: { 'data-hash': '', 'data-manifest': 'm.json' },
    mentions: ["key 'hash'", 'does not match its entries'],
    fix: MANIFEST_FIX,
    file: 'm.json',
  },
  {
    name: 'data-manifest on two lines',
    inputs: { 'data-hash': '', 'data-manifest': 'a.json\nb.json' },
    mentions: ["input 'data-manifest'", 'must be one path'],
    fix: /single path/,
  },
  {
    name: 'data-manifest outside the workspace',
    inputs: { 'data-hash': '', 'data-manifest': '../m.json' },
    mentions: ["input 'data-manifest'", 'leads outside the workspace'],
    fix: OUTSIDE_FIX,
  },
  // ---- params
  {
    name: 'params missing',
    inputs: { params: 'nope.yaml' },
    mentions: ["input 'params'", 'nope.yaml', 'cannot read the params file: file not found'],
    fix: /Check the path/,
    file: 'nope.yaml',
  },
  {
    name: 'params under a file',
    inputs: { params: 'params.yaml/x.yaml' },
    mentions: ["input 'params'", 'params.yaml/x.yaml', 'file not found'],
    fix: /Check the path/,
    file: 'params.yaml/x.yaml',
  },
  {
    name: 'params names a folder',
    inputs: { params: 'src' },
    mentions: ["input 'params'", 'cannot read the params file: it is a directory'],
    fix: /Name the file itself/,
    file: 'src',
  },
  {
    name: 'params a dangling link',
    setup: (c) => symlinkSync('gone.yaml', join(c.ws, 'p.yaml')),
    inputs: { params: 'p.yaml' },
    mentions: ["input 'params'", 'file not found'],
    fix: /Check the path/,
    file: 'p.yaml',
  },
  {
    name: 'params a link loop',
    setup: (c) => symlinkSync('p.yaml', join(c.ws, 'p.yaml')),
    inputs: { params: 'p.yaml' },
    mentions: ["input 'params'", 'symbolic link loop'],
    fix: /Fix the symbolic link/,
    file: 'p.yaml',
  },
  {
    name: 'params unreadable',
    nobody: true,
    setup: (c) => (c.write('p.yaml', 'lr: 1\n'), chmodSync(join(c.ws, 'p.yaml'), 0o000)),
    inputs: { params: 'p.yaml' },
    mentions: ["input 'params'", 'permission denied'],
    fix: /Make the file readable by the runner user/,
    file: 'p.yaml',
  },
  {
    name: 'params empty',
    setup: params(''),
    inputs: { params: 'p.yaml' },
    mentions: ["input 'params'", 'the params file is empty'],
    fix: PARAMS_FIX,
    file: 'p.yaml',
  },
  {
    name: 'params only a comment',
    setup: params('# to do\n'),
    inputs: { params: 'p.yaml' },
    mentions: ['the params file is empty'],
    fix: PARAMS_FIX,
    file: 'p.yaml',
  },
  {
    name: 'params a single word',
    setup: params('hello\n'),
    inputs: { params: 'p.yaml' },
    mentions: ['holds a single string, not a mapping'],
    fix: PARAMS_FIX,
    file: 'p.yaml',
    line: 1,
  },
  {
    name: 'params a number',
    setup: params('42\n'),
    inputs: { params: 'p.yaml' },
    mentions: ['holds a single number'],
    fix: PARAMS_FIX,
    file: 'p.yaml',
  },
  {
    name: 'params a list',
    setup: params('- lr\n- trees\n'),
    inputs: { params: 'p.yaml' },
    mentions: ['holds a list, not a mapping'],
    fix: PARAMS_FIX,
    file: 'p.yaml',
  },
  {
    name: 'params a JSON list',
    setup: params('[1, 2]', 'p.json'),
    inputs: { params: 'p.json' },
    mentions: ['holds a list'],
    fix: PARAMS_FIX,
    file: 'p.json',
  },
  {
    name: 'params binary',
    setup: params(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a])),
    inputs: { params: 'p.yaml' },
    mentions: ["input 'params'"],
    fix: /Write the training parameters|Fix the syntax/,
    file: 'p.yaml',
  },
  {
    name: 'params bad YAML indentation',
    setup: params('a: [\n'),
    inputs: { params: 'p.yaml' },
    mentions: ['cannot parse p.yaml'],
    fix: /Fix the syntax \(JSON or YAML\)/,
    file: 'p.yaml',
    line: 2,
  },
  {
    name: 'params a duplicate key',
    setup: params('lr: 1\nlr: 2\n'),
    inputs: { params: 'p.yaml' },
    mentions: ["key 'lr'", 'the key "lr" is written twice (lines 1 and 2)'],
    fix: /Keep one of the two/,
    file: 'p.yaml',
    line: 2,
  },
  {
    name: 'params a duplicate key in JSON',
    setup: params('{\n  "lr": 1,\n  "lr": 2\n}', 'p.json'),
    inputs: { params: 'p.json' },
    mentions: ["key 'lr'", 'the key "lr" is written twice (lines 2 and 3)'],
    fix: /Keep one of the two/,
    file: 'p.json',
    line: 3,
  },
  {
    name: 'params JSON missing a value',
    setup: params('{\n  "lr": \n}', 'p.json'),
    inputs: { params: 'p.json' },
    mentions: ["input 'params'", 'cannot parse p.json: invalid JSON'],
    fix: /Fix the JSON syntax/,
    file: 'p.json',
    line: 3,
  },
  {
    name: 'params JSON with a trailing comma',
    setup: params('{"lr": 0.1,}', 'p.json'),
    inputs: { params: 'p.json' },
    mentions: ['cannot parse p.json: invalid JSON'],
    fix: /Fix the JSON syntax/,
    file: 'p.json',
    line: 1,
  },
  {
    name: 'params a tab-indented YAML',
    setup: params('model:\n\tlr: 1\n'),
    inputs: { params: 'p.yaml' },
    mentions: ['cannot parse p.yaml'],
    fix: /Fix the syntax/,
    file: 'p.yaml',
  },
  {
    name: 'params outside the workspace',
    inputs: { params: '../p.yaml' },
    mentions: ["input 'params'", "'../p.yaml' leads outside the workspace"],
    fix: OUTSIDE_FIX,
  },
  {
    name: 'params absolute and missing',
    inputs: (c) => ({ params: join(c.outside, 'p.yaml') }),
    mentions: (c) => ["input 'params'", join(c.outside, 'p.yaml'), 'file not found'],
    fix: /Check the path/,
  },
  {
    name: 'params on two lines',
    inputs: { params: 'a.yaml\nb.yaml' },
    mentions: ["input 'params'", 'must be one path'],
    fix: /single path/,
  },
  // ---- code
  {
    name: 'code missing file',
    inputs: { code: 'train.py' },
    mentions: ["input 'code'", "'train.py' does not exist"],
    fix: /Check the path/,
  },
  {
    name: 'code glob matching nothing',
    inputs: { code: 'src/**/*.py' },
    mentions: ["input 'code'", "the glob 'src/**/*.py' matches no file"],
    fix: /Check the pattern/,
  },
  {
    name: 'code outside the workspace',
    inputs: { code: '../lib' },
    mentions: ["input 'code'", 'leads outside the workspace'],
    fix: OUTSIDE_FIX,
  },
  {
    name: 'code absolute outside',
    inputs: { code: '/usr/lib' },
    mentions: ["input 'code'", 'leads outside the workspace'],
    fix: OUTSIDE_FIX,
  },
  {
    name: 'code a dangling link',
    setup: (c) => symlinkSync('gone.ts', join(c.ws, 'src', 'old.ts')),
    inputs: { code: 'src/old.ts' },
    mentions: ["input 'code'", 'symbolic link whose target does not exist'],
    fix: /Fix or remove the link/,
  },
  {
    name: 'code a link (links not followed)',
    setup: (c) => symlinkSync('train.ts', join(c.ws, 'src', 'alias.ts')),
    inputs: { code: 'src/alias.ts' },
    mentions: ["input 'code'", 'follow-symlinks is false'],
    fix: /name the real path/,
  },
  { name: 'code a quoted path', inputs: { code: "'src/train.ts'" }, mentions: ["input 'code'", 'does not exist'], fix: /without quotes/ },
  {
    name: 'code an unreadable file',
    nobody: true,
    setup: (c) => chmodSync(join(c.ws, 'src', 'train.ts'), 0o000),
    inputs: { code: 'src' },
    mentions: ["cannot read 'src/train.ts': permission denied"],
    fix: /Make the file readable/,
    file: 'src/train.ts',
  },
  // ---- max-age, force, cache, drift
  ...['30 days', '-1d', '1y', 'd', '1.5.2d', 'P30D', '30'].map(
    (v): Case => ({
      name: `max-age ${v}`,
      inputs: { 'max-age': v },
      mentions: ["input 'max-age'", `'${v}' is not a duration`],
      fix: DURATION_FIX,
    }),
  ),
  ...['yes', '1', 'force'].map(
    (v): Case => ({ name: `force ${v}`, inputs: { force: v }, mentions: ["input 'force'", `got '${v}'`], fix: /must be true or false/ }),
  ),
  ...['on', 'enabled'].map(
    (v): Case => ({ name: `cache ${v}`, inputs: { cache: v }, mentions: ["input 'cache'", `got '${v}'`], fix: /must be true or false/ }),
  ),
  ...['maybe', '1', 'drifted'].map(
    (v): Case => ({
      name: `drift ${v}`,
      inputs: { drift: v },
      mentions: ["input 'drift'", `got '${v}'`],
      fix: /must be true or false \(the drift output of drift-report\)/,
    }),
  ),
  // ---- where trainings are kept and restored
  {
    name: 'cache-dir names a file',
    inputs: { cache: 'true', 'cache-dir': 'params.yaml' },
    mentions: ["input 'cache-dir'", "'params.yaml' is a file, not a directory"],
    fix: /Name a directory to keep trainings in/,
  },
  {
    name: 'cache-path the workspace',
    inputs: { 'cache-path': '.' },
    mentions: ["input 'cache-path'", "'.' is the workspace"],
    fix: /Name the folder the training writes its model to/,
  },
  {
    name: 'cache-path the root folder',
    inputs: { 'cache-path': '/' },
    mentions: ["input 'cache-path'", 'a folder holding it'],
    fix: /Name the folder the training writes its model to/,
  },
  {
    name: 'cache-path a parent of the workspace',
    inputs: (c) => ({ 'cache-path': dirname(c.ws) }),
    mentions: ["input 'cache-path'", 'a folder holding it'],
    fix: /Name the folder/,
  },
  {
    name: 'cache-path outside the workspace (relative)',
    inputs: { 'cache-path': '../model' },
    mentions: ["input 'cache-path'", "'../model' leads outside the workspace"],
    fix: OUTSIDE_FIX,
  },
  {
    name: 'cache-path on two lines',
    inputs: { 'cache-path': 'model\nother' },
    mentions: ["input 'cache-path'", 'must be one path'],
    fix: /one folder/,
  },
  // ---- the champion in the registry
  {
    name: 'model with a path in its name',
    inputs: { model: '../x', registry: 'file:.mlops/registry' },
    mentions: ["input 'model'", "'../x' is not a valid model name"],
    fix: /lowercase letters, digits/,
  },
  {
    name: 'model with spaces and capitals',
    inputs: { model: 'Churn Model', registry: 'file:.mlops/registry' },
    mentions: ["input 'model'", 'is not a valid model name'],
    fix: /lowercase letters/,
  },
  {
    name: 'alias with a space',
    inputs: { model: 'pm', alias: 'a b', registry: 'file:.mlops/registry' },
    mentions: ["input 'alias'", "'a b' is not a valid alias"],
    fix: /starting with a letter/,
  },
  {
    name: 'registry of an unknown kind',
    inputs: { model: 'pm', registry: 'ftp:host/x' },
    mentions: ["input 'registry'", "'ftp:host/x' is not a registry URI"],
    fix: /Write git:origin/,
  },
];

describe.concurrent('train-gate robustness', () => {
  it('has the cases the suite promises', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });

  for (const c of cases) {
    it(c.name, async () => {
      const ctx: Ctx = caseWorkspace('rb-tg');
      const { ws, runnerTemp, outside } = ctx;
      ctx.write('src/train.ts', 'export const epochs = 10;\n');
      ctx.write('params.yaml', 'lr: 0.1\ntrees: 50\n');
      ctx.write('model/weights.json', '[1,2,3]');
      c.setup?.(ctx);
      if (c.nobody) {
        chmodSync(ws, 0o755);
        chmodSync(runnerTemp, 0o777);
      }
      const before = [snapshotTree(ws), snapshotTree(runnerTemp), snapshotTree(outside)];
      const r = await runStep({
        action: 'train-gate',
        ...actionDir('train-gate'),
        workspace: ws,
        runnerTemp,
        inputs: { 'data-hash': DATA, cache: 'false', ...(typeof c.inputs === 'function' ? c.inputs(ctx) : c.inputs) },
        timeoutMs: CASE_TIMEOUT_MS,
        ...(c.nobody ? { user: NOBODY } : {}),
      });
      expectCleanFailure(r, {
        mentions: typeof c.mentions === 'function' ? c.mentions(ctx) : c.mentions,
        fix: c.fix,
        file: c.file,
        line: c.line,
      });
      const after = [snapshotTree(ws), snapshotTree(runnerTemp), snapshotTree(outside)];
      expectUnchanged(before[0]!, after[0]!, 'the workspace');
      expectUnchanged(before[1]!, after[1]!, 'the runner temp');
      expectUnchanged(before[2]!, after[2]!, 'the folder outside the workspace');
      expect(r.summary).toBe('');
    });
  }
});
