/**
 * The example workflows follow the suite's security rules, which actionlint does not enforce: least
 * privilege (read-only at the top, each write scope on the job that needs it with a comment saying
 * why), third-party actions pinned to a full commit SHA with the release in a comment, no expression
 * expanded inside a script (values reach scripts through env:), no pull_request_target, a
 * workflow_run workflow that never checks out code, and one deployment per environment at a time.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../../harness/index.ts';
import { filesUnder, ourAction } from './action-uses.ts';

/**
 * The third-party actions the examples may use: the commit each release tag points at, read from the
 * actions' own repositories (`git rev-parse <tag>^{commit}`). A pin not listed here fails, so a typo
 * in a SHA cannot slip in; to upgrade, check the new tag's commit the same way and change it here.
 */
const PINS: Record<string, { sha: string; version: string }> = {
  'actions/checkout': { sha: '3d3c42e5aac5ba805825da76410c181273ba90b1', version: 'v7.0.1' },
  'actions/setup-node': { sha: '820762786026740c76f36085b0efc47a31fe5020', version: 'v7.0.0' },
  'actions/setup-python': { sha: '5fda3b95a4ea91299a34e894583c3862153e4b97', version: 'v7.0.0' },
  'actions/upload-artifact': { sha: 'bbbca2ddaa5d8feaa63e36b76fdaad77386f024f', version: 'v7.0.0' },
  'actions/download-artifact': { sha: '3e5f45b2cfb9172054b4087a40e8e0b5a5461e7c', version: 'v8.0.1' },
  'actions/github-script': { sha: 'ed597411d8f924073f98dfc5c65a23a2325f34cd', version: 'v8.0.0' },
};

type Job = {
  permissions?: Record<string, string> | string;
  environment?: string | { name: string };
  concurrency?: { group: string; 'cancel-in-progress'?: boolean } | string;
  steps?: { uses?: string; run?: string; with?: Record<string, unknown> }[];
  if?: string;
};
type Workflow = { name: string; on: Record<string, unknown>; permissions?: unknown; jobs: Record<string, Job> };

const files = filesUnder(repoRoot, 'workflows-examples', /\.ya?ml$/)
  .map((file) => ({ file, text: readFileSync(join(repoRoot, file), 'utf8') }))
  .filter(({ text }) => /^on:/m.test(text) && /^jobs:/m.test(text))
  .map(({ file, text }) => ({ file, text, wf: parse(text) as Workflow }));

