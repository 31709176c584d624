import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultRegistry, readRunnerContext, registryContext, requireRepository } from '@mlops-actions/action-kit';
import { removeTempDirs, tempDirSync } from '../../harness/temp.ts';
import { userError } from '../../harness/user-error.ts';

const dir = tempDirSync('runner-context-');
afterAll(removeTempDirs);

/** An event payload file, as the runner writes GITHUB_EVENT_PATH. */
function eventFile(name: string, payload: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof payload === 'string' ? payload : JSON.stringify(payload));
  return path;
}

describe('readRunnerContext', () => {
  it('reads what the runner sets (GITHUB_*, RUNNER_TEMP, ACTIONS_CACHE_MODE)', () => {
    const ctx = readRunnerContext({
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: '/home/runner/work/r/r',
      RUNNER_TEMP: '/home/runner/work/_temp',
      GITHUB_REPOSITORY: 'octo-org/churn',
      GITHUB_SHA: 'a'.repeat(40),
      GITHUB_REF: 'refs/heads/main',
      GITHUB_WORKFLOW: 'train',
      GITHUB_JOB: 'gate',
      GITHUB_RUN_ID: '42',
      GITHUB_RUN_ATTEMPT: '2',
      GITHUB_ACTOR: 'mona',
      GITHUB_ACTOR_ID: '583231',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_SERVER_URL: 'https://ghes.example.com/',
      GITHUB_API_URL: 'https://ghes.example.com/api/v3/',
      ACTIONS_CACHE_MODE: 'read',
    });
    expect(ctx).toMatchObject({
      workspace: '/home/runner/work/r/r',
      runnerTemp: '/home/runner/work/_temp',
      repository: 'octo-org/churn',
      owner: 'octo-org',
      repo: 'churn',
      sha: 'a'.repeat(40),
      ref: 'refs/heads/main',
      workflow: 'train',
      job: 'gate',
      runId: '42',
      runAttempt: '2',
      actor: 'mona',
      actorId: '583231',
      eventName: 'push',
      event: {},
      // Trailing slashes go: URLs are built by appending paths.
      serverUrl: 'https://ghes.example.com',
      apiUrl: 'https://ghes.example.com/api/v3',
      runUrl: 'https://ghes.example.com/octo-org/churn/actions/runs/42',
      pullRequest: undefined,
      fromFork: false,
      onGitHub: true,
      cacheMode: 'read',
    });
  });

  it('outside a runner: the working directory, the system temp folder, github.com, no repository and no run link', () => {
    const ctx = readRunnerContext({});
    expect(ctx.workspace).toBe(process.cwd());
    expect(ctx.runnerTemp).toBe(tmpdir());
    expect(ctx.serverUrl).toBe('https://github.com');
    expect(ctx.apiUrl).toBe('https://api.github.com');
    expect([ctx.repository, ctx.owner, ctx.repo, ctx.runUrl, ctx.cacheMode, ctx.pullRequest]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(ctx.onGitHub).toBe(false);
    expect(ctx.event).toEqual({});
  });

  it('empty variables count as unset', () => {
    const ctx = readRunnerContext({
      GITHUB_REPOSITORY: '',
      GITHUB_WORKSPACE: '',
      GITHUB_RUN_ID: '',
      ACTIONS_CACHE_MODE: '',
      GITHUB_EVENT_PATH: '',
    });
    expect([ctx.repository, ctx.runId, ctx.cacheMode]).toEqual([undefined, undefined, undefined]);
    expect(ctx.workspace).toBe(process.cwd());
  });

  it('a pull_request event: the PR number; a fork when the head repository is another one', () => {
    const same = eventFile('pr.json', { pull_request: { number: 7, head: { repo: { full_name: 'octo-org/churn' } } } });
    const fork = eventFile('pr-fork.json', { pull_request: { number: 8, head: { repo: { full_name: 'someone/churn' } } } });
    const a = readRunnerContext({ GITHUB_REPOSITORY: 'octo-org/churn', GITHUB_EVENT_PATH: same });
    expect([a.pullRequest, a.fromFork]).toEqual([7, false]);
    expect(a.event).toMatchObject({ pull_request: { number: 7 } });
    const b = readRunnerContext({ GITHUB_REPOSITORY: 'octo-org/churn', GITHUB_EVENT_PATH: fork });
    expect([b.pullRequest, b.fromFork]).toEqual([8, true]);
  });

  it('an issue_comment on a pull request gives its number; on a plain issue none', () => {
    const onPr = eventFile('comment-pr.json', { issue: { number: 12, pull_request: { url: 'https://api.github.com/x' } } });
    const onIssue = eventFile('comment-issue.json', { issue: { number: 13 } });
    expect(readRunnerContext({ GITHUB_EVENT_PATH: onPr }).pullRequest).toBe(12);
    expect(readRunnerContext({ GITHUB_EVENT_PATH: onIssue }).pullRequest).toBeUndefined();
  });

  it('an event file that is JSON but not an object reads as an empty event', () => {
    expect(readRunnerContext({ GITHUB_EVENT_PATH: eventFile('array.json', '[1,2]') }).event).toEqual({});
    expect(readRunnerContext({ GITHUB_EVENT_PATH: eventFile('null.json', 'null') }).event).toEqual({});
  });

  it('a missing event file is a UserError naming the file', () => {
    const path = join(dir, 'no-such-event.json');
    const e = userError(() => readRunnerContext({ GITHUB_EVENT_PATH: path }));
    expect(e.file).toBe(path);
    expect(e.message).toMatch(/cannot read the event payload: ENOENT/);
  });

  it('an event file that is not JSON is a UserError naming the file', () => {
    const path = eventFile('broken.json', '{"pull_request": ');
    const e = userError(() => readRunnerContext({ GITHUB_EVENT_PATH: path }));
    expect(e.file).toBe(path);
    expect(e.message).toMatch(/cannot read the event payload: .*JSON/);
  });
});

describe('requireRepository', () => {
  it('gives owner and name, or a UserError with the fix when GITHUB_REPOSITORY is not set', () => {
    expect(requireRepository(readRunnerContext({ GITHUB_REPOSITORY: 'o/r' }))).toEqual({ owner: 'o', repo: 'r' });
    const e = userError(() => requireRepository(readRunnerContext({})));
    expect(e.message).toMatch(/GITHUB_REPOSITORY is not set/);
    expect(e.fix).toMatch(/set GITHUB_REPOSITORY=owner\/name/);
  });
});

describe('defaultRegistry and registryContext', () => {
  it('the registry is the repository on GitHub and a local folder elsewhere', () => {
    expect(defaultRegistry(readRunnerContext({ GITHUB_ACTIONS: 'true' }))).toBe('git:origin');
    expect(defaultRegistry(readRunnerContext({}))).toBe('file:.mlops/registry');
  });

  it('gives the registry absolute folders and who its writes are recorded as', () => {
    const ctx = readRunnerContext({
      GITHUB_WORKSPACE: 'ws',
      RUNNER_TEMP: 'tmp',
      GITHUB_REPOSITORY: 'o/r',
      GITHUB_RUN_ID: '9',
      GITHUB_ACTOR: 'mona',
      GITHUB_ACTOR_ID: '1',
    });
    expect(registryContext(ctx)).toMatchObject({
      workspace: resolve('ws'),
      tempDir: resolve('tmp'),
      identity: { actor: 'mona', actorId: '1', runUrl: 'https://github.com/o/r/actions/runs/9', runId: '9', repository: 'o/r' },
      serverUrl: 'https://github.com',
    });
  });
});
