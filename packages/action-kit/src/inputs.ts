import { isAbsolute, relative, resolve, sep } from 'node:path';
import * as core from '@actions/core';
import { UserError } from '@mlops-actions/errors';
import { parseStructured, resolveInside } from '@mlops-actions/files';

/**
 * Typed readers for action inputs. Each one names the input and the fix when the value is wrong, so
 * an action parses all its inputs in one function and the step fails before doing anything.
 *
 * Values come from `INPUT_<NAME>` as the runner sets them (via @actions/core); tests can pass a map.
 */
export type InputSource = (name: string) => string;

export const fromEnvironment: InputSource = (name) => core.getInput(name, { trimWhitespace: true });

export function fromRecord(record: Record<string, string | undefined>): InputSource {
  return (name) => (record[name] ?? '').trim();
}

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

export interface FileInput {
  /** Absolute path. */
  path: string;
  /** For messages and annotations: workspace-relative when inside the workspace. */
  display: string;
}

export interface PathOptions {
  /** Resolve against this directory and refuse paths that leave it. */
  root: string;
}

export class Inputs {
  private readonly source: InputSource;

  constructor(source: InputSource = fromEnvironment) {
    this.source = source;
  }

  /** The raw value, or undefined when empty. */
  optional(name: string): string | undefined {
    const v = this.source(name);
    return v === '' ? undefined : v;
  }

  string(name: string, fallback?: string): string {
    return this.optional(name) ?? fallback ?? missing(name);
  }

  /** A token or other credential: masked in the log before anything can print it. */
  secret(name: string, options: { required?: boolean } = {}): string | undefined {
    const v = this.optional(name);
    if (v !== undefined) core.setSecret(v);
    if (v === undefined && options.required) {
      throw new UserError('is required but was not set', { input: name, fix: `Pass it, e.g. '${name}: \${{ secrets.GITHUB_TOKEN }}'` });
    }
    return v;
  }

  /** YAML 1.2 core booleans, as @actions/core accepts them. */
  boolean(name: string, fallback: boolean): boolean {
    const v = this.optional(name);
    if (v === undefined) return fallback;
    if (TRUE.includes(v)) return true;
    if (FALSE.includes(v)) return false;
    throw new UserError(`must be true or false, got '${v}'`, { input: name });
  }

  number(name: string, fallback: number | undefined, limits: { min?: number; max?: number; integer?: boolean } = {}): number {
    const raw = this.optional(name);
    if (raw === undefined) {
      return fallback ?? missing(name);
    }
    const n = Number(raw);
    const kind = limits.integer ? 'an integer' : 'a number';
    if (raw.trim() === '' || !Number.isFinite(n) || (limits.integer && !Number.isInteger(n))) {
      throw new UserError(`must be ${kind}, got '${raw}'`, { input: name });
    }
    if (limits.min !== undefined && n < limits.min) throw new UserError(`must be at least ${limits.min}, got ${n}`, { input: name });
    if (limits.max !== undefined && n > limits.max) throw new UserError(`must be at most ${limits.max}, got ${n}`, { input: name });
    return n;
  }

  choice<T extends string>(name: string, allowed: readonly T[], fallback?: T): T {
    const v = this.optional(name) ?? fallback;
    if (v === undefined) return missing(name);
    if (!(allowed as readonly string[]).includes(v)) {
      throw new UserError(`must be one of ${allowed.map((a) => `'${a}'`).join(', ')}, got '${v}'`, { input: name });
    }
    return v as T;
  }

  /** One item per line; blank lines and lines starting with '#' are ignored. */
  list(name: string, options: { required?: boolean; commas?: boolean } = {}): string[] {
    const v = this.optional(name);
    if (v === undefined) {
      return options.required ? missing(name) : [];
    }
    return v
      .split(/\r?\n/)
      .flatMap((line) => (options.commas ? line.split(',') : [line]))
      .map((s) => s.trim())
      .filter((s) => s !== '' && !s.startsWith('#'));
  }

  /** A path resolved inside `root` (normally the workspace). */
  path(name: string, options: PathOptions & { fallback?: string }): string | undefined {
    const v = this.optional(name) ?? options.fallback;
    return v === undefined ? undefined : resolveInside(options.root, v, { input: name });
  }

  /**
   * One file or directory: a relative path stays inside `root` (the workspace); an absolute one is taken
   * as it is (e.g. under runner.temp, or a serving directory on a self-hosted runner). `display` is
   * the path to show in messages: workspace-relative when inside it.
   */
  file(name: string, options: PathOptions): FileInput | undefined {
    const v = this.optional(name);
    if (v === undefined) return undefined;
    if (/[\r\n]/.test(v))
      throw new UserError('must be one path, got several lines', { input: name, fix: 'Give a single path on one line' });
    const path = isAbsolute(v) ? resolve(v) : resolveInside(options.root, v, { input: name });
    const rel = relative(options.root, path);
    return { path, display: rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : path };
  }

  /** A duration such as `90m`, `12h`, `30d`, `2w`; returned in milliseconds. */
  duration(name: string): number | undefined {
    const v = this.optional(name);
    if (v === undefined) return undefined;
    const ms = parseDuration(v);
    if (ms === undefined) {
      throw new UserError(`'${v}' is not a duration`, { input: name, fix: 'Write a number and a unit: s, m, h, d or w (e.g. 30d)' });
    }
    return ms;
  }
}

function missing(name: string): never {
  throw new UserError('is required but was not set', { input: name, fix: `Add '${name}:' under 'with:' in the step` });
}

const UNIT_MS: Record<string, number> = { s: 1e3, m: 60e3, h: 3600e3, d: 86400e3, w: 7 * 86400e3 };

export function parseDuration(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*([smhdw])$/.exec(text.trim());
  if (!m) return undefined;
  return Number(m[1]) * UNIT_MS[m[2]!]!;
}

/**
 * A YAML or JSON mapping written inline in an input. A function, not a method of Inputs: a method is
 * bundled with the class whether it is called or not, a function only where an action calls it.
 */
export function mappingInput(inputs: Inputs, name: string): Record<string, unknown> | undefined {
  const v = inputs.optional(name);
  if (v === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = parseStructured(v, `input '${name}'`).value;
  } catch (e) {
    throw new UserError(`is not valid YAML or JSON: ${(e as Error).message}`, { input: name });
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new UserError('must be a mapping (key: value lines, or a JSON object)', { input: name });
  }
  return parsed as Record<string, unknown>;
}
