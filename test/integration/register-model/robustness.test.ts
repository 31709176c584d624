/**
 * register-model on bad input, one case per `it`: the bundled action (runStep) must fail cleanly as
 * test/robustness/README.md asks (expectCleanFailure): exit code 1, exactly one `::error::` that names
 * the input or file and states the case's fix, no stack, internal-error wording, raw errno or token;
 * and leave nothing half-written (no outputs, state or job summary, workspace, runner temp and the
 * folder outside unchanged, no registry branch or tag on the remote, no file: registry folder).
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hashPaths, writeManifest } from '@mlops-actions/hashing';
import { type StepResult, stepFor } from '../../harness/step-runner.ts';
import { actionDir, expectCleanFailure, expectUnchanged, snapshotTree } from '../../robustness/helpers.ts';
import { bareRepo, git, projectClone, tempDir, writeFiles } from '../../unit/registry/helpers.ts';

let root: string;
let remote: string;
let ws: string;
let commit: string;

/** The project every case starts from (remote.git, ws, elsewhere), made once: about a dozen git processes. */
let template: string;

beforeAll(async () => {
  template = await tempDir('mlops-register-robust-template-');
  ({ commit } = projectClone(bareRepo(join(template, 'remote.git')), join(template, 'ws')));
  await writeFiles(join(template, 'ws'), {
    'out/model/weights.bin': Buffer.alloc(1024, 3),
    'out/metrics.json': JSON.stringify({ accuracy: 0.93 }),
    'out/params.yaml': 'depth: 6\n',
    'out/validation.json': JSON.stringify({ passed: true }),
    'out/profile.json': JSON.stringify({ format: 'profile', columns: {} }),
    'data/train.csv': 'a,b\n1,2\n',
  });
  await writeFiles(template, { 'elsewhere/w.bin': 'outside' });
});

