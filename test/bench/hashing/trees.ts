/** Builds the benchmark's test trees under a directory (kept between runs when asked). */
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export interface Tree {
  /** Path relative to the bench root (what hashPaths and the peers are given). */
  rel: string;
  files: number;
  bytes: number;
}

const MiB = 1024 * 1024;

/** One file of `size` bytes: a random 64 MiB block written again and again (SHA speed does not depend on the bytes). */
function bigFile(path: string, size: number): void {
  const block = randomBytes(64 * MiB);
  const fd = openSync(path, 'w');
  try {
    for (let written = 0; written < size; ) {
      const n = Math.min(block.length, size - written);
      writeSync(fd, block, 0, n);
      written += n;
    }
  } finally {
    closeSync(fd);
  }
}

/** `count` files of `size` bytes in folders of `perDir`, each with its own content. */
function manyFiles(dir: string, count: number, size: number, perDir: number): void {
  const pool = randomBytes(4 * MiB + size);
  for (let i = 0; i < count; i++) {
    const sub = join(dir, `d${String(Math.floor(i / perDir)).padStart(4, '0')}`);
    if (i % perDir === 0) mkdirSync(sub, { recursive: true });
    const offset = (i * 7919) % (pool.length - size);
    writeFileSync(join(sub, `f${String(i).padStart(6, '0')}.bin`), pool.subarray(offset, offset + size));
  }
}

/** A tree is complete when its marker (beside it, not in it) exists. */
const marker = (dir: string) => `${dir}.complete`;

/** The three trees of the issue: one 1 GiB file, 20,000 × 50 KiB, 200,000 × 1 KiB. */
export function buildTrees(
  root: string,
  log: (s: string) => void,
  wanted: (tree: 'big' | 'medium' | 'small') => boolean = () => true,
): { big: Tree; medium: Tree; small: Tree; builtAt: number } {
  const big: Tree = { rel: 'big/one-gib.bin', files: 1, bytes: 1024 * MiB };
  const medium: Tree = { rel: 'files-20k-50k', files: 20_000, bytes: 20_000 * 50 * 1024 };
  const small: Tree = { rel: 'files-200k-1k', files: 200_000, bytes: 200_000 * 1024 };
  let builtAt = 0;
  const ensure = (dir: string, build: () => void) => {
    if (existsSync(marker(dir))) {
      builtAt = Math.max(builtAt, statSync(marker(dir)).mtimeMs);
      return;
    }
    mkdirSync(dir, { recursive: true });
    const t = performance.now();
    build();
    writeFileSync(marker(dir), '');
    builtAt = Math.max(builtAt, Date.now());
    log(`  built ${dir} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  };
  // Only the trees the chosen sections use (HASHING_BENCH_ONLY=medium,statcache needs no 1 GiB file).
  if (wanted('big')) ensure(join(root, 'big'), () => bigFile(join(root, big.rel), big.bytes));
  if (wanted('medium')) ensure(join(root, medium.rel), () => manyFiles(join(root, medium.rel), medium.files, 50 * 1024, 1000));
  if (wanted('small')) ensure(join(root, small.rel), () => manyFiles(join(root, small.rel), small.files, 1024, 1000));
  return { big, medium, small, builtAt };
}
