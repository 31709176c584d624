import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { PassThrough } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { UserError } from '@mlops-actions/errors';
import { sha256Stream, type Sha256Result } from '@mlops-actions/files';
import { fsWords } from './fs-words.ts';
import { CatFileBatch, type BatchAnswer, type BatchSink } from './git-batch.ts';

export interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface GitOptions {
  input?: string | Buffer;
  /** Extra environment for this call (e.g. GIT_INDEX_FILE). */
  env?: Record<string, string>;
}

/**
 * Runs the `git` CLI against one repository with a fixed environment. Authentication for https
 * remotes goes in as `http.<origin>.extraheader` through GIT_CONFIG_COUNT/KEY/VALUE environment
 * variables (git ≥ 2.31): nothing is written to disk, nothing appears on a command line (where `ps`
 * would show it), and the lazy fetches git starts by itself inherit it. Every message that leaves this
 * class has the token removed, in case a remote echoes it.
 */
export class GitCli {
  readonly gitDir: string;
  private readonly env: Record<string, string>;
  private readonly secrets: string[];
  private batch: CatFileBatch | undefined;

  constructor(o: { gitDir: string; remoteUrl: string; token?: string | undefined }) {
    this.gitDir = o.gitDir;
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) {
      // A caller's GIT_DIR or GIT_INDEX_FILE (set by a hook, say) must not redirect our plumbing.
      if (
        v !== undefined &&
        !/^GIT_(DIR|WORK_TREE|INDEX_FILE|OBJECT_DIRECTORY|ALTERNATE_OBJECT_DIRECTORIES|NAMESPACE|CONFIG_COUNT|CONFIG_KEY_\d+|CONFIG_VALUE_\d+|CONFIG_PARAMETERS)$/.test(
          k,
        )
      ) {
        env[k] = v;
      }
    }
    Object.assign(env, {
      GIT_DIR: o.gitDir,
      LC_ALL: 'C',
      LANGUAGE: 'C',
      GIT_TERMINAL_PROMPT: '0',
      GIT_ASKPASS: '',
      SSH_ASKPASS: '',
      GIT_SSH_COMMAND: process.env['GIT_SSH_COMMAND'] ?? 'ssh -o BatchMode=yes',
    });
    // Keep this list to settings that are harmless on the far side too: a local remote's git-receive-pack
    // runs with this environment.
    const config: [string, string][] = [
      ['gc.auto', '0'],
      ['maintenance.auto', 'false'],
    ];
    this.secrets = [];
    const header = authHeader(o.remoteUrl, o.token);
    if (header) {
      // An empty value first resets the extra headers inherited from the system, global or included
      // config (actions/checkout persists `http.<origin>/.extraheader`; a job may add a global one): git
      // would send every one of them, and GitHub answers two Authorization headers with a 400
      // ("Duplicate header: Authorization"). git-config(1), http.extraHeader: "an empty value will reset
      // the extra headers to the empty list" (https://git-scm.com/docs/git-config). Ours is scoped to
      // the whole remote URL, the most specific match, so no inherited URL-scoped entry outranks it.
      config.push([header.config[0], ''], header.config);
      this.secrets.push(o.token!, header.secret);
    }
    env['GIT_CONFIG_COUNT'] = String(config.length);
    config.forEach(([k, v], i) => {
      env[`GIT_CONFIG_KEY_${i}`] = k;
      env[`GIT_CONFIG_VALUE_${i}`] = v;
    });
    this.env = env;
  }

  /** Removes the token (and its base64 form), and credentials written into URLs, from text that may be shown. */
  redact(text: string): string {
    let out = text;
    for (const s of this.secrets) if (s) out = out.split(s).join('***');
    return redactUrls(out);
  }

  run(args: string[], o: GitOptions = {}): Promise<GitResult> {
    return new Promise((resolve, reject) => {
      const child = spawn('git', args, { env: { ...this.env, ...o.env }, stdio: ['pipe', 'pipe', 'pipe'] });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (d: Buffer) => out.push(d));
      child.stderr.on('data', (d: Buffer) => err.push(d));
      child.on('error', (e) => reject(cannotRunGit(e)));
      child.on('close', (code) =>
        resolve({ code: code ?? 1, stdout: Buffer.concat(out).toString('utf8'), stderr: this.redact(Buffer.concat(err).toString('utf8')) }),
      );
      child.stdin.on('error', () => undefined);
      child.stdin.end(o.input ?? '');
    });
  }

  /** Like run(), with stdout as bytes (blobs). */
  runBuffer(args: string[]): Promise<{ code: number; stdout: Buffer; stderr: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn('git', args, { env: this.env, stdio: ['ignore', 'pipe', 'pipe'] });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (d: Buffer) => out.push(d));
      child.stderr.on('data', (d: Buffer) => err.push(d));
      child.on('error', (e) => reject(cannotRunGit(e)));
      child.on('close', (code) =>
        resolve({ code: code ?? 1, stdout: Buffer.concat(out), stderr: this.redact(Buffer.concat(err).toString('utf8')) }),
      );
    });
  }

  /**
   * An object read through one long-lived `git cat-file --batch` (see git-batch.ts): no process per
   * read. Rejects when that process fails (the caller falls back to a `git cat-file` of its own, whose
   * message says why).
   */
  readObject(object: string, sink?: BatchSink): Promise<BatchAnswer> {
    if (!this.batch?.usable) this.batch = new CatFileBatch(this.env);
    return this.batch.read(object, sink);
  }

  /** Ends the `git cat-file --batch` process, if one runs. */
  async close(): Promise<void> {
    const batch = this.batch;
    this.batch = undefined;
    await batch?.close();
  }

  /** SHA-256 and size of a blob's content, streamed (through the batch process; a process of its own if that fails). */
  async blobSha256(oid: string): Promise<Sha256Result> {
    const pass = new PassThrough();
    const digest = sha256Stream(pass);
    const answer = await this.readObject(oid, (chunk) => pass.write(chunk)).then(
      (a) => a,
      () => undefined,
    );
    pass.end();
    if (answer?.kind === 'found' && answer.type === 'blob') return digest;
    digest.catch(() => undefined);
    return this.blobSha256Spawned(oid);
  }

  private async blobSha256Spawned(oid: string): Promise<Sha256Result> {
    const child = spawn('git', ['cat-file', 'blob', oid], { env: this.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const err: Buffer[] = [];
    child.stderr.on('data', (d: Buffer) => err.push(d));
    const closed = new Promise<number>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (code) => resolve(code ?? 1));
    });
    const [digest, code] = await Promise.all([sha256Stream(child.stdout), closed]);
    if (code !== 0) {
      throw new GitError(['cat-file', 'blob', oid], { code, stdout: '', stderr: this.redact(Buffer.concat(err).toString('utf8')) });
    }
    return digest;
  }

  /** Runs and returns stdout; a non-zero exit is an Error carrying git's message. */
  async ok(args: string[], o: GitOptions = {}): Promise<string> {
    const r = await this.run(args, o);
    if (r.code !== 0) throw new GitError(args, r);
    return r.stdout;
  }

  /** Streams a blob to a file (`git cat-file blob <object>`); false when there is no such object. */
  async blobToFile(object: string, dest: string): Promise<boolean> {
    const child = spawn('git', ['cat-file', 'blob', object], { env: this.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const err: Buffer[] = [];
    child.stderr.on('data', (d: Buffer) => err.push(d));
    const exited = new Promise<number>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (code) => resolve(code ?? 1));
    });
    await pipeline(child.stdout, createWriteStream(dest));
    const code = await exited;
    if (code === 0) return true;
    const stderr = this.redact(Buffer.concat(err).toString('utf8'));
    if (isMissingPath(stderr)) return false;
    throw new GitError(['cat-file', 'blob', object], { code, stdout: '', stderr });
  }
}