// Each case starts from a fresh copy of the template in a folder of its own, as if made for it: nothing a
// case did reaches the next. `cp -a` copies the tree in one process (modes and links kept); the one
// absolute path git stored, the clone's remote.origin.url, is pointed at the copy's own remote.
beforeEach(async () => {
  root = await tempDir('mlops-register-robust-');
  execFileSync('cp', ['-a', `${template}/.`, root]);
  remote = join(root, 'remote.git');
  ws = join(root, 'ws');
  const config = join(ws, '.git', 'config');
  const text = readFileSync(config, 'utf8');
  const from = join(template, 'remote.git');
  if (!text.includes(from)) throw new Error(`${config} does not name ${from}`);
  writeFileSync(config, text.split(from).join(remote));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

interface Case {
  name: string;
  inputs: Record<string, string>;
  /** Expected message of the one error annotation. */
  error: RegExp;
  /** The fix the message must state. */
  fix: RegExp;
  /** Files to write into the workspace first. */
  files?: Record<string, string | Buffer>;
  env?: Record<string, string | undefined>;
  setup?: () => Promise<void> | void;
  /** The branch already exists (a prior registration), so only "unchanged" can be checked. */
  registered?: boolean;
  /** Text that must not appear anywhere in the step's output (a secret). */
  secret?: string;
}

const base = { name: 'churn', path: 'out/model' };
const TOKEN_IN_URL = 'ghp_tokenInTheUrl0123456789abcdef';

function fakeGit(version: string): string {
  const dir = join(root, `fake-git-${version}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'git'),
    `#!/bin/sh\nif [ "$1" = version ]; then echo "git version ${version}"; exit 0; fi\nexec /usr/bin/git "$@"\n`,
  );
  chmodSync(join(dir, 'git'), 0o755);
  return `${dir}:${process.env['PATH'] ?? ''}`;
}

const cases: Case[] = [
  // --- name -------------------------------------------------------------------------------------
  {
    name: 'name missing → input name is required',
    inputs: { path: 'out/model' },
    error: /^input 'name': is required/,
    fix: /Add 'name:' under 'with:'/,
  },
  {
    name: "name 'Churn!' → not a valid model name",
    inputs: { ...base, name: 'Churn!' },
    error: /^input 'name': 'Churn!' is not a valid model name.*lowercase/,
    fix: /Use 1 to 64 lowercase letters/,
  },
  {
    name: "name 'a..b' → not a valid model name",
    inputs: { ...base, name: 'a..b' },
    error: /^input 'name': 'a\.\.b' is not a valid model name/,
    fix: /Use 1 to 64 lowercase letters/,
  },
  {
    name: 'name of 70 characters → not a valid model name',
    inputs: { ...base, name: 'm'.repeat(70) },
    error: /^input 'name': 'm{70}' is not a valid model name.*1 to 64/,
    fix: /Use 1 to 64 lowercase letters/,
  },
  {
    name: "name '-rf' → not a valid model name",
    inputs: { ...base, name: '-rf' },
    error: /^input 'name': '-rf' is not a valid model name/,
    fix: /starting and ending with a letter or digit/,
  },
  // --- path -------------------------------------------------------------------------------------
  {
    name: 'path missing → input path is required',
    inputs: { name: 'churn' },
    error: /^input 'path': is required/,
    fix: /Add 'path:' under 'with:'/,
  },
  {
    name: 'path glob matching nothing → the glob matches no file',
    inputs: { ...base, path: 'out/nothing/*.bin' },
    error: /^input 'path'.*matches no file/,
    fix: /Check the pattern/,
  },
  {
    name: 'path that does not exist → does not exist',
    inputs: { ...base, path: 'out/missing-model' },
    error: /^input 'path'.*out\/missing-model.* does not exist/,
    fix: /Check the path \(relative to the workspace\)/,
  },
  {
    name: 'path absolute outside the workspace → leads outside the workspace',
    inputs: { ...base, path: '/etc' },
    error: /^input 'path': '\/etc' leads outside the workspace.*inside the workspace/,
    fix: /Register model files from inside the workspace/,
  },
  {
    name: 'path relative outside the workspace (../) → leads outside the workspace',
    inputs: { ...base, path: '../elsewhere' },
    error: /^input 'path': '\.\.\/elsewhere' leads outside the workspace/,
    fix: /Register model files from inside the workspace/,
  },
  {
    name: 'path through a symbolic link to outside → leads outside the workspace',
    inputs: { ...base, path: 'linked' },
    setup: () => symlinkSync(join(root, 'elsewhere'), join(ws, 'linked')),
    error: /^input 'path': 'linked' leads outside the workspace/,
    fix: /Register model files from inside the workspace/,
  },
  {
    name: 'path with one line outside among several → leads outside the workspace',
    inputs: { ...base, path: 'out/model\n/etc/hostname' },
    error: /^input 'path': '\/etc\/hostname' leads outside the workspace/,
    fix: /Register model files from inside the workspace/,
  },
  {
    name: 'path holding only a .git folder → matched no file',
    inputs: { ...base, path: 'out/clone' },
    files: { 'out/clone/.git/config': '[core]\n', 'out/clone/.git/HEAD': 'ref: refs/heads/main\n' },
    error: /^input 'path': matched no file/,
    fix: /Point it at the model files the training wrote/,
  },
  {
    name: "path with a 'git~1' folder → a name git treats as .git",
    inputs: { ...base, path: 'out/model' },
    files: { 'out/model/git~1/x': 'y' },
    error: /^input 'path': the model file 'git~1\/x' cannot be stored in a git registry.*Rename or remove it/,
    fix: /Rename or remove it before registering/,
  },
  // --- version and bump ---------------------------------------------------------------------------
  {
    name: "version '1.0' → not a semantic version",
    inputs: { ...base, version: '1.0' },
    error: /^input 'version': '1\.0' is not a semantic version/,
    fix: /Write MAJOR\.MINOR\.PATCH/,
  },
  {
    name: "version '1.0.0+build.5' → build metadata refused",
    inputs: { ...base, version: '1.0.0+build.5' },
    error: /^input 'version': '1\.0\.0\+build\.5' is not a semantic version without build metadata/,
    fix: /Write MAJOR\.MINOR\.PATCH/,
  },
  {
    name: "version '--upload-pack=x' → not a semantic version",
    inputs: { ...base, version: '--upload-pack=x' },
    error: /^input 'version': '--upload-pack=x' is not a semantic version/,
    fix: /Write MAJOR\.MINOR\.PATCH/,
  },
  {
    name: "bump 'huge' → must be major, minor or patch",
    inputs: { ...base, bump: 'huge' },
    error: /^input 'bump': must be one of 'major', 'minor', 'patch'/,
    fix: /must be one of 'major', 'minor', 'patch'/,
  },
  {
    name: 'version already registered with other files → versions are immutable',
    inputs: { ...base, version: '1.0.0' },
    registered: true,
    setup: async () => {
      const first = await step({ ...base, version: '1.0.0' });
      expect(first.exitCode, first.stdout).toBe(0);
      writeFileSync(join(ws, 'out/model/weights.bin'), 'retrained');
    },
    error: /churn@1\.0\.0 is already registered with different files.*Versions are immutable/,
    fix: /register these files under a new version, or leave version empty to bump/,
  },
  // --- store --------------------------------------------------------------------------------------
  {
    name: "store 's3' → must be auto, registry, release or file:<dir>",
    inputs: { ...base, store: 's3' },
    error: /^input 'store': must be auto, registry, release or file:<dir>/,
    fix: /Leave store empty for auto/,
  },
  {
    name: "store 'file:' → names no directory",
    inputs: { ...base, store: 'file:' },
    error: /^input 'store': 'file:' names no directory/,
    fix: /Write file:<directory>/,
  },
  // --- metrics and params -------------------------------------------------------------------------
  {
    name: 'metrics file missing → names the file',
    inputs: { ...base, metrics: 'out/missing.json' },
    error: /out\/missing\.json.*(not found|does not exist)/,
    fix: /Check the path; it is relative to the workspace/,
  },
  {
    name: 'metrics a directory → names the file',
    inputs: { ...base, metrics: 'out/model' },
    error: /out\/model.*directory/i,
    fix: /Name the file itself/,
  },
  {
    name: 'metrics a list, not a mapping → must hold a mapping',
    inputs: { ...base, metrics: 'out/m.json' },
    files: { 'out/m.json': '[1, 2]' },
    error: /^input 'metrics', out\/m\.json: must hold a mapping/,
    fix: /Write the metrics as name: value pairs/,
  },
  {
    name: 'metrics with a syntax error → names the file and line',
    inputs: { ...base, metrics: 'out/m.json' },
    files: { 'out/m.json': '{\n  "auc": 0.9,\n  "acc": [0.8\n}' },
    error: /out\/m\.json:\d+: cannot parse/,
    fix: /Fix the JSON syntax/,
  },
  {
    name: 'metrics with a duplicate key → names the file',
    inputs: { ...base, metrics: 'out/m.yaml' },
    files: { 'out/m.yaml': 'auc: 0.9\nauc: 0.8\n' },
    error: /out\/m\.yaml:2, key 'auc': the key "auc" is written twice \(lines 1 and 2\)\. Keep one of the two/,
    fix: /Keep one of the two/,
  },
  {
    name: 'metrics .json with a trailing comma → strict JSON, names the file, line and fix',
    inputs: { ...base, metrics: 'out/m.json' },
    files: { 'out/m.json': '{\n  "auc": 0.9,\n}' },
    error: /out\/m\.json:3: cannot parse out\/m\.json as JSON: a comma before "}"\. Fix the JSON syntax/,
    fix: /Fix the JSON syntax/,
  },
  {
    name: 'metrics JSON 1e999 (infinity) → names file, line and key',
    inputs: { ...base, metrics: 'out/m.json' },
    files: { 'out/m.json': '{\n  "accuracy": 0.9,\n  "loss": 1e999\n}\n' },
    error: /^input 'metrics', out\/m\.json:3, key 'loss': metric "loss" is infinity.*Write a finite number/,
    fix: /Write a finite number, or leave the entry out/,
  },
  {
    name: 'metrics YAML .nan → names file, line and key',
    inputs: { ...base, metrics: 'out/m.yaml' },
    files: { 'out/m.yaml': 'eval:\n  auc: .nan\n' },
    error: /^input 'metrics', out\/m\.yaml:2, key 'eval\.auc': metric "eval\.auc" is NaN/,
    fix: /Write a finite number, or leave the entry out/,
  },
  {
    name: 'metrics Python-style NaN in JSON → refused like validate-metrics',
    inputs: { ...base, metrics: 'out/m.json' },
    files: { 'out/m.json': '{"auc": NaN}' },
    error: /key 'auc': metric "auc" is NaN/,
    fix: /Write a finite number, or leave the entry out/,
  },
  {
    name: 'metrics YAML -.inf → minus infinity',
    inputs: { ...base, metrics: 'out/m.yaml' },
    files: { 'out/m.yaml': 'loss: -.inf\n' },
    error: /key 'loss': metric "loss" is minus infinity/,
    fix: /Write a finite number, or leave the entry out/,
  },
  {
    name: 'params YAML .inf → names the key',
    inputs: { ...base, params: 'out/p.yaml' },
    files: { 'out/p.yaml': 'depth: 6\nmax_leaf: .inf\n' },
    error: /^input 'params', out\/p\.yaml:2, key 'max_leaf': value "max_leaf" is infinity/,
    fix: /Write a finite number, or leave the entry out/,
  },
  {
    name: 'params a scalar, not a mapping → must hold a mapping',
    inputs: { ...base, params: 'out/p.yaml' },
    files: { 'out/p.yaml': 'just text\n' },
    error: /input 'params', out\/p\.yaml: must hold a mapping/,
    fix: /Write the params as name: value pairs/,
  },
  // --- lineage files ------------------------------------------------------------------------------
  {
    name: 'validation-report missing → names the file',
    inputs: { ...base, 'validation-report': 'out/nope.json' },
    error: /^input 'validation-report', out\/nope\.json: cannot be read: file not found/,
    fix: /Pass the 'report' output of validate-metrics/,
  },
  {
    name: 'validation-report of a newer format → written by a newer validate-metrics',
    inputs: { ...base, 'validation-report': 'out/v.json' },
    files: { 'out/v.json': JSON.stringify({ format: 'mlops-actions/validate-metrics-report@2', passed: true }) },
    error: /^input 'validation-report', out\/v\.json:1, key 'format': was written by a newer validate-metrics/,
    fix: /Use the same release of mlops-actions/,
  },
  {
    name: 'validation-report without a format (a hand-written verdict) → not a validate-metrics report',
    inputs: { ...base, 'validation-report': 'out/validation.json' },
    error: /^input 'validation-report', out\/validation\.json, key 'format': is not a validate-metrics report: it has no 'format'/,
    fix: /Pass the 'report' output of validate-metrics/,
  },
  {
    name: 'validation-report not a report → is not a validate-metrics report',
    inputs: { ...base, 'validation-report': 'out/metrics.json' },
    error: /out\/metrics\.json.*is not a validate-metrics report/,
    fix: /Pass the 'report' output of validate-metrics/,
  },
  {
    name: 'validation-report invalid JSON → cannot parse',
    inputs: { ...base, 'validation-report': 'out/v.json' },
    files: { 'out/v.json': '{"passed": tru' },
    error: /out\/v\.json.*cannot parse/,
    fix: /Fix the JSON syntax/,
  },
  {
    name: "data-hash 'md5sum' → not a dataset hash",
    inputs: { ...base, 'data-hash': 'md5sum' },
    error: /^input 'data-hash': 'md5sum' is not a dataset hash/,
    fix: /Pass the 'hash' output of data-hash/,
  },
  {
    name: 'data-manifest missing → names the file',
    inputs: { ...base, 'data-manifest': 'out/manifest.json' },
    error: /out\/manifest\.json/,
    fix: /Check the path; it must be a manifest written by data-hash/,
  },
  {
    name: 'data-manifest not a manifest → names the file',
    inputs: { ...base, 'data-manifest': 'out/metrics.json' },
    error: /out\/metrics\.json/,
    fix: /Point to a manifest written by data-hash/,
  },
  {
    name: 'data-hash disagreeing with data-manifest → give one of them',
    inputs: { ...base, 'data-manifest': 'out/manifest.json', 'data-hash': `sha256:${'0'.repeat(64)}` },
    setup: async () => writeManifest(join(ws, 'out/manifest.json'), await hashPaths({ root: ws, paths: ['data'] })),
    error: /^input 'data-hash': says sha256:0{64} but the data-manifest says sha256:[0-9a-f]{64}.*Give one of/,
    fix: /Give one of data-manifest and data-hash, from the same data-hash step/,
  },
  {
    name: 'reference-profile not JSON → is not valid JSON',
    inputs: { ...base, 'reference-profile': 'out/params.yaml' },
    error: /input 'reference-profile', out\/params\.yaml: is not valid JSON/,
    fix: /Pass the JSON profile written by drift-report/,
  },
  {
    name: 'reference-profile missing → cannot read the file',
    inputs: { ...base, 'reference-profile': 'out/nope.json' },
    error: /input 'reference-profile', out\/nope\.json: cannot read the file: it does not exist/,
    fix: /Check the path; it is relative to the workspace/,
  },
  {
    name: 'fingerprint garbage → neither a fingerprint nor fingerprint-parts',
    inputs: { ...base, fingerprint: 'abc' },
    error: /^input 'fingerprint': is neither a training fingerprint/,
    fix: /Pass '\$\{\{ steps\.<gate>\.outputs\.fingerprint-parts \}\}'/,
  },
  {
    name: 'fingerprint-parts whose parts do not give the fingerprint → names the key',
    inputs: {
      ...base,
      fingerprint: JSON.stringify({
        data: `sha256:${'b'.repeat(64)}`,
        code: '-',
        params: '-',
        extra: '-',
        fingerprint: `sha256:${'a'.repeat(64)}`,
      }),
    },
    error:
      /^input 'fingerprint', key 'fingerprint': is not the fingerprint-parts JSON of train-gate: its parts do not give its fingerprint/,
    fix: /Pass '\$\{\{ steps\.<gate>\.outputs\.fingerprint-parts \}\}'/,
  },
  // --- alias and tag ------------------------------------------------------------------------------
  {
    name: "alias 'Prod!' → not a valid alias",
    inputs: { ...base, alias: 'Prod!' },
    error: /^input 'alias': 'Prod!' is not a valid alias/,
    fix: /Use 1 to 64 lowercase letters/,
  },
  {
    name: "tag 'maybe' → not a boolean",
    inputs: { ...base, tag: 'maybe' },
    error: /^input 'tag'.*(true|boolean)/i,
    fix: /must be true or false/,
  },
  // --- registry -----------------------------------------------------------------------------------
  {
    name: "registry 's3://bucket' → not a registry URI",
    inputs: { ...base, registry: 's3://bucket' },
    error: /^input 'registry': 's3:\/\/bucket' is not a registry URI/,
    fix: /Write git:origin .*, git:<url or path>, or file:<dir>/,
  },
  {
    name: "registry 'git:upstream' → no git remote named upstream",
    inputs: { ...base, registry: 'git:upstream' },
    error: /^input 'registry': the workspace .* has no git remote named 'upstream'.*actions\/checkout/,
    fix: /Check out the repository first \(actions\/checkout\), or give the remote's URL or path/,
  },
  {
    name: 'registry URL with user:token → credentials refused, token never printed',
    inputs: { ...base, registry: `git:https://x-access-token:${TOKEN_IN_URL}@github.com/octo-org/ml-project.git` },
    secret: TOKEN_IN_URL,
    error:
      /^input 'registry': the registry URL git:https:\/\/\*\*\*@github\.com\/octo-org\/ml-project\.git carries credentials.*github-token/,
    fix: /Remove them from the URL .* and pass the token as the github-token input/,
  },
  {
    name: 'registry URL with a token as user name → credentials refused, token never printed',
    inputs: { ...base, registry: `git:https://${TOKEN_IN_URL}@github.com/octo-org/ml-project.git` },
    secret: TOKEN_IN_URL,
    error: /^input 'registry': the registry URL .* carries credentials.*github-token/,
    fix: /Remove them from the URL .* and pass the token as the github-token input/,
  },
  {
    name: 'registry that is not a git repository → cannot reach the registry',
    inputs: { ...base, registry: 'git:/nonexistent/registry.git' },
    error:
      /^cannot reach the registry git:\/nonexistent\/registry\.git: .*does not appear to be a git repository.*names a reachable git remote/,
    fix: /Check that git:\/nonexistent\/registry\.git names a reachable git remote/,
  },
  {
    name: "registry 'file:' → names no directory",
    inputs: { ...base, registry: 'file:' },
    error: /^input 'registry': 'file:' names no directory/,
    fix: /Write file:<directory>/,
  },
  {
    name: 'registry file: at a path that is a file → cannot create the registry directory',
    inputs: { ...base, registry: 'file:data/train.csv/registry' },
    error:
      /^cannot create the registry directory .*data\/train\.csv\/registry: (a file is in the way of a folder|a part of the path is a file).*writable directory/,
    fix: /Use a writable directory for the file: registry/,
  },
  {
    name: 'registry file: with a corrupted registry.json → names the file and how to restore it',
    inputs: { ...base, registry: 'file:reg' },
    files: { 'reg/registry.json': '{ not json', 'reg/models/other/index.json': '{}' },
    registered: true,
    error: /registry file '.*reg\/registry\.json' is corrupted: not valid JSON.*Restore it/,
    fix: /Restore it from the registry's history/,
  },
  {
    name: "registry-branch '../bad' → not a usable branch name",
    inputs: { ...base, 'registry-branch': '../bad' },
    error: /^input 'registry-branch': '\.\.\/bad' is not a usable branch name/,
    fix: /Use a plain branch name such as mlops-registry/,
  },
  {
    name: "registry-branch '-x' → not a usable branch name",
    inputs: { ...base, 'registry-branch': '-x' },
    error: /^input 'registry-branch': '-x' is not a usable branch name/,
    fix: /Use a plain branch name such as mlops-registry/,
  },
  // --- environment --------------------------------------------------------------------------------
  {
    name: 'GITHUB_SHA of --upload-pack=<command> → not a commit id, the command never runs',
    inputs: { ...base, tag: 'true' },
    env: { GITHUB_SHA: '--upload-pack=touch PWNED' },
    error: /the commit "--upload-pack=touch PWNED" \(GITHUB_SHA\) is not a git commit id.*do not override it/,
    fix: /do not override it in env:/,
  },
  {
    name: "GITHUB_SHA 'abc123' (short) → not a commit id",
    inputs: base,
    env: { GITHUB_SHA: 'abc123' },
    error: /the commit "abc123" \(GITHUB_SHA\) is not a git commit id/,
    fix: /do not override it in env:/,
  },
  {
    name: 'git 2.30 on the PATH → too old for GIT_CONFIG_COUNT',
    inputs: base,
    env: { PATH: 'FAKE_GIT_2.30.0' },
    error: /^git 2\.30\.0 is too old for the git: registry, which needs git 2\.31 or later.*Upgrade git/,
    fix: /Upgrade git on the runner/,
  },
  {
    name: 'no git on the PATH → cannot run git',
    inputs: base,
    env: { PATH: join('/nonexistent', 'bin') },
    error: /^cannot run git: there is no git on the PATH.*Install git 2\.31 or later/,
    fix: /Install git 2\.31 or later on the runner/,
  },
];

const registerStep = stepFor('register-model', () => ({ ...actionDir('register-model'), workspace: ws, env: { GITHUB_SHA: commit } }));
const step = (inputs: Record<string, string>, env: Record<string, string | undefined> = {}, runnerTemp?: string): Promise<StepResult> =>
  registerStep(inputs, { env, ...(runnerTemp ? { runnerTemp } : {}) });

describe('register-model refuses bad input with one clear error and writes nothing', () => {
  for (const c of cases) {
    it(c.name, async () => {
      if (c.files) await writeFiles(ws, c.files);
      await c.setup?.();
      const headBefore = c.registered ? git(['for-each-ref'], remote) : '';
      const env = { ...(c.env ?? {}) };
      if (env['PATH']?.startsWith('FAKE_GIT_')) env['PATH'] = fakeGit(env['PATH'].slice('FAKE_GIT_'.length));
      const runnerTemp = await tempDir('mlops-register-robust-runner-');
      const before = snapshotTree(ws);
      const tempBefore = snapshotTree(runnerTemp);
      const outside = snapshotTree(join(root, 'elsewhere'));
      const r = await step(c.inputs, env, runnerTemp);
      // Exit 1, one ::error:: naming the input/file with the fix; no stack, internal-error wording,
      // raw errno or token (nor the case's secret); no outputs, no state.
      expectCleanFailure(r, { mentions: [c.error], fix: c.fix, secrets: c.secret ? [c.secret] : [] });
      expect(
        r.stdout.split('\n').filter((l) => l.startsWith('::error')),
        r.stdout,
      ).toHaveLength(1);
      if (c.secret) expect(`${r.stdout}\n${r.stderr}\n${r.summary}`).not.toContain(c.secret);
      // Nothing half-written: no job summary, the workspace (its clone's .git too), the runner temp and
      // the folder outside the workspace unchanged, byte for byte; nothing on the remote.
      expect(r.summary, r.stdout).toBe('');
      expectUnchanged(before, snapshotTree(ws), 'the workspace');
      expectUnchanged(tempBefore, snapshotTree(runnerTemp), 'the runner temp');
      expectUnchanged(outside, snapshotTree(join(root, 'elsewhere')), 'the folder outside the workspace');
      expect(existsSync(join(r.runnerTemp, 'register-model'))).toBe(false);
      if (c.registered) expect(git(['for-each-ref'], remote)).toBe(headBefore);
      else expect(git(['for-each-ref'], remote)).not.toMatch(/mlops-registry|refs\/tags/);
      expect(existsSync(join(ws, '.mlops'))).toBe(false);
      if (c.inputs['registry']?.startsWith('file:') && !c.registered) {
        const dir = c.inputs['registry'].slice('file:'.length);
        expect(dir === '' || !existsSync(join(ws, dir))).toBe(true);
      }
      expect(existsSync(join(ws, 'PWNED'))).toBe(false);
      expect(readdirSync(ws).filter((n) => n.startsWith('.staging'))).toEqual([]);
    });
  }
});
