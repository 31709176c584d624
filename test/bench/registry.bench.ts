/**
 * Registry cost as versions pile up: register a new version and resolve an alias, with 10 and with
 * 1,000 versions already present, for the git: backend (a bare repository on disk, a fresh temporary
 * clone per operation as in a workflow step) and the file: backend. The target: 1,000 versions cost
 * at most 2× what 10 cost, i.e. no operation turns into a scan.
 *
 * The peer, measured in the same run, is the tag-based registry model (GTO's: a version is a git tag
 * `<name>@v<semver>`, an alias assignment a tag `<name>#<stage>#<n>`): resolving lists the remote's
 * tags (`git ls-remote --tags`, the cheapest way to read them) and registering lists them, creates an
 * annotated tag and pushes it. It is reimplemented here with the git CLI (GTO itself is a Python tool),
 * and it records no metrics or files, so it does strictly less work than our registry.
 *
 * The registries with many versions are built from one real registration as a template (same layout,
 * same card and index shapes, distinct files and digests), since registering 1,000 versions one by one
 * would take minutes of setup.
 *
 *   npm run bench -- registry          RUNS=9 npm run bench -- registry
 */
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { digestListing } from '@mlops-actions/hashing';
import {
  layout,
  openRegistry,
  type ModelCard,
  type ModelIndex,
  type VersionSummary,
  parseModelName,
  parseAlias,
  parseModelVersion,
} from '@mlops-actions/registry';
import { median } from '../harness/stats.ts';

const RUNS = Number(process.env['RUNS'] ?? 9);
const SIZES = [10, 1000];
const root = mkdtempSync(join(tmpdir(), 'mlops-registry-bench-'));
const NAME = 'bench';

function git(args: string[], cwd?: string, input?: string): string {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    LC_ALL: 'C',
    GIT_AUTHOR_NAME: 'b',
    GIT_AUTHOR_EMAIL: 'b@b',
    GIT_COMMITTER_NAME: 'b',
    GIT_COMMITTER_EMAIL: 'b@b',
  };
  delete env['GIT_DIR'];
  return execFileSync('git', args, { cwd, env, encoding: 'utf8', input, maxBuffer: 1 << 28 });
}

/** One real registration, read back as the template for the synthetic versions. */
async function template(): Promise<{ card: ModelCard; index: ModelIndex; summary: VersionSummary; dir: string }> {
  const dir = join(root, 'template');
  const model = join(root, 'template-model');
  mkdirSync(model, { recursive: true });
  writeFileSync(join(model, 'model.bin'), randomBytes(1024));
  const reg = openRegistry({ uri: `file:${dir}`, workspace: root });
  await reg.register({
    name: parseModelName(NAME),
    files: { root: model, paths: ['.'] },
    metrics: { accuracy: 0.9, auc: 0.95, loss: 0.3 },
    alias: parseAlias('production'),
    lineage: { commit: 'c'.repeat(40), runUrl: 'https://github.com/o/r/actions/runs/1', actor: 'octocat' },
  });
  return {
    card: JSON.parse(readFileSync(join(dir, layout.card(NAME, '0.1.0')), 'utf8')),
    index: JSON.parse(readFileSync(join(dir, layout.index(NAME)), 'utf8')),
    summary: JSON.parse(readFileSync(join(dir, layout.historySegment(NAME, 1)), 'utf8')),
    dir,
  };
}

