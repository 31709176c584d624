/**
 * register-model's `events` input: after the registration lands, one repository_dispatch per change
 * (model-registered, alias-moved) is sent to the GitHub emulator, which checks each request against
 * GitHub's OpenAPI description (event_type at most 100 characters, client_payload at most 10
 * top-level properties).
 */
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runStep, TOKENS, useGitHubEmulator, stepFor } from '../../harness/index.ts';
import { bareRepo, git, projectClone, tempDir, writeFiles } from '../../unit/registry/helpers.ts';

const emulator = useGitHubEmulator();
const REPO = 'octo-org/ml-project';
let root: string;
let ws: string;
let commit: string;
let remote: string;

beforeEach(async () => {
  root = await tempDir('mlops-register-events-');
  remote = bareRepo(join(root, 'remote.git'));
  ({ dir: ws, commit } = projectClone(remote, join(root, 'ws')));
  await writeFiles(ws, { 'out/model/weights.bin': Buffer.alloc(512, 1) });
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const register = stepFor('register-model', () => ({
  workspace: ws,
  apiUrl: emulator.url,
  repository: REPO,
  env: { GITHUB_SHA: commit },
  inputs: { name: 'churn', path: 'out/model' },
}));

describe('register-model events', () => {
  it('sends model-registered and alias-moved with the documented payload, and nothing for a no-op', async () => {
    const r = await register({ alias: 'candidate', events: 'true' });
    expect(r.exitCode, r.stdout).toBe(0);
    const card = JSON.parse(readFileSync(r.outputs['card']!, 'utf8'));
    const sent = emulator.state.dispatches(REPO);
    expect(sent.map((d) => d.eventType)).toEqual(['model-registered', 'alias-moved']);
    const payload = {
      model: 'churn',
      version: '0.1.0',
      alias: 'candidate',
      previous: null,
      digest: card.digest,
      uri: 'git:origin#churn@0.1.0',
      card_url: 'https://github.com/octo-org/ml-project/blob/mlops-registry/models/churn/versions/0.1.0/card.json',
      run_url: 'https://github.com/octo-org/ml-project/actions/runs/1234567890',
      actor: 'octocat',
    };
    expect(sent[0]!.clientPayload).toEqual(payload);
    expect(sent[1]!.clientPayload).toEqual(payload);
    // The URL names the card that is on the branch.
    expect(git(['show', 'mlops-registry:models/churn/versions/0.1.0/card.json'], remote)).toContain('"version": "0.1.0"');

    // Same files, same alias: nothing changed, nothing sent.
    const again = await register({ alias: 'candidate', events: 'true' });
    expect(again.outputs['created']).toBe('false');
    expect(emulator.state.dispatches(REPO)).toHaveLength(2);

    // A new version moving the alias: previous is the old target.
    await writeFiles(ws, { 'out/model/weights.bin': Buffer.alloc(512, 2) });
    const next = await register({ alias: 'candidate', events: 'true' });
    expect(next.exitCode, next.stdout).toBe(0);
    expect(
      emulator.state
        .dispatches(REPO)
        .slice(2)
        .map((d) => [d.eventType, d.clientPayload['version'], d.clientPayload['previous']]),
    ).toEqual([
      ['model-registered', '0.2.0', '0.1.0'],
      ['alias-moved', '0.2.0', '0.1.0'],
    ]);
    expect(emulator.violations).toEqual([]);
  });

  it("refuses events 'maybe' before anything is registered", async () => {
    const r = await register({ events: 'maybe' });
    expect(r.exitCode).toBe(1);
    expect(r.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      expect.stringMatching(/^input 'events'.*(true|false)/),
    ]);
    expect(git(['for-each-ref'], remote)).not.toMatch(/mlops-registry/);
    expect(emulator.state.dispatches(REPO)).toEqual([]);
  });

  it('sends nothing by default', async () => {
    const r = await register({ alias: 'candidate' });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(emulator.state.dispatches(REPO)).toEqual([]);
  });

  it('fails the step with what to grant when the token may not dispatch, after the registration landed', async () => {
    const r = await runStep({
      action: 'register-model',
      workspace: ws,
      apiUrl: emulator.url,
      repository: REPO,
      // A fork PR's token reads only: GitHub answers 403 "Resource not accessible by integration".
      token: TOKENS.readOnly,
      env: { GITHUB_SHA: commit },
      inputs: { name: 'churn', path: 'out/model', events: 'true' },
    });
    expect(r.exitCode).toBe(1);
    const errors = r.annotations.filter((a) => a.level === 'error').map((a) => a.message);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^input 'events': could not send the model-registered event \(repository_dispatch\) to octo-org\/ml-project/);
    // The version landed: its outputs are set and its summary written before the step fails on the event.
    expect(r.outputs['version']).toBe('0.1.0');
    expect(r.outputs['created']).toBe('true');
    expect(JSON.parse(readFileSync(r.outputs['card']!, 'utf8'))).toMatchObject({ name: 'churn', version: '0.1.0' });
    expect(r.summary).toContain('### Registered `churn` version `0.1.0`');
    expect(git(['show', 'mlops-registry:models/churn/versions/0.1.0/card.json'], remote)).toContain('"version": "0.1.0"');
    expect(emulator.state.dispatches(REPO)).toEqual([]);
  });
});
