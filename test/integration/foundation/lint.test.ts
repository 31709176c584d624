/**
 * `npm run lint` (Biome, part of `npm test`) holds the boundaries of the code by itself: this plants one
 * violation of each rule in a scratch repository that carries our biome.json, and checks that the lint
 * fails on exactly those files with our message, and passes on a tree without them.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../harness/step-runner.ts';
import { tempDirSync } from '../../harness/temp.ts';

const biome = join(repoRoot, 'node_modules', '.bin', 'biome');

interface Finding {
  category: string;
  path: string;
  message: string;
}

/** A git repository with our biome.json and the given files; returns what `biome ci` reports. */
function lint(files: Record<string, string>): { status: number | null; findings: Finding[] } {
  const dir = tempDirSync('mlops-lint-');
  spawnSync('git', ['init', '-q'], { cwd: dir });
  copyFileSync(join(repoRoot, 'biome.json'), join(dir, 'biome.json'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const r = spawnSync(biome, ['ci', '--reporter=json', '--max-diagnostics=100', '.'], { cwd: dir, encoding: 'utf8' });
  // The reporter wraps its JSON in colour resets.
  const json = r.stdout.replace(/\u001b\[[0-9;]*m/g, '').trim();
  const report = JSON.parse(json) as { diagnostics: { category: string; message: string; location: { path: string } }[] };
  return {
    status: r.status,
    findings: report.diagnostics.map((d) => ({ category: d.category, path: d.location.path, message: d.message })),
  };
}

const clean = {
  'packages/action-kit/src/cache.ts': "import { restoreCache } from '@actions/cache';\n\nexport const restore = restoreCache;\n",
  'packages/github/src/client.ts': "import { getOctokit } from '@actions/github';\n\nexport const client = getOctokit;\n",
  'packages/drift/src/report.ts': "import { quantileSorted } from '@mlops-actions/statistics';\n\nexport const q = quantileSorted;\n",
  'actions/deploy/src/main.ts':
    "import { run as runAction } from '@mlops-actions/action-kit';\nimport { runDeploy } from '@mlops-actions/deployment';\nimport { readInputs } from './inputs.ts';\n\nexport const run = () => runAction(() => runDeploy(readInputs()));\n",
  'workflows-examples/demo/run.ts': "import { runAction } from '@mlops-actions/cli';\n\nexport const demo = runAction;\n",
};

describe('npm run lint', () => {
  it('passes a tree that keeps the boundaries, formatted', () => {
    const r = lint(clean);
    expect(r.findings).toEqual([]);
    expect(r.status).toBe(0);
  });

  it.each([
    [
      'a domain package importing the runner toolkit',
      'packages/drift/src/upload.ts',
      "import { DefaultArtifactClient } from '@actions/artifact';\n\nexport const c = DefaultArtifactClient;\n",
      /runner toolkit/,
    ],
    [
      'a domain package loading the toolkit lazily',
      'packages/training-gate/src/cache.ts',
      "export const load = () => import('@actions/cache');\n",
      /runner toolkit/,
    ],
    [
      'a domain package importing the action kit',
      'packages/metrics/src/x.ts',
      "import { log } from '@mlops-actions/action-kit';\n\nexport const l = log;\n",
      /never import the action kit/,
    ],
    [
      'an action importing the test harness',
      'actions/deploy/src/main.ts',
      "import { runStep } from '../../../test/harness/step-runner.ts';\n\nexport const r = runStep;\n",
      /never another action or anything above its folder/,
    ],
    [
      'a package importing the test harness',
      'packages/registry/src/x.ts',
      "import { runStep } from '../../../test/harness/step-runner.ts';\n\nexport const r = runStep;\n",
      /test harness/,
    ],
    [
      'the action kit importing the test harness',
      'packages/action-kit/src/x.ts',
      "import { median } from '../../../test/harness/stats.ts';\n\nexport const m = median;\n",
      /test harness/,
    ],
    [
      'an example importing the test harness',
      'workflows-examples/demo/run.ts',
      "import { runStep } from '../../test/harness/step-runner.ts';\n\nexport const r = runStep;\n",
      /test harness/,
    ],
    [
      'an action importing another action by path',
      'actions/deploy/src/main.ts',
      "import { run } from '../../data-hash/src/main.ts';\n\nexport const r = run;\n",
      /never another action/,
    ],
    [
      'an action importing another action by name',
      'actions/deploy/src/main.ts',
      "import { run } from '@mlops-actions/action-data-hash';\n\nexport const r = run;\n",
      /never imports another action/,
    ],
    [
      'a package importing an action',
      'packages/deployment/src/x.ts',
      "import { run } from '@mlops-actions/action-deploy';\n\nexport const r = run;\n",
      /never import an action/,
    ],
  ])('fails on %s, naming the file and the rule', (_what, path, text, message) => {
    const r = lint({ ...clean, [path]: text });
    expect(r.status).not.toBe(0);
    // Only the planted file is at fault, and only for its import (an import can break two rules at once).
    expect(r.findings.length).toBeGreaterThan(0);
    for (const f of r.findings) expect(f).toEqual(expect.objectContaining({ category: 'lint/style/noRestrictedImports', path }));
    expect(r.findings.map((f) => f.message)).toContainEqual(expect.stringMatching(message));
  });

  it('fails on a file that is not formatted', () => {
    const path = 'packages/drift/src/report.ts';
    const r = lint({ ...clean, [path]: 'export const q   =  [1,2,3].map(x=>x*2)\n' });
    expect(r.status).not.toBe(0);
    expect(r.findings).toEqual([expect.objectContaining({ category: 'format', path })]);
  });
});
