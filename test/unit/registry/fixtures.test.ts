/**
 * The git fixtures are copies of one template (makeFixture) or of a seeded fixture (copyFixture): each
 * copy must be a remote and clone of its own, or tests would see each other's writes.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseModelName } from '@mlops-actions/registry';
import { BRANCH, copyFixture, type Fixture, git, makeFixture, writeFiles } from './helpers.ts';

const made: Fixture[] = [];
afterAll(async () => {
  await Promise.all(made.map((f) => f.cleanup()));
});

async function fixture(make: () => Promise<Fixture>): Promise<Fixture> {
  const f = await make();
  made.push(f);
  return f;
}

async function registerOne(f: Fixture, content: string): Promise<string> {
  await writeFiles(join(f.root, 'model'), { 'w.bin': content });
  const reg = f.open();
  try {
    return (await reg.register({ name: parseModelName('m'), files: { root: join(f.root, 'model'), paths: ['.'] } })).card.version;
  } finally {
    await reg.close();
  }
}

describe('git fixtures', () => {
  it("makeFixture('git'): each clone's origin is its own bare remote, and a write reaches that remote only", async () => {
    const a = await fixture(() => makeFixture('git'));
    const b = await fixture(() => makeFixture('git'));
    for (const f of [a, b]) expect(git(['remote', 'get-url', 'origin'], f.workspace).trim()).toBe(join(f.root, 'remote.git'));
    await registerOne(a, 'a');
    expect(a.head()).not.toBe('');
    expect(b.head()).toBe('');
    expect(b.files()).toEqual([]);
  });

  it('copyFixture: the copy starts with what was registered, and its writes leave the original as it was', async () => {
    const seeded = await fixture(() => makeFixture('git'));
    expect(await registerOne(seeded, 'first')).toBe('0.1.0');
    const before = seeded.head();
    const copy = await fixture(() => copyFixture(seeded));
    expect(git(['remote', 'get-url', 'origin'], copy.workspace).trim()).toBe(join(copy.root, 'remote.git'));
    expect(copy.head()).toBe(before);
    expect(await registerOne(copy, 'second')).toBe('0.2.0');
    expect(copy.head()).not.toBe(before);
    expect(seeded.head()).toBe(before);
    expect(seeded.files()).not.toContain('models/m/versions/0.2.0/card.json');
  });

  it('tamper: one commit on top of the branch tip that changes that file alone, to the bytes given', async () => {
    const f = await fixture(() => makeFixture('git'));
    await registerOne(f, 'weights');
    const tip = f.head();
    const before = f.files();
    const bytes = Buffer.from([0, 255, 10, 13, 34, 92]);
    const path = 'models/m/versions/0.1.0/files/w.bin';
    await f.tamper(path, bytes);
    const bare = join(f.root, 'remote.git');
    expect(git(['rev-parse', `${f.head()}^`], bare).trim()).toBe(tip);
    expect(git(['diff', '--name-only', tip, f.head()], bare).trim()).toBe(path);
    expect(execFileSync('git', ['cat-file', 'blob', `${BRANCH}:${path}`], { cwd: bare })).toEqual(bytes);
    // A new file, with a space and a quote in its name, next to the others.
    await f.tamper('odd "name" x.txt', 'text\n');
    expect(f.read('odd "name" x.txt')).toBe('text\n');
    expect(f.files()).toHaveLength(before.length + 1);
    expect(f.files()).toEqual(expect.arrayContaining(before));
  });
});
