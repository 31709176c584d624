/**
 * Issue 20: profiles written against a reference merge into exactly the profile of the union, and the
 * drift report on merged shard profiles is the report one job writes on all the data (profile mode),
 * whatever the number of shards and the order of the merge.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BinnedHistogram, QuantileSketch, ks2samp, normalizedWasserstein } from '@mlops-actions/statistics';
import { describe, expect, it } from 'vitest';
import { compareProfileColumns, PiecewiseCdf, cdfDistance } from '../../../packages/drift/src/compare-profile.ts';
import { DEFAULT_SETTINGS } from '../../../packages/drift/src/compare.ts';
import { driftReport, writeProfile } from '../../../packages/drift/src/engine.ts';
import { ExactSum, exactMoments } from '../../../packages/drift/src/exact-sum.ts';
import {
  GridCounter,
  mergeProfiles,
  profileDataset,
  profileEdges,
  profileGrid,
  type CategoricalProfile,
  type DatasetProfile,
  type NumericalProfile,
} from '../../../packages/drift/src/profile.ts';
import { readColumns, type DataFile } from '../../../packages/drift/src/read.ts';
import { tempDirSync } from '../../harness/temp.ts';

let seed = 20;
const rnd = () => {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed / 4294967296;
};
const normal = () => Math.sqrt(-2 * Math.log(rnd() || 1e-12)) * Math.cos(2 * Math.PI * rnd());

const workspace = tempDirSync('drift-sharding-');
const HEADER = 'temp,speed,flag,plant';

/** Rows with a large offset (rounding shows), a heavy tail, a 0/1 flag and categories. */
function rows(n: number, shift: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const temp = rnd() < 0.02 ? '' : (300.1 + shift + normal() * 2).toFixed(4);
    const speed = Math.round(1500 * Math.exp(normal() * 0.1 + shift / 50));
    out.push(`${temp},${speed},${rnd() < 0.1 + shift / 40 ? 1 : 0},${['L', 'M', 'H', 'X'][Math.floor(rnd() * rnd() * 4)]}`);
  }
  return out;
}

function write(rel: string, lines: string[]): void {
  mkdirSync(join(workspace, rel, '..'), { recursive: true });
  writeFileSync(join(workspace, rel), `${HEADER}\n${lines.join('\n')}\n`);
}

write('reference/train.csv', rows(12_000, 0));
// The current data in 8 files of different sizes (a model server's log parts).
const parts = [900, 4_000, 1_300, 2_500, 700, 3_100, 1_800, 2_200].map((n, i) => {
  const rel = `current/part-${i}.csv`;
  write(rel, rows(n, 1));
  return rel;
});

/** Splits the 8 files over `shards` shards (round robin on a shuffled order, as any balancer could). */
function split(shards: number): string[][] {
  const order = [...parts].sort(() => rnd() - 0.5);
  const out: string[][] = Array.from({ length: shards }, () => []);
  order.forEach((f, i) => out[i % shards]!.push(f));
  return out;
}

const selection = { columns: [], exclude: [], categorical: [], numerical: [] };
const common = {
  workspace,
  format: 'auto' as const,
  selection,
  tests: {},
  thresholds: {},
  driftShare: 0.5,
  criticalColumns: [],
  correction: 'none' as const,
  schemaChanges: 'drift' as const,
};

/** report.json without what differs between runs by design: when it was written, how long it took, which files were read. */
function comparable(path: string): unknown {
  const r = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown> & { current: { source: unknown } };
  const { generated_at: _g, timing: _t, ...rest } = r;
  return { ...rest, current: { ...r.current, source: null } };
}

