/**
 * dist/THIRD-PARTY-NOTICES.txt beside every bundle lists exactly the packages whose code is in it.
 * The oracle here is independent of the metafile the build uses: the readable bundle names every
 * source file it includes in a `// node_modules/<package>/…` comment, and the package is read off
 * that path.
 */
import { cpSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAction } from '../../../scripts/build.ts';
import { compareTrees } from '../../../scripts/lib/freshness.ts';
import { bundledPackages } from '../../../scripts/lib/notices.ts';
import { repoRoot } from '../../harness/step-runner.ts';
import { tempDir } from '../../harness/temp.ts';

let tmp: string;
beforeAll(async () => {
  tmp = await tempDir('mlops-notices-');
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

describe.each(['data-hash', 'train-gate', 'drift-report'])('notices of %s', (action) => {
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
    // Every package has a known license and its text (no 'UNKNOWN', no empty text).
    for (const block of text.split(/^={78}\n/m).slice(1)) {
      expect(block).not.toMatch(/^License: UNKNOWN$/m);
      expect(block.split('\n\n').slice(1).join('\n\n').trim().length, block.split('\n')[0]).toBeGreaterThan(20);
    }
    const lazy = (
      { 'data-hash': [], 'train-gate': ['@actions/cache@'], 'drift-report': ['@actions/artifact@'] } as Record<string, string[]>
    )[action]!;
    for (const p of ['@actions/cache@', '@actions/artifact@'])
      expect(
        [...listed].some((l) => l.startsWith(p)),
        p,
      ).toBe(lazy.includes(p));
  });
});

describe('packages that ship no license file', () => {
  it('get their license and text from the table in scripts/lib/notices.ts; without it the build fails, naming the package', async () => {
    const dist = join(tmp, 'drift-report-table');
    const meta = await buildAction('drift-report', dist);
    const text = readFileSync(join(dist, 'THIRD-PARTY-NOTICES.txt'), 'utf8');
    for (const [pkg, holder] of [
      ['buffers@0.1.1', 'Copyright (c) 2010 James Halliday'],
      ['binary@0.3.0', 'Copyright (c) James Halliday'],
      ['chainsaw@0.1.0', 'Copyright (c) James Halliday'],
    ] as const) {
      const block = text.split(/^={78}\n/m).find((b) => b.startsWith(`${pkg}\n`))!;
      expect(block, pkg).toContain('License: MIT\n');
      expect(block).toContain('License text from: scripts/lib/notices.ts');
      expect(block).toContain(holder);
      expect(block).toContain('Permission is hereby granted, free of charge');
    }
    expect(() => bundledPackages(repoRoot, meta, dist, {})).toThrow(
      /^(buffers@0\.1\.1|binary@0\.3\.0|chainsaw@0\.1\.0) \(.*\) is bundled but (declares no license|ships no license text): .*KNOWN_LICENSES in scripts\/lib\/notices\.ts/,
    );
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
