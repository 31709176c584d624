/**
 * Fixtures for the registry tests: real git (bare repositories and clones on disk) and real
 * directories. Each fixture says how to look at its registry from outside (head), and how to damage
 * it the way a person or a bug could (tamper, corrupt), so the shared contract suite can run against
 * both backends.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { openRegistry, type OpenRegistryOptions, type Registry } from '@mlops-actions/registry';
import { tempDir as harnessTempDir } from '../../harness/temp.ts';

export const BRANCH = 'mlops-registry';

/** git with a clean environment (no GIT_DIR from a caller) and a fixed identity; `input` is its stdin. */
export function git(args: string[], cwd?: string, input?: string | Buffer): string {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    LC_ALL: 'C',
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@t',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@t',
  };
  for (const k of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE']) delete env[k];
  return execFileSync('git', args, { cwd, env, encoding: 'utf8', input, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
}

/** A temp directory, removed after the test file (the harness's one temp-folder helper, test/harness/setup.ts). */
export const tempDir = (prefix = 'mlops-reg-test-'): Promise<string> => harnessTempDir(prefix);

/** A bare repository that serves partial clones, as GitHub does. */
export function bareRepo(path: string): string {
  // One git process: HEAD set by --initial-branch, the two settings appended to the config file.
  git(['init', '-q', '--bare', '--initial-branch=main', path]);
  appendFileSync(join(path, 'config'), '[uploadpack]\n\tallowFilter = true\n\tallowAnySHA1InWant = true\n');
  return path;
}

/** A working clone of `bare` with one commit on main, pushed (so lineage commits exist on the remote). */
export function projectClone(bare: string, dir: string): { dir: string; commit: string } {
  git(['clone', '-q', bare, dir]);
  if (!existsSync(join(dir, 'README.md'))) git(['checkout', '-q', '-B', 'main'], dir);
  if (!existsSync(join(dir, 'README.md'))) {
    writeFileSync(join(dir, 'README.md'), 'project\n');
    git(['add', 'README.md'], dir);
    git(['commit', '-q', '-m', 'project'], dir);
    git(['push', '-q', 'origin', 'main'], dir);
  }
  return { dir, commit: git(['rev-parse', 'HEAD'], dir).trim() };
}

export async function writeFiles(root: string, files: Record<string, string | Buffer>): Promise<void> {
  for (const [p, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, p)), { recursive: true });
    await writeFile(join(root, p), content);
  }
}

/** Digest of every file under a directory (path and content), to tell whether anything changed. */
export function treeDigest(dir: string, skip: (rel: string) => boolean = () => false): string {
  const h = createHash('sha256');
  const walk = (d: string, rel: string) => {
    for (const name of readdirSync(d).sort()) {
      const r = rel ? `${rel}/${name}` : name;
      if (skip(r)) continue;
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p, r);
      else h.update(`${r}\0`).update(readFileSync(p)).update('\0');
    }
  };
  if (existsSync(dir)) walk(dir, '');
  return h.digest('hex');
}

export interface Fixture {
  kind: 'git' | 'file';
  /** The registry URI to open. */
  uri: string;
  /** The workspace (a clone of the project for git). */
  workspace: string;
  root: string;
  open(extra?: Partial<OpenRegistryOptions>): Registry;
  /** Changes whenever anything is written (the branch head, or every file of the directory). */
  head(): string;
  /** Overwrites a path of the registry layout with other bytes, as a person editing the branch or directory would. */
  tamper(path: string, content: string | Buffer): Promise<void>;
  /** Lists files of the registry (layout paths). */
  files(): string[];
  read(path: string): string | undefined;
  cleanup(): Promise<void>;
}

/**
 * A new registry fixture. For git, a bare repository with one commit on main and a clone of it: made
 * once per worker process (the template) and copied for each fixture (a dozen git processes fewer per
 * test); each copy has its own remote and clone, so nothing one test writes reaches another.
 */
export async function makeFixture(kind: 'git' | 'file'): Promise<Fixture> {
  const root = await tempDir(`mlops-reg-${kind}-`);
  if (kind === 'git') await copyCheckout(await gitTemplate(), root);
  return fixtureAt(kind, root);
}

/**
 * A copy of `from` (a git fixture, with whatever was registered in it, e.g. in beforeAll) for one test:
 * `cp -r` of its folder, the clone's `origin` pointed at the copy's remote. `from` must have no open
 * registry (close them first). Not for file: fixtures, whose cards record the registry's absolute path.
 */
