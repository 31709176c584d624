/**
 * Shared checks for the robustness cases (see README.md in this folder): a failed step fails cleanly,
 * with one error a person can act on, and leaves nothing half-written behind.
 */
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import type { StepResult } from '../harness/step-runner.ts';
import { tempDirSync } from '../harness/temp.ts';

/** The token runStep hands to a step by default (`${{ github.token }}`). */
export const DEFAULT_TOKEN = 'ghs_test_token_0123456789';

/** A per-case limit for runStep: a hang fails the case instead of stalling the file. */
export const CASE_TIMEOUT_MS = 20_000;

/**
 * ROBUSTNESS_ACTIONS_DIR=<folder holding <action>/action.yml and dist/> runs the cases against another
 * build (e.g. the last release's bundles, to see which cases a fix made pass).
 */
export function actionDir(action: string): { actionDir?: string } {
  const dir = process.env['ROBUSTNESS_ACTIONS_DIR'];
  return dir ? { actionDir: join(dir, action) } : {};
}

/** Root reads any file: a case about an unreadable file runs the step as this user. */
export const NOBODY = { uid: 65534, gid: 65534 };

export interface ExpectedFailure {
  /** Text the one error must contain: the input, the file, the line or key at fault. */
  mentions: readonly (string | RegExp)[];
  /** The fix the error must state. */
  fix: RegExp;
  /** The annotation's `file=` (the file at fault), when there is one. */
  file?: string | undefined;
  /** The annotation's `line=`. */
  line?: number | undefined;
  /** Secrets that must never reach the log (the step's token is always checked). */
  secrets?: readonly string[] | undefined;
  /** Outputs a failed step may still have set (none by default). */
  allowOutputs?: boolean | undefined;
}

/** Raw file-system or network error codes: a user should read what happened, not an errno. */
const RAW_ERRNO =
  /\b(?:ENOENT|EEXIST|EACCES|EPERM|EISDIR|ENOTDIR|ELOOP|EROFS|ENOSPC|EMFILE|EBUSY|EXDEV|ENAMETOOLONG|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|EAI_AGAIN|ENOTFOUND)\b/;
/** Node's own error text ("ENOENT: no such file or directory, open '…'"), or a stack frame. */
const STACK = /^\s+at\s|\bat async\b|node:internal|\bat file:\/\//m;
/** What run() says about an error it did not expect: a bug, never a user's mistake. */
const INTERNAL = /re-run with debug logging|Unexpected error|TypeError|ReferenceError|RangeError|SyntaxError: /;

/** What a result looks like in a failure message: enough to see what went wrong. */
function describe(r: StepResult): string {
  return `exit ${r.exitCode}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`;
}

/**
 * Asserts a clean failure: exit code 1, exactly one `::error::` annotation naming what is at fault
 * (`mentions`) and the fix, with `file`/`line` when given; no stack trace, no internal-error wording,
 * no raw errno code, no secret in the log; and no outputs or state set (nothing half-done handed on).
 * Returns the error message.
 */
export function expectCleanFailure(r: StepResult, e: ExpectedFailure): string {
  const context = describe(r);
  expect(r.exitCode, context).toBe(1);
  const errors = r.annotations.filter((a) => a.level === 'error');
  expect(errors, context).toHaveLength(1);
  const error = errors[0]!;
  const message = error.message;
  for (const m of e.mentions) {
    if (typeof m === 'string') expect(message, context).toContain(m);
    else expect(message, context).toMatch(m);
  }
  expect(message, `the error states no fix\n${context}`).toMatch(e.fix);
  if (e.file !== undefined) expect(error.file, context).toBe(e.file);
  if (e.line !== undefined) expect(error.line, context).toBe(e.line);
  expect(message, `raw errno code in the error\n${context}`).not.toMatch(RAW_ERRNO);
  expect(message, `internal-error wording\n${context}`).not.toMatch(INTERNAL);
  expect(`${r.stdout}\n${r.stderr}`, `a stack trace\n${context}`).not.toMatch(STACK);
  // ::add-mask:: lines carry the secret to the runner, which hides it everywhere else.
  const log = `${r.stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n')}\n${r.stderr}`;
  for (const secret of [DEFAULT_TOKEN, ...(e.secrets ?? [])]) expect(log.includes(secret), `a secret in the log\n${context}`).toBe(false);
  if (!e.allowOutputs) {
    expect(r.outputs, context).toEqual({});
    expect(r.state, context).toEqual({});
  }
  return message;
}

