/**
 * Shared by the `mlops registry` test files (registry-*.test.ts): the command run with a laptop's
 * environment, in the test's process (runMlops: the CLI's main, as the bin calls it) or as the workspace
 * bin in a child process (runMlopsBin, where the process itself is under test), the clean-failure check,
 * and the laptop checkout each test starts from.
 *
 * The checkout (a bare remote, a clone of it with Jane Doe as its git identity, two model folders, and
 * optionally churn 0.1.0 (production) and 0.2.0 (staging) registered in git:origin or file:reg) is
 * built once per test file and kind, and each test gets its own copy of it (`cp -r`, the clone's
 * `origin` pointed at the copy's remote): nothing a test writes is seen by another, and the dozen git
 * processes and two registrations of the set-up run once instead of once per test.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';
import { openRegistry, parseAlias, parseModelName, type Registry } from '@mlops-actions/registry';
import { runMlopsInProcess } from '../../harness/mlops-in-process.ts';
import { bareRepo, git, projectClone, tempDir, writeFiles } from '../../unit/registry/helpers.ts';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const BIN = join(ROOT, 'packages/cli/bin/mlops.js');
export const ESC = '\u001b[';

/** The environment of a laptop: no CI variables, no token, no NO_COLOR. */
export function laptopEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (
      /^(GITHUB_|RUNNER_|GITLAB_|CI_|JENKINS_|BUILD_)/.test(k) ||
      ['CI', 'NO_COLOR', 'GH_TOKEN', 'FORCE_COLOR', 'MLOPS_DEBUG', 'GIT_DIR', 'GIT_WORK_TREE'].includes(k)
    )
      continue;
    env[k] = v;
  }
  return { ...env, ...extra };
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * The environment of `mlops <args>` run by the tests: a laptop's, plus `extra`. Test-only and invisible
 * to the command: Node's module compile cache, as the step runner sets it for the bundles
 * (test/harness/step-runner.ts). bin/mlops.js runs the TypeScript sources in a checkout, and stripping
 * their types and compiling them again in each run costs ~0.25 s of CPU per run (0.35 s → 0.12 s for
 * `mlops registry list`, measured).
 */
function mlopsEnv(extra: Record<string, string> | undefined): NodeJS.ProcessEnv {
  return laptopEnv({ NODE_COMPILE_CACHE: join(tmpdir(), 'node-compile-cache'), ...extra });
}

/**
 * `mlops <args>` in `cwd` with a laptop's environment, in this process (test/harness/mlops-in-process.ts):
 * the CLI's main as bin/mlops.js calls it, with the same exit code, stdout and stderr, without a node
 * start and a load of the sources per run. Runs are serialized.
 */
export function runMlops(args: string[], o: { cwd: string; env?: Record<string, string> }): Promise<Run> {
  return runMlopsInProcess(args, { cwd: o.cwd, env: mlopsEnv(o.env) });
}

/** `mlops <args>` in `cwd` as a user runs it: the workspace bin in a child process, a laptop's environment. */
export function runMlopsBin(args: string[], o: { cwd: string; env?: Record<string, string> }): Promise<Run> {
  return new Promise((done) => {
    execFile(process.execPath, [BIN, ...args], { cwd: o.cwd, env: mlopsEnv(o.env), encoding: 'utf8' }, (err, stdout, stderr) => {
      done({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr });
    });
  });
}

/** A failure the way a script sees it: the exit code, one `mlops:` line (and a hint), never a stack. */
export function expectCleanError(r: Run, code: number, message: RegExp): void {
  expect(r.code, `${r.stdout}\n${r.stderr}`).toBe(code);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(/^mlops: /);
  expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toMatch(/^\s+at /m);
  expect(r.stderr.trim().split('\n').length).toBeLessThanOrEqual(2);
}

/** A test's own laptop checkout: `root` holds remote.git, ws (the clone) and the model folders m1, m2. */
export interface Checkout {
  root: string;
  remote: string;
  ws: string;
}

export type SeedUri = 'git:origin' | 'file:reg';

export function openIn(c: Checkout, uri: string): Registry {
  return openRegistry({ uri, workspace: c.ws, tempDir: c.root });
}

/** churn 0.1.0 (production) and 0.2.0 (staging). */
export async function seed(c: Checkout, uri: string): Promise<void> {
  const reg = openIn(c, uri);
  try {
    await reg.register({
      name: parseModelName('churn'),
      files: { root: join(c.root, 'm1'), paths: ['.'] },
      metrics: { accuracy: 0.91 },
      alias: parseAlias('production'),
    });
    await reg.register({
      name: parseModelName('churn'),
      files: { root: join(c.root, 'm2'), paths: ['.'] },
      metrics: { accuracy: 0.93 },
      alias: parseAlias('staging'),
    });
  } finally {
    await reg.close();
  }
}

export async function aliasesOf(c: Checkout, uri: string): Promise<Record<string, string>> {
  const reg = openIn(c, uri);
  try {
    return Object.fromEntries(Object.entries(await reg.aliases(parseModelName('churn'))).map(([a, s]) => [a, s.version]));
  } finally {
    await reg.close();
  }
}

async function makeCheckout(root: string): Promise<Checkout> {
  const remote = bareRepo(join(root, 'remote.git'));
  const ws = projectClone(remote, join(root, 'ws')).dir;
  // The laptop's git identity: what writes are recorded as outside CI.
  git(['config', 'user.name', 'Jane Doe'], ws);
  git(['config', 'user.email', 'jane@example.com'], ws);
  for (const v of [1, 2]) await writeFiles(join(root, `m${v}`), { 'weights.bin': Buffer.alloc(4096, v), 'meta/labels.txt': `v${v}\n` });
  return { root, remote, ws };
}

/** Templates of this test file (a module per file in the integration project's forks): seed → its folder. */
const templates = new Map<string, Promise<string>>();

async function template(seedUri: SeedUri | undefined): Promise<string> {
  const key = seedUri ?? '';
  let made = templates.get(key);
  // A worker that runs several files in turn keeps this module, and each file's temp folders go after it.
  if (made && !existsSync(await made)) made = undefined;
  if (!made) {
    made = (async () => {
      const c = await makeCheckout(await tempDir('mlops-cli-template-'));
      // The registry removes its scratch clone (under root) when closed: the template holds only what a test starts from.
      if (seedUri) await seed(c, seedUri);
      return c.root;
    })();
    templates.set(key, made);
  }
  return made;
}

/**
 * A fresh checkout for one test: a copy of the file's template (made on first use), optionally with
 * churn seeded in `seedUri`. The copy's clone gets its own remote: the one absolute path git stored
 * (remote.origin.url in ws/.git/config) is rewritten to the copy's remote.git.
 */
export async function freshCheckout(seedUri?: SeedUri): Promise<Checkout> {
  const from = await template(seedUri);
  const root = await tempDir('mlops-cli-registry-');
  // The cp command: ten times faster than fs.cp on a repository's many small files (measured).
  execFileSync('cp', ['-R', `${from}/.`, root]);
  const config = join(root, 'ws', '.git', 'config');
  const text = readFileSync(config, 'utf8');
  if (!text.includes(join(from, 'remote.git'))) throw new Error(`${config} does not name the template's remote`);
  writeFileSync(config, text.split(join(from, 'remote.git')).join(join(root, 'remote.git')));
  return { root, remote: join(root, 'remote.git'), ws: join(root, 'ws') };
}
