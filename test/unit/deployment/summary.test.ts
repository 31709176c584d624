import { describe, expect, it } from 'vitest';
import { renderSummary, type DeployOutcome } from '@mlops-actions/deployment';
import { parseModelVersion } from '@mlops-actions/registry';

const base: DeployOutcome = {
  status: 'deployed',
  model: 'churn',
  environment: 'production',
  alias: 'production',
  version: '1.4.0',
  digest: 'sha256:abc',
  previousVersion: parseModelVersion('1.3.0'),
  deploymentId: 17,
  environmentUrl: 'https://models.example.com',
  durationSeconds: 12.34,
  error: undefined,
  restored: undefined,
  steps: [
    { step: 'resolve', outcome: 'ok', detail: 'churn 1.4.0 (alias candidate)', ms: 12 },
    { step: 'health', outcome: 'ok', detail: 'healthy after 3 attempt(s), 2.1s', ms: 2100 },
  ],
  warnings: [],
};

describe('renderSummary', () => {
  it('shows the result, the alias move, the links and every step', () => {
    const md = renderSummary(base, {
      target: 'webhook (POST https://deployer.example.com/hooks)',
      deploymentsUrl: 'https://github.com/o/r/deployments/production',
    });
    expect(md).toMatch(/^## Deploy churn 1\.4\.0 to production: ✅ deployed\n/);
    expect(md).toContain('| Alias | `production`: `1.3.0` → `1.4.0` |');
    expect(md).toContain('| GitHub deployment | [17](https://github.com/o/r/deployments/production) |');
    expect(md).toContain('| Environment URL | [https:​//models.example.com](https://models.example.com) |');
    expect(md).toContain('| Duration | 12.3 s |');
    expect(md).toContain('| health | ✅ | healthy after 3 attempt\\(s\\), 2.1s | 2.1 s |');
    expect(md).not.toContain('What went wrong');
  });

  it('escapes what a receiver or a server answered, so it cannot break the tables or inject HTML', () => {
    const evil = 'HTTP 500: <img src=x onerror=alert(1)> | @admins **look**';
    const md = renderSummary(
      {
        ...base,
        status: 'rolled-back',
        error: evil,
        restored: 'rolled back: production serves churn 1.3.0 again',
        steps: [{ step: 'deploy', outcome: 'failed', detail: evil, ms: 5 }],
        warnings: ['churn 1.4.0 has no validate-metrics result'],
      },
      { target: 'command (make deploy)' },
    );
    expect(md).toMatch(/↩️ rolled back/);
    expect(md).toContain('**What went wrong:** HTTP 500: &lt;img src=x onerror=alert\\(1\\)&gt; \\| @\u200badmins \\*\\*look\\*\\*');
    expect(md).toContain('**What was restored:** rolled back: production serves churn 1.3.0 again');
    expect(md).toContain('| `production` unchanged (`1.3.0`) |'.replace('| `', '| Alias | `'));
    expect(md).toContain('> [!WARNING]\n> churn 1.4.0 has no validate-metrics result');
    expect(md).not.toContain('<img');
    // Every table row still has its four cells.
    const stepRow = md.split('\n').find((l) => l.startsWith('| deploy |'))!;
    expect(stepRow.split(/(?<!\\)\|/).length).toBe(6);
  });
});
