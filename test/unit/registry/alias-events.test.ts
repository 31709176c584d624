/**
 * The alias events of promote, rollback, alias removal and deploy (events.ts): alias-moved with
 * register-model's payload, alias-removed naming the version the alias named, nothing for a no-op;
 * and the GitHub repository an https registry remote names (for `mlops registry … --events`).
 */
import { describe, expect, it } from 'vitest';
import {
  aliasEvent,
  repositoryOfRegistry,
  type AliasMove,
  type ModelCard,
  parseModelName,
  parseAlias,
  parseModelVersion,
} from '@mlops-actions/registry';

const card = { name: 'churn', version: '1.2.0', digest: 'sha256:ab', uri: 'git:origin#churn@1.2.0' } as ModelCard;
const ctx = {
  registry: 'git:origin',
  branch: 'mlops-registry',
  serverUrl: 'https://github.com',
  repository: 'octo-org/ml',
  runUrl: 'https://github.com/octo-org/ml/actions/runs/1',
  actor: 'octocat',
};
const move = (from: string | null, to: string | null, moved = true): AliasMove => ({
  model: parseModelName('churn'),
  alias: parseAlias('production'),
  from: from === null ? null : parseModelVersion(from),
  to: to === null ? null : parseModelVersion(to),
  at: '2026-01-01T00:00:00Z',
  moved,
});

describe('aliasEvent', () => {
  it.each([
    ['a move', move('1.1.0', '1.2.0'), 'alias-moved', '1.1.0'],
    ['a first assignment', move(null, '1.2.0'), 'alias-moved', null],
    ['a removal', move('1.2.0', null), 'alias-removed', '1.2.0'],
  ])('%s', (_label, m, type, previous) => {
    expect(aliasEvent(card, m, ctx)).toEqual({
      type,
      payload: {
        model: 'churn',
        version: '1.2.0',
        alias: 'production',
        previous,
        digest: 'sha256:ab',
        uri: 'git:origin#churn@1.2.0',
        card_url: 'https://github.com/octo-org/ml/blob/mlops-registry/models/churn/versions/1.2.0/card.json',
        run_url: 'https://github.com/octo-org/ml/actions/runs/1',
        actor: 'octocat',
      },
    });
  });
  it('sends nothing when the alias did not move', () => {
    expect(aliasEvent(card, move('1.2.0', '1.2.0', false), ctx)).toBeUndefined();
  });
});

describe('repositoryOfRegistry', () => {
  it.each([
    ['git:https://github.com/octo-org/ml.git', 'https://github.com', 'octo-org/ml'],
    ['https://github.com/octo-org/ml', 'https://github.com', 'octo-org/ml'],
    ['git:https://ghe.example.com/team/models.git', 'https://ghe.example.com', 'team/models'],
    // Another host than the GitHub server, ssh, a path, or a deeper path: not told.
    ['git:https://gitlab.com/octo-org/ml.git', 'https://github.com', undefined],
    ['git@github.com:octo-org/ml.git', 'https://github.com', undefined],
    ['git:/srv/git/ml.git', 'https://github.com', undefined],
    ['git:https://github.com/octo-org/ml/sub.git', 'https://github.com', undefined],
  ])('%s on %s → %s', (url, server, expected) => {
    expect(repositoryOfRegistry(url, server)).toBe(expected);
  });
});
