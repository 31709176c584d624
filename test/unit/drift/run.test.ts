/**
 * drift-report's rules and flow, in the drift package: the inputs checked against each other
 * (parseDriftOptions: thresholds, tests, reference, issue), and runDriftReport with its runner
 * services given as plain functions (outputs, summary, artifact upload, the registry's stored
 * profile, the issue target), so each outcome is seen without a runner.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  parseDriftOptions,
  runDriftReport,
  type ArtifactOutcome,
  type DriftInputs,
  type DriftOutputValue,
  type DriftRunDeps,
  type StoredProfile,
} from '@mlops-actions/drift';
import { isUserError, type UserError } from '@mlops-actions/errors';
import type { GitHubClient } from '@mlops-actions/github';
import { tempDirSync } from '../../harness/temp.ts';

function inputs(over: Partial<DriftInputs> = {}): DriftInputs {
  return {
    mode: 'compare',
    reference: ['ref.csv'],
    current: ['cur.csv'],
    format: 'auto',
    selection: { columns: [], exclude: [], categorical: [], numerical: [] },
    tests: undefined,
    thresholds: undefined,
    driftShare: 0.5,
    criticalColumns: [],
    correction: 'none',
    schemaChanges: 'drift',
    model: undefined,
    alias: 'production',
    reportDir: 'out',
    parallel: 'auto',
    uploadArtifact: false,
    failOnDrift: false,
    issue: false,
    hasToken: true,
    ...over,
  };
}

function thrown(f: () => unknown): UserError {
  try {
    f();
  } catch (e) {
    if (isUserError(e)) return e;
    throw e;
  }
  throw new Error('expected a UserError');
}

describe('parseDriftOptions: thresholds', () => {
  it.each([
    ['ks', 0, "must map to a positive number, got '0'", "Write e.g. 'ks: 0.05'"],
    ['psi', 'high', "must map to a positive number, got 'high'", "Write e.g. 'psi: 0.1'"],
    ['age', -1, "must map to a positive number, got '-1'", "Write e.g. 'age: 0.1'"],
    ['missing-share', 'x', "must map to a positive number, got 'x'", "Write e.g. 'missing-share: 0.05'"],
    [
      'missing-share',
      1.5,
      'is a change of a share and must be at most 1, got 1.5',
      "Write it as a fraction, e.g. 'missing-share: 0.05' for 5 points",
    ],
    ['ks', 1, 'is a p-value threshold and must be below 1, got 1', "Drift is p < threshold: use a small value such as 'ks: 0.05'"],
    [
      'chi-square',
      5,
      'is a p-value threshold and must be below 1, got 5',
      "Drift is p < threshold: use a small value such as 'chi-square: 0.05'",
    ],
    ['chi-square-gof', 1, 'is a p-value threshold and must be below 1, got 1', /chi-square-gof: 0\.05/],
    ['z', 2, 'is a p-value threshold and must be below 1, got 2', /'z: 0\.05'/],
  ] as const)('%s: %s is refused', (key, value, message, fix) => {
    const e = thrown(() => parseDriftOptions(inputs({ thresholds: { [key]: value } })));
    expect(e).toMatchObject({ input: 'thresholds', key });
    expect(e.message).toContain(message);
    if (typeof fix === 'string') expect(e.fix).toBe(fix);
    else expect(e.fix).toMatch(fix);
  });

  it('keeps distances and column thresholds of 1 or more, p-value ones below 1, and missing-share apart', () => {
    const o = parseDriftOptions(
      inputs({ thresholds: { psi: 1.5, wasserstein: '2', age: 3, ks: 0.01, 'chi-square': '0.2', 'missing-share': 0.1 } }),
    );
    expect(o.thresholds).toEqual({ psi: 1.5, wasserstein: 2, age: 3, ks: 0.01, 'chi-square': 0.2 });
    expect(o.missingShare).toBe(0.1);
    expect(parseDriftOptions(inputs({ thresholds: { 'missing-share': 1 } })).missingShare).toBe(1);
    expect(parseDriftOptions(inputs()).missingShare).toBeUndefined();
  });
});

describe('parseDriftOptions: tests, reference, issue, parallel', () => {
  it('parses test names (aliases too) and names a bad one with its column', () => {
    expect(parseDriftOptions(inputs({ tests: { age: 'chi2', '*': 'JS' } })).tests).toEqual({ age: 'chi-square', '*': 'jensen-shannon' });
    const e = thrown(() => parseDriftOptions(inputs({ tests: { income: 't-test' } })));
    expect(e).toMatchObject({ input: 'tests', key: 'income' });
    expect(e.message).toContain("unknown test 't-test'");
  });

  it('needs a reference to compare, not to profile; registry needs a model', () => {
    const e = thrown(() => parseDriftOptions(inputs({ reference: [] })));
    expect(e).toMatchObject({ input: 'reference', fix: "Give the reference data (files or globs), profiles (.json), or 'registry'" });
    expect(e.message).toContain('is required to compare');
    expect(parseDriftOptions(inputs({ mode: 'profile', reference: [] })).reference).toEqual([]);
    expect(parseDriftOptions(inputs({ reference: ['registry'], model: 'churn' })).reference).toBe('registry');
    // 'registry' among other files is a file name, not the registry.
    expect(parseDriftOptions(inputs({ reference: ['registry', 'b.csv'] })).reference).toEqual(['registry', 'b.csv']);
    const m = thrown(() => parseDriftOptions(inputs({ reference: ['registry'] })));
    expect(m).toMatchObject({ input: 'model', fix: 'Name the registered model whose reference profile to use' });
    expect(m.message).toContain("is needed when reference is 'registry'");
  });

  it('an issue needs a model and a token', () => {
    const m = thrown(() => parseDriftOptions(inputs({ issue: true })));
    expect(m).toMatchObject({ input: 'model', fix: 'Name the model (or dataset) the drift is about' });
    expect(m.message).toMatch(/^input 'model': is needed with 'issue: true'/);
    const t = thrown(() => parseDriftOptions(inputs({ issue: true, model: 'churn', hasToken: false })));
    expect(t).toMatchObject({ input: 'github-token' });
    expect(t.fix).toContain("grant 'issues: write'");
    expect(parseDriftOptions(inputs({ issue: true, model: 'churn' })).issue).toBe(true);
  });

  it.each([
    ['auto', undefined],
    ['true', true],
    ['false', false],
  ] as const)('parallel %s → %s', (text, value) => {
    expect(parseDriftOptions(inputs({ parallel: text })).parallel).toBe(value);
  });
});

let ws = '';
beforeAll(() => {
  ws = tempDirSync('mlops-drift-run-');
  const rows = (from: number) => ['x,plan', ...Array.from({ length: 200 }, (_, i) => `${from + i},${i % 2 ? 'a' : 'b'}`)].join('\n');
  writeFileSync(join(ws, 'ref.csv'), `${rows(0)}\n`);
  writeFileSync(join(ws, 'same.csv'), `${rows(0)}\n`);
  writeFileSync(join(ws, 'cur.csv'), `${rows(1000)}\n`);
});

/** Deps that record what the flow does, in order. */
function recorder(over: Partial<DriftRunDeps> = {}) {
  const events: string[] = [];
  const outputs: Record<string, DriftOutputValue> = {};
  const warnings: string[] = [];
  const summaries: string[] = [];
  const uploads: { dir: string; name: string }[] = [];
  const deps: DriftRunDeps = {
    runner: { workspace: ws, serverUrl: 'https://github.com', runUrl: 'https://github.com/o/r/actions/runs/1' },
    log: { info: () => undefined, warning: (m) => void warnings.push(m) },
    outputs: (o) => {
      events.push(`outputs:${Object.keys(o).join(',')}`);
      Object.assign(outputs, o);
    },
    summary: async (md) => {
      events.push('summary');
      summaries.push(md);
    },
    uploadArtifact: async (dir, name): Promise<ArtifactOutcome> => {
      events.push('upload');
      uploads.push({ dir, name });
      return { uploaded: true, name, size: 10 };
    },
    ...over,
  };
  return { deps, events, outputs, warnings, summaries, uploads };
}

