import { describe, expect, it } from 'vitest';
import { upsertComment, type GitHubClient } from '@mlops-actions/github';

/**
 * The rarest race of the sticky comment: the first POST fails with a 502 after GitHub created the
 * comment, the re-check finds it (so nothing is posted twice), and by the last look it is gone (someone
 * deleted it). GitHub's state moved under us: one warning and a `failed` outcome, never a thrown error
 * that would fail a step whose gate passed.
 */
describe('upsertComment when the comment vanishes between two looks', () => {
  it('returns failed with one warning instead of throwing', async () => {
    const mine = {
      id: 11,
      body: '<!-- mlops-actions:validate-metrics:default -->\nx',
      html_url: 'https://github.com/o/r/pull/7#issuecomment-11',
      user: { login: 'github-actions[bot]' },
    };
    const listings = [[], [mine], []];
    const octokit = {
      request: { endpoint: { DEFAULTS: { baseUrl: 'https://api.github.com' } } },
      paginate: async () => listings.shift() ?? [],
      rest: {
        users: { getAuthenticated: async () => ({ data: { login: 'github-actions[bot]' } }) },
        issues: {
          listComments: {},
          createComment: async () => {
            throw Object.assign(new Error('Bad Gateway'), { status: 502 });
          },
        },
      },
    } as unknown as GitHubClient;
    const warnings: string[] = [];
    const log = { info: () => {}, warning: (m: string) => warnings.push(m), debug: () => {} };
    const outcome = await upsertComment({
      octokit,
      owner: 'o',
      repo: 'r',
      issueNumber: 7,
      action: 'validate-metrics',
      key: 'default',
      body: 'x',
      log,
    });
    expect(outcome.outcome).toBe('failed');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/no longer listed.*Re-run the job/);
  });
});
