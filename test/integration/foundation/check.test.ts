/**
 * The freshness check must be able to fail: in a copy of the committed tree, hand-edit a bundle, a docs
 * page, an action's runtime or a workflow, and `npm run check` must name each problem.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../harness/step-runner.ts';
import { tempDir } from '../../harness/temp.ts';

let copy: string;

/** node_modules of the copy: the installed packages, but our workspace packages from the copy itself. */
function linkNodeModules(dest: string): void {
  const src = join(repoRoot, 'node_modules');
  mkdirSync(join(dest, 'node_modules', '@mlops-actions'), { recursive: true });
  for (const entry of readdirSync(src)) {
    if (entry === '@mlops-actions') continue;
    symlinkSync(join(src, entry), join(dest, 'node_modules', entry));
  }
  for (const group of ['packages', 'actions']) {
    for (const dir of readdirSync(join(dest, group))) {
      const name = group === 'packages' ? dir : `action-${dir}`;
      symlinkSync(join(dest, group, dir), join(dest, 'node_modules', '@mlops-actions', name));
      // A workspace's own node_modules (a dependency version that differs from the root's) comes along too.
      if (existsSync(join(repoRoot, group, dir, 'node_modules')))
        symlinkSync(join(repoRoot, group, dir, 'node_modules'), join(dest, group, dir, 'node_modules'));
    }
  }
}

function check(): { status: number; output: string } {
  const r = spawnSync(process.execPath, [join(copy, 'scripts', 'check.ts')], { cwd: copy, encoding: 'utf8' });
  return { status: r.status ?? 1, output: `${r.stdout}${r.stderr}` };
}

beforeAll(async () => {
  copy = await tempDir('mlops-check-copy-');
  // The committed tree, as CI's clean clone has it.
  const tar = execFileSync('git', ['archive', '--format=tar', 'HEAD'], { cwd: repoRoot, maxBuffer: 512 * 1024 * 1024 });
  execFileSync('tar', ['-x', '-C', copy], { input: tar });
  linkNodeModules(copy);
});

describe('npm run check', () => {
  it('passes on the committed tree', () => {
    const r = check();
    expect(r.output).toContain('check: bundles, docs and workflows are up to date and clean');
    expect(r.status).toBe(0);
  });

  it('fails on a hand-edited bundle, docs page, runtime and workflow, naming each', async () => {
    appendFileSync(join(copy, 'actions/deploy/dist/index.js'), '\n// edited by hand\n');
    const doc = join(copy, 'action-docs/data-hash.md');
    await writeFile(doc, (await readFile(doc, 'utf8')).replace('## Inputs', '## Inputs (edited)'));
    const yml = join(copy, 'actions/train-gate/action.yml');
    await writeFile(yml, (await readFile(yml, 'utf8')).replace("using: 'node24'", "using: 'node20'"));
    mkdirSync(join(copy, 'workflows-examples'), { recursive: true });
    writeFileSync(
      join(copy, 'workflows-examples', 'broken.yml'),
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nonexistent_context_key }}\n',
    );
    const r = check();
    expect(r.status).toBe(1);
    expect(r.output).toContain('actions/deploy/dist/index.js differs from a fresh build');
    expect(r.output).toContain('action-docs/data-hash.md differs');
    expect(r.output).toContain("actions/train-gate/action.yml: runs.using is 'node20', must be 'node24'");
    expect(r.output).toMatch(/workflows-examples\/broken\.yml:6:\d+: .*nonexistent_context_key/);
  });

  // The run's build cache (MLOPS_BUILD_CACHE, set by the harness and inherited by `check`) holds the bundles
  // of the unchanged sources from the cases above: a changed source must be bundled again, not copied.
  it("fails on a source changed since the bundles were built, an action's and the CLI's", async () => {
    expect(process.env['MLOPS_BUILD_CACHE']).toBeTruthy();
    // Sources one bundle each imports: the other bundles stay cached.
    for (const file of ['actions/validate-metrics/src/main.ts', 'packages/cli/src/terminal.ts']) {
      const path = join(copy, file);
      await writeFile(path, `${await readFile(path, 'utf8')}\nconsole.log('planted by check.test.ts');\n`);
    }
    const r = check();
    expect(r.status).toBe(1);
    expect(r.output).toContain('actions/validate-metrics/dist/index.js differs from a fresh build');
    expect(r.output).toContain('packages/cli/dist/mlops.js differs from a fresh build');
  });
});
