/**
 * Event payloads shaped like the ones GitHub writes to GITHUB_EVENT_PATH (trimmed to the fields the
 * suite and @actions/github's context read, with GitHub's real field names and types).
 */
export type EventName = 'pull_request' | 'push' | 'schedule' | 'workflow_dispatch' | 'workflow_run' | 'repository_dispatch';

export interface EventOptions {
  repository: string;
  sha: string;
  /** Pull request number (pull_request). */
  number?: number;
  /** The PR comes from a fork (its token is read-only). */
  fork?: boolean;
  /** workflow_dispatch inputs. */
  inputs?: Record<string, string>;
  [extra: string]: unknown;
}

function repo(full: string) {
  const [owner, name] = full.split('/') as [string, string];
  return {
    id: 1296269,
    node_id: 'MDEwOlJlcG9zaXRvcnkxMjk2MjY5',
    name,
    full_name: full,
    private: false,
    owner: { login: owner, id: 1, type: 'Organization' },
    html_url: `https://github.com/${full}`,
    default_branch: 'main',
  };
}

export function makeEvent(name: EventName, o: EventOptions): Record<string, unknown> {
  const { repository, sha, number = 7, fork = false, inputs = {}, ...extra } = o;
  const base = repo(repository);
  const sender = { login: 'octocat', id: 583231, type: 'User' };
  switch (name) {
    case 'pull_request': {
      const headRepo = fork ? repo(`contributor/${base.name}`) : base;
      return {
        action: 'synchronize',
        number,
        pull_request: {
          number,
          id: 1000 + number,
          state: 'open',
          title: 'Retrain with new data',
          html_url: `https://github.com/${repository}/pull/${number}`,
          user: sender,
          head: { ref: 'feature/retrain', sha, repo: headRepo, label: `${headRepo.owner.login}:feature/retrain` },
          base: { ref: 'main', sha: 'b'.repeat(40), repo: base, label: `${base.owner.login}:main` },
        },
        repository: base,
        sender,
        ...extra,
      };
    }
    case 'push':
      return {
        ref: 'refs/heads/main',
        before: '0'.repeat(40),
        after: sha,
        head_commit: { id: sha, message: 'Update data' },
        repository: base,
        sender,
        ...extra,
      };
    case 'schedule':
      return { schedule: '0 6 * * *', repository: base, ...extra };
    case 'workflow_dispatch':
      return { ref: 'refs/heads/main', inputs, repository: base, sender, workflow: '.github/workflows/train.yml', ...extra };
    case 'repository_dispatch':
      // GitHub's webhook-repository-dispatch schema (github/rest-api-description, in @octokit/openapi):
      // `action` is the request's event_type, `branch` the default branch, `client_payload` as sent.
      return { action: 'alias-moved', branch: 'main', client_payload: {}, repository: base, sender, ...extra };
    case 'workflow_run':
      return {
        action: 'completed',
        workflow_run: {
          id: 30433642,
          name: 'pr',
          event: 'pull_request',
          conclusion: 'success',
          head_sha: sha,
          pull_requests: [{ number, head: { sha }, base: { ref: 'main' } }],
        },
        repository: base,
        sender,
        ...extra,
      };
  }
}