const dir = (name: string) => join(ws, name);

describe('runDriftReport', () => {
  it('writes the verdict to the outputs, then the summary; uploads the report folder named for the model', async () => {
    const r = recorder();
    await runDriftReport(parseDriftOptions(inputs({ model: 'churn', uploadArtifact: true, reportDir: dir('o1') })), r.deps);
    expect(r.outputs).toMatchObject({ drift: true, share: 0.5, 'drifted-columns': ['x'], report: join(dir('o1'), 'report.json') });
    expect(r.uploads).toEqual([{ dir: dir('o1'), name: 'drift-report-churn' }]);
    expect(r.events).toEqual(['outputs:drift,share,drifted-columns,report,html,markdown,issue-url,profile', 'upload', 'summary']);
    expect(r.summaries).toHaveLength(1);
    expect(r.summaries[0]).toContain('Data drift: churn');
    expect(r.warnings).toEqual([]);
  });

  it("spans a numerical column's chart over the 0.5%–99.5% quantiles of both sides, numpy's linear quantile", async () => {
    const r = recorder();
    await runDriftReport(parseDriftOptions(inputs({ reportDir: dir('o-chart') })), r.deps);
    const report = JSON.parse(readFileSync(String(r.outputs['report']), 'utf8')) as {
      columns: { name: string; chart?: { kind: string; edges: number[] } }[];
    };
    const chart = report.columns.find((c) => c.name === 'x')!.chart!;
    // x is 0…199 (reference) and 1000…1199 (current): np.quantile(ref, 0.005) = 0.995 and
    // np.quantile(cur, 0.995) = 1198.005 (the lower value, 0 and 1198, is not the quantile).
    expect(chart.kind).toBe('histogram');
    expect(chart.edges[0]).toBeCloseTo(0.995, 12);
    expect(chart.edges.at(-1)).toBeCloseTo(1198.005, 9);
  });

  it.each([
    [
      'no-runtime',
      'no Actions runtime here (ACTIONS_RUNTIME_TOKEN is not set)',
      /^Not uploading the report as an artifact: no Actions runtime here \(ACTIONS_RUNTIME_TOKEN is not set\)\. It is in /,
      undefined,
    ],
    [
      'failed',
      'boom',
      /^Could not upload the report artifact: boom\. The report is kept in /,
      /Not uploaded as an artifact \(see the warning/,
    ],
    ['ghes', 'GHES', /is GitHub Enterprise Server/, /Not uploaded as an artifact: GitHub Enterprise Server/],
  ] as const)(
    'an upload that cannot happen (%s) is one warning, and a note in the summary where it helps',
    async (reason, message, warning, note) => {
      const r = recorder({ uploadArtifact: async (_d, name) => ({ uploaded: false, name, reason, message }) });
      await runDriftReport(parseDriftOptions(inputs({ uploadArtifact: true, reportDir: dir(`o-${reason}`) })), r.deps);
      expect(r.warnings).toHaveLength(1);
      expect(r.warnings[0]).toMatch(warning);
      if (note) expect(r.summaries[0]).toMatch(note);
      else expect(r.summaries[0]).not.toMatch(/Not uploaded/);
    },
  );

  it('on GitHub Enterprise Server does not try to upload', async () => {
    const r = recorder();
    r.deps.runner = { ...r.deps.runner, serverUrl: 'https://ghes.example.internal' };
    await runDriftReport(parseDriftOptions(inputs({ uploadArtifact: true, reportDir: dir('o-ghes2') })), r.deps);
    expect(r.uploads).toEqual([]);
    expect(r.warnings[0]).toMatch(
      /^Not uploading the report as an artifact: https:\/\/ghes\.example\.internal is GitHub Enterprise Server/,
    );
    expect(r.summaries[0]).toMatch(/Not uploaded as an artifact: GitHub Enterprise Server/);
  });

  it('upload-artifact: false uploads nothing', async () => {
    const r = recorder();
    await runDriftReport(parseDriftOptions(inputs({ reportDir: dir('o-none') })), r.deps);
    expect(r.uploads).toEqual([]);
    expect(r.events).not.toContain('upload');
  });

  it('asks for the issue target only after the outputs and the summary are written', async () => {
    const r = recorder({
      issueTarget: () => {
        r.events.push('issue');
        // A client whose first request fails: the flow must already have written everything.
        const octokit = {
          request: async () => {
            throw new Error('no network in this test');
          },
        } as unknown as GitHubClient;
        return { octokit, owner: 'o', repo: 'r' };
      },
    });
    await expect(
      runDriftReport(parseDriftOptions(inputs({ model: 'churn', issue: true, reportDir: dir('o-issue') })), r.deps),
    ).rejects.toThrow();
    expect(r.events.slice(0, 3)).toEqual([
      'outputs:drift,share,drifted-columns,report,html,markdown,issue-url,profile',
      'summary',
      'issue',
    ]);
  });

  it('fail-on-drift throws a user error after the outputs and summary; no drift does not throw', async () => {
    const r = recorder();
    const e = await runDriftReport(parseDriftOptions(inputs({ failOnDrift: true, reportDir: dir('o-fail') })), r.deps).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(isUserError(e)).toBe(true);
    expect((e as UserError).message).toMatch(/^drift detected: /);
    expect((e as UserError).fix).toBe("See the report; set 'fail-on-drift: false' to report without failing");
    expect(r.events).toContain('summary');
    const same = recorder();
    await runDriftReport(parseDriftOptions(inputs({ current: ['same.csv'], failOnDrift: true, reportDir: dir('o-same') })), same.deps);
    expect(same.outputs['drift']).toBe(false);
  });

  it("reference: registry compares with the profile the registry hands over, labelled with the model's version", async () => {
    const prof = recorder();
    await runDriftReport(
      parseDriftOptions(inputs({ mode: 'profile', reference: [], current: ['ref.csv'], reportDir: dir('p') })),
      prof.deps,
    );
    expect(prof.outputs).toMatchObject({ profile: join(dir('p'), 'profile.json'), drift: false, report: '' });
    expect(prof.summaries[0]).toMatch(/^### Drift profile written\n\n200 rows, 2 columns/);
    const data = readFileSync(join(dir('p'), 'profile.json'));
    const asked: string[] = [];
    const stored =
      (bytes: Uint8Array | string) =>
      async (model: string, alias: string): Promise<StoredProfile> => {
        asked.push(`${model}@${alias}`);
        return { data: bytes, model, version: '1.0.0', label: `registry:${model}@1.0.0` };
      };
    const r = recorder({ registryReference: stored(data) });
    await runDriftReport(parseDriftOptions(inputs({ reference: ['registry'], model: 'churn', reportDir: dir('o-reg') })), r.deps);
    expect(asked).toEqual(['churn@production']);
    const report = JSON.parse(readFileSync(String(r.outputs['report']), 'utf8')) as { reference: { source: string[] } };
    expect(report.reference.source).toEqual(['registry:churn@1.0.0']);
    expect(r.outputs['drift']).toBe(true);

    const bad = recorder({ registryReference: stored('{not json') });
    const e = await runDriftReport(
      parseDriftOptions(inputs({ reference: ['registry'], model: 'churn', alias: 'staging', reportDir: dir('o-bad') })),
      bad.deps,
    ).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(isUserError(e)).toBe(true);
    expect(e).toMatchObject({ input: 'reference' });
    expect((e as Error).message).toContain('the reference profile of churn@1.0.0 is not JSON');
    expect(bad.events).toEqual([]);
  });
});
