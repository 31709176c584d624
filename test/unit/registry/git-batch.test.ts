/**
 * The one long-lived `git cat-file --batch` the git: registry reads through: answers in the order asked,
 * contents of any size (empty, larger than a pipe's chunk), missing names, a sink that streams, and a
 * process that ends on close.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CatFileBatch } from '../../../packages/registry/src/git-batch.ts';
import { git, tempDir, writeFiles } from './helpers.ts';

let repo: string;
let env: Record<string, string>;
const big = Buffer.alloc(3 * 1024 * 1024 + 17);
for (let i = 0; i < big.length; i++) big[i] = (i * 7919) % 251;

beforeAll(async () => {
  repo = await tempDir('mlops-batch-');
  git(['init', '-q', repo]);
  await writeFiles(repo, { 'a.txt': 'alpha\n', empty: '', 'dir/big.bin': big, 'dir/line\nbreak': 'x' });
  git(['add', '-A'], repo);
  git(['commit', '-q', '-m', 'files'], repo);
  env = { ...(process.env as Record<string, string>), GIT_DIR: join(repo, '.git'), LC_ALL: 'C' };
});

describe('CatFileBatch', () => {
  const batches: CatFileBatch[] = [];
  afterAll(async () => {
    await Promise.all(batches.map((b) => b.close()));
  });
  const open = () => {
    const b = new CatFileBatch(env);
    batches.push(b);
    return b;
  };

  it('answers many questions, asked at once, in order, with the exact bytes', async () => {
    const b = open();
    const [a, empty, large, missing, tree, again] = await Promise.all([
      b.read('HEAD:a.txt'),
      b.read('HEAD:empty'),
      b.read('HEAD:dir/big.bin'),
      b.read('HEAD:no/such/file'),
      b.read('HEAD:dir'),
      b.read('HEAD:a.txt'),
    ]);
    expect(a).toMatchObject({ kind: 'found', type: 'blob', size: 6 });
    expect(a.kind === 'found' && a.data?.toString()).toBe('alpha\n');
    expect(a.kind === 'found' && a.oid).toBe(git(['rev-parse', 'HEAD:a.txt'], repo).trim());
    expect(empty.kind === 'found' && empty.data?.length).toBe(0);
    expect(large.kind === 'found' && large.data?.equals(big)).toBe(true);
    expect(missing).toEqual({ kind: 'missing' });
    expect(tree).toMatchObject({ kind: 'found', type: 'tree' });
    expect(again.kind === 'found' && again.data?.toString()).toBe('alpha\n');
  });

  it('streams to a sink without collecting, then goes on with the next question', async () => {
    const b = open();
    const h = createHash('sha256');
    let chunks = 0;
    const streamed = b.read('HEAD:dir/big.bin', (c) => {
      chunks++;
      h.update(c);
    });
    const next = b.read('HEAD:a.txt');
    const s = await streamed;
    expect(s).toMatchObject({ kind: 'found', size: big.length, data: undefined });
    expect(chunks).toBeGreaterThan(1);
    expect(h.digest('hex')).toBe(createHash('sha256').update(big).digest('hex'));
    const n = await next;
    expect(n.kind === 'found' && n.data?.toString()).toBe('alpha\n');
  });

  it('refuses a name with a line break (it would be two questions), and ends on close', async () => {
    const b = open();
    await expect(b.read('HEAD:dir/line\nbreak')).rejects.toThrow(/line break/);
    expect(b.usable).toBe(true);
    await b.close();
    expect(b.usable).toBe(false);
    await expect(b.read('HEAD:a.txt')).rejects.toThrow(/cat-file --batch ended/);
  });
});
