import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot, runStep, runStepsIn } from '../../harness/step-runner.ts';

// The bundles themselves, each started as a child process as the runner starts it (not in-process).
runStepsIn('process');

const actions = ['data-hash', 'train-gate', 'validate-metrics', 'register-model', 'fetch-model', 'deploy', 'drift-report'];

describe('every bundled action', () => {
  it.each(actions)('%s starts and names a missing required input, or says what it needs', async (action) => {
    const meta = parse(readFileSync(join(repoRoot, 'actions', action, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { required?: boolean }>;
    };
    const required = Object.entries(meta.inputs)
      .filter(([, v]) => v.required)
      .map(([k]) => k);
    const result = await runStep({ action });
    expect(result.exitCode).toBe(1);
    const errors = result.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    if (required.length) expect(errors[0]!.message).toMatch(new RegExp(`^input '${required[0]}': is required`));
    // A user error carries no stack trace.
    expect(result.stdout).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(result.durationMs).toBeLessThan(10_000);
  });
});