describe('ExactSum', () => {
  it('rounds the exact sum once, as math.fsum', () => {
    expect(new ExactSum().add(1e16).add(1).add(-1e16).value()).toBe(1);
    const tenth = new ExactSum();
    for (let i = 0; i < 10; i++) tenth.add(0.1);
    expect(tenth.value()).toBe(1); // math.fsum([0.1] * 10) == 1.0; a running sum gives 0.9999999999999999
    expect(new ExactSum().add(1).add(1e-16).add(1e-16).value()).toBe(1.0000000000000002); // math.fsum
  });

  it('gives the same value, mean and M2 for any split and merge order', () => {
    const xs = Array.from({ length: 5000 }, () => 1e6 + normal() * 1e-3 + (rnd() < 0.01 ? 1e9 : 0));
    const whole = new ExactSum();
    const sq = new ExactSum();
    for (const x of xs) {
      whole.add(x);
      sq.addSquare(x);
    }
    for (const shards of [2, 3, 8, 17]) {
      const s = Array.from({ length: shards }, () => new ExactSum());
      const q = Array.from({ length: shards }, () => new ExactSum());
      xs.forEach((x, i) => {
        s[(i * 7) % shards]!.add(x);
        q[(i * 7) % shards]!.addSquare(x);
      });
      const ms = new ExactSum();
      const mq = new ExactSum();
      for (const i of [...s.keys()].reverse()) {
        ms.addSum(ExactSum.fromJSON(s[i]!.toJSON())!);
        mq.addSum(ExactSum.fromJSON(q[i]!.toJSON())!);
      }
      expect(ms.value()).toBe(whole.value());
      expect(exactMoments(xs.length, ms, mq)).toEqual(exactMoments(xs.length, whole, sq));
    }
    // Against a two-pass computation in BigInt-free doubles: close (the exact one is the better).
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const m2 = xs.reduce((a, b) => a + (b - mean) ** 2, 0);
    const e = exactMoments(xs.length, whole, sq)!;
    expect(Math.abs(e.mean - mean) / mean).toBeLessThan(1e-14);
    expect(Math.abs(e.m2 - m2) / m2).toBeLessThan(1e-9);
  });

  it('says when a sum overflows, and the profile keeps the floating-point moments', async () => {
    expect(new ExactSum().addSquare(1e200).finite).toBe(false);
    expect(exactMoments(2, new ExactSum().add(1e308).add(1e308), new ExactSum())).toBeNull();
    write('huge/h.csv', ['1e200,1,0,L', '-1e200,2,1,M', '3e200,3,0,H']);
    const p = await profileDataset(
      [{ path: join(workspace, 'huge/h.csv'), display: 'h.csv', format: 'csv' }],
      [{ name: 'temp', type: 'numerical' }],
    );
    const c = p.columns[0] as NumericalProfile;
    expect(c.sums).toBeNull();
    expect(c.mean).toBeCloseTo(1e200, -190);
  });
});