/** Problems with the pins of one workflow's text (commented-out steps included). */
function pinProblems(text: string): string[] {
  const problems: string[] = [];
  text.split('\n').forEach((line, i) => {
    const m = /^\s*(?:#\s*)?-?\s*uses:\s*([^\s#]+)\s*(?:#\s*(.*))?$/.exec(line);
    if (!m) return;
    const uses = m[1]!;
    if (ourAction(uses) !== undefined || uses.startsWith('./') || uses.startsWith('docker://')) return;
    const [action, ref] = uses.split('@') as [string, string | undefined];
    const pin = PINS[action];
    if (!pin) problems.push(`line ${i + 1}: ${action} is not in the list of verified pins`);
    else if (ref !== pin.sha) problems.push(`line ${i + 1}: ${action} must be pinned to ${pin.sha} (${pin.version}), not '${ref}'`);
    else if (m[2]?.trim() !== pin.version)
      problems.push(`line ${i + 1}: ${action}@${pin.sha.slice(0, 7)} needs the comment '# ${pin.version}'`);
  });
  return problems;
}

/** Lines that grant a write scope without a comment saying why. */
function uncommentedWrites(text: string): string[] {
  return text
    .split('\n')
    .map((line, i) => ({ line, n: i + 1 }))
    .filter(({ line }) => /^\s+[a-z-]+:\s*write\b/.test(line) && !/#\s*\S/.test(line))
    .map(({ line, n }) => `line ${n}: ${line.trim()}`);
}

describe('pin and comment checks', () => {
  it('find an unpinned action, a wrong SHA, a missing version comment and an unknown action', () => {
    const text = [
      '      - uses: actions/checkout@v4',
      `      - uses: actions/setup-node@${'0'.repeat(40)} # v7.0.0`,
      `      - uses: actions/github-script@${PINS['actions/github-script']!.sha}`,
      `      # - uses: someone/thing@${'a'.repeat(40)} # v1.0.0`,
      `      - uses: actions/upload-artifact@${PINS['actions/upload-artifact']!.sha} # v7.0.0`,
      '      - uses: mlops-actions/mlops-actions/actions/deploy@v1',
    ].join('\n');
    expect(pinProblems(text)).toEqual([
      expect.stringMatching(/^line 1: actions\/checkout must be pinned/),
      expect.stringMatching(/^line 2: actions\/setup-node must be pinned/),
      expect.stringMatching(/^line 3: .*needs the comment '# v8\.0\.0'/),
      expect.stringMatching(/^line 4: someone\/thing is not in the list/),
    ]);
  });

  it('find a write scope without its reason', () => {
    expect(uncommentedWrites('    permissions:\n      contents: write\n      deployments: write # records the deployment\n')).toEqual([
      'line 2: contents: write',
    ]);
  });
});

describe.each(files)('$file', ({ text, wf }) => {
  it('pins every third-party action to a verified commit, with its release in a comment', () => {
    expect(pinProblems(text)).toEqual([]);
  });

  it('reads only at the top, and grants writes per job with a comment saying why', () => {
    expect(wf.permissions).toEqual({ contents: 'read' });
    for (const [name, job] of Object.entries(wf.jobs)) {
      expect(typeof job.permissions, `job ${name} must declare its permissions`).toBe('object');
      expect(
        Object.values(job.permissions as object).every((v) => v === 'read' || v === 'write' || v === 'none'),
        `job ${name}`,
      ).toBe(true);
    }
    expect(uncommentedWrites(text)).toEqual([]);
  });

  it('never expands an expression inside a script', () => {
    for (const [name, job] of Object.entries(wf.jobs)) {
      for (const step of job.steps ?? []) {
        for (const script of [step.run, step.with?.['script']]) {
          if (typeof script === 'string') expect(script, `a script of job ${name}`).not.toMatch(/\$\{\{/);
        }
      }
    }
  });

  it('does not run on pull_request_target', () => {
    expect(Object.keys(wf.on)).not.toContain('pull_request_target');
  });
});

describe('workflows that run with workflow_run', () => {
  const runs = files.filter((f) => 'workflow_run' in f.wf.on);
  it('exist', () => expect(runs.length).toBeGreaterThan(0));

  it.each(runs)('$file checks out no code, tests the triggering run, and names workflows of its folder', ({ file, wf }) => {
    for (const job of Object.values(wf.jobs)) {
      expect(job.steps?.some((s) => s.uses?.startsWith('actions/checkout@'))).toBe(false);
      expect(job.if).toMatch(/github\.event\.workflow_run\.conclusion/);
    }
    const names = files.filter((f) => dirname(f.file) === dirname(file)).map((f) => f.wf.name);
    for (const w of (wf.on['workflow_run'] as { workflows: string[] }).workflows) expect(names).toContain(w);
  });
});

describe('workflows that start other workflows', () => {
  const dispatches = files.flatMap(({ file, text }) =>
    [...text.matchAll(/workflow_id:\s*'([^']+)'/g)].map((m) => ({ file, target: m[1]! })),
  );
  it('exist', () => expect(dispatches.length).toBeGreaterThan(0));

  it.each(dispatches)('$file starts $target, a workflow of its own folder', ({ file, target }) => {
    expect(files.map((f) => f.file)).toContain(join(dirname(file), target));
  });
});

describe('deploying jobs', () => {
  const deploying = files.flatMap(({ file, wf }) =>
    Object.entries(wf.jobs)
      .filter(([, job]) => job.environment)
      .map(([name, job]) => ({ where: `${file} job ${name}`, job })),
  );
  it('exist', () => expect(deploying.length).toBeGreaterThanOrEqual(3));

  it.each(deploying)('$where deploys to its environment one run at a time, never cancelling a deployment', ({ job }) => {
    const env = typeof job.environment === 'string' ? job.environment : job.environment!.name;
    expect(typeof job.concurrency).toBe('object');
    const c = job.concurrency as { group: string; 'cancel-in-progress'?: boolean };
    expect(c.group).toContain(env);
    expect(c['cancel-in-progress']).toBe(false);
  });
});

it('the level-2 workflows cover the pull request, the fork-safe comment, the release and monitoring', () => {
  const level2 = files.filter((f) => f.file.includes('level-2/'));
  const on = level2.map((f) => Object.keys(f.wf.on).sort().join(','));
  expect(on).toEqual(expect.arrayContaining(['pull_request', 'workflow_run', 'push,workflow_dispatch', 'schedule,workflow_dispatch']));
  const level1 = files.filter((f) => f.file.includes('level-1/'));
  expect(level1.map((f) => Object.keys(f.wf.on).sort().join(','))).toContain('schedule,workflow_dispatch');
});
