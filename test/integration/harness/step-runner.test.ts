/**
 * The step runner on a fixture action bundled by the test (runStep's actionDir): inputs as INPUT_*,
 * defaults from action.yml (the token from `${{ github.token }}`), outputs, the job summary,
 * annotations and masks parsed from the step's output.
 */
import { describe, expect, it } from 'vitest';
import { buildFixtureAction, runStep, TOKENS, useGitHubEmulator } from '../../harness/index.ts';

const github = useGitHubEmulator();
// Bundling starts at once, alongside the hooks that start the servers; tests await it.
const probeAction = buildFixtureAction('probe-action');

describe('runStep with a fixture action', () => {
  it('a bad input fails the step with one error annotation naming the input, and no stack', async () => {
    const result = await runStep({ action: 'probe', actionDir: (await probeAction).dir, inputs: { mode: 'explode' } });
    expect(result.exitCode).toBe(1);
    expect(result.annotations).toEqual([
      {
        level: 'error',
        message:
          "input 'mode': must be one of 'comment', 'artifact-upload', 'artifact-download', 'cache-save', 'cache-restore', got 'explode'",
      },
    ]);
    expect(result.stdout).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it('refuses an input the action does not declare, as actionlint would', async () => {
    await expect(
      runStep({ action: 'probe', actionDir: (await probeAction).dir, inputs: { mode: 'comment', colour: 'red' } }),
    ).rejects.toThrow(/has no input 'colour'/);
  });

  it('passes the default token, collects outputs and the summary, and sees the token masked', async () => {
    github.state.addPullRequest('octo-org/ml-project', { number: 12 });
    const result = await runStep({
      action: 'probe',
      actionDir: (await probeAction).dir,
      event: 'pull_request',
      payload: { number: 12 },
      apiUrl: github.url,
      inputs: { mode: 'comment', body: '**bold** report' },
    });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs).toMatchObject({ outcome: 'created', 'comment-url': expect.stringMatching(/\/pull\/12#issuecomment-\d+$/) });
    expect(result.summary).toBe('**bold** report\n');
    expect(result.masks).toEqual([TOKENS.githubToken]);
    expect(github.requests.every((r) => r.auth === 'installation')).toBe(true);
  });
});
