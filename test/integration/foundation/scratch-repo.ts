/**
 * A scratch git repository made from the current work tree (tracked and untracked files that git
 * does not ignore; test/ left out), with node_modules linked from the checkout and our workspaces
 * linked from the copy itself, bundles and docs rebuilt so the copy starts fresh, one commit, and a
 * bare repository as its `origin`.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { repoRoot } from '../../harness/step-runner.ts';

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
      if (existsSync(join(repoRoot, group, d, 'node_modules'))) symlinkSync(join(repoRoot, group, d, 'node_modules'), join(dest, group, d, 'node_modules'));
    }
  }
}

export async function makeScratchRepo(): Promise<ScratchRepo> {
  const base = await mkdtemp(join(tmpdir(), 'mlops-scratch-'));
  const dir = join(base, 'work');
  const origin = join(base, 'origin.git');
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: repoRoot, encoding: 'utf8' })
    .split('\0')
    .filter((f) => f && !f.startsWith('test/') && existsSync(join(repoRoot, f)));
  for (const f of files) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    cpSync(join(repoRoot, f), join(dir, f));
  }
  linkNodeModules(dir);
  const env = { ...process.env, GIT_AUTHOR_NAME: 'Release Test', GIT_AUTHOR_EMAIL: 'release@example.com', GIT_COMMITTER_NAME: 'Release Test', GIT_COMMITTER_EMAIL: 'release@example.com', GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  const node = (...args: string[]) => {
    try {
      const out = execFileSync(process.execPath, args, { cwd: dir, encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'pipe'] });
      return { status: 0, output: out };
    } catch (e) {
      const x = e as { status?: number; stdout?: string; stderr?: string };
      return { status: x.status ?? 1, output: `${x.stdout ?? ''}${x.stderr ?? ''}` };
    }
  };
  // The copy starts fresh whatever state the work tree's bundles are in.
  for (const script of ['scripts/build.ts', 'scripts/docs.ts']) {
    const r = node(script);
    if (r.status !== 0) throw new Error(`${script} failed in the scratch copy:\n${r.output}`);
  }
  execFileSync('git', ['init', '--bare', '-q', '-b', 'main', origin], { env });
  git('init', '-q', '-b', 'main');
  // The linked node_modules are symlinks, which the `node_modules/` rule (directories only) misses.
  writeFileSync(join(dir, '.git', 'info', 'exclude'), 'node_modules\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'scratch');
  git('remote', 'add', 'origin', origin);
  git('push', '-q', 'origin', 'main');
  return { dir, origin, git, node };
}
