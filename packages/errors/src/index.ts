/**
 * An error caused by something the user controls (an input, a file, a registry state), as opposed to
 * a bug. The run() wrapper prints its message without a stack and, when `file` is set, adds an error
 * annotation pointing at the file and line.
 */
export interface UserErrorDetails {
  /** Workspace-relative or absolute path of the file at fault. */
  file?: string;
  /** 1-based line in `file`. */
  line?: number;
  /** 1-based column in `file`. */
  column?: number;
  /** The action input at fault, e.g. `metrics`. */
  input?: string;
  /** The key inside a file at fault, e.g. `rules.accuracy.min`. */
  key?: string;
  /** What to do about it; appended to the message. */
  fix?: string;
  cause?: unknown;
}

export class UserError extends Error {
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly input: string | undefined;
  readonly key: string | undefined;
  readonly fix: string | undefined;

  constructor(message: string, details: UserErrorDetails = {}) {
    super(composeMessage(message, details), details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'UserError';
    this.file = details.file;
    this.line = details.line;
    this.column = details.column;
    this.input = details.input;
    this.key = details.key;
    this.fix = details.fix;
  }
}

function composeMessage(message: string, d: UserErrorDetails): string {
  const where: string[] = [];
  if (d.input) where.push(`input '${d.input}'`);
  if (d.file) where.push(d.line ? `${d.file}:${d.line}${d.column ? `:${d.column}` : ''}` : d.file);
  if (d.key) where.push(`key '${d.key}'`);
  const prefix = where.length ? `${where.join(', ')}: ` : '';
  if (!d.fix) return `${prefix}${message}`;
  const sentence = /[.!?]$/.test(message) ? message : `${message}.`;
  return `${prefix}${sentence} ${/[.!?]$/.test(d.fix) ? d.fix : `${d.fix}.`}`;
}

export function isUserError(e: unknown): e is UserError {
  return e instanceof UserError || (e instanceof Error && e.name === 'UserError');
}

/** The message of anything thrown, for wrapping in a UserError. */
export function messageOf(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}

/**
 * Where a package reports progress and warnings: the one logger type of the suite. On a runner it is
 * the action kit's `log` (which satisfies it); the CLI passes a terminal logger, tests an array.
 * Packages take one instead of importing the runner toolkit.
 */
export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  /** Detail shown only when step debug logging is on. */
  debug?(message: string): void;
  /** Runs `fn` inside a collapsible group of the log; without it, callers just run `fn`. */
  group?<T>(name: string, fn: () => Promise<T>): Promise<T>;
}