/** A registry directory holding `n` versions of the model, each with its own 1 KiB file, in the layout register() writes. */
function synthesize(t: { card: ModelCard; index: ModelIndex; summary: VersionSummary; dir: string }, n: number): string {
  const dir = join(root, `file-${n}`);
  cpSync(t.dir, dir, { recursive: true });
  rmSync(join(dir, 'models', NAME), { recursive: true });
  const history: string[] = [];
  const audit: string[] = [];
  for (let i = 1; i <= n; i++) {
    const version = `0.${i}.0`;
    const bytes = randomBytes(1024);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const digest = `sha256:${digestListing([{ path: 'model.bin', digest: sha256 }])}`;
    const at = new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString();
    mkdirSync(join(dir, layout.versionDir(NAME, version), 'files'), { recursive: true });
    writeFileSync(join(dir, layout.file(NAME, version, 'model.bin')), bytes);
    const metrics = { accuracy: 0.5 + i / (4 * n), auc: 0.9, loss: 0.3 };
    const card = {
      ...t.card,
      version,
      createdAt: at,
      digest,
      files: [{ path: 'model.bin', size: 1024, sha256 }],
      metrics,
      uri: `file:${dir}#${NAME}@${version}`,
      sequence: i,
    };
    writeFileSync(join(dir, layout.card(NAME, version)), `${JSON.stringify(card, null, 2)}\n`);
    mkdirSync(join(dir, 'models', NAME, 'digests'), { recursive: true });
    writeFileSync(join(dir, layout.digest(NAME, digest)), `${JSON.stringify({ version, seq: i })}\n`);
    history.push(JSON.stringify({ ...t.summary, version, digest, createdAt: at, metrics }));
    audit.push(JSON.stringify({ at, action: 'register', model: NAME, version, actor: 'octocat' }));
  }
  audit.push(
    JSON.stringify({ at: new Date().toISOString(), action: 'alias', model: NAME, alias: 'production', from: null, to: `0.${n}.0` }),
  );
  const writeLog = (lines: string[], perSegment: number, pathOf: (seg: number) => string) => {
    let segment = 1;
    for (let s = 0; s * perSegment < lines.length; s++) {
      segment = s + 1;
      mkdirSync(join(dir, pathOf(segment), '..'), { recursive: true });
      writeFileSync(join(dir, pathOf(segment)), `${lines.slice(s * perSegment, (s + 1) * perSegment).join('\n')}\n`);
    }
    return { perSegment, segment, lines: lines.length - (segment - 1) * perSegment };
  };
  const index: ModelIndex = {
    ...t.index,
    latest: parseModelVersion(`0.${n}.0`),
    count: n,
    aliases: { production: { version: parseModelVersion(`0.${n}.0`), since: new Date().toISOString(), actor: 'octocat' } },
    history: writeLog(history, t.index.history.perSegment, (seg) => layout.historySegment(NAME, seg)),
    audit: { ...writeLog(audit, t.index.audit.perSegment, (seg) => layout.auditSegment(NAME, seg)), total: audit.length },
  };
  writeFileSync(join(dir, layout.index(NAME)), `${JSON.stringify(index, null, 2)}\n`);
  return dir;
}

/** A bare repository whose registry branch holds the directory's content, and a clone of the project. */
function toGit(dir: string, n: number): { bare: string; ws: string } {
  const bare = join(root, `remote-${n}.git`);
  git(['init', '-q', '--bare', bare]);
  git(['config', 'uploadpack.allowFilter', 'true'], bare);
  git(['config', 'uploadpack.allowAnySHA1InWant', 'true'], bare);
  git(['symbolic-ref', 'HEAD', 'refs/heads/main'], bare);
  // A hosted server packs its repositories out of band; a `git gc --auto` after each push is not part of a registration.
  git(['config', 'receive.autogc', 'false'], bare);
  const work = join(root, `work-${n}`);
  git(['init', '-q', '-b', 'main', work]);
  writeFileSync(join(work, 'README.md'), 'project\n');
  git(['add', '.'], work);
  git(['commit', '-q', '-m', 'project'], work);
  git(['push', '-q', bare, 'main'], work);
  git(['checkout', '-q', '--orphan', 'mlops-registry'], work);
  git(['rm', '-q', '-rf', '.'], work);
  cpSync(dir, work, { recursive: true, filter: (src) => !src.includes('.staging') && !src.endsWith('.lock') });
  git(['add', '-A'], work);
  git(['commit', '-q', '-m', `${n} versions`], work);
  git(['push', '-q', bare, 'mlops-registry'], work);
  const ws = join(root, `ws-${n}`);
  git(['clone', '-q', bare, ws]);
  return { bare, ws };
}

