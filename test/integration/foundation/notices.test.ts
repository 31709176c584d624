/**
 * dist/THIRD-PARTY-NOTICES.txt beside every bundle lists exactly the packages whose code is in it.
 * The oracle here is independent of the metafile the build uses: the readable bundle names every
 * source file it includes in a `// node_modules/<package>/…` comment, and the package is read off
 * that path.
 */
import { cpSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAction } from '../../../scripts/build.ts';
import { compareTrees } from '../../../scripts/lib/freshness.ts';
import { repoRoot } from '../../harness/step-runner.ts';

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'mlops-notices-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** name@version of every installed package whose files the bundle's path comments name. */
function packagesInBundle(dist: string): Set<string> {
  const found = new Set<string>();
  for (const f of readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((x) => x.endsWith('.js'))) {
    for (const m of readFileSync(join(dist, f), 'utf8').matchAll(/^\/\/ ((?:.*\/)?node_modules\/((?:@[^/]+\/)?[^/]+))\//gm)) {
      const dir = join(repoRoot, m[1]!);
      if (!realpathSync(dir).split('/').includes('node_modules')) continue; // a workspace of ours
      const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
      found.add(`${m[2]}@${version}`);
    }
  }
  return found;
}

function packagesInNotices(dist: string): { listed: Set<string>; text: string } {
  const text = readFileSync(join(dist, 'THIRD-PARTY-NOTICES.txt'), 'utf8');
  const listed = new Set([...text.matchAll(/^={78}\n(\S+)\n/gm)].map((m) => m[1]!));
  return { listed, text };
}

describe.each(['data-hash', 'train-gate'])('notices of %s', (action) => {
  it('list each bundled package once, exactly those in the bundle, with license and license text', async () => {
    const dist = join(tmp, action);
    await buildAction(action, dist);
    const inBundle = packagesInBundle(dist);
    const { listed, text } = packagesInNotices(dist);
    expect(inBundle.size).toBeGreaterThan(3);
    expect([...listed].sort()).toEqual([...inBundle].sort());
    expect(text).not.toContain('@mlops-actions/');
    // @actions/core's own license file, verbatim.
    const core = readFileSync(join(repoRoot, 'node_modules/@actions/core/LICENSE.md'), 'utf8').replace(/\r\n/g, '\n').trim();
    expect(text).toContain(`License: MIT\nBundled into: `);
    expect(text).toContain(core);
    if (action === 'data-hash') expect([...listed].some((p) => p.startsWith('@actions/cache@'))).toBe(false);
    else expect([...listed].some((p) => p.startsWith('@actions/cache@'))).toBe(true);
  });
});

describe('npm run check', () => {
  it('names a notices file that is stale or missing, as it does for the bundles', async () => {
    const fresh = join(tmp, 'fresh');
    await buildAction('data-hash', fresh);
    const committed = join(tmp, 'committed');
    cpSync(fresh, committed, { recursive: true });
    const problems: string[] = [];
    compareTrees(fresh, committed, 'actions/data-hash/dist', problems);
    expect(problems).toEqual([]);

    const file = join(committed, 'THIRD-PARTY-NOTICES.txt');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^@actions\/core@.*$/m, '@actions/core@0.0.1'));
    compareTrees(fresh, committed, 'actions/data-hash/dist', problems);
    expect(problems).toEqual([expect.stringMatching(/^actions\/data-hash\/dist\/THIRD-PARTY-NOTICES\.txt differs from a fresh build/)]);

    rmSync(file);
    problems.length = 0;
    compareTrees(fresh, committed, 'actions/data-hash/dist', problems);
    expect(problems).toEqual([expect.stringMatching(/^actions\/data-hash\/dist\/THIRD-PARTY-NOTICES\.txt is missing/)]);
  });
});
