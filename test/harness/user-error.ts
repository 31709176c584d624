import { UserError } from '@mlops-actions/errors';
import { expect } from 'vitest';

/** The UserError a call throws (fails the test when it throws none, or another error). */
export function userError(f: () => unknown): UserError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return e as UserError;
  }
  throw new Error('expected a UserError, none was thrown');
}
