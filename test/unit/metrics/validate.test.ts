import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateMetrics, type RegistryReader } from '@mlops-actions/metrics';
import { tempDir } from '../../harness/temp.ts';

/** A registry whose champion card recorded NaN metrics as null (what register-model stored before it refused them). */
function registryWith(metrics: Record<string, unknown>): RegistryReader {
  return {
    async resolve(_name, ref) {
      return ref?.alias === 'production' ? { version: '1.2.0', metrics } : undefined;
    },
    async versions() {
      return [{ version: '1.2.0', metrics: {} }];
    },
  };
}

describe('a registry baseline with a metric recorded as null', () => {
  it('fails the change rule on it with a message, and warns, instead of passing as if the metric were new', async () => {
    const dir = await tempDir('vm-');
    await writeFile(join(dir, 'm.json'), JSON.stringify({ accuracy: 0.91, auc: 0.5 }));
    const warnings: string[] = [];
    const { report } = await validateMetrics({
      metrics: { path: join(dir, 'm.json'), display: 'm.json' },
      baseline: { kind: 'registry', registry: registryWith({ accuracy: 0.9, auc: null }), model: 'churn', alias: 'production' },
      rules: { kind: 'inline', text: "'*': { max_drop: 0.01 }" },
      noBaseline: 'pass',
      log: { info: () => undefined, warning: (m) => warnings.push(m) },
    });
    expect(report.passed).toBe(false);
    expect(report.failed).toEqual([
      expect.objectContaining({
        metric: 'auc',
        rule: 'max_drop',
        result: 'fail',
        message: expect.stringMatching(/^the baseline records auc as null, not a finite number, so the change cannot be judged/),
      }),
    ]);
    expect(report.metrics.find((m) => m.name === 'auc')!.status).toBe('fail');
    expect(warnings).toEqual([expect.stringMatching(/metric "auc" in registry: churn@1\.2\.0 \(production\) has no value/)]);
  });
});