describe('sharded profiles against a reference', () => {
  it('merge into exactly the single-job profile: counts, sums, moments, grid and bin counts, for 1, 3 and 8 shards', async () => {
    const ref = await writeProfile({ ...common, data: ['reference/train.csv'], reportDir: join(workspace, 'ref') });
    const whole = await writeProfile({
      ...common,
      data: ['current/*.csv'],
      reference: ['ref/profile.json'],
      reportDir: join(workspace, 'whole'),
    });
    const strip = (p: DatasetProfile) => ({
      ...p,
      created_at: null,
      source: null,
      columns: p.columns.map((c) => (c.type === 'numerical' ? { ...c, sketch: null } : c)),
    });
    for (const shards of [1, 3, 8]) {
      const profiles: { profile: DatasetProfile; file: string }[] = [];
      for (const [i, files] of split(shards).entries()) {
        const w = await writeProfile({
          ...common,
          data: files,
          reference: { profile: ref.profile, label: 'ref' },
          reportDir: join(workspace, `s${shards}-${i}`),
        });
        profiles.push({ profile: JSON.parse(readFileSync(w.path, 'utf8')) as DatasetProfile, file: `s${i}.json` });
      }
      const merged = mergeProfiles(profiles.reverse());
      const one = JSON.parse(readFileSync(whole.path, 'utf8')) as DatasetProfile;
      expect(strip(merged), `${shards} shards`).toEqual(strip(one));
      // Categories in the same (canonical) order, not the order the shards first saw them in.
      const cats = (p: DatasetProfile) => Object.keys((p.columns[3] as CategoricalProfile).categories!);
      expect(cats(merged)).toEqual(cats(one));
    }
    const temp = whole.profile.columns[0] as NumericalProfile;
    expect(temp.grid!.edges).toEqual(profileGrid(ref.profile).get('temp'));
    expect(temp.histogram!.edges).toEqual(profileEdges(ref.profile).get('temp'));
    expect(temp.sums).not.toBeNull();
  });

  it('give the drift report one profile-mode job gives on all the data, identical for 1, 3 and 8 shards', async () => {
    await writeProfile({ ...common, data: ['reference/train.csv'], reportDir: join(workspace, 'r') });
    const single = await driftReport({
      ...common,
      reference: ['r/profile.json'],
      current: ['current/*.csv'],
      reportDir: join(workspace, 'single-report'),
    });
    expect(single.report.settings.mode).toBe('profile');
    const expected = comparable(single.paths.json);
    const tests = Object.fromEntries(single.report.columns.map((c) => [c.name, c.test]));
    expect(tests).toMatchObject({ temp: 'wasserstein', speed: 'wasserstein', plant: 'jensen-shannon' });
    for (const shards of [1, 3, 8]) {
      const files: string[] = [];
      for (const [i, group] of split(shards).entries()) {
        const dir = `shards-${shards}/p${i}`;
        await writeProfile({ ...common, data: group, reference: ['r/profile.json'], reportDir: join(workspace, dir) });
        files.push(`${dir}/profile.json`);
      }
      const merged = await driftReport({
        ...common,
        reference: ['r/profile.json'],
        current: files.reverse(),
        reportDir: join(workspace, `report-${shards}`),
      });
      expect(comparable(merged.paths.json), `${shards} shards`).toEqual(expected);
    }
    // ks on the same profiles: also identical (the grid, not the merged sketch).
    const ks = { ...common, tests: { '*': 'ks' as const } };
    const one = comparable(
      (await driftReport({ ...ks, reference: ['r/profile.json'], current: ['current/*.csv'], reportDir: join(workspace, 'ks-1') })).paths
        .json,
    );
    const eight = comparable(
      (
        await driftReport({
          ...ks,
          reference: ['r/profile.json'],
          current: [...Array(8).keys()].map((i) => `shards-8/p${i}/profile.json`),
          reportDir: join(workspace, 'ks-8'),
        })
      ).paths.json,
    );
    expect(eight).toEqual(one);
  });

  it('reads ks and wasserstein from the exact current counts on the reference grid, within the stated bounds of the exact tests', async () => {
    const refFile: DataFile = { path: join(workspace, 'reference/train.csv'), display: 'train.csv', format: 'csv' };
    const curFiles: DataFile[] = parts.map((p) => ({ path: join(workspace, p), display: p, format: 'csv' }));
    const plan = [{ name: 'temp', type: 'numerical' as const }];
    const ref = await profileDataset([refFile], plan);
    const cur = await profileDataset(curFiles, plan, { edges: profileEdges(ref), grid: profileGrid(ref) });
    const rv = (await readColumns([refFile], plan, { capacity: 20_000 })).columns[0]!.values!;
    const cv = (await readColumns(curFiles, plan, { capacity: 20_000 })).columns[0]!.values!;
    const eps = QuantileSketch.rankErrorBound(200, true);

    const ks = compareProfileColumns(ref.columns[0]!, cur.columns[0]!, { ...DEFAULT_SETTINGS, tests: { temp: 'ks' } });
    const exactD = ks2samp(rv, cv, { sorted: true }).statistic;
    expect(ks.notes.join(' ')).toMatch(/D on the reference grid/);
    // D on a subset of points, with the reference CDF within ε: at most the exact D + ε.
    expect(ks.statistic!).toBeLessThanOrEqual(exactD + eps);
    expect(ks.statistic!).toBeGreaterThan(exactD - 2 * eps);

    const w = compareProfileColumns(ref.columns[0]!, cur.columns[0]!, { ...DEFAULT_SETTINGS, tests: { temp: 'wasserstein' } });
    const exactW = normalizedWasserstein(rv, cv, { floor: 0, relativeFloor: 0.001, sorted: true });
    const bound = Number(/within ±([0-9.e+-]+)/.exec(w.notes.join(' '))![1]);
    expect(Math.abs(w.statistic! - exactW)).toBeLessThanOrEqual(bound);
    // The current median comes from the exact counts too (within one grid step of the true median).
    expect(Math.abs(w.current.median! - cv[Math.floor(cv.length / 2)]!)).toBeLessThan(0.05);
  });

  it('falls back to the sketches when the current profile was made against another reference', async () => {
    const plan = [{ name: 'temp', type: 'numerical' as const }];
    const refFile: DataFile = { path: join(workspace, 'reference/train.csv'), display: 'train.csv', format: 'csv' };
    const other: DataFile = { path: join(workspace, parts[0]!), display: 'p0', format: 'csv' };
    const ref = await profileDataset([refFile], plan);
    const wrong = await profileDataset([other], plan);
    const cur = await profileDataset([{ path: join(workspace, parts[1]!), display: 'p1', format: 'csv' }], plan, {
      edges: profileEdges(wrong),
      grid: profileGrid(wrong),
    });
    const r = compareProfileColumns(ref.columns[0]!, cur.columns[0]!, { ...DEFAULT_SETTINGS, tests: { temp: 'ks' } });
    expect(r.notes.join(' ')).toMatch(/D estimated from the quantile sketches/);
  });
});

