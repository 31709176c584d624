/**
 * Are the committed bundles (actions/*\/dist and packages/cli/dist, THIRD-PARTY-NOTICES.txt included) and the generated docs
 * pages (action-docs/<action>.md) exactly what the sources produce? Used by `npm run check` and by
 * `npm run release`, which refuses to tag a stale tree.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { buildAction, buildCli, cliDir } from '../build.ts';
import { renderActionDoc } from '../docs.ts';
import { actionNames, readAction, repoRoot } from './actions.ts';

export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(relative(dir, p).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

export function compareTrees(expected: string, actual: string, label: string, problems: string[]): void {
  const want = listFiles(expected);
  const have = listFiles(actual);
  for (const f of want) {
    if (!have.includes(f)) problems.push(`${label}/${f} is missing: run 'npm run build' and commit dist/`);
    else if (!readFileSync(join(expected, f)).equals(readFileSync(join(actual, f)))) {
      problems.push(
        `${label}/${f} differs from a fresh build of the sources: run 'npm run build' and commit dist/ (never edit a bundle by hand)`,
      );
    }
  }
  for (const f of have)
    if (!want.includes(f)) problems.push(`${label}/${f} is not produced by the build any more: delete it (run 'npm run build')`);
}

/** Problems with the bundles and docs pages of every action (also its runtime and entry points). */
export async function freshnessProblems(): Promise<string[]> {
  const problems: string[] = [];
  const tmp = await mkdtemp(join(tmpdir(), 'mlops-fresh-'));
  try {
    for (const name of actionNames()) {
      const meta = readAction(name);
      const base = `actions/${name}`;
      if (meta.runs?.using !== 'node24') problems.push(`${base}/action.yml: runs.using is '${meta.runs?.using}', must be 'node24'`);
      for (const entry of [meta.runs?.main, meta.runs?.post].filter(Boolean) as string[]) {
        if (!existsSync(join(repoRoot, base, entry))) problems.push(`${base}/action.yml: ${entry} does not exist: run 'npm run build'`);
      }
      await buildAction(name, join(tmp, 'dist', name));
      compareTrees(join(tmp, 'dist', name), join(repoRoot, base, 'dist'), `${base}/dist`, problems);

      const extra = join(repoRoot, base, 'docs.md');
      let doc: string | undefined;
      try {
        doc = renderActionDoc(name, meta, existsSync(extra) ? readFileSync(extra, 'utf8') : undefined);
      } catch (e) {
        problems.push((e as Error).message);
      }
      const page = join(repoRoot, 'action-docs', `${name}.md`);
      if (doc !== undefined && (!existsSync(page) || readFileSync(page, 'utf8') !== doc)) {
        problems.push(
          `action-docs/${name}.md differs from what actions/${name}/action.yml generates: run 'npm run docs' and commit it (never edit it by hand)`,
        );
      }
    }
    // The mlops command's bundle (what npm publishes as @mlops-actions/cli), kept fresh the same way.
    await buildCli(join(tmp, 'dist', 'cli'));
    compareTrees(join(tmp, 'dist', 'cli'), join(cliDir, 'dist'), 'packages/cli/dist', problems);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
  return problems;
}