/** The peer: the same number of versions as annotated tags, plus a stage assignment, in a bare repository. */
function tagRegistry(n: number): { bare: string; commit: string } {
  const bare = join(root, `tags-${n}.git`);
  git(['init', '-q', '--bare', bare]);
  const work = join(root, `tags-work-${n}`);
  git(['init', '-q', '-b', 'main', work]);
  writeFileSync(join(work, 'README.md'), 'project\n');
  git(['add', '.'], work);
  git(['commit', '-q', '-m', 'project'], work);
  const commit = git(['rev-parse', 'HEAD'], work).trim();
  let stream = '';
  const tag = (name: string, msg: string) => {
    stream += `tag ${name}\nfrom ${commit}\ntagger b <b@b> 1700000000 +0000\ndata ${Buffer.byteLength(msg)}\n${msg}\n`;
  };
  for (let i = 1; i <= n; i++) tag(`${NAME}@v0.${i}.0`, `Registering artifact ${NAME} version v0.${i}.0`);
  tag(`${NAME}#production#1`, `Assigning stage production to artifact ${NAME} version v0.${n}.0`);
  git(['fast-import', '--quiet'], work, stream);
  git(['push', '-q', bare, 'main', '--tags'], work);
  return { bare, commit };
}

function peerResolve(bare: string): string | undefined {
  const refs = git(['ls-remote', '--tags', bare]).split('\n');
  let best: number[] | undefined;
  let stage: string | undefined;
  for (const line of refs) {
    const m = /refs\/tags\/bench@v(\d+)\.(\d+)\.(\d+)$/.exec(line);
    if (m) {
      const v = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (!best || v[0]! > best[0]! || (v[0] === best[0] && (v[1]! > best[1]! || (v[1] === best[1] && v[2]! > best[2]!)))) best = v;
    }
    if (/refs\/tags\/bench#production#\d+$/.test(line)) stage = line;
  }
  return stage && best ? best.join('.') : undefined;
}

function peerRegister(bare: string, commit: string, i: number): void {
  const latest = peerResolve(bare)!;
  const [a, b] = latest.split('.').map(Number) as [number, number];
  const next = `${a}.${b + 1}.0`;
  const repo = join(root, `peer-${Date.now()}-${i}`);
  git(['init', '-q', '--bare', repo]);
  git(['fetch', '-q', '--depth=1', bare, commit], repo);
  git(['tag', '-a', '-m', `Registering artifact bench version v${next}`, `bench@v${next}`, commit], repo);
  git(['push', '-q', bare, `refs/tags/bench@v${next}`], repo);
  rmSync(repo, { recursive: true, force: true });
}

try {
  console.log(
    `node ${process.version}, git ${git(['--version']).trim().split(' ')[2]}; median of ${RUNS} runs (${RUNS * 5} for file:) after a warm-up, the two sizes interleaved; each operation opens a fresh registry (a new temporary clone for git:), as a workflow step does`,
  );
  const t = await template();
  const rows: { what: string; figures: number[] }[] = [];
  const results = new Map<string, number[]>();
  const add = (what: string, ms: number) => {
    if (!results.has(what)) results.set(what, []);
    results.get(what)!.push(ms);
  };
  // Build every registry first, then measure the sizes interleaved (10, 1000, 10, 1000, …), so a change
  // in machine load during the run hits both sizes alike.
  const setups = SIZES.map((n) => {
    const dir = synthesize(t, n);
    const { ws } = toGit(dir, n);
    const peer = tagRegistry(n);
    const model = join(root, `new-model-${n}`);
    mkdirSync(model, { recursive: true });
    return { n, dir, ws, peer, model, temp: join(root, `temp-${n}`) };
  });
  type Setup = (typeof setups)[number];
  const fresh = (s: Setup) => writeFileSync(join(s.model, 'model.bin'), randomBytes(1024));
  const ops: [string, (s: Setup, i: number) => Promise<void>][] = [
    [
      'git: register a new version',
      async (s) => {
        fresh(s);
        const reg = openRegistry({ uri: 'git:origin', workspace: s.ws, tempDir: s.temp });
        await reg.register({
          name: parseModelName(NAME),
          files: { root: s.model, paths: ['.'] },
          metrics: { accuracy: 0.9 },
          alias: parseAlias('candidate'),
        });
        await reg.close();
      },
    ],
    [
      'git: resolve an alias (card)',
      async (s) => {
        const reg = openRegistry({ uri: 'git:origin', workspace: s.ws, tempDir: s.temp });
        const card = await reg.resolve(parseModelName(NAME), { alias: parseAlias('production') });
        if (card?.version !== `0.${s.n}.0`) throw new Error(`resolved ${card?.version}`);
        await reg.close();
      },
    ],
    [
      'git: the 20 latest versions with metrics',
      async (s) => {
        const reg = openRegistry({ uri: 'git:origin', workspace: s.ws, tempDir: s.temp });
        if ((await reg.versions(parseModelName(NAME), { limit: 20 })).length < Math.min(20, s.n)) throw new Error('versions missing');
        await reg.close();
      },
    ],
    [
      'git: list every version (returns n entries) *',
      async (s) => {
        const reg = openRegistry({ uri: 'git:origin', workspace: s.ws, tempDir: s.temp });
        if ((await reg.versions(parseModelName(NAME))).length < s.n) throw new Error('versions missing');
        await reg.close();
      },
    ],
    [
      'file: register a new version',
      async (s) => {
        fresh(s);
        const reg = openRegistry({ uri: `file:${s.dir}`, workspace: root });
        await reg.register({
          name: parseModelName(NAME),
          files: { root: s.model, paths: ['.'] },
          metrics: { accuracy: 0.9 },
          alias: parseAlias('candidate'),
        });
      },
    ],
    [
      'file: resolve an alias (card)',
      async (s) => {
        const reg = openRegistry({ uri: `file:${s.dir}`, workspace: root });
        if ((await reg.resolve(parseModelName(NAME), { alias: parseAlias('production') }))?.version !== `0.${s.n}.0`)
          throw new Error('wrong version');
      },
    ],
    ['peer (tags): register a new version', async (s, i) => peerRegister(s.peer.bare, s.peer.commit, i)],
    [
      'peer (tags): resolve the stage',
      async (s) => {
        if (!peerResolve(s.peer.bare)) throw new Error('peer resolve failed');
      },
    ],
  ];
  for (const [what, op] of ops) {
    for (const s of setups) await op(s, -1); // warm-up: loads modules, fills the OS cache
    const samples = setups.map(() => [] as number[]);
    // The file: operations take milliseconds, where a busy machine's noise is as large as the figure: more samples.
    const runs = what.startsWith('file:') ? RUNS * 5 : RUNS;
    for (let i = 0; i < runs; i++) {
      const order = i % 2 ? [...setups.keys()].reverse() : [...setups.keys()];
      for (const k of order) {
        const started = performance.now();
        await op(setups[k]!, i);
        samples[k]!.push(performance.now() - started);
      }
    }
    for (const x of samples) add(what, median(x));
  }
  for (const [what, figures] of results) rows.push({ what, figures });
  console.log(
    `\n| operation | ${SIZES.map((n) => `${n.toLocaleString('en-US')} versions`).join(' | ')} | ratio ${SIZES[1]!.toLocaleString('en-US')}/${SIZES[0]} | target |`,
  );
  console.log(`|---|${SIZES.map(() => '---:').join('|')}|---:|---|`);
  let failed = 0;
  for (const r of rows) {
    const ratio = r.figures[1]! / r.figures[0]!;
    const ours = !r.what.startsWith('peer') && !r.what.endsWith('*');
    const ok = ratio <= 2;
    if (ours && !ok) failed++;
    const target = ours ? (ok ? '≤ 2× ✓' : '≤ 2× ✗') : r.what.startsWith('peer') ? '(peer)' : '(none: linear by nature)';
    console.log(`| ${r.what} | ${r.figures.map((f) => `${f.toFixed(1)} ms`).join(' | ')} | ${ratio.toFixed(2)}× | ${target} |`);
  }
  const ours = (what: string, i: number) => results.get(what)![i]!;
  console.log(
    `\nwith ${SIZES[1]} versions, ours vs the tag-based peer: register ${(ours('git: register a new version', 1) / ours('peer (tags): register a new version', 1)).toFixed(2)}×, resolve ${(ours('git: resolve an alias (card)', 1) / ours('peer (tags): resolve the stage', 1)).toFixed(2)}× its time (the peer reads no card, metrics or files)`,
  );
  console.log('* a full listing reads every history segment (in one round trip); it is not a registration or a resolution.');
  if (failed) {
    console.error(`\n${failed} operation(s) above the 2× target`);
    process.exitCode = 1;
  }
} finally {
  if (!process.env['KEEP']) rmSync(root, { recursive: true, force: true });
  else console.log(root);
}