describe('PiecewiseCdf', () => {
  it('interpolates between exact points and integrates |F − G| segment by segment', () => {
    // 4 values 0, 1, 2, 3 counted on edges 1 and 2: F(1) = 0.5, F(2) = 0.75.
    const f = PiecewiseCdf.fromCounts([1, 2], [2, 1, 1], 0, 3);
    expect([f.cdf(-1), f.cdf(0), f.cdf(0.5), f.cdf(1), f.cdf(2), f.cdf(3)]).toEqual([0, 0, 0.25, 0.5, 0.75, 1]);
    expect(f.quantile(0.25)).toBe(0.5);
    expect(f.quantile(0.75)).toBe(2);
    // G: all mass at 3 (a jump at its only point). ∫|F − G| = ∫_0^3 F dx = 0.25 + 0.625 + 0.875.
    const g = PiecewiseCdf.fromCounts([], [5], 3, 3);
    expect(cdfDistance(f, g)).toBeCloseTo(1.75, 15);
    // Crossing CDFs: the |linear| integral of each segment.
    const a = new PiecewiseCdf([0, 2], [0, 1]);
    const h = new PiecewiseCdf([0.5, 1.5], [0, 1]); // crosses a at x = 1
    expect(cdfDistance(a, h)).toBeCloseTo(0.0625 + 0.125 + 0.0625, 15);
    expect(cdfDistance(h, a)).toBe(cdfDistance(a, h));
  });
});

describe('GridCounter', () => {
  it('counts as a BinnedHistogram does, values on the edges, between, beyond and in uneven gaps', () => {
    const edges = [-5, -1, -0.5, 0, 1e-9, 0.1, 0.2, 0.3000000000000001, 7, 7.000000000000001, 1e6];
    const xs = [
      ...edges,
      ...edges.map((e) => e * (1 + 1e-16)),
      -1e9,
      1e9,
      ...Array.from({ length: 20_000 }, () => (rnd() - 0.3) * 20 * (rnd() < 0.1 ? 1e5 : 1)),
    ];
    const g = new GridCounter(edges);
    const h = new BinnedHistogram(edges);
    for (const x of xs) {
      g.add(x);
      h.add(x);
    }
    expect(g.toJSON()).toEqual(h.toJSON());
    const one = new GridCounter([3]);
    for (const x of [2, 3, 4]) one.add(x);
    expect(Array.from(one.counts)).toEqual([2, 1]);
  });
});
