/**
 * Every call of one of the suite's actions in the example workflows and in the documentation names an
 * existing action, passes only inputs it declares, gives the inputs it requires, and reads only outputs
 * it declares. The checker is tested on deliberately wrong snippets first, so a pass means something.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../../harness/index.ts';
import { checkDocument, checkYamlText, filesUnder, loadActionSpecs, ourAction, yamlBlocks, type Finding } from './action-uses.ts';

const specs = loadActionSpecs(repoRoot);
const show = (findings: Finding[]) => findings.map((f) => `${f.where}: ${f.message}`).join('\n');

const workflows = filesUnder(repoRoot, 'workflows-examples', /\.ya?ml$/).filter((f) => {
  const text = readFileSync(join(repoRoot, f), 'utf8');
  return /^on:/m.test(text) && /^jobs:/m.test(text);
});

describe('the checker', () => {
  it('reads the seven actions with their inputs and outputs', () => {
    expect([...specs.keys()]).toEqual([
      'data-hash',
      'deploy',
      'drift-report',
      'fetch-model',
      'register-model',
      'train-gate',
      'validate-metrics',
    ]);
    expect(specs.get('deploy')!.inputs['target']?.required).toBe(true);
    expect(Object.keys(specs.get('train-gate')!.outputs)).toContain('should-train');
  });

  it.each([
    ['mlops-actions/mlops-actions/actions/deploy@v1', 'deploy'],
    ['mlops-actions/mlops-actions/actions/data-hash@0123456789abcdef0123456789abcdef01234567', 'data-hash'],
    ['OWNER/REPO/actions/validate-metrics@v1', 'validate-metrics'],
    ['./actions/train-gate', 'train-gate'],
    ['actions/checkout@v4', undefined],
    ['actions/cache/restore@v4', undefined],
    ['docker://alpine:3', undefined],
  ])('%s is %s', (uses, name) => {
    expect(ourAction(uses)).toBe(name);
  });

  // Each snippet is wrong in one way; the checker must say so, naming what is wrong.
  it.each([
    [
      'an action folder that does not exist',
      `- uses: mlops-actions/mlops-actions/actions/train-model@v1
  with: { data: x }`,
      /there is no action folder actions\/train-model/,
    ],
    [
      'an input the action does not declare',
      `- id: data
  uses: mlops-actions/mlops-actions/actions/data-hash@v1
  with:
    path: data
    algoritm: sha512`,
      /input 'algoritm' is not declared in actions\/data-hash\/action\.yml/,
    ],
    [
      'a required input left out',
      `- uses: mlops-actions/mlops-actions/actions/deploy@v1
  with:
    model: churn
    version: 1.2.0
    environment: staging`,
      /the required input 'target' is not given/,
    ],
    [
      'a step without with: at all',
      `- uses: mlops-actions/mlops-actions/actions/drift-report@v1`,
      /the required input 'current' is not given/,
    ],
    [
      'an output the action does not declare',
      `- id: gate
  uses: mlops-actions/mlops-actions/actions/train-gate@v1
  with: { data-hash: 'sha256:00' }
- if: steps.gate.outputs.should_train == 'true'
  run: make train`,
      /steps\.gate\.outputs\.should_train: actions\/train-gate\/action\.yml declares no output 'should_train'/,
    ],
    [
      'an undeclared output in bracket syntax, in a job output',
      `jobs:
  train:
    runs-on: ubuntu-latest
    outputs:
      version: \${{ steps.register.outputs['model-version'] }}
    steps:
      - id: register
        uses: mlops-actions/mlops-actions/actions/register-model@v1
        with: { name: churn, path: model }`,
      /steps\.register\.outputs\.model-version: actions\/register-model\/action\.yml declares no output 'model-version'/,
    ],
    [
      'the suite referenced under another repository',
      `- uses: mlops-action/mlops-actions/actions/deploy@v1`,
      /looks like one of the suite's actions/,
    ],
    [
      'a block that is not YAML',
      `- uses: mlops-actions/mlops-actions/actions/data-hash@v1
  with:
    path: [data`,
      /is not valid YAML/,
    ],
  ])('finds %s', (_what, snippet, message) => {
    const findings = checkYamlText(snippet, 'snippet', specs);
    expect(findings.map((f) => f.message)).toEqual([expect.stringMatching(message)]);
  });

  it('accepts a correct snippet, and leaves the outputs of other steps and other jobs alone', () => {
    const workflow = parse(`
jobs:
  a:
    runs-on: ubuntu-latest
    outputs:
      hash: \${{ steps.data.outputs.hash }}
    steps:
      - id: data
        uses: mlops-actions/mlops-actions/actions/data-hash@v1
        with: { path: data }
      - id: other
        uses: actions/cache@v4
        with: { path: x, key: y }
      - run: echo "\${{ steps.other.outputs.cache-hit }} \${{ steps.data.outputs['cache-key'] }}"
  b:
    runs-on: ubuntu-latest
    steps:
      - id: data
        run: echo "anything=1" >> "$GITHUB_OUTPUT"
      - run: echo "\${{ steps.data.outputs.anything }}"
`);
    expect(show(checkDocument(parse(JSON.stringify(workflow)), 'workflow', specs))).toBe('');
  });

  it('scopes step ids per job: an id of another job does not hide a wrong output', () => {
    const findings = checkYamlText(
      `jobs:
  a:
    steps:
      - id: gate
        uses: mlops-actions/mlops-actions/actions/train-gate@v1
        with: { data-hash: x }
      - run: echo "\${{ steps.gate.outputs.nope }}"
  b:
    steps:
      - id: gate
        run: echo "nope=1" >> "$GITHUB_OUTPUT"
      - run: echo "\${{ steps.gate.outputs.nope }}"`,
      'workflow',
      specs,
    );
    expect(findings).toHaveLength(1);
  });
});

describe('the example workflows', () => {
  it('are found, and together use every action of the suite', () => {
    expect(workflows.length).toBeGreaterThanOrEqual(5);
    const used = new Set<string>();
    for (const f of workflows) {
      for (const m of readFileSync(join(repoRoot, f), 'utf8').matchAll(/uses:\s*(\S+)/g)) {
        const name = ourAction(m[1]!);
        if (name) used.add(name);
      }
    }
    expect([...used].sort()).toEqual([...specs.keys()].sort());
  });

  it.each(workflows)('%s calls the actions with declared inputs and outputs only', (file) => {
    expect(show(checkYamlText(readFileSync(join(repoRoot, file), 'utf8'), file, specs))).toBe('');
  });
});

describe('the documentation', () => {
  const pages = ['README.md', ...filesUnder(repoRoot, 'action-docs', /\.md$/), ...filesUnder(repoRoot, 'workflows-examples', /\.md$/)];
  const blocks = pages.flatMap((page) =>
    yamlBlocks(readFileSync(join(repoRoot, page), 'utf8'))
      .filter((b) => /uses:\s*\S*actions\//.test(b.text))
      .map((b) => ({ where: `${page}:${b.line}`, text: b.text })),
  );

  it('has code blocks that call the actions', () => {
    expect(blocks.length).toBeGreaterThan(10);
  });

  it('calls the actions with declared inputs and outputs only, in every yaml code block', () => {
    expect(show(blocks.flatMap((b) => checkYamlText(b.text, b.where, specs)))).toBe('');
  });
});
