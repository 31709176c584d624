/**
 * Releases the suite: `npm run release -- <version> [--dry-run] [--remote origin]`.
 *
 * Refuses, naming the reason, when the work tree is dirty, HEAD is not on the remote's default
 * branch (fetched first; `--allow-branch` releases from another branch, e.g. a maintenance branch of
 * an older major), a bundle or generated docs page is stale (the same comparison as `npm run check`),
 * the version is not above the last `v<semver>` tag — of the remote (`git ls-remote --tags`, so a
 * stale clone cannot move the major tag backwards) and of the clone — or CHANGELOG.md has no
 * `## [<version>]` section (Keep a Changelog). Otherwise it tags HEAD as `v<version>` (annotated, the
 * changelog section as its message), moves `v<major>` to the same commit, and pushes both to the
 * remote in one atomic push: both tags land or neither does. The major tag moves with
 * `--force-with-lease=refs/tags/v<major>:<the commit the remote had>` (or none), so a release pushed
 * by someone else meanwhile makes the push fail instead of being overwritten; an existing
 * `v<version>` on the remote makes it fail too.
 * The tag push starts .github/workflows/release.yml, which verifies again and publishes the GitHub
 * Release with the same notes (scripts/changelog-notes.ts). Two tags in one push: GitHub creates no
 * push events when more than three tags are pushed at once
 * (https://docs.github.com/en/actions/reference/workflows-and-actions/events-that-trigger-workflows#push).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from './lib/actions.ts';
import { freshnessProblems } from './lib/freshness.ts';
import { changelogSection, compareVersions, latestVersionTag, parseVersion } from './lib/release.ts';

function git(args: string[]): string {
  return execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

class Refusal extends Error {}

function changelogNotes(version: string): string {
  const file = join(repoRoot, 'CHANGELOG.md');
  if (!existsSync(file))
    throw new Refusal(`there is no CHANGELOG.md: write one (https://keepachangelog.com/en/1.1.0/) with a '## [${version}]' section`);
  const notes = changelogSection(readFileSync(file, 'utf8'), version);
  if (notes === undefined) {
    throw new Refusal(
      `CHANGELOG.md has no '## [${version}]' section: rename '## [Unreleased]' to '## [${version}] - ${new Date().toISOString().slice(0, 10)}' (or add the section), commit, and run again`,
    );
  }
  if (!notes) throw new Refusal(`CHANGELOG.md's '## [${version}]' section is empty: say what changed`);
  return notes;
}

export async function release(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      'dry-run': { type: 'boolean', default: false },
      remote: { type: 'string', default: 'origin' },
      'allow-branch': { type: 'boolean', default: false },
    },
    allowPositionals: true,
  });
  if (positionals.length !== 1)
    throw new Refusal(
      'usage: npm run release -- <version> [--dry-run] [--remote origin] [--allow-branch]   (e.g. npm run release -- 1.2.0)',
    );
  const version = parseVersion(positionals[0]!);
  if (!version) throw new Refusal(`'${positionals[0]}' is not a version: give one like 1.2.0 (semver, no build metadata)`);
  const dry = values['dry-run'];
  const remote = values.remote!;
  const say = (s: string) => console.log(dry ? `[dry-run] ${s}` : s);

  const dirty = git(['status', '--porcelain', '--untracked-files=normal']);
  if (dirty) {
    const lines = dirty.split('\n');
    const shown = lines.slice(0, 20).join('\n') + (lines.length > 20 ? `\n… and ${lines.length - 20} more` : '');
    throw new Refusal(`the work tree is not clean; commit or remove these first:\n${shown}`);
  }

  // What the remote has, not what this clone last fetched: its tags and its default branch.
  let remoteRefs: Map<string, string>;
  let defaultBranch: string;
  try {
    remoteRefs = parseLsRemote(git(['ls-remote', '--tags', remote]));
    defaultBranch = /^ref: refs\/heads\/(\S+)\s+HEAD$/m.exec(git(['ls-remote', '--symref', remote, 'HEAD']))?.[1] ?? 'main';
    git(['fetch', '--quiet', '--no-tags', remote, `+refs/heads/${defaultBranch}:refs/remotes/${remote}/${defaultBranch}`]);
  } catch (e) {
    throw new Refusal(`cannot read the tags and branches of '${remote}': ${((e as { stderr?: string }).stderr ?? String(e)).trim()}`);
  }
  const head = git(['rev-parse', 'HEAD']);
  const onDefault = (() => {
    try {
      git(['merge-base', '--is-ancestor', head, `refs/remotes/${remote}/${defaultBranch}`]);
      return true;
    } catch {
      return false;
    }
  })();
  if (!onDefault && !values['allow-branch']) {
    throw new Refusal(
      `HEAD (${head.slice(0, 12)}) is not on ${remote}/${defaultBranch}: push it to ${defaultBranch} first (a release is made from what ${remote} has), or pass --allow-branch to release from another branch on purpose (a maintenance branch of an older major)`,
    );
  }
  const remoteTags = [...remoteRefs.keys()]
    .filter((r) => r.startsWith('refs/tags/') && !r.endsWith('^{}'))
    .map((r) => r.slice('refs/tags/'.length));
  const tags = [...new Set([...git(['tag', '--list']).split('\n').filter(Boolean), ...remoteTags])];
  const last = latestVersionTag(tags);
  if (last && compareVersions(version, last) <= 0)
    throw new Refusal(`${version.text} is not above the last release, v${last.text}: give a higher version`);
  if (tags.includes(`v${version.text}`)) throw new Refusal(`the tag v${version.text} exists already`);

  const notes = changelogNotes(version.text);

  say('checking that the bundles and docs pages are what the sources produce…');
  const stale = await freshnessProblems();
  if (stale.length)
    throw new Refusal(
      `the committed bundles or docs are stale:\n${stale.map((p) => `  ${p}`).join('\n')}\nrun 'npm run build && npm run docs', commit, and run again`,
    );

  const tag = `v${version.text}`;
  // A pre-release does not move the major tag: @v1 users get only releases.
  const major = version.pre === undefined ? `v${version.major}` : undefined;
  // The lease: the remote's major tag must still be where ls-remote saw it (or still absent).
  const lease = major ? `--force-with-lease=refs/tags/${major}:${remoteRefs.get(`refs/tags/${major}`) ?? ''}` : undefined;
  const push = ['push', '--atomic', ...(lease ? [lease] : []), remote, `refs/tags/${tag}`, ...(major ? [`refs/tags/${major}`] : [])];
  say(`last release: ${last ? `v${last.text}` : '(none)'}; releasing ${tag} at ${head.slice(0, 12)}`);
  say(`git tag -a ${tag} -m <CHANGELOG.md section [${version.text}]> ${head}`);
  if (major) say(`git tag -f ${major} ${head}`);
  say(`git ${push.join(' ')}`);
  if (dry) {
    console.log(`[dry-run] release notes:\n${notes}`);
    console.log('[dry-run] nothing was tagged or pushed');
    return;
  }
  git(['tag', '-a', tag, '-m', `${tag}\n\n${notes}`, head]);
  if (major) git(['tag', '-f', major, head]);
  try {
    git(push);
  } catch (e) {
    // Nothing reached the remote (atomic): take the local tags back so a retry starts clean.
    git(['tag', '-d', tag]);
    const stderr = (e as { stderr?: string }).stderr ?? String(e);
    throw new Refusal(
      `the push to '${remote}' failed, nothing was released (the local tag ${tag} was removed${major ? `; ${major} still points at this commit locally, 'git fetch --tags --force ${remote}' restores it` : ''}):\n${stderr.trim()}`,
    );
  }
  console.log(
    `released ${tag}${major ? ` and moved ${major}` : ''} to ${head.slice(0, 12)} on ${remote}; the release workflow publishes the GitHub Release`,
  );
}

/** `git ls-remote` output: ref name → object name. */
function parseLsRemote(text: string): Map<string, string> {
  const refs = new Map<string, string>();
  for (const line of text.split('\n')) {
    const [sha, ref] = line.split('\t');
    if (sha && ref) refs.set(ref, sha);
  }
  return refs;
}

if (import.meta.main) {
  try {
    await release(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof Refusal)) throw e;
    console.error(`release: ${e.message}`);
    process.exitCode = 1;
  }
}
