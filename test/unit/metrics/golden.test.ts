import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateMetrics, type RegistryReader } from '@mlops-actions/metrics';
import { closeBrowser } from '../../harness/chromium.ts';
import { assertMermaidParses } from '../../harness/mermaid.ts';
import { repoRoot } from '../../harness/step-runner.ts';

afterAll(closeBrowser);

const dir = join(repoRoot, 'test', 'fixtures', 'metrics', 'golden');
const file = (name: string) => ({ path: join(dir, name), display: `golden/${name}` });

/** The registry as @mlops-actions/registry answers: the champion's card and the versions, newest first. */
export function fakeRegistry(data: {
  card: Record<string, unknown> & { version: string };
  versions: { version: string; metrics: Record<string, number> }[];
}): RegistryReader & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    async resolve(name, ref) {
      calls.push(`resolve ${name} ${ref?.alias}`);
      return ref?.alias === 'production' ? data.card : undefined;
    },
    async versions(name) {
      calls.push(`versions ${name}`);
      return data.versions;
    },
  };
}

/**
 * The golden comparison: the churn model's candidate against the production version in the registry,
 * with rules, params, data manifests and predictions. test/fixtures/metrics/golden/comparison.md is what
 * a reviewer sees on the pull request; regenerate it with UPDATE_GOLDEN=1 after a deliberate change.
 */
describe('golden comparison', () => {
  it('renders test/fixtures/metrics/golden/comparison.md', async () => {
    const registry = fakeRegistry(JSON.parse(readFileSync(join(dir, 'registry.json'), 'utf8')));
    const { report, markdown } = await validateMetrics({
      metrics: file('candidate-metrics.json'),
      baseline: { kind: 'registry', registry, model: 'churn', alias: 'production', label: 'git:origin' },
      rules: { kind: 'file', file: file('rules.yml') },
      params: file('params.yaml'),
      dataManifest: file('data.json'),
      baselineDataManifest: file('baseline-data.json'),
      predictions: { path: join(dir, '..', 'predictions-binary.csv'), display: 'eval/predictions.csv' },
      significance: { resamples: 2000, seed: 42 },
      links: { run: 'https://github.com/octo-org/churn/actions/runs/1234567890' },
    });
    const golden = join(dir, 'comparison.md');
    if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(golden, markdown);
    expect(markdown).toBe(readFileSync(golden, 'utf8'));
    expect(report.passed).toBe(false);
    expect(report.failed.map((c) => `${c.metric} ${c.rule}`)).toEqual(['latency_p95_ms max_increase_relative']);
    expect(registry.calls).toEqual(['resolve churn production', 'versions churn']);
    expect(await assertMermaidParses(markdown)).toBe(1);
  });
});
