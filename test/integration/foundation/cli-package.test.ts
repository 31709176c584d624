/**
 * The `mlops` command as npm publishes it: `npm pack` packages/cli, install the tarball into a fresh
 * project with `npm install --offline` (the bundle holds every package the command uses, so the
 * install needs nothing from a registry), and run the installed bin against a file: registry. The
 * tarball ships no src/, so this runs the committed bundle, packages/cli/dist/mlops.js.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { delimiter, dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openRegistry, parseModelName, parseAlias } from '@mlops-actions/registry';
import { buildCli } from '../../../scripts/build.ts';
import { compareTrees } from '../../../scripts/lib/freshness.ts';
import { repoRoot } from '../../harness/step-runner.ts';
import { tempDir } from '../../harness/temp.ts';

let base: string;
let project: string;
const cliDir = join(repoRoot, 'packages', 'cli');
// npm and the bin's `#!/usr/bin/env node` find Node 24 (the `node` dev dependency) first.
const env = {
  ...process.env,
  PATH: `${dirname(process.execPath)}${delimiter}${join(repoRoot, 'node_modules', '.bin')}${delimiter}${process.env['PATH']}`,
  NO_COLOR: '1',
  npm_config_update_notifier: 'false',
};

function run(cmd: string, args: string[], cwd: string): { status: number; output: string } {
  try {
    return { status: 0, output: execFileSync(cmd, args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) };
  } catch (e) {
    const x = e as { status?: number; stdout?: string; stderr?: string };
    return { status: x.status ?? 1, output: `${x.stdout ?? ''}${x.stderr ?? ''}` };
  }
}

beforeAll(async () => {
  base = await tempDir('mlops-cli-pack-');
  project = join(base, 'project');
  await mkdir(project);
  const packed = run('npm', ['pack', '--json', '--pack-destination', base], cliDir);
  expect(packed.status, packed.output).toBe(0);
  const [info] = JSON.parse(packed.output.slice(packed.output.indexOf('['))) as [{ filename: string; files: { path: string }[] }];
  (globalThis as { packFiles?: string[] }).packFiles = info.files.map((f) => f.path).sort();
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'user-project', private: true }));
  const installed = run('npm', ['install', '--offline', '--no-audit', '--no-fund', join(base, info.filename)], project);
  expect(installed.status, installed.output).toBe(0);
  // A file: registry with one model, written with the registry package the actions use.
  await mkdir(join(project, 'reg'));
  await mkdir(join(base, 'model'));
  writeFileSync(join(base, 'model', 'weights.bin'), Buffer.alloc(1024, 7));
  const reg = openRegistry({ uri: `file:${join(project, 'reg')}`, workspace: project, tempDir: base });
  try {
    await reg.register({
      name: parseModelName('churn'),
      files: { root: join(base, 'model'), paths: ['.'] },
      metrics: { accuracy: 0.9 },
      alias: parseAlias('production'),
    });
  } finally {
    await reg.close();
  }
}, 120_000);

describe('the published @mlops-actions/cli package', () => {
  it('is publishable: not private, public access, a license, and nothing to install beside it', () => {
    const pkg = JSON.parse(readFileSync(join(cliDir, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(pkg['private']).toBeUndefined();
    expect(pkg['publishConfig']).toEqual({ access: 'public' });
    expect(pkg['license']).toBe('MIT');
    expect(pkg['dependencies']).toBeUndefined();
    expect((globalThis as { packFiles?: string[] }).packFiles).toEqual([
      'LICENSE',
      'bin/mlops.js',
      'dist/THIRD-PARTY-NOTICES.txt',
      'dist/mlops.js',
      'package.json',
    ]);
  });

  it('installs offline and its bin runs the bundle: mlops registry --help', () => {
    expect(existsSync(join(project, 'node_modules', '@mlops-actions', 'cli', 'src'))).toBe(false);
    const r = run(join(project, 'node_modules', '.bin', 'mlops'), ['registry', '--help'], project);
    expect(r.output).toContain('usage: mlops registry <command>');
    expect(r.status).toBe(0);
  });

  it('lists the models of a file: registry', () => {
    const r = run(
      join(project, 'node_modules', '.bin', 'mlops'),
      ['registry', 'list', '--registry', `file:${join(project, 'reg')}`, '--json'],
      project,
    );
    expect(r.status, r.output).toBe(0);
    expect(JSON.stringify(JSON.parse(r.output))).toContain('churn');
    const people = run(join(project, 'node_modules', '.bin', 'mlops'), ['registry', 'list', 'churn', '--registry', 'file:reg'], project);
    expect(people.status, people.output).toBe(0);
    expect(people.output).toMatch(/0\.1\.0[\s\S]*production|production[\s\S]*0\.1\.0/);
  });

  it('mlops run without a clone says to give an action folder, naming no missing file', () => {
    const r = run(join(project, 'node_modules', '.bin', 'mlops'), ['run', 'data-hash'], project);
    expect(r.status).toBe(2);
    expect(r.output).toContain('mlops run needs a clone of the repository or the path of an action folder');
    expect(r.output).not.toMatch(/ENOENT|\n\s+at /);
  });
});

describe("the guide's GitLab CI example", () => {
  it('runs the published package (a GitLab project is no clone of this repository), by this package name', () => {
    const guide = readFileSync(join(repoRoot, 'action-docs', 'guide.md'), 'utf8');
    const block = /```yaml\n# \.gitlab-ci\.yml\n([\s\S]*?)```/.exec(guide)![1]!;
    const commands = block.split('\n').filter((l) => /^\s*- .*\bmlops\b|npx/.test(l));
    expect(commands.length).toBeGreaterThanOrEqual(3);
    const { name } = JSON.parse(readFileSync(join(cliDir, 'package.json'), 'utf8')) as { name: string };
    for (const c of commands) expect(c).toMatch(new RegExp(`^\\s*- npx --yes ${name.replace('/', '\\/')}@\\d[\\w.]* registry `));
    expect(block).not.toMatch(/npm ci|npx mlops/);
  });
});

describe('packages/cli/dist, kept fresh by npm run check', () => {
  it('is what scripts/build.ts cli builds from the sources, and a hand-edited bundle is named', async () => {
    const fresh = join(base, 'fresh');
    await buildCli(fresh);
    const problems: string[] = [];
    compareTrees(fresh, join(cliDir, 'dist'), 'packages/cli/dist', problems);
    expect(problems).toEqual([]);
    expect(readFileSync(join(fresh, 'THIRD-PARTY-NOTICES.txt'), 'utf8')).toMatch(
      /^Third-party software bundled into packages\/cli\/dist\/\n[\s\S]*\nyaml@/,
    );
    const edited = join(base, 'edited');
    cpSync(join(cliDir, 'dist'), edited, { recursive: true });
    appendFileSync(join(edited, 'mlops.js'), '\n// edited by hand\n');
    compareTrees(fresh, edited, 'packages/cli/dist', problems);
    expect(problems).toEqual([
      "packages/cli/dist/mlops.js differs from a fresh build of the sources: run 'npm run build' and commit dist/ (never edit a bundle by hand)",
    ]);
  }, 60_000);
});
