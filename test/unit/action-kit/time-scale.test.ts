/**
 * MLOPS_ACTIONS_TIME_SCALE: the one knob that scales retry back-off, rate-limit waits and polling pauses
 * of a bundled action, read at the boundary by the action kit and handed to the packages as `timeScale`.
 */
import { describe, expect, it } from 'vitest';
import { readRunnerContext, registryContext, UserError } from '@mlops-actions/action-kit';

describe('MLOPS_ACTIONS_TIME_SCALE', () => {
  it('is 1 (the real waits) when unset or empty', () => {
    expect(readRunnerContext({}).timeScale).toBe(1);
    expect(readRunnerContext({ MLOPS_ACTIONS_TIME_SCALE: '' }).timeScale).toBe(1);
    expect(readRunnerContext({ MLOPS_ACTIONS_TIME_SCALE: '  ' }).timeScale).toBe(1);
  });

  it.each([
    ['0', 0],
    ['0.25', 0.25],
    ['2', 2],
  ])('reads %s as %d', (value, want) => {
    expect(readRunnerContext({ MLOPS_ACTIONS_TIME_SCALE: value }).timeScale).toBe(want);
  });

  it.each(['fast', '-1', 'Infinity', '1s'])('refuses %s, naming the variable and the fix', (value) => {
    let err: unknown;
    try {
      readRunnerContext({ MLOPS_ACTIONS_TIME_SCALE: value });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toContain(`MLOPS_ACTIONS_TIME_SCALE is '${value}', not a number >= 0`);
    expect((err as UserError).fix).toMatch(/Unset it/);
  });

  it('reaches the registry through registryContext', () => {
    expect(registryContext(readRunnerContext({ MLOPS_ACTIONS_TIME_SCALE: '0' })).timeScale).toBe(0);
    expect(registryContext(readRunnerContext({})).timeScale).toBe(1);
  });
});
