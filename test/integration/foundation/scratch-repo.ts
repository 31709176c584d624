/**
 * A scratch clone as a maintainer has one: the current work tree (tracked and untracked files that
 * git does not ignore; test/ left out) with bundles and docs rebuilt so it starts fresh, committed
 * once and pushed to a bare repository, and then a real `git clone` of that bare `origin` (its
 * remote-tracking branches and default branch as git sets them up), with node_modules linked from
 * the checkout and our workspaces linked from the clone itself.
 *
 * `actions` keeps only those action folders (and their docs pages): every freshness check the clone
 * runs (`npm run release` builds each action and the CLI to compare) then builds those alone. Whether
 * all of the repository's bundles and pages are fresh is `npm run check`'s test (check.test.ts).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { repoRoot } from '../../harness/step-runner.ts';
import { tempDir } from '../../harness/temp.ts';

export interface ScratchRepo {
  dir: string;
  origin: string;
  git(...args: string[]): string;
  node(...args: string[]): { status: number; output: string };
}

function linkNodeModules(dest: string): void {
  const src = join(repoRoot, 'node_modules');
  mkdirSync(join(dest, 'node_modules', '@mlops-actions'), { recursive: true });
  for (const entry of readdirSync(src)) {
    if (entry === '@mlops-actions' || entry === '.bin') continue;
    symlinkSync(join(src, entry), join(dest, 'node_modules', entry));
  }
  symlinkSync(join(src, '.bin'), join(dest, 'node_modules', '.bin'));
  for (const group of ['packages', 'actions']) {
    for (const d of readdirSync(join(dest, group))) {
      if (!existsSync(join(dest, group, d, 'package.json'))) continue;
      symlinkSync(join(dest, group, d), join(dest, 'node_modules', '@mlops-actions', group === 'packages' ? d : `action-${d}`));
      if (existsSync(join(repoRoot, group, d, 'node_modules')))
        symlinkSync(join(repoRoot, group, d, 'node_modules'), join(dest, group, d, 'node_modules'));
    }
  }
}

/** Action folders under actions/ and their pages under action-docs/ not in `keep`. */
function leftOut(file: string, keep: string[] | undefined): boolean {
  if (!keep) return false;
  const action = /^actions\/([^/]+)\//.exec(file)?.[1] ?? /^action-docs\/([^/]+)\.md$/.exec(file)?.[1];
  return action !== undefined && existsSync(join(repoRoot, 'actions', action, 'action.yml')) && !keep.includes(action);
}

export async function makeScratchRepo(o: { actions?: string[] } = {}): Promise<ScratchRepo> {
  const base = await tempDir('mlops-scratch-');
  const seed = join(base, 'seed');
  const dir = join(base, 'work');
  const origin = join(base, 'origin.git');
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: repoRoot, encoding: 'utf8' })
    .split('\0')
    .filter((f) => f && !f.startsWith('test/') && !leftOut(f, o.actions) && existsSync(join(repoRoot, f)));
  for (const f of files) {
    mkdirSync(dirname(join(seed, f)), { recursive: true });
    cpSync(join(repoRoot, f), join(seed, f));
  }
  linkNodeModules(seed);
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'Release Test',
    GIT_AUTHOR_EMAIL: 'release@example.com',
    GIT_COMMITTER_NAME: 'Release Test',
    GIT_COMMITTER_EMAIL: 'release@example.com',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
  };
  const gitIn =
    (cwd: string) =>
    (...args: string[]) =>
      execFileSync('git', args, { cwd, encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  const nodeIn =
    (cwd: string) =>
    (...args: string[]) => {
      try {
        const out = execFileSync(process.execPath, args, { cwd, encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'pipe'] });
        return { status: 0, output: out };
      } catch (e) {
        const x = e as { status?: number; stdout?: string; stderr?: string };
        return { status: x.status ?? 1, output: `${x.stdout ?? ''}${x.stderr ?? ''}` };
      }
    };
  // The copy starts fresh whatever state the work tree's bundles are in.
  for (const script of ['scripts/build.ts', 'scripts/docs.ts']) {
    const r = nodeIn(seed)(script);
    if (r.status !== 0) throw new Error(`${script} failed in the scratch copy:\n${r.output}`);
  }
  execFileSync('git', ['init', '--bare', '-q', '-b', 'main', origin], { env });
  const seedGit = gitIn(seed);
  seedGit('init', '-q', '-b', 'main');
  // The linked node_modules are symlinks, which the `node_modules/` rule (directories only) misses.
  writeFileSync(join(seed, '.git', 'info', 'exclude'), 'node_modules\n');
  seedGit('add', '-A');
  seedGit('commit', '-q', '-m', 'scratch');
  seedGit('push', '-q', origin, 'main');
  // The maintainer's clone.
  execFileSync('git', ['clone', '-q', origin, dir], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  writeFileSync(join(dir, '.git', 'info', 'exclude'), 'node_modules\n');
  linkNodeModules(dir);
  return { dir, origin, git: gitIn(dir), node: nodeIn(dir) };
}
