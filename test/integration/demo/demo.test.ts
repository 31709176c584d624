/**
 * Runs the demo (`npm run demo`) end to end and checks what happened in each round, not just the exit
 * code: the gate's reasons, the validation verdicts, the versions registered and deployed, what the
 * model server serves after the rollback, and the cache hit of the rerun.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openRegistry, parseModelName, parseAlias } from '@mlops-actions/registry';
import { repoRoot } from '../../harness/step-runner.ts';
import { tempDir } from '../../harness/temp.ts';

let out: string;
let outcome: Record<string, any>;

beforeAll(async () => {
  out = join(await tempDir('mlops-demo-'), 'run');
  const r = spawnSync(process.execPath, [join(repoRoot, 'workflows-examples', 'demo', 'run.ts'), '--json', '--out', out], {
    encoding: 'utf8',
    timeout: 300_000,
  });
  if (r.status !== 0) throw new Error(`the demo failed (${r.status}):\n${r.stderr}\n${r.stdout.slice(-3000)}`);
  outcome = JSON.parse(r.stdout.trim().split('\n').at(-1)!);
}, 300_000);

describe('the demo', () => {
  it('round 1: no champion, so it trains, validates, registers 0.1.0 and deploys it healthy', () => {
    expect(outcome['round1']).toMatchObject({
      reasons: ['no-champion'],
      passed: 'true',
      version: '0.1.0',
      deploy: 'deployed',
      health: '200 0.1.0',
    });
  });

  it('round 2: the drift is found on the temperatures, the gate retrains for drift and new data, and 0.2.0 goes live', () => {
    const r2 = outcome['round2'];
    expect(r2.drift).toBe('true');
    expect(r2.driftedColumns).toEqual(expect.arrayContaining(['Air temperature [K]', 'Process temperature [K]']));
    expect(r2.driftedColumns).not.toContain('Torque [Nm]');
    expect(r2.reasons).toEqual(['data-changed', 'drift']);
    expect(r2).toMatchObject({ passed: 'true', version: '0.2.0', deploy: 'deployed', health: '200 0.2.0' });
    expect(r2.minutesToDeploy).toBeGreaterThan(0);
  });

  it('round 3: the broken 0.3.0 fails its health check and 0.2.0 is served again', () => {
    const r3 = outcome['round3'];
    expect(r3).toMatchObject({ version: '0.3.0', deploy: 'rolled-back', exitCode: 1, health: '200 0.2.0' });
    expect(r3.error).toMatch(/0\.2\.0/);
  });

  it('round 4: the rerun needs training (drift) but restores the identical one from the cache', () => {
    expect(outcome['round4']).toEqual({ reasons: ['drift', 'cache-hit'], shouldTrain: 'false', cacheHit: 'true', restored: true });
  });

  it('the production alias moved to 0.1.0 then 0.2.0, never to the broken version', async () => {
    const registry = openRegistry({ uri: 'file:.mlops/registry', workspace: join(out, 'workspace') });
    try {
      const moves = (await registry.aliasHistory(parseModelName('machine-failure'), parseAlias('production'))).map((m) => m.to);
      expect(moves).toEqual(['0.1.0', '0.2.0']);
      expect((await registry.resolve(parseModelName('machine-failure'), { alias: parseAlias('production') }))?.version).toBe('0.2.0');
    } finally {
      await registry.close();
    }
  });

  it('leaves the reports a reviewer reads: the PR comment, the drift report, a timeline', () => {
    const comment = readFileSync(join(out, 'reports', 'pr-comment-2.md'), 'utf8');
    expect(comment).toContain('validate-metrics: the candidate passes');
    expect(comment).toContain('```mermaid');
    expect(existsSync(join(out, 'reports', 'drift', 'report.html'))).toBe(true);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(summary.timeline.map((s: { name: string }) => s.name)).toContain('deploy production');
    expect(summary.totalSeconds).toBeGreaterThan(0);
  });
});