export interface TreeEntry {
  type: 'file' | 'dir' | 'link' | 'other';
  mode: number;
  size: number;
  /** sha256 of a file's content, a link's target. */
  content?: string | undefined;
}

/**
 * Every path under `dir` (lstat, not following links) with its type, mode, size and a digest of its
 * content. Names starting with `_runner_file_commands` (the step runner's own files) are left out.
 */
export function snapshotTree(dir: string): Map<string, TreeEntry> {
  const out = new Map<string, TreeEntry>();
  // Buffer paths: a name that is not UTF-8 must be read back exactly.
  const walk = (abs: Buffer, rel: string) => {
    let names: Buffer[];
    try {
      names = readdirSync(abs, { encoding: 'buffer' });
    } catch {
      return;
    }
    for (const raw of names.sort(Buffer.compare)) {
      const name = raw.toString('utf8');
      if (rel === '' && name.startsWith('_runner_file_commands')) continue;
      const p = Buffer.concat([abs, Buffer.from('/'), raw]);
      const r = rel ? `${rel}/${name}` : name;
      const st = lstatSync(p);
      const mode = st.mode & 0o7777;
      if (st.isDirectory()) {
        out.set(r, { type: 'dir', mode, size: 0 });
        walk(p, r);
      } else if (st.isSymbolicLink()) {
        out.set(r, { type: 'link', mode, size: 0, content: readlinkSync(p, 'utf8') });
      } else if (st.isFile()) {
        let content: string;
        try {
          content = createHash('sha256').update(readFileSync(p)).digest('hex');
        } catch {
          content = 'unreadable';
        }
        out.set(r, { type: 'file', mode, size: st.size, content });
      } else out.set(r, { type: 'other', mode, size: 0 });
    }
  };
  walk(Buffer.from(dir), '');
  return out;
}

/** Asserts that nothing under a tree was created, changed or removed (no partial output, no temp file). */
export function expectUnchanged(before: Map<string, TreeEntry>, after: Map<string, TreeEntry>, what = 'the tree'): void {
  const added = [...after.keys()].filter((k) => !before.has(k));
  const removed = [...before.keys()].filter((k) => !after.has(k));
  const changed = [...after.keys()].filter((k) => before.has(k) && JSON.stringify(before.get(k)) !== JSON.stringify(after.get(k)));
  expect({ added, removed, changed }, `${what} changed (a partial write?)`).toEqual({ added: [], removed: [], changed: [] });
}

/** Temp files an atomic write leaves when it fails halfway (`.<name>.<pid>.<rand>.tmp`, `<dir>.tmp-<pid>`). */
export function tempFilesIn(snapshot: Map<string, TreeEntry>): string[] {
  return [...snapshot.keys()].filter((k) => /\.tmp$|\.tmp-\d+$/.test(k));
}

/** A case's folders (workspace, RUNNER_TEMP, one outside the workspace) and writers into its workspace. */
export interface CaseWorkspace {
  ws: string;
  runnerTemp: string;
  /** A folder outside the workspace (targets of links that leave it, absolute paths). */
  outside: string;
  write(rel: string, content?: string | Uint8Array): void;
  link(target: string, rel: string): void;
}

/** Fresh folders for one case (removed after the file, with the harness's temp folders). */
export function caseWorkspace(prefix: string): CaseWorkspace {
  const ws = tempDirSync(`${prefix}-ws-`);
  const place = (rel: string) => {
    mkdirSync(dirname(join(ws, rel)), { recursive: true });
    return join(ws, rel);
  };
  return {
    ws,
    runnerTemp: tempDirSync(`${prefix}-rt-`),
    outside: tempDirSync(`${prefix}-out-`),
    write: (rel, content = '') => writeFileSync(place(rel), content),
    link: (target, rel) => symlinkSync(target, place(rel)),
  };
}
