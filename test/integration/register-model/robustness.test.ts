/**
 * register-model on bad input, one case per `it`: the bundled action (runStep) must fail with exit
 * code 1, print exactly one `::error::` that names the input or file and says what to do, print no
 * stack, and leave nothing half-written (no registry branch or tag on the remote, no file: registry
 * folder, no card copy, no outputs).
 */
import { chmodSync, existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashPaths, writeManifest } from '@mlops-actions/hashing';
import { runStep, type StepResult } from '../../harness/step-runner.ts';
import { bareRepo, git, projectClone, tempDir, writeFiles } from '../../unit/registry/helpers.ts';

let root: string;
let remote: string;
let ws: string;
let commit: string;

beforeEach(async () => {
  root = await tempDir('mlops-register-robust-');
  remote = bareRepo(join(root, 'remote.git'));
  ({ dir: ws, commit } = projectClone(remote, join(root, 'ws')));
  await writeFiles(ws, {
    'out/model/weights.bin': Buffer.alloc(1024, 3),
    'out/metrics.json': JSON.stringify({ accuracy: 0.93 }),
    'out/params.yaml': 'depth: 6\n',
    'out/validation.json': JSON.stringify({ passed: true }),
    'out/profile.json': JSON.stringify({ format: 'profile', columns: {} }),
    'data/train.csv': 'a,b\n1,2\n',
  });
  await writeFiles(root, { 'elsewhere/w.bin': 'outside' });
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

interface Case {
  name: string;
  inputs: Record<string, string>;
  /** Expected message of the one error annotation. */
  error: RegExp;
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
const RAW_ERRNO = /\b(?:ENOENT|EEXIST|EACCES|EPERM|EISDIR|ENOTDIR|ELOOP|EROFS|ENOSPC|EMFILE|EBUSY|EXDEV|ENAMETOOLONG|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|EAI_AGAIN|ENOTFOUND)\b/;
const TOKEN_IN_URL = 'ghp_tokenInTheUrl0123456789abcdef';

function fakeGit(version: string): string {
  const dir = join(root, `fake-git-${version}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'git'), `#!/bin/sh\nif [ "$1" = version ]; then echo "git version ${version}"; exit 0; fi\nexec /usr/bin/git "$@"\n`);
  chmodSync(join(dir, 'git'), 0o755);
  return `${dir}:${process.env['PATH'] ?? ''}`;
}

const cases: Case[] = [
  // --- name -------------------------------------------------------------------------------------
  { name: 'name missing → input name is required', inputs: { path: 'out/model' }, error: /^input 'name': is required/ },
  { name: "name 'Churn!' → not a valid model name", inputs: { ...base, name: 'Churn!' }, error: /^input 'name': 'Churn!' is not a valid model name.*lowercase/ },
  { name: "name 'a..b' → not a valid model name", inputs: { ...base, name: 'a..b' }, error: /^input 'name': 'a\.\.b' is not a valid model name/ },
  { name: 'name of 70 characters → not a valid model name', inputs: { ...base, name: 'm'.repeat(70) }, error: /^input 'name': 'm{70}' is not a valid model name.*1 to 64/ },
  { name: "name '-rf' → not a valid model name", inputs: { ...base, name: '-rf' }, error: /^input 'name': '-rf' is not a valid model name/ },
  // --- path -------------------------------------------------------------------------------------
  { name: 'path missing → input path is required', inputs: { name: 'churn' }, error: /^input 'path': is required/ },
  { name: 'path glob matching nothing → the glob matches no file', inputs: { ...base, path: 'out/nothing/*.bin' }, error: /^input 'path'.*matches no file/ },
  { name: 'path that does not exist → does not exist', inputs: { ...base, path: 'out/missing-model' }, error: /^input 'path'.*out\/missing-model.* does not exist/ },
  { name: 'path absolute outside the workspace → leads outside the workspace', inputs: { ...base, path: '/etc' }, error: /^input 'path': '\/etc' leads outside the workspace.*inside the workspace/ },
  { name: 'path relative outside the workspace (../) → leads outside the workspace', inputs: { ...base, path: '../elsewhere' }, error: /^input 'path': '\.\.\/elsewhere' leads outside the workspace/ },
  {
    name: 'path through a symbolic link to outside → leads outside the workspace',
    inputs: { ...base, path: 'linked' },
    setup: () => symlinkSync(join(root, 'elsewhere'), join(ws, 'linked')),
    error: /^input 'path': 'linked' leads outside the workspace/,
  },
  { name: 'path with one line outside among several → leads outside the workspace', inputs: { ...base, path: 'out/model\n/etc/hostname' }, error: /^input 'path': '\/etc\/hostname' leads outside the workspace/ },
  {
    name: 'path holding only a .git folder → matched no file',
    inputs: { ...base, path: 'out/clone' },
    files: { 'out/clone/.git/config': '[core]\n', 'out/clone/.git/HEAD': 'ref: refs/heads/main\n' },
    error: /^input 'path': matched no file/,
  },
  {
    name: "path with a 'git~1' folder → a name git treats as .git",
    inputs: { ...base, path: 'out/model' },
    files: { 'out/model/git~1/x': 'y' },
    error: /^input 'path': the model file 'git~1\/x' cannot be stored in a git registry.*Rename or remove it/,
  },
  // --- version and bump ---------------------------------------------------------------------------
  { name: "version '1.0' → not a semantic version", inputs: { ...base, version: '1.0' }, error: /^input 'version': '1\.0' is not a semantic version/ },
  { name: "version '1.0.0+build.5' → build metadata refused", inputs: { ...base, version: '1.0.0+build.5' }, error: /^input 'version': '1\.0\.0\+build\.5' is not a semantic version without build metadata/ },
  { name: "version '--upload-pack=x' → not a semantic version", inputs: { ...base, version: '--upload-pack=x' }, error: /^input 'version': '--upload-pack=x' is not a semantic version/ },
  { name: "bump 'huge' → must be major, minor or patch", inputs: { ...base, bump: 'huge' }, error: /^input 'bump': must be one of 'major', 'minor', 'patch'/ },
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
  },
  // --- store --------------------------------------------------------------------------------------
  { name: "store 's3' → must be auto, registry, release or file:<dir>", inputs: { ...base, store: 's3' }, error: /^input 'store': must be auto, registry, release or file:<dir>/ },
  { name: "store 'file:' → names no directory", inputs: { ...base, store: 'file:' }, error: /'file:' names no directory.*file:<directory>/ },
  // --- metrics and params -------------------------------------------------------------------------
  { name: 'metrics file missing → names the file', inputs: { ...base, metrics: 'out/missing.json' }, error: /out\/missing\.json.*(not found|does not exist)/ },
  { name: 'metrics a directory → names the file', inputs: { ...base, metrics: 'out/model' }, error: /out\/model.*directory/i },
  { name: 'metrics a list, not a mapping → must hold a mapping', inputs: { ...base, metrics: 'out/m.json' }, files: { 'out/m.json': '[1, 2]' }, error: /input 'metrics', out\/m\.json: must hold a mapping/ },
  { name: 'metrics with a syntax error → names the file and line', inputs: { ...base, metrics: 'out/m.json' }, files: { 'out/m.json': '{\n  "auc": 0.9,\n  "acc": [0.8\n}' }, error: /out\/m\.json:\d+: cannot parse/ },
  { name: 'metrics with a duplicate key → names the file', inputs: { ...base, metrics: 'out/m.yaml' }, files: { 'out/m.yaml': 'auc: 0.9\nauc: 0.8\n' }, error: /out\/m\.yaml:2, key 'auc': the key "auc" is written twice \(lines 1 and 2\)\. Keep one of the two/ },
  { name: 'metrics .json with a trailing comma → strict JSON, names the file, line and fix', inputs: { ...base, metrics: 'out/m.json' }, files: { 'out/m.json': '{\n  "auc": 0.9,\n}' }, error: /out\/m\.json:3: cannot parse out\/m\.json as JSON: a comma before "}"\. Fix the JSON syntax/ },
  {
    name: 'metrics JSON 1e999 (infinity) → names file, line and key',
    inputs: { ...base, metrics: 'out/m.json' },
    files: { 'out/m.json': '{\n  "accuracy": 0.9,\n  "loss": 1e999\n}\n' },
    error: /^input 'metrics', out\/m\.json:3, key 'loss': metric "loss" is infinity.*Write a finite number/,
  },
  { name: 'metrics YAML .nan → names file, line and key', inputs: { ...base, metrics: 'out/m.yaml' }, files: { 'out/m.yaml': 'eval:\n  auc: .nan\n' }, error: /^input 'metrics', out\/m\.yaml:2, key 'eval\.auc': metric "eval\.auc" is NaN/ },
  { name: "metrics Python-style NaN in JSON → refused like validate-metrics", inputs: { ...base, metrics: 'out/m.json' }, files: { 'out/m.json': '{"auc": NaN}' }, error: /key 'auc': metric "auc" is NaN/ },
  { name: 'metrics YAML -.inf → minus infinity', inputs: { ...base, metrics: 'out/m.yaml' }, files: { 'out/m.yaml': 'loss: -.inf\n' }, error: /key 'loss': metric "loss" is minus infinity/ },
  { name: 'params YAML .inf → names the key', inputs: { ...base, params: 'out/p.yaml' }, files: { 'out/p.yaml': 'depth: 6\nmax_leaf: .inf\n' }, error: /^input 'params', out\/p\.yaml:2, key 'max_leaf': value "max_leaf" is infinity/ },
  { name: 'params a scalar, not a mapping → must hold a mapping', inputs: { ...base, params: 'out/p.yaml' }, files: { 'out/p.yaml': 'just text\n' }, error: /input 'params', out\/p\.yaml: must hold a mapping/ },
  // --- lineage files ------------------------------------------------------------------------------
  { name: 'validation-report missing → names the file', inputs: { ...base, 'validation-report': 'out/nope.json' }, error: /out\/nope\.json/ },
  { name: 'validation-report not a report → is not a validate-metrics report', inputs: { ...base, 'validation-report': 'out/metrics.json' }, error: /out\/metrics\.json.*is not a validate-metrics report/ },
  { name: 'validation-report invalid JSON → cannot parse', inputs: { ...base, 'validation-report': 'out/v.json' }, files: { 'out/v.json': '{"passed": tru' }, error: /out\/v\.json.*cannot parse/ },
  { name: "data-hash 'md5sum' → not a dataset hash", inputs: { ...base, 'data-hash': 'md5sum' }, error: /^input 'data-hash': 'md5sum' is not a dataset hash/ },
  { name: 'data-manifest missing → names the file', inputs: { ...base, 'data-manifest': 'out/manifest.json' }, error: /out\/manifest\.json/ },
  { name: 'data-manifest not a manifest → names the file', inputs: { ...base, 'data-manifest': 'out/metrics.json' }, error: /out\/metrics\.json/ },
  {
    name: 'data-hash disagreeing with data-manifest → give one of them',
    inputs: { ...base, 'data-manifest': 'out/manifest.json', 'data-hash': `sha256:${'0'.repeat(64)}` },
    setup: async () => writeManifest(join(ws, 'out/manifest.json'), await hashPaths({ root: ws, paths: ['data'] })),
    error: /^input 'data-hash': says sha256:0{64} but the data-manifest says sha256:[0-9a-f]{64}.*Give one of/,
  },
  { name: 'reference-profile not JSON → is not valid JSON', inputs: { ...base, 'reference-profile': 'out/params.yaml' }, error: /input 'reference-profile', out\/params\.yaml: is not valid JSON/ },
  { name: 'reference-profile missing → cannot read the file', inputs: { ...base, 'reference-profile': 'out/nope.json' }, error: /input 'reference-profile', out\/nope\.json: cannot read the file: it does not exist/ },
  { name: 'fingerprint garbage → neither a fingerprint nor fingerprint-parts', inputs: { ...base, fingerprint: 'abc' }, error: /^input 'fingerprint': is neither a training fingerprint/ },
  // --- alias and tag ------------------------------------------------------------------------------
  { name: "alias 'Prod!' → not a valid alias", inputs: { ...base, alias: 'Prod!' }, error: /^input 'alias': 'Prod!' is not a valid alias/ },
  { name: "tag 'maybe' → not a boolean", inputs: { ...base, tag: 'maybe' }, error: /^input 'tag'.*(true|boolean)/i },
  // --- registry -----------------------------------------------------------------------------------
  { name: "registry 's3://bucket' → not a registry URI", inputs: { ...base, registry: 's3://bucket' }, error: /^input 'registry': 's3:\/\/bucket' is not a registry URI/ },
  { name: "registry 'git:upstream' → no git remote named upstream", inputs: { ...base, registry: 'git:upstream' }, error: /^input 'registry': the workspace .* has no git remote named 'upstream'.*actions\/checkout/ },
  {
    name: 'registry URL with user:token → credentials refused, token never printed',
    inputs: { ...base, registry: `git:https://x-access-token:${TOKEN_IN_URL}@github.com/octo-org/ml-project.git` },
    secret: TOKEN_IN_URL,
    error: /^input 'registry': the registry URL git:https:\/\/\*\*\*@github\.com\/octo-org\/ml-project\.git carries credentials.*github-token/,
  },
  {
    name: 'registry URL with a token as user name → credentials refused, token never printed',
    inputs: { ...base, registry: `git:https://${TOKEN_IN_URL}@github.com/octo-org/ml-project.git` },
    secret: TOKEN_IN_URL,
    error: /^input 'registry': the registry URL .* carries credentials.*github-token/,
  },
  {
    name: 'registry that is not a git repository → cannot reach the registry',
    inputs: { ...base, registry: 'git:/nonexistent/registry.git' },
    error: /^cannot reach the registry git:\/nonexistent\/registry\.git: .*does not appear to be a git repository.*names a reachable git remote/,
  },
  { name: "registry 'file:' → names no directory", inputs: { ...base, registry: 'file:' }, error: /'file:' names no directory/ },
  {
    name: 'registry file: at a path that is a file → cannot create the registry directory',
    inputs: { ...base, registry: 'file:data/train.csv/registry' },
    error: /^cannot create the registry directory .*data\/train\.csv\/registry: (a file is in the way of a folder|a part of the path is a file).*writable directory/,
  },
  {
    name: 'registry file: with a corrupted registry.json → names the file and how to restore it',
    inputs: { ...base, registry: 'file:reg' },
    files: { 'reg/registry.json': '{ not json', 'reg/models/other/index.json': '{}' },
    registered: true,
    error: /registry file '.*reg\/registry\.json' is corrupted: not valid JSON.*Restore it/,
  },
  { name: "registry-branch '../bad' → not a usable branch name", inputs: { ...base, 'registry-branch': '../bad' }, error: /^input 'registry-branch': '\.\.\/bad' is not a usable branch name/ },
  { name: "registry-branch '-x' → not a usable branch name", inputs: { ...base, 'registry-branch': '-x' }, error: /^input 'registry-branch': '-x' is not a usable branch name/ },
  // --- environment --------------------------------------------------------------------------------
  {
    name: 'GITHUB_SHA of --upload-pack=<command> → not a commit id, the command never runs',
    inputs: { ...base, tag: 'true' },
    env: { GITHUB_SHA: '--upload-pack=touch PWNED' },
    error: /the commit "--upload-pack=touch PWNED" \(GITHUB_SHA\) is not a git commit id.*do not override it/,
  },
  { name: "GITHUB_SHA 'abc123' (short) → not a commit id", inputs: base, env: { GITHUB_SHA: 'abc123' }, error: /the commit "abc123" \(GITHUB_SHA\) is not a git commit id/ },
  { name: 'git 2.30 on the PATH → too old for GIT_CONFIG_COUNT', inputs: base, env: { PATH: 'FAKE_GIT_2.30.0' }, error: /^git 2\.30\.0 is too old for the git: registry, which needs git 2\.31 or later.*Upgrade git/ },
  { name: 'no git on the PATH → cannot run git', inputs: base, env: { PATH: join('/nonexistent', 'bin') }, error: /^cannot run git: there is no git on the PATH.*Install git 2\.31 or later/ },
];

const step = (inputs: Record<string, string>, env: Record<string, string | undefined> = {}): Promise<StepResult> => runStep({ action: 'register-model', workspace: ws, inputs, env: { GITHUB_SHA: commit, ...env } });

describe('register-model refuses bad input with one clear error and writes nothing', () => {
  for (const c of cases) {
    it(c.name, async () => {
      if (c.files) await writeFiles(ws, c.files);
      await c.setup?.();
      const headBefore = c.registered ? git(['for-each-ref'], remote) : '';
      const env = { ...(c.env ?? {}) };
      if (env['PATH']?.startsWith('FAKE_GIT_')) env['PATH'] = fakeGit(env['PATH'].slice('FAKE_GIT_'.length));
      const r = await step(c.inputs, env);
      expect(r.exitCode, r.stdout).toBe(1);
      const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error'));
      expect(errors, r.stdout).toHaveLength(1);
      const annotation = r.annotations.find((a) => a.level === 'error')!;
      expect(annotation.message).toMatch(c.error);
      // A fix follows the diagnosis: the message is more than a bare error.
      expect(annotation.message.length).toBeGreaterThan(25);
      expect(r.stdout).not.toMatch(/\n\s+at .+:\d+:\d+/);
      expect(r.stdout).not.toMatch(/re-run with debug logging for the stack trace/);
      // Words, not errno codes.
      expect(annotation.message).not.toMatch(RAW_ERRNO);
      if (c.secret) expect(`${r.stdout}\n${r.stderr}\n${r.summary}`).not.toContain(c.secret);
      // Nothing half-written.
      expect(r.outputs).toEqual({});
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
