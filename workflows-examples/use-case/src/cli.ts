/**
 * What the three command-line tools share: option parsing with clear errors, and one way to end.
 * A UserError prints its message (file, line and fix included) without a stack and exits 1; on a
 * GitHub runner it is also an error annotation on the file and line. Anything else is a bug: stack, 2.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { annotate } from '@mlops-actions/action-kit';
import { isUserError, messageOf, UserError } from '@mlops-actions/errors';

export type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses argv; an unknown option or a missing value is a UserError that points at --help. */
export function parseCli<O extends Options>(argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: false, strict: true });
  } catch (e) {
    throw new UserError(messageOf(e), { fix: 'See --help for the options' });
  }
}

export function intOption(name: string, value: string | undefined, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^-?\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw new UserError(
      `--${name} must be a whole number from ${min}${max === Number.MAX_SAFE_INTEGER ? ' up' : ` to ${max}`}, not '${value}'`,
    );
  }
  return n;
}

export function numberOption(
  name: string,
  value: string | undefined,
  fallback: number,
  check: (n: number) => boolean,
  range: string,
): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || !check(n)) throw new UserError(`--${name} must be ${range}, not '${value}'`);
  return n;
}

export function requireOption(name: string, value: string | undefined, what: string): string {
  if (value === undefined || value === '') throw new UserError(`--${name} is required`, { fix: `Pass --${name} <${what}>` });
  return value;
}

/** Runs a tool's main function and ends the process the way the header says. */
export function runCli(usage: string, main: () => Promise<void>): void {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    console.log(usage.trim());
    return;
  }
  main().catch((e: unknown) => {
    if (isUserError(e)) {
      console.error(`error: ${e.message}`);
      if (process.env['GITHUB_ACTIONS'] === 'true') annotate.error(e.message, { file: e.file, line: e.line });
      process.exitCode = 1;
    } else {
      console.error(e);
      process.exitCode = 2;
    }
  });
}
