/**
 * runValidateMetrics: validate-metrics' flow with its runner and GitHub parts as fakes. The verdict
 * (annotations, outputs, job summary) is written before the comment is asked for; the registry is
 * opened only for a registry baseline, and closed; a published report of another run never gates.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runValidateMetrics, type RegistryReader, type ValidateMetricsDeps, type ValidateMetricsRun } from '@mlops-actions/metrics';
import { tempDir } from '../../harness/temp.ts';

let dir: string;
beforeAll(async () => {
  dir = await tempDir('metrics-run-');
  await writeFile(join(dir, 'good.json'), JSON.stringify({ accuracy: 0.92 }));
  await writeFile(join(dir, 'bad.json'), JSON.stringify({ accuracy: 0.8 }));
  await writeFile(join(dir, 'rules.yml'), 'accuracy:\n  min: 0.9\n');
});

const file = (name: string) => ({ path: join(dir, name), display: name });

function fakes(o: { url?: string; registry?: RegistryReader } = {}) {
  const events: string[] = [];
  const outputs: Record<string, unknown> = {};
  const deps: ValidateMetricsDeps = {
    log: { info: () => {}, warning: (m) => void events.push(`log warning: ${m}`) },
    annotate: {
      error: (m, p) => void events.push(`error ${p.file}:${p.line}: ${m}`),
      warning: (m, p) => void events.push(`warning ${p.file}:${p.line}: ${m}`),
    },
    outputs: (v) => {
      events.push(`outputs ${Object.keys(v).join(',')}`);
      Object.assign(outputs, v);
    },
    summary: async () => void events.push('summary'),
    publish: async () => {
      events.push('publish');
      return o.url ? { outcome: 'created', url: o.url } : { outcome: 'read-only' };
    },
    ...(o.registry ? { openRegistry: async () => (events.push('open registry'), o.registry!) } : {}),
  };
  return { deps, events, outputs };
}

function runOf(metrics: string, o: Partial<ValidateMetricsRun> = {}): ValidateMetricsRun {
  return {
    options: { metrics: file(metrics), rules: { kind: 'file', file: file('rules.yml') }, reportDir: join(dir, `out-${Math.random()}`) },
    baseline: { kind: 'none' },
    failOn: 'regression',
    ...o,
  };
}

describe('runValidateMetrics', () => {
  it('a failed check with fail-on regression: an error annotation at the rule, outputs and summary, then the comment; the step fails', async () => {
    const f = fakes({ url: 'https://github.com/o/r/pull/7#issuecomment-1' });
    expect(await runValidateMetrics(runOf('bad.json'), f.deps)).toEqual({ passed: false, failStep: true });
    expect(f.events).toEqual([
      expect.stringMatching(/^error rules\.yml:2: accuracy: /),
      'outputs passed,failed-checks,failed,report,markdown,comment-url',
      'summary',
      'publish',
      'outputs comment-url',
    ]);
    expect(f.outputs).toMatchObject({
      passed: false,
      'failed-checks': 1,
      failed: 'accuracy: min',
      'comment-url': 'https://github.com/o/r/pull/7#issuecomment-1',
    });
    expect(f.outputs['report']).toMatch(/report\.json$/);
  });

  it('fail-on never: warnings instead of errors, and the step passes', async () => {
    const f = fakes();
    expect(await runValidateMetrics(runOf('bad.json', { failOn: 'never' }), f.deps)).toEqual({ passed: false, failStep: false });
    expect(f.events[0]).toMatch(/^warning rules\.yml:2: accuracy: /);
    // No comment was posted (the token could not write): comment-url stays empty.
    expect(f.outputs['comment-url']).toBe('');
  });

  it('a passing run annotates nothing', async () => {
    const f = fakes();
    expect(await runValidateMetrics(runOf('good.json'), f.deps)).toEqual({ passed: true, failStep: false });
    expect(f.events.filter((e) => /^(error|warning) /.test(e))).toEqual([]);
  });

  it('opens the registry only for a registry baseline, and closes it', async () => {
    let closed = 0;
    const registry: RegistryReader = {
      resolve: async () => ({ version: '1.0.0', metrics: { accuracy: 0.95 } }),
      versions: async () => [{ version: '1.0.0', metrics: { accuracy: 0.95 } }],
      close: async () => void closed++,
    };
    const f = fakes({ registry });
    await runValidateMetrics(runOf('good.json'), f.deps);
    expect(f.events).not.toContain('open registry');
    const r = await runValidateMetrics(
      runOf('good.json', { baseline: { kind: 'registry', model: 'churn', alias: 'production', label: 'git:origin' } }),
      f.deps,
    );
    expect(r.passed).toBe(true);
    expect(f.events).toContain('open registry');
    expect(closed).toBe(1);
  });

  it('report mode publishes the other run’s report and never gates, even when it failed', async () => {
    const first = fakes();
    const produced = runOf('bad.json');
    await runValidateMetrics(produced, first.deps);
    const f = fakes({ url: 'https://github.com/o/r/pull/7#issuecomment-2' });
    const report = { path: first.outputs['report'] as string, display: 'report.json' };
    expect(await runValidateMetrics(runOf('bad.json', { report, sourceRunUrl: 'https://github.com/o/r/actions/runs/1' }), f.deps)).toEqual({
      passed: false,
      failStep: false,
    });
    expect(f.events.filter((e) => /^(error|warning) /.test(e))).toEqual([]);
    expect(f.outputs['comment-url']).toBe('https://github.com/o/r/pull/7#issuecomment-2');
  });
});
