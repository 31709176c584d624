/**
 * Profile mode, KS on the reference grid: a current profile made against a reference profile
 * (profileDataset with the reference's edges and grid) holds exact counts on the reference's grid,
 * and KS is computed there with the reference sketch's rank error subtracted (conservative). On data
 * of one distribution it calls at most about twice the nominal 5% drifted; a shift whose D is well
 * above the error bound is found. Seeded (pure-rand xoroshiro128+), so deterministic.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { QuantileSketch } from '@mlops-actions/statistics';
import { DEFAULT_SETTINGS } from '../../../packages/drift/src/compare.ts';
import { compareProfileColumns } from '../../../packages/drift/src/compare-profile.ts';
import { profileDataset, profileEdges, profileGrid, type DatasetProfile } from '../../../packages/drift/src/profile.ts';
import type { DataFile } from '../../../packages/drift/src/read.ts';
import { tempDirSync } from '../../harness/temp.ts';

const dir = tempDirSync('drift-grid-ks-');
const rng = xoroshiro128plus(20261206);
const u = () => uniformFloat64(rng);
const N = 30000;
const plan = [{ name: 'x', type: 'numerical' as const }];
const ks = { ...DEFAULT_SETTINGS, tests: { '*': 'ks' as const } };
let files = 0;

function normals(n: number, shift: number): DataFile {
  const lines = ['x'];
  for (let i = 0; i < n; i++) lines.push(String(shift + Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u())));
  const name = `d${files++}.csv`;
  writeFileSync(join(dir, name), `${lines.join('\n')}\n`);
  return { path: join(dir, name), display: name, format: 'csv' };
}

/** A reference profile, and a current profile made on the reference's edges and grid. */
async function pair(shift: number): Promise<[DatasetProfile, DatasetProfile]> {
  const ref = await profileDataset([normals(N, 0)], plan);
  const cur = await profileDataset([normals(N, shift)], plan, {
    edges: profileEdges(ref),
    grid: profileGrid(ref),
    sketchK: ref.sketch_k,
    bins: ref.bins,
  });
  return [ref, cur];
}

async function run(reps: number, shift: number): Promise<{ rate: number; notes: string[] }> {
  let drifted = 0;
  const notes: string[] = [];
  for (let i = 0; i < reps; i++) {
    const [ref, cur] = await pair(shift);
    const r = compareProfileColumns(ref.columns[0]!, cur.columns[0]!, ks);
    expect(r.test).toBe('ks');
    notes.push(...r.notes);
    if (r.drift) drifted++;
  }
  return { rate: drifted / reps, notes };
}

describe('profile mode: KS on the reference grid (current profiled against the reference)', () => {
  it('the error bound subtracted is the sketch’s all-queries rank error (about 0.0165 at k = 200)', () => {
    expect(QuantileSketch.rankErrorBound(200, true)).toBeCloseTo(0.0165, 3);
  });

  it('calibration: same distribution, 30,000 values a side → at most 10% called drifted', async () => {
    const { rate, notes } = await run(8, 0);
    expect(notes.some((n) => n.includes('on the reference grid'))).toBe(true);
    expect(rate).toBeLessThanOrEqual(0.1);
  });

  it('power: a shift of 0.15 standard deviations (D ≈ 0.06, well above the bound) is found every time', async () => {
    const { rate, notes } = await run(6, 0.15);
    expect(notes.some((n) => n.includes('on the reference grid') && n.includes('conservative'))).toBe(true);
    expect(rate).toBe(1);
  });
});
