import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';

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

  constructor(o: { gitDir: string; remoteUrl: string; token?: string | undefined }) {
    this.gitDir = o.gitDir;
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) {
      // A caller's GIT_DIR or GIT_INDEX_FILE (set by a hook, say) must not redirect our plumbing.
      if (v !== undefined && !/^GIT_(DIR|WORK_TREE|INDEX_FILE|OBJECT_DIRECTORY|ALTERNATE_OBJECT_DIRECTORIES|NAMESPACE|CONFIG_COUNT|CONFIG_KEY_\d+|CONFIG_VALUE_\d+|CONFIG_PARAMETERS)$/.test(k)) {
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
      config.push(header.config);
      this.secrets.push(o.token!, header.secret);
    }
    env['GIT_CONFIG_COUNT'] = String(config.length);
    config.forEach(([k, v], i) => {
      env[`GIT_CONFIG_KEY_${i}`] = k;
      env[`GIT_CONFIG_VALUE_${i}`] = v;
    });
    this.env = env;
  }

  /** Removes the token (and its base64 form) from text that may be shown. */
  redact(text: string): string {
    let out = text;
    for (const s of this.secrets) if (s) out = out.split(s).join('***');
    return out;
  }

  run(args: string[], o: GitOptions = {}): Promise<GitResult> {
    return new Promise((resolve, reject) => {
      const child = spawn('git', args, { env: { ...this.env, ...o.env }, stdio: ['pipe', 'pipe', 'pipe'] });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (d: Buffer) => out.push(d));
      child.stderr.on('data', (d: Buffer) => err.push(d));
      child.on('error', (e) => reject(new Error(`cannot run git: ${e.message} (is git installed and on the PATH?)`)));
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
      child.on('error', reject);
      child.on('close', (code) => resolve({ code: code ?? 1, stdout: Buffer.concat(out), stderr: this.redact(Buffer.concat(err).toString('utf8')) }));
    });
  }

  /** SHA-256 and size of a blob's content, streamed. */
  blobSha256(oid: string): Promise<{ sha256: string; size: number }> {
    return new Promise((resolve, reject) => {
      const child = spawn('git', ['cat-file', 'blob', oid], { env: this.env, stdio: ['ignore', 'pipe', 'pipe'] });
      const h = createHash('sha256');
      let size = 0;
      const err: Buffer[] = [];
      child.stdout.on('data', (d: Buffer) => {
        h.update(d);
        size += d.length;
      });
      child.stderr.on('data', (d: Buffer) => err.push(d));
      child.on('error', reject);
      child.on('close', (code) =>
        code === 0
          ? resolve({ sha256: h.digest('hex'), size })
          : reject(new GitError(['cat-file', 'blob', oid], { code: code ?? 1, stdout: '', stderr: this.redact(Buffer.concat(err).toString('utf8')) })),
      );
    });
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

export class GitError extends Error {
  readonly result: GitResult;
  constructor(args: string[], result: GitResult) {
    super(`git ${args[0]} failed (exit ${result.code}): ${result.stderr.trim().split('\n').slice(-6).join(' | ') || 'no message'}`);
    this.name = 'GitError';
    this.result = result;
  }
}

export function isMissingPath(stderr: string): boolean {
  return /does not exist in|exists on disk, but not in|Not a valid object name|invalid object name|bad revision|path '.*' does not exist/i.test(stderr);
}

/**
 * The header GitHub (and other https git hosts) accept for a token: Basic with `x-access-token`, as
 * actions/checkout sends it. Scoped to the remote's origin so it never goes to another host.
 */
function authHeader(remoteUrl: string, token: string | undefined): { config: [string, string]; secret: string } | undefined {
  if (!token || !/^https?:\/\//i.test(remoteUrl)) return undefined;
  const url = new URL(remoteUrl);
  const basic = Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');
  return { config: [`http.${url.protocol}//${url.host}/.extraheader`, `AUTHORIZATION: basic ${basic}`], secret: basic };
}