/** Credentials written into a URL (`https://user:token@host/…`) replaced by `***`, wherever they appear in a text. */
export function redactUrls(text: string): string {
  return text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@'"]+@/gi, '$1***@');
}

function cannotRunGit(e: Error): UserError {
  const code = (e as NodeJS.ErrnoException).code;
  return new UserError(code === 'ENOENT' ? 'cannot run git: there is no git on the PATH' : `cannot run git: ${fsWords(e)}`, {
    fix: 'Install git 2.31 or later on the runner (GitHub-hosted runners have it) and make sure it is on the PATH',
  });
}

/** The oldest git the registry works with: it passes settings through GIT_CONFIG_COUNT/KEY/VALUE (git 2.31). */
export const MIN_GIT: readonly [number, number] = [2, 31];

/** The check of the git each PATH finds (one PATH per process on a runner; the tests' in-process steps vary it). */
const versionChecks = new Map<string, Promise<string>>();

/**
 * Refuses a git too old for GIT_CONFIG_COUNT (older gits ignore those variables, so the token header
 * and the other settings would silently be missing). Checked once per process and PATH.
 */
export function checkGitVersion(): Promise<string> {
  const path = process.env['PATH'] ?? '';
  let versionCheck = versionChecks.get(path);
  if (versionCheck) return versionCheck;
  versionCheck = new Promise<string>((resolve, reject) => {
    const child = spawn('git', ['version'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LC_ALL: 'C' } });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.on('error', (e) => reject(cannotRunGit(e)));
    child.on('close', () => {
      const m = /git version (\d+)\.(\d+)(?:\.(\d+))?/.exec(out);
      if (!m) {
        reject(
          new UserError(`cannot tell which git this is ('git version' printed ${JSON.stringify(out.trim().slice(0, 100))})`, {
            fix: 'Put a git 2.31 or later first on the PATH',
          }),
        );
        return;
      }
      const [major, minor] = [Number(m[1]), Number(m[2])];
      if (major < MIN_GIT[0] || (major === MIN_GIT[0] && minor < MIN_GIT[1])) {
        reject(
          new UserError(
            `git ${m[0].slice('git version '.length)} is too old for the git: registry, which needs git ${MIN_GIT.join('.')} or later (it passes its settings and the token header through GIT_CONFIG_COUNT)`,
            {
              fix: 'Upgrade git on the runner (GitHub-hosted runners have a recent one; on a self-hosted runner install git 2.31+), or use a file: registry',
            },
          ),
        );
        return;
      }
      resolve(m[0]);
    });
  });
  versionChecks.set(path, versionCheck);
  // A failed check is not cached: a test (or a user) may fix the PATH and try again in the same process.
  versionCheck.catch(() => versionChecks.delete(path));
  return versionCheck;
}

export class GitError extends Error {
  readonly result: GitResult;
  constructor(args: string[], result: GitResult) {
    super(`git ${args[0]} failed (exit ${result.code}): ${result.stderr.trim().split('\n').slice(-6).join(' | ') || 'no message'}`);
    this.name = 'GitError';
    this.result = result;
  }
}

export function isMissingPath(stderr: string): boolean {
  return /does not exist in|exists on disk, but not in|Not a valid object name|invalid object name|bad revision|path '.*' does not exist/i.test(
    stderr,
  );
}

/**
 * The header GitHub (and other https git hosts) accept for a token: Basic with `x-access-token`, as
 * actions/checkout sends it. Scoped to the remote's origin so it never goes to another host.
 */
function authHeader(remoteUrl: string, token: string | undefined): { config: [string, string]; secret: string } | undefined {
  if (!token || !/^https?:\/\//i.test(remoteUrl)) return undefined;
  const url = new URL(remoteUrl);
  url.username = '';
  url.password = '';
  url.search = '';
  url.hash = '';
  const basic = Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');
  return { config: [`http.${url.href.replace(/\/+$/, '')}.extraheader`, `AUTHORIZATION: basic ${basic}`], secret: basic };
}
