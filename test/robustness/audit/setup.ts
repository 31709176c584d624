/**
 * Setup file of the audit run (vitest.audit.config.ts): wraps runStep so that every step any
 * robustness case runs is recorded, one JSON line per step, in $ROBUSTNESS_AUDIT_FILE, with what the
 * audit counts: the exit code, the error annotations, a stack trace or internal-error wording in the
 * log, raw errno codes, temp files left in the workspace or runner temp, outputs set by a failed step,
 * and hangs (a step is stopped after AUDIT_STEP_TIMEOUT_MS and recorded as a hang).
 */
import { appendFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, vi } from 'vitest';

const STEP_LIMIT_MS = Number(process.env['AUDIT_STEP_TIMEOUT_MS'] ?? 30_000);
const STACK = /^\s+at\s|\bat async\b|node:internal|\bat file:\/\//m;
const INTERNAL = /re-run with debug logging|Unexpected error|TypeError|ReferenceError|RangeError/;
const RAW_ERRNO =
  /\b(?:ENOENT|EEXIST|EACCES|EPERM|EISDIR|ENOTDIR|ELOOP|EROFS|ENOSPC|EMFILE|EBUSY|EXDEV|ENAMETOOLONG|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|EAI_AGAIN|ENOTFOUND)\b/;

/** Names an atomic write leaves when it fails halfway. */
function tempFiles(dir: string, rel = '', depth = 0, out: string[] = []): string[] {
  if (depth > 6 || out.length > 20) return out;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    if (rel === '' && e.name.startsWith('_runner_file_commands')) continue;
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (/^\..+\.\d+\.[0-9a-f]{8}\.tmp$|\.tmp-\d+$/.test(e.name)) out.push(r);
    if (e.isDirectory() && e.name !== '.git' && e.name !== 'node_modules') tempFiles(join(dir, e.name), r, depth + 1, out);
  }
  return out;
}

vi.mock(import('../../harness/step-runner.ts'), async (importOriginal) => {
  const original = await importOriginal();
  const file = process.env['ROBUSTNESS_AUDIT_FILE'];
  const runStep: typeof original.runStep = async (o) => {
    const state = expect.getState();
    const base = { file: state.testPath?.replace(/^.*?\/test\//, 'test/'), test: state.currentTestName, action: o.action };
    const timeoutMs = Math.min(o.timeoutMs ?? STEP_LIMIT_MS, STEP_LIMIT_MS);
    let r;
    try {
      r = await original.runStep({ ...o, timeoutMs });
    } catch (e) {
      if (file)
        appendFileSync(file, `${JSON.stringify({ ...base, hang: /timed out/.test(String(e)), thrown: String(e).split('\n')[0] })}\n`);
      throw e;
    }
    if (file) {
      const errors = r.annotations.filter((a) => a.level === 'error').map((a) => a.message);
      const log = `${r.stdout}\n${r.stderr}`;
      appendFileSync(
        file,
        `${JSON.stringify({
          ...base,
          exitCode: r.exitCode,
          errors,
          stack: STACK.test(log),
          internal: errors.some((m) => INTERNAL.test(m)),
          rawErrno: errors.filter((m) => RAW_ERRNO.test(m)),
          tempFiles: [...tempFiles(r.workspace), ...tempFiles(r.runnerTemp).map((p) => `RUNNER_TEMP/${p}`)],
          outputsOnFailure: r.exitCode !== 0 ? Object.keys(r.outputs) : [],
          ms: Math.round(r.durationMs),
        })}\n`,
      );
    }
    return r;
  };
  return { ...original, runStep };
});
