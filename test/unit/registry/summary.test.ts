import { describe, expect, it } from 'vitest';
import {
  CARD_SCHEMA,
  renderRegistrationSummary,
  type RegisterResult,
  parseModelName,
  parseModelVersion,
  parseAlias,
} from '@mlops-actions/registry';

const card = (over: Partial<RegisterResult['card']> = {}): RegisterResult['card'] => ({
  schema: CARD_SCHEMA,
  name: parseModelName('churn'),
  version: parseModelVersion('1.2.0'),
  createdAt: '2025-01-01T00:00:00.000Z',
  digest: `sha256:${'a'.repeat(64)}`,
  bytes: 3 * 1024 * 1024,
  files: [{ path: 'model|<b>.bin', size: 3 * 1024 * 1024, sha256: 'b'.repeat(64) }],
  store: { kind: 'registry' },
  lineage: { runId: '42', runUrl: 'https://github.com/o/r/actions/runs/42', commit: 'c'.repeat(40) },
  metrics: { 'acc|@team': 0.9, nested: { f1: 0.8 } },
  uri: 'git:origin#churn@1.2.0',
  sequence: 3,
  ...over,
});

describe('the job summary of a registration', () => {
  it('shows the version, store, alias, tag and metrics, with user text escaped', () => {
    const md = renderRegistrationSummary(
      {
        card: card(),
        created: true,
        alias: {
          model: parseModelName('churn'),
          alias: parseAlias('candidate'),
          from: parseModelVersion('1.1.0'),
          to: parseModelVersion('1.2.0'),
          at: '',
          moved: true,
        },
        tag: 'churn@v1.2.0',
      },
      { registry: 'git:origin', branch: 'mlops-registry' },
    );
    expect(md).toContain('### Registered `churn` version `1.2.0`');
    expect(md).toContain('| files | 1 (3.0 MiB) |');
    expect(md).toContain('| alias | `candidate`: 1.1.0 → 1.2.0 |');
    expect(md).toContain('| tag | `churn@v1.2.0` |');
    expect(md).toContain('| run | [run 42](https://github.com/o/r/actions/runs/42) |');
    expect(md).toContain('| acc\\|@\u200bteam | 0.9 |');
    expect(md).toContain('| nested.f1 | 0.8 |');
    expect(md).toContain('`model\\|<b>.bin`');
    // Raw HTML only ever inside code spans, where GitHub shows it as text.
    expect(md.replace(/`[^`]*`/g, '')).not.toContain('<b>');
  });

  it('says when the same files were registered before', () => {
    const same = renderRegistrationSummary({ card: card(), created: false }, { registry: 'file:.mlops/registry' });
    expect(same).toContain('is already registered as version `1.2.0` (same files; nothing new was written)');
    const moved = renderRegistrationSummary(
      {
        card: card(),
        created: false,
        alias: {
          model: parseModelName('churn'),
          alias: parseAlias('candidate'),
          from: null,
          to: parseModelVersion('1.2.0'),
          at: '',
          moved: true,
        },
      },
      { registry: 'git:origin' },
    );
    expect(moved).toContain('(same files; only the alias moved)');
  });

  it('names the Release of externally stored files and a failed validation', () => {
    const md = renderRegistrationSummary(
      {
        card: card({
          store: { kind: 'release', owner: 'o', repo: 'r', tag: 'mlops-registry/churn/sha256-aaaa', releaseId: 1, assets: {} },
          validation: { passed: false, failed: ['accuracy: min 0.95'], reportDigest: 'sha256:x' },
        }),
        created: true,
      },
      { registry: 'git:origin' },
    );
    expect(md).toContain('| stored in | GitHub Release `mlops-registry/churn/sha256-aaaa` |');
    expect(md).toContain('| validation | **failed**: accuracy: min 0.95 |');
  });
});
