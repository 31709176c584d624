/**
 * The held-out split: stratified and seeded, and stable when data is added.
 *
 * Each row gets a key from sha256("<seed>:<UDI>"). Within each file and each class, the rows with the
 * smallest keys are held out, round(n × test size) of them (half rounds up). So:
 * - every batch file holds out exactly its share of failures and of non-failures (stratified);
 * - the same seed and test size always pick the same rows (seeded, on any machine);
 * - adding a new batch file never moves a row of an older file across the split, so a champion trained
 *   on earlier batches has never seen the candidate's held-out rows, and scoring both on them is fair.
 * The Python trainer (python/train.py) implements the same rule, so both hold out the same rows.
 */
import { createHash } from 'node:crypto';

export interface SplitOptions {
  /** Share of rows held out, in (0, 1). */
  testSize: number;
  seed: number;
}

/** The row's key: the first 32 bits of sha256("<seed>:<udi>"). */
export function splitKey(seed: number, udi: number): number {
  return createHash('sha256').update(`${seed}:${udi}`).digest().readUInt32BE(0);
}

/** For each row, whether it is held out. */
export function stratifiedSplit(rows: readonly { file: number; udi: number; y: number }[], o: SplitOptions): boolean[] {
  if (!(o.testSize > 0 && o.testSize < 1)) throw new RangeError(`testSize must be in (0, 1), got ${o.testSize}`);
  const groups = new Map<string, { index: number; key: number; udi: number }[]>();
  rows.forEach((r, index) => {
    const g = `${r.file}:${r.y}`;
    let list = groups.get(g);
    if (!list) groups.set(g, (list = []));
    list.push({ index, key: splitKey(o.seed, r.udi), udi: r.udi });
  });
  const test = new Array<boolean>(rows.length).fill(false);
  for (const list of groups.values()) {
    list.sort((a, b) => a.key - b.key || a.udi - b.udi);
    const k = Math.floor(list.length * o.testSize + 0.5);
    for (let i = 0; i < k; i++) test[list[i]!.index] = true;
  }
  return test;
}
