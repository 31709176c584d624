/**
 * `npm run release -- <version>` on a real clone of a bare `origin`: it refuses a dirty tree, a HEAD
 * that is not on origin's main, a stale bundle, a version not above the last tag — origin's included,
 * which a stale clone does not know — and a changelog without the version's section; otherwise it
 * pushes v<version> and moves v<major> in one atomic push, leased on where origin's v<major> was.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { changelogSection, compareVersions, latestVersionTag, parseVersion } from '../../../scripts/lib/release.ts';
import { makeScratchRepo, type ScratchRepo } from './scratch-repo.ts';

let repo: ScratchRepo;
const originTags = () =>
  Object.fromEntries(
    execFileSync('git', ['ls-remote', '--tags', repo.origin], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split('\t').reverse() as [string, string]),
  );
const release = (...args: string[]) => repo.node('scripts/release.ts', ...args);
/** As a maintainer types it: `npm run release -- <version>` (npm puts node_modules/.bin, Node 24, on PATH). */
function npmRelease(...args: string[]): { status: number; output: string } {
  const env = {
    ...process.env,
    PATH: `${dirname(process.execPath)}${delimiter}${process.env['PATH']}`,
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_COMMITTER_NAME: 'Release Test',
    GIT_COMMITTER_EMAIL: 'release@example.com',
    npm_config_update_notifier: 'false',
  };
  try {
    return {
      status: 0,
      output: execFileSync('npm', ['run', 'release', '--', ...args], {
        cwd: repo.dir,
        env,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    };
  } catch (e) {
    const x = e as { status?: number; stdout?: string; stderr?: string };
    return { status: x.status ?? 1, output: `${x.stdout ?? ''}${x.stderr ?? ''}` };
  }
}
/** Commit everything changed and push it to origin's main, as a maintainer does before releasing. */
function commitAndPush(message: string): void {
  repo.git('commit', '-q', '-am', message);
  repo.git('push', '-q', 'origin', 'HEAD:main');
}

function setChangelog(version: string): void {
  const file = join(repo.dir, 'CHANGELOG.md');
  const text = readFileSync(file, 'utf8');
  writeFileSync(
    file,
    text.replace('## [Unreleased]', `## [Unreleased]\n\n## [${version}] - 2026-12-05\n\n### Fixed\n\n- Release ${version} of the test.`),
  );
  commitAndPush(`changelog ${version}`);
}

beforeAll(async () => {
  // The two actions the stale-bundle and stale-docs cases edit: each release below that gets as far as
  // the freshness check builds these and the CLI, not all seven actions (check.test.ts covers them all).
  repo = await makeScratchRepo({ actions: ['data-hash', 'deploy'] });
}, 180_000);

describe('npm run release', () => {
  it('refuses a version whose section CHANGELOG.md lacks, naming the section', () => {
    const r = release('1.0.0');
    expect(r.status).toBe(1);
    expect(r.output).toContain("CHANGELOG.md has no '## [1.0.0]' section");
    expect(originTags()).toEqual({});
  });

  it('refuses a dirty work tree', () => {
    setChangelog('1.0.0');
    appendFileSync(join(repo.dir, 'README.md'), '\nlocal edit\n');
    const r = release('1.0.0');
    expect(r.status).toBe(1);
    expect(r.output).toMatch(/the work tree is not clean[\s\S]*README\.md/);
    repo.git('checkout', '--', 'README.md');
  });

  it('refuses a committed bundle that is not what the sources build, naming it', () => {
    appendFileSync(join(repo.dir, 'actions/data-hash/dist/index.js'), '\n// edited by hand\n');
    commitAndPush('hand-edited bundle');
    const r = release('1.0.0');
    expect(r.status).toBe(1);
    expect(r.output).toContain('actions/data-hash/dist/index.js differs from a fresh build');
    expect(originTags()).toEqual({});
    repo.git('revert', '--no-edit', 'HEAD');
    repo.git('push', '-q', 'origin', 'HEAD:main');
  });

  it('refuses a stale docs page', () => {
    const page = join(repo.dir, 'action-docs/deploy.md');
    writeFileSync(page, readFileSync(page, 'utf8').replace('## Inputs', '## Inputs (edited)'));
    commitAndPush('hand-edited docs');
    const r = release('1.0.0');
    expect(r.status).toBe(1);
    expect(r.output).toContain('action-docs/deploy.md differs');
    repo.git('revert', '--no-edit', 'HEAD');
    repo.git('push', '-q', 'origin', 'HEAD:main');
  });

  it('--dry-run says what it would do and changes nothing', () => {
    const r = release('1.0.0', '--dry-run');
    // origin has no v1 yet: the lease says it must still have none.
    expect(r.output).toContain('[dry-run] git push --atomic --force-with-lease=refs/tags/v1: origin refs/tags/v1.0.0 refs/tags/v1');
    expect(r.output).toContain('Release 1.0.0 of the test.');
    expect(r.status).toBe(0);
    expect(repo.git('tag', '--list')).toBe('');
    expect(originTags()).toEqual({});
  });

  it('npm run release -- 1.0.0 tags v1.0.0 and v1 on the same commit and pushes both', () => {
    const r = npmRelease('1.0.0');
    expect(r.output).toContain('released v1.0.0 and moved v1');
    expect(r.status).toBe(0);
    const head = repo.git('rev-parse', 'HEAD');
    const tags = originTags();
    expect(tags['refs/tags/v1']).toBe(head);
    expect(tags['refs/tags/v1.0.0^{}']).toBe(head); // annotated: the peeled tag is the commit
    expect(repo.git('tag', '-l', '--format=%(contents)', 'v1.0.0')).toContain('Release 1.0.0 of the test.');
  });

  it('refuses a version that is not above the last tag', () => {
    for (const v of ['1.0.0', '0.9.0', '1.0.0-rc.1']) {
      const r = release(v);
      expect(r.status).toBe(1);
      expect(r.output).toContain(`${v} is not above the last release, v1.0.0`);
    }
  });

  it('moves v1 to the next release and leaves v1.0.0 where it was', () => {
    const first = repo.git('rev-parse', 'HEAD');
    setChangelog('1.1.0');
    const r = release('1.1.0');
    expect(r.status).toBe(0);
    const head = repo.git('rev-parse', 'HEAD');
    expect(head).not.toBe(first);
    const tags = originTags();
    expect(tags['refs/tags/v1']).toBe(head);
    expect(tags['refs/tags/v1.1.0^{}']).toBe(head);
    expect(tags['refs/tags/v1.0.0^{}']).toBe(first);
  });

  it('pushes atomically: when origin refuses the version tag, v1 does not move either', () => {
    setChangelog('1.2.0');
    const before = originTags();
    // origin turns the version tag away (as a tag protection rule would); v1 alone would be accepted.
    const hook = join(repo.origin, 'hooks', 'pre-receive');
    writeFileSync(
      hook,
      '#!/bin/sh\nwhile read old new ref; do [ "$ref" = refs/tags/v1.2.0 ] && { echo "v1.2.0 is protected" >&2; exit 1; }; done\nexit 0\n',
    );
    chmodSync(hook, 0o755);
    try {
      const r = release('1.2.0');
      expect(r.status).toBe(1);
      expect(r.output).toContain("the push to 'origin' failed, nothing was released");
    } finally {
      rmSync(hook);
    }
    expect(originTags()).toEqual(before);
    expect(repo.git('tag', '--list', 'v1.2.0')).toBe('');
  });

  it('refuses a HEAD that is not on origin/main, unless --allow-branch', () => {
    repo.git('checkout', '-q', '-b', 'local-work');
    try {
      repo.git('commit', '-q', '--allow-empty', '-m', 'not pushed');
      const r = release('1.2.0', '--dry-run');
      expect(r.status).toBe(1);
      expect(r.output).toMatch(/HEAD \([0-9a-f]{12}\) is not on origin\/main: push it to main first/);
      const allowed = release('1.2.0', '--dry-run', '--allow-branch');
      expect(allowed.output).toContain('[dry-run] nothing was tagged or pushed');
      expect(allowed.status).toBe(0);
    } finally {
      repo.git('checkout', '-q', 'main');
    }
  });

  it('compares with the tags on origin: a stale clone cannot move v1 back below a newer release', () => {
    // Someone released v1.3.0 from another clone (and moved v1 there); this clone has not fetched it.
    const other = repo.git('rev-parse', 'HEAD~1');
    execFileSync('git', ['--git-dir', repo.origin, 'tag', 'v1.3.0', other]);
    execFileSync('git', ['--git-dir', repo.origin, 'tag', '-f', 'v1', other]);
    expect(repo.git('tag', '--list', 'v1.3.0')).toBe('');
    const before = originTags();
    const r = release('1.2.0');
    expect(r.output).toContain('1.2.0 is not above the last release, v1.3.0');
    expect(r.status).toBe(1);
    expect(originTags()).toEqual(before);
    expect(before['refs/tags/v1']).toBe(other);
  });
});

describe('versions and the changelog', () => {
  it('orders versions by semver precedence, pre-releases below their release', () => {
    const sorted = ['1.0.0', '1.0.0-rc.10', '1.0.0-alpha', '0.9.12', '1.0.0-rc.2', '1.0.0-alpha.1', '1.10.0', '1.2.0']
      .map((v) => parseVersion(v)!)
      .sort(compareVersions)
      .map((v) => v.text);
    expect(sorted).toEqual(['0.9.12', '1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-rc.2', '1.0.0-rc.10', '1.0.0', '1.2.0', '1.10.0']);
    expect(latestVersionTag(['v1', 'v1.9.0', 'v1.10.0', 'latest', 'v2.0.0-rc.1'])?.text).toBe('2.0.0-rc.1');
    expect(parseVersion('1.2')).toBeUndefined();
    expect(parseVersion('01.2.3')).toBeUndefined();
  });

  it("takes a version's section up to the next one or the link references", () => {
    const text =
      '# Changelog\n\n## [Unreleased]\n\n## [1.1.0] - 2026-12-05\n\n### Fixed\n\n- a\n\n## [1.0.0] - 2026-11-01\n\n- b\n\n[1.1.0]: https://example.com/1\n';
    expect(changelogSection(text, '1.1.0')).toBe('### Fixed\n\n- a');
    expect(changelogSection(text, '1.0.0')).toBe('- b');
    expect(changelogSection(text, '1.0')).toBeUndefined();
    expect(changelogSection(text, '2.0.0')).toBeUndefined();
  });
});
