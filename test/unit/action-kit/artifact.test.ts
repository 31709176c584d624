/**
 * The action kit's artifact upload: an upload that cannot happen is an outcome with its reason, never
 * an exception, so a package can warn and go on. The GHES and failure cases go through the real
 * @actions/artifact client, which refuses before any request (the success path, through the runtime
 * services, is in test/integration/drift-report/issue-artifact.test.ts).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { artifactName, uploadArtifact } from '@mlops-actions/action-kit/artifact';
import { tempDirSync } from '../../harness/temp.ts';

let dir = '';
beforeAll(() => {
  dir = tempDirSync('mlops-kit-artifact-');
  writeFileSync(join(dir, 'report.json'), '{}');
});

const KEYS = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL', 'GITHUB_SERVER_URL'] as const;
const saved = Object.fromEntries(KEYS.map((k) => [k, process.env[k]]));
afterEach(() => {
  for (const k of KEYS) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
});

describe('artifactName', () => {
  it.each([
    ['drift-report-churn', 'drift-report-churn'],
    ['a/b\\c:d*e?f|g<h>i"j', 'a-b-c-d-e-f-g-h-i-j'],
    ['line\nbreak\r', 'line-break-'],
    ['', 'artifact'],
    ['x'.repeat(250), 'x'.repeat(200)],
  ])('%j → %j', (name, safe) => {
    expect(artifactName(name)).toBe(safe);
  });
});

describe('uploadArtifact', () => {
  it('without the Actions runtime (no ACTIONS_RUNTIME_TOKEN) reports no-runtime and loads nothing', async () => {
    const r = await uploadArtifact(dir, 'drift/report', { env: {} });
    expect(r).toEqual({
      uploaded: false,
      name: 'drift-report',
      reason: 'no-runtime',
      message: 'no Actions runtime here (ACTIONS_RUNTIME_TOKEN is not set)',
    });
  });

  it('on GitHub Enterprise Server the toolkit refuses (GHESNotSupportedError): reason ghes', async () => {
    process.env['ACTIONS_RUNTIME_TOKEN'] = 'token';
    process.env['GITHUB_SERVER_URL'] = 'https://ghes.example.internal';
    const r = await uploadArtifact(dir, 'report');
    expect(r).toMatchObject({ uploaded: false, name: 'report', reason: 'ghes' });
  });

  it('any other refusal is reason failed, with the toolkit message', async () => {
    process.env['ACTIONS_RUNTIME_TOKEN'] = 'not-a-jwt';
    process.env['GITHUB_SERVER_URL'] = 'https://github.com';
    delete process.env['ACTIONS_RESULTS_URL'];
    const r = await uploadArtifact(dir, 'report');
    expect(r).toMatchObject({ uploaded: false, reason: 'failed' });
    expect(r.uploaded === false && r.message.length > 0).toBe(true);
  });

  it('a folder that does not exist is reason failed, not an exception', async () => {
    const r = await uploadArtifact(join(dir, 'missing'), 'report', { env: { ACTIONS_RUNTIME_TOKEN: 't' } });
    expect(r).toMatchObject({ uploaded: false, reason: 'failed', message: expect.stringMatching(/ENOENT/) });
  });
});
