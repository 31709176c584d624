/**
 * `mlops --version` (and `-v`, as git and npm have both): the version of @mlops-actions/cli, alone on
 * stdout, exit 0 — from the sources (in this process and through the workspace bin) and from the bundle
 * as npm publishes it (bin/ and dist/ without src/, so the bin runs dist/mlops.js).
 */
import { execFile } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../harness/step-runner.ts';
import { tempDir } from '../../harness/temp.ts';
import { laptopEnv, runMlops, runMlopsBin, type Run } from './helpers.ts';

const cliDir = join(repoRoot, 'packages', 'cli');
const { version } = JSON.parse(readFileSync(join(cliDir, 'package.json'), 'utf8')) as { version: string };

describe('mlops --version', () => {
  it.each([['--version'], ['-v']])('%s prints the package version and exits 0, in this process and through the bin', async (flag) => {
    const cwd = await tempDir('mlops-version-');
    const here = await runMlops([flag], { cwd });
    expect(here).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    expect(await runMlopsBin([flag], { cwd })).toEqual(here);
  });

  it('is in the usage text', async () => {
    const r = await runMlops(['--help'], { cwd: await tempDir('mlops-version-') });
    expect(r.stdout).toMatch(/^ {7}mlops --version$/m);
    expect(r.stdout).toMatch(/^ {2}--version, -v +print the version/m);
  });

  it('is carried by the bundle: the published layout (no src/) prints it', async () => {
    // What `npm pack` ships (see test/integration/foundation/cli-package.test.ts), without the pack and install.
    const pkg = await tempDir('mlops-version-pkg-');
    for (const entry of ['bin', 'dist']) cpSync(join(cliDir, entry), join(pkg, entry), { recursive: true });
    // Its package.json with another version: the bundle carries its own (inlined at build time), it reads none at run time.
    const manifest = JSON.parse(readFileSync(join(cliDir, 'package.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(pkg, 'package.json'), JSON.stringify({ ...manifest, version: '0.0.0-not-read' }));
    const r = await new Promise<Run>((done) => {
      execFile(
        process.execPath,
        [join(pkg, 'bin', 'mlops.js'), '--version'],
        { cwd: pkg, env: laptopEnv(), encoding: 'utf8' },
        (err, stdout, stderr) => done({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr }),
      );
    });
    expect(r).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });
});
