/**
 * The workflow_run commenter's mode (`report:`): a report.json written by a fork's pull-request run is
 * data the fork controlled. It is checked field by field and re-rendered with every string escaped —
 * never its markdown — under a note that the numbers come from the pull request's own run.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useGitHubEmulator } from '../../harness/index.ts';
import { runStep, type StepOptions } from '../../harness/step-runner.ts';
import { assertSafe, html, HOSTILE, outsideCode } from '../../unit/metrics/markdown-safety.ts';
import { tempDir } from '../../harness/temp.ts';

const REPO = 'octo-org/ml-project';
const MARKER = '<!-- mlops-actions:validate-metrics:machine-failure -->';
const PR_RUN = 'https://github.com/octo-org/ml-project/actions/runs/555';

// The bundle is built beforehand (node scripts/build.ts validate-metrics); validate-metrics.test.ts
// rebuilds it in its beforeAll, and two files rebuilding at once would race on dist/.

const github = useGitHubEmulator();

/** What the fork's run does: validate (read-only, no comment) and keep report.json. */
async function forkReport(metrics: Record<string, unknown>): Promise<{ ws: string; report: Record<string, unknown> }> {
  const ws = await tempDir('vm-fork-');
  await writeFile(join(ws, 'm.json'), JSON.stringify(metrics));
  await writeFile(join(ws, 'b.json'), JSON.stringify({ accuracy: 0.9 }));
  const r = await runStep({
    action: 'validate-metrics',
    workspace: ws,
    inputs: { metrics: 'm.json', baseline: 'b.json', rules: 'accuracy: { min: 0.85 }', comment: 'never', 'report-dir': 'out' },
  });
  expect(r.outputs['report'], r.stdout).toMatch(/report\.json$/);
  return { ws, report: JSON.parse(await readFile(r.outputs['report']!, 'utf8')) as Record<string, unknown> };
}

/** The base repository's workflow_run job: publish the downloaded report on the pull request. */
async function publish(report: unknown, o: Partial<StepOptions> = {}) {
  const ws = await tempDir('vm-commenter-');
  await writeFile(join(ws, 'report.json'), typeof report === 'string' ? report : JSON.stringify(report));
  return runStep({
    action: 'validate-metrics',
    workspace: ws,
    event: 'workflow_run',
    apiUrl: github.url,
    payload: { workflow_run: { id: 555, html_url: PR_RUN, event: 'pull_request', head_sha: 'b'.repeat(40) } },
    inputs: { report: 'report.json', 'pull-request': '7', 'comment-key': 'machine-failure' },
    ...o,
  });
}

describe('validate-metrics report: (the workflow_run commenter for fork pull requests)', () => {
  it("re-renders a fork's report.json and posts it with a note that the numbers come from the pull request's own run", async () => {
    github.state.addPullRequest(REPO, { number: 7, head: { repo: 'contributor/ml-project' } });
    const { report } = await forkReport({ accuracy: 0.91 });
    const r = await publish(report);
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs['passed']).toBe('true');
    const [comment] = github.state.comments(REPO, 7);
    expect(comment!.body.startsWith(`${MARKER}\n> [!NOTE]\n> The numbers come from [the pull request's own run](${PR_RUN})`)).toBe(true);
    expect(comment!.body).toContain('## ✅ validate-metrics');
    expect(comment!.body).toBe(`${MARKER}\n${r.summary}`);
    expect(r.outputs['comment-url']).toBe(`https://github.com/${REPO}/pull/7#issuecomment-${comment!.id}`);
  });

  it('a failed verdict in the report is published, not re-gated: exit 0, passed false', async () => {
    github.state.addPullRequest(REPO, { number: 7 });
    const { report } = await forkReport({ accuracy: 0.5 });
    const r = await publish(report);
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs['passed']).toBe('false');
    expect(r.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(github.state.comments(REPO, 7)[0]!.body).toContain('## ❌ validate-metrics');
  });

  it("hostile strings in a fork's report (HTML, mentions, links, a forged run link) are escaped or dropped", async () => {
    github.state.addPullRequest(REPO, { number: 7 });
    const { report } = await forkReport({ ...Object.fromEntries(HOSTILE.map((n, i) => [n, 0.5 + i / 100])), accuracy: 0.91 });
    report['links'] = { run: 'https://evil.example/phish', fullReport: 'https://evil.example/full' };
    (report['candidate'] as Record<string, unknown>)['source'] = '[click](https://evil.example) <b>bold</b> @octocat';
    const r = await publish(report);
    expect(r.exitCode, r.stdout).toBe(0);
    const body = github.state.comments(REPO, 7)[0]!.body;
    assertSafe(body);
    // No link anywhere but to GitHub: the forged run links are gone, the run we know is there.
    const hrefs = [...outsideCode(html(body)).matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(hrefs.filter((h) => !h!.startsWith('https://github.com/'))).toEqual([]);
    expect(body).not.toContain('evil.example/phish');
    expect(hrefs).toContain(PR_RUN);
  });

  it('a report whose numbers are not numbers (markdown in a count) is refused with the field named, and nothing is posted', async () => {
    github.state.addPullRequest(REPO, { number: 7 });
    const { report } = await forkReport({ accuracy: 0.91 });
    (report['counts'] as Record<string, unknown>)['improved'] = '<script>alert(1)</script>';
    const r = await publish(report);
    expect(r.exitCode).toBe(1);
    expect(r.annotations.filter((a) => a.level === 'error').map((a) => [a.file, a.message])).toEqual([
      ['report.json', expect.stringMatching(/^report\.json: counts\.improved must be a whole number, not a string/)],
    ]);
    expect(github.state.comments(REPO, 7)).toEqual([]);
  });

  it.each([
    ['not JSON', '{"format": ', /^report\.json:1: cannot parse report\.json as JSON/],
    [
      'another format',
      { format: 'someone-else@1' },
      /^report\.json:1, key 'format': is not a validate-metrics report: its format "someone-else@1" is none of mlops-actions\/validate-metrics-report@1/,
    ],
    [
      'a newer format',
      { format: 'mlops-actions/validate-metrics-report@2' },
      /^report\.json:1, key 'format': was written by a newer validate-metrics .*Use the same release of mlops-actions/,
    ],
    ['an unknown rule in a check', 'rule', /^report\.json: failed\[0\]\.rule must be one of /],
  ])('a report that is %s is refused before anything is posted', async (_what, input, message) => {
    github.state.addPullRequest(REPO, { number: 7 });
    let report: unknown = input;
    if (input === 'rule') {
      const fork = await forkReport({ accuracy: 0.5 });
      (fork.report['failed'] as Record<string, unknown>[])[0]!['rule'] = 'constructor';
      report = fork.report;
    }
    const r = await publish(report);
    expect(r.exitCode).toBe(1);
    expect(r.annotations.find((a) => a.level === 'error')?.message).toMatch(message);
    expect(github.state.comments(REPO, 7)).toEqual([]);
  });
});