export async function copyFixture(from: Fixture): Promise<Fixture> {
  if (from.kind !== 'git') throw new Error('copyFixture copies git fixtures only');
  const root = await tempDir('mlops-reg-git-');
  await copyCheckout(from.root, root);
  return fixtureAt('git', root);
}

let template: string | undefined;

async function gitTemplate(): Promise<string> {
  // The unit project reuses a worker's modules across files, and each file's temp folders are removed
  // after it: make the template again when it is gone.
  if (template && existsSync(join(template, 'ws', '.git'))) return template;
  const dir = await tempDir('mlops-reg-template-');
  const remote = bareRepo(join(dir, 'remote.git'));
  projectClone(remote, join(dir, 'ws'));
  // Lighter copies and pushes, the same repositories for a reader (creating files was about 40% of the
  // CPU samples of these tests, measured with perf):
  // - no inactive sample hooks (hooks/ itself stays: tests put hooks there), and nothing git writes
  //   only for people (descriptions, the legacy branches/ folder, the exclude template, the clone's
  //   reflogs and last commit message): a copy holds 40 files and folders instead of 84;
  // - a push is kept as the one pack it came in rather than unpacked into a loose object file each
  //   (receive.unpackLimit: at 1 every push is kept as a pack), and the remote starts no `git gc --auto`
  //   after each push (receive.autogc). Both in git-config(1).
  for (const gitDir of [remote, join(dir, 'ws', '.git')]) {
    const hooks = join(gitDir, 'hooks');
    for (const name of readdirSync(hooks)) if (name.endsWith('.sample')) await rm(join(hooks, name));
    for (const extra of ['description', 'branches', 'info', 'logs', 'COMMIT_EDITMSG'])
      await rm(join(gitDir, extra), { recursive: true, force: true });
  }
  appendFileSync(join(remote, 'config'), '[receive]\n\tautogc = false\n\tunpackLimit = 1\n');
  template = dir;
  return dir;
}

/** Copies a fixture folder (remote.git, ws, …) and rewrites the one absolute path git stored: ws's remote.origin.url. */
async function copyCheckout(from: string, to: string): Promise<void> {
  // The cp command: ten times faster than fs.cp on a repository's many small files (measured). The
  // scratch folders (the registries' temp dir) are not copied.
  const entries = readdirSync(from).filter((name) => name !== 'tmp' && name !== 'editor');
  execFileSync('cp', ['-R', ...entries.map((name) => join(from, name)), to]);
  const config = join(to, 'ws', '.git', 'config');
  const text = readFileSync(config, 'utf8');
  const remote = join(from, 'remote.git');
  if (!text.includes(remote)) throw new Error(`${config} does not name ${remote}`);
  await writeFile(config, text.split(remote).join(join(to, 'remote.git')));
}

async function fixtureAt(kind: 'git' | 'file', root: string): Promise<Fixture> {
  const temp = join(root, 'tmp');
  await mkdir(temp);
  const opened: Registry[] = [];
  if (kind === 'file') {
    const workspace = join(root, 'ws');
    await mkdir(workspace);
    const dir = join(root, 'registry');
    return {
      kind,
      uri: `file:${dir}`,
      workspace,
      root,
      open: (extra = {}) => {
        const r = openRegistry({ uri: `file:${dir}`, workspace, tempDir: temp, ...extra });
        opened.push(r);
        return r;
      },
      head: () => treeDigest(dir, (rel) => rel === '.lock' || rel === '.staging'),
      tamper: async (path, content) => writeFiles(dir, { [path]: content }),
      files: () => listFiles(dir).filter((f) => !f.startsWith('.')),
      read: (path) => (existsSync(join(dir, path)) ? readFileSync(join(dir, path), 'utf8') : undefined),
      cleanup: async () => {
        await Promise.all(opened.map((r) => r.close()));
        await rm(root, { recursive: true, force: true });
      },
    };
  }
  const bare = join(root, 'remote.git');
  const workspace = join(root, 'ws');
  return {
    kind,
    uri: 'git:origin',
    workspace,
    root,
    open: (extra = {}) => {
      const r = openRegistry({ uri: 'git:origin', workspace, tempDir: temp, ...extra });
      opened.push(r);
      return r;
    },
    head: () => {
      try {
        return git(['rev-parse', `refs/heads/${BRANCH}`], bare).trim();
      } catch {
        return '';
      }
    },
    tamper: async (path, content) => commitByHand(bare, path, content),
    files: () => {
      try {
        return git(['ls-tree', '-r', '--name-only', BRANCH], bare).split('\n').filter(Boolean);
      } catch {
        return [];
      }
    },
    read: (path) => {
      try {
        return git(['show', `${BRANCH}:${path}`], bare);
      } catch {
        return undefined;
      }
    },
    cleanup: async () => {
      await Promise.all(opened.map((r) => r.close()));
      await rm(root, { recursive: true, force: true });
    },
  };
}

