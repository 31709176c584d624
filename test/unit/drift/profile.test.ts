import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { QuantileSketch } from '@mlops-actions/statistics';
import { describe, expect, it } from 'vitest';
import { compareProfileColumns } from '../../../packages/drift/src/compare-profile.ts';
import { compareExact, DEFAULT_SETTINGS } from '../../../packages/drift/src/compare.ts';
import {
  mergeProfiles,
  profileDataset,
  profileEdges,
  checkProfile,
  type NumericalProfile,
  type CategoricalProfile,
  type DatasetProfile,
} from '../../../packages/drift/src/profile.ts';
import { readColumns, type DataFile } from '../../../packages/drift/src/read.ts';
import { tempDirSync } from '../../harness/temp.ts';

const dir = tempDirSync('drift-profile-');
let seed = 7;
const rnd = () => {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed / 4294967296;
};
const normal = () => Math.sqrt(-2 * Math.log(rnd() || 1e-12)) * Math.cos(2 * Math.PI * rnd());

function shard(name: string, rows: number, shift: number): DataFile {
  const lines = ['x,flag,city'];
  for (let i = 0; i < rows; i++) {
    const x = rnd() < 0.01 ? '' : (normal() * 3 + 50 + shift).toFixed(3);
    lines.push(`${x},${rnd() < 0.2 + shift / 20 ? 1 : 0},${['oslo', 'rome', 'lima', 'kyiv'][Math.floor(rnd() * rnd() * 4)]}`);
  }
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return { path, display: name, format: 'csv' };
}

const plan = [
  { name: 'x', type: 'numerical' as const },
  { name: 'flag', type: 'numerical' as const },
  { name: 'city', type: 'categorical' as const },
];

describe('profiles', () => {
  const shards = [shard('s1.csv', 20_000, 0), shard('s2.csv', 15_000, 0), shard('s3.csv', 25_000, 0)];

  it('merged shard profiles equal the profile of all the data (counts, moments, categories exact; sketch within its bound)', async () => {
    const whole = await profileDataset(shards, plan);
    const parts = await Promise.all(shards.map((s) => profileDataset([s], plan)));
    const merged = mergeProfiles(parts.map((p, i) => ({ profile: JSON.parse(JSON.stringify(p)) as DatasetProfile, file: `p${i}.json` })));
    expect(merged.rows).toBe(60_000);
    const [wx, mx] = [whole.columns[0] as NumericalProfile, merged.columns[0] as NumericalProfile];
    expect([mx.rows, mx.missing, mx.count, mx.min, mx.max]).toEqual([wx.rows, wx.missing, wx.count, wx.min, wx.max]);
    expect(mx.mean).toBeCloseTo(wx.mean, 10);
    expect(Math.abs(mx.m2 - wx.m2) / wx.m2).toBeLessThan(1e-10);
    expect((merged.columns[1] as NumericalProfile).values).toEqual((whole.columns[1] as NumericalProfile).values);
    expect((merged.columns[2] as CategoricalProfile).categories).toEqual((whole.columns[2] as CategoricalProfile).categories);
    // The merged sketch's quantiles are within the rank error of the exact ones.
    const exact = await readColumns(shards, [plan[0]!], { capacity: 60_000 });
    const sorted = exact.columns[0]!.values!;
    const sk = QuantileSketch.deserialize(mx.sketch);
    for (const q of [0.01, 0.1, 0.5, 0.9, 0.99]) {
      const v = sk.quantile(q);
      let rank = 0;
      while (rank < sorted.length && sorted[rank]! <= v) rank++;
      expect(Math.abs(rank / sorted.length - q)).toBeLessThan(QuantileSketch.rankErrorBound(mx.sketch.k, true));
    }
  });

  it('compares profiles close to the exact comparison, and exactly for categories and few-valued columns', async () => {
    const ref = await profileDataset(shards, plan);
    const curFile = shard('cur.csv', 30_000, 1.5);
    const cur = await profileDataset([curFile], plan, { edges: profileEdges(ref) });
    const exactRef = await readColumns(shards, plan, { capacity: 60_000 });
    const exactCur = await readColumns([curFile], plan, { capacity: 30_000 });
    for (const test of ['ks', 'wasserstein', 'psi', 'jensen-shannon'] as const) {
      const s = { ...DEFAULT_SETTINGS, tests: { x: test } };
      const viaProfile = compareProfileColumns(ref.columns[0]!, cur.columns[0]!, s);
      const exact = compareExact(exactRef.columns[0]!, exactCur.columns[0]!, s);
      expect(viaProfile.exact).toBe(false);
      expect(viaProfile.drift).toBe(exact.drift);
      expect(Math.abs(viaProfile.statistic! - exact.statistic!)).toBeLessThan(test === 'ks' ? 0.03 : 0.05 * exact.statistic! + 0.01);
    }
    for (const i of [1, 2]) {
      const viaProfile = compareProfileColumns(ref.columns[i]!, cur.columns[i]!, DEFAULT_SETTINGS);
      const exact = compareExact(exactRef.columns[i]!, exactCur.columns[i]!, DEFAULT_SETTINGS);
      expect(viaProfile.test).toBe(exact.test);
      expect(viaProfile.statistic).toBe(exact.statistic);
      expect(viaProfile.exact).toBe(true);
    }
  });

  it('refuses to merge profiles that disagree on a column type, naming the file', async () => {
    const a = await profileDataset([shards[0]!], plan);
    const b = await profileDataset([shards[1]!], [plan[0]!, { name: 'flag', type: 'categorical' }, plan[2]!]);
    expect(() =>
      mergeProfiles([
        { profile: a, file: 'a.json' },
        { profile: b, file: 'b.json' },
      ]),
    ).toThrow(/b\.json: column 'flag' is categorical in this profile but numerical in a\.json/);
  });

  it('checks the format and version of a profile file', () => {
    expect(() => checkProfile({ hello: 1 }, 'x.json')).toThrow(/x\.json: not a drift profile/);
    expect(() => checkProfile({ format: 'mlops-actions/drift-profile', version: 99, columns: [], rows: 0 }, 'y.json')).toThrow(
      /y\.json: profile version 99 is not supported/,
    );
  });
});