/**
 * A commit on the registry branch of `bare` that sets `path` to `content` on top of the branch's tip,
 * as a person would push after editing the file in a clone: one `git fast-import` in the remote
 * instead of a clone (or pull), add, commit and push, which is the same branch, tree and history for
 * a reader of the remote (git-fast-import(1): `from <ref>^0` continues an existing branch; `M 100644
 * inline <path>` then `data <count>` writes the file's bytes as given).
 */
function commitByHand(bare: string, path: string, content: string | Buffer): void {
  const bytes = Buffer.from(content);
  const message = `edit ${path} by hand\n`;
  // A path with a quote, a backslash or a line break is written C-quoted, as fast-import reads it.
  if (/[\x00-\x09\x0b-\x1f]/.test(path)) throw new Error(`tamper: no control characters in ${JSON.stringify(path)}`);
  const quoted = /["\\\n]/.test(path) ? `"${path.replace(/["\\]/g, '\\$&').replace(/\n/g, '\\n')}"` : path;
  const stream = Buffer.concat([
    Buffer.from(
      [
        `commit refs/heads/${BRANCH}`,
        'committer t <t@t> now',
        `data ${Buffer.byteLength(message)}`,
        message,
        `from refs/heads/${BRANCH}^0`,
        `M 100644 inline ${quoted}`,
        `data ${bytes.length}`,
        '',
      ].join('\n'),
    ),
    bytes,
    Buffer.from('\n'),
  ]);
  git(['fast-import', '--quiet', '--date-format=now'], bare, stream);
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, rel: string) => {
    if (!existsSync(d)) return;
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const r = rel ? `${rel}/${name}` : name;
      if (statSync(p).isDirectory()) walk(p, r);
      else out.push(r);
    }
  };
  walk(dir, '');
  return out.sort();
}

type WorkerResult = { code: number; result?: { version: string; created: boolean; digest: string }; stderr: string };

/**
 * Runs each registration in a separate Node process (test/unit/registry/worker.ts) and starts them at
 * the same moment: every worker loads the registry, opens it and says `ready`; once all are ready,
 * each is sent the signal on its stdin in one loop. Resolves with each one's JSON answer. A barrier on
 * the workers' own readiness, not a wall-clock start time: no guess of how long loading takes, and no
 * worker that loaded slowly starts late.
 */
export async function registerConcurrently(configs: Record<string, unknown>[]): Promise<WorkerResult[]> {
  const workers = configs.map((config) => {
    const child = spawn(process.execPath, [join(import.meta.dirname, 'worker.ts'), JSON.stringify(config)], {
      stdio: ['pipe', 'pipe', 'pipe'],
      // Test-only, as the step runner does for the bundles: V8's compiled code of the sources kept on disk.
      env: { ...process.env, NODE_COMPILE_CACHE: join(tmpdir(), 'node-compile-cache') },
    });
    let out = '';
    let err = '';
    let markReady!: () => void;
    const ready = new Promise<void>((r) => (markReady = r));
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      if (out.startsWith('ready\n')) markReady();
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    const done = new Promise<WorkerResult>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (code) => {
        markReady(); // a worker that died before it was ready does not hold the others
        const line = out.trim().split('\n').pop();
        let result;
        try {
          result = line && line !== 'ready' ? JSON.parse(line) : undefined;
        } catch {
          result = undefined;
        }
        resolve({ code: code ?? 1, result, stderr: err });
      });
    });
    return { child, ready, done };
  });
  await Promise.all(workers.map((w) => w.ready));
  for (const w of workers) w.child.stdin.end('go\n');
  return Promise.all(workers.map((w) => w.done));
}
