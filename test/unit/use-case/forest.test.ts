import { describe, expect, it } from 'vitest';
import {
  checkForest,
  DEFAULT_FOREST_OPTIONS,
  predictProbability,
  stagedProbabilities,
  trainForest,
  validateOptions,
  type ForestJson,
  type ForestOptions,
  type TreeJson,
} from '../../../workflows-examples/use-case/src/forest.ts';
import { streams } from '../../../workflows-examples/use-case/src/random.ts';

/** Rows with three features; the label is 1 exactly when x0 > 0.6 and x2 < 0.3 (x1 is noise). */
function data(n: number, seed = 1) {
  const [r] = streams(seed, 1);
  const X: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    const x = [r!.uniform(), r!.uniform(), r!.uniform()];
    X.push(x);
    y.push(x[0]! > 0.6 && x[2]! < 0.3 ? 1 : 0);
  }
  return { X, y };
}

const opts = { ...DEFAULT_FOREST_OPTIONS, trees: 30 };

describe('trainForest', () => {
  it('learns an interaction of two thresholds and ignores the noise feature', () => {
    const train = data(3000, 1);
    const test = data(1000, 2);
    const model = trainForest(train.X, train.y, opts);
    const errors = test.X.filter((x, i) => (predictProbability(model, x) >= 0.5 ? 1 : 0) !== test.y[i]).length;
    expect(errors / test.X.length).toBeLessThan(0.02);
    expect(model.featureImportance[1]).toBeLessThan(0.05);
    expect(model.featureImportance[0]! + model.featureImportance[2]!).toBeGreaterThan(0.95);
  });

  it('gives probabilities between 0 and 1 that rank the classes', () => {
    const train = data(2000, 3);
    const model = trainForest(train.X, train.y, opts);
    expect(predictProbability(model, [0.9, 0.5, 0.1])).toBeGreaterThan(0.9);
    expect(predictProbability(model, [0.1, 0.5, 0.9])).toBeLessThan(0.1);
  });

  it('stagedProbabilities: the mean of the first k trees, ending at predictProbability', () => {
    const train = data(500, 4);
    const model = trainForest(train.X, train.y, { ...opts, trees: 7 });
    const x = [0.6, 0.5, 0.3];
    const staged = stagedProbabilities(model, x);
    expect(staged).toHaveLength(7);
    expect(staged.at(-1)).toBe(predictProbability(model, x));
    for (let k = 1; k <= 7; k++) expect(staged[k - 1]).toBeCloseTo(predictProbability({ ...model, trees: model.trees.slice(0, k) }, x), 12);
  });

  it('is deterministic for a seed and differs for another', () => {
    const { X, y } = data(1000, 4);
    const a = JSON.stringify(trainForest(X, y, { ...opts, seed: 5 }));
    expect(JSON.stringify(trainForest(X, y, { ...opts, seed: 5 }))).toBe(a);
    expect(JSON.stringify(trainForest(X, y, { ...opts, seed: 6 }))).not.toBe(a);
  });

  it('splits exactly between distinct values when a feature has few of them', () => {
    // One feature with values 0..9, label 1 from 7 up: the split must sit at 6.5.
    const X = Array.from({ length: 200 }, (_, i) => [i % 10]);
    const y = X.map(([v]) => (v! >= 7 ? 1 : 0));
    const model = trainForest(X, y, { ...opts, trees: 1, maxFeatures: 'all' });
    expect(model.trees[0]!.threshold[0]).toBe(6.5);
    expect(predictProbability(model, [6])).toBe(0);
    expect(predictProbability(model, [7])).toBe(1);
  });

  it('respects max depth and minimum leaf size', () => {
    const { X, y } = data(2000, 7);
    const stump = trainForest(X, y, { ...opts, trees: 3, maxDepth: 1 });
    for (const t of stump.trees) expect(t.feature.length).toBeLessThanOrEqual(3);
    const coarse = trainForest(X, y, { ...opts, trees: 3, minSamplesLeaf: 500 });
    for (const t of coarse.trees) expect(t.feature.length).toBeLessThan(15);
  });

  it('with balanced class weights, raises the probability of the rare class', () => {
    const { X, y } = data(3000, 8);
    const plain = trainForest(X, y, { ...opts, maxDepth: 2 });
    const balanced = trainForest(X, y, { ...opts, maxDepth: 2, classWeight: 'balanced' });
    const border = [0.62, 0.5, 0.28];
    expect(predictProbability(balanced, border)).toBeGreaterThan(predictProbability(plain, border));
  });

  it.each([
    [{ trees: 0 }, /trees/],
    [{ maxDepth: 1.5 }, /maxDepth/],
    [{ maxFeatures: 1.5 }, /maxFeatures/],
    [{ maxBins: 5000 }, /maxBins/],
    [{ classWeight: 'auto' }, /classWeight/],
  ])('refuses bad options %j', (change, message) => {
    expect(() => validateOptions({ ...opts, ...(change as object) })).toThrow(message);
  });
});

/**
 * The forest as a plain trainer builds it: one row array per node, sums recomputed per node. Only for
 * features with at most maxBins distinct values (split exactly at midpoints), which skips the quantile
 * binning. trainForest keeps its rows in one buffer partitioned in place; it must add the same doubles
 * in the same order, so the two models are identical to the last bit.
 */
function plainForest(X: number[][], y: number[], o: ForestOptions): TreeJson[] {
  const n = X.length;
  const nFeatures = X[0]!.length;
  const edges = Array.from({ length: nFeatures }, (_, f) => {
    const distinct = [...new Set(X.map((x) => x[f]!))].sort((a, b) => a - b);
    return distinct.slice(1).map((v, k) => (distinct[k]! + v) / 2);
  });
  const bin = (f: number, v: number) => edges[f]!.filter((e) => e <= v).length;
  const positives = y.reduce((s, v) => s + v, 0);
  const classWeight = o.classWeight === 'balanced' ? [n / (2 * (n - positives)), n / (2 * positives)] : [1, 1];
  const [rng] = streams(o.seed, 1);
  const mf = o.maxFeatures;
  const mtry = mf === 'all' ? nFeatures : Math.max(1, Math.floor(mf === 'sqrt' ? Math.sqrt(nFeatures) : mf * nFeatures));
  const featureOrder = Array.from({ length: nFeatures }, (_, f) => f);
  const trees: TreeJson[] = [];
  for (let t = 0; t < o.trees; t++) {
    const counts = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) counts[Math.floor(rng!.uniform() * n)]!++;
    const w = (i: number) => counts[i]! * classWeight[y[i]!]!;
    const tree: TreeJson = { feature: [], threshold: [], left: [], right: [], value: [] };
    const newNode = () => {
      for (const a of [tree.feature, tree.left, tree.right]) a.push(-1);
      tree.threshold.push(0);
      tree.value.push(0);
      return tree.feature.length - 1;
    };
    const rows = counts.flatMap((c, i) => (c > 0 ? [i] : []));
    const stack = [{ id: newNode(), rows, depth: 0 }];
    while (stack.length > 0) {
      const { id, rows: nodeRows, depth } = stack.pop()!;
      let [w0, w1, count] = [0, 0, 0];
      for (const i of nodeRows) {
        if (y[i]) w1 += w(i);
        else w0 += w(i);
        count += counts[i]!;
      }
      const total = w0 + w1;
      tree.value[id] = total > 0 ? Math.round((w1 / total) * 1e6) / 1e6 : 0;
      if (depth >= o.maxDepth || count < o.minSamplesSplit || w0 === 0 || w1 === 0) continue;
      for (let k = 0; k < mtry; k++) {
        const j = k + Math.floor(rng!.uniform() * (nFeatures - k));
        [featureOrder[k], featureOrder[j]] = [featureOrder[j]!, featureOrder[k]!];
      }
      const parentScore = (w0 * w0 + w1 * w1) / total;
      let [bestGain, bestFeature, bestBin] = [1e-12, -1, -1];
      for (const f of featureOrder.slice(0, mtry)) {
        const nb = edges[f]!.length + 1;
        const hist = new Array<number>(nb * 2).fill(0);
        const binCounts = new Array<number>(nb).fill(0);
        for (const i of nodeRows) {
          hist[bin(f, X[i]![f]!) * 2 + y[i]!]! += w(i);
          binCounts[bin(f, X[i]![f]!)]! += counts[i]!;
        }
        let [l0, l1, lc] = [0, 0, 0];
        for (let b = 0; b < nb - 1; b++) {
          l0 += hist[b * 2]!;
          l1 += hist[b * 2 + 1]!;
          lc += binCounts[b]!;
          if (lc < o.minSamplesLeaf) continue;
          if (count - lc < o.minSamplesLeaf) break;
          const [r0, r1] = [w0 - l0, w1 - l1];
          if (l0 + l1 <= 0 || r0 + r1 <= 0) continue;
          const gain = (l0 * l0 + l1 * l1) / (l0 + l1) + (r0 * r0 + r1 * r1) / (r0 + r1) - parentScore;
          if (gain > bestGain) [bestGain, bestFeature, bestBin] = [gain, f, b];
        }
      }
      if (bestFeature < 0) continue;
      const goesLeft = (i: number) => bin(bestFeature, X[i]![bestFeature]!) <= bestBin;
      tree.feature[id] = bestFeature;
      tree.threshold[id] = edges[bestFeature]![bestBin]!;
      const [l, r] = [newNode(), newNode()];
      tree.left[id] = l;
      tree.right[id] = r;
      stack.push(
        { id: r, rows: nodeRows.filter((i) => !goesLeft(i)), depth: depth + 1 },
        { id: l, rows: nodeRows.filter(goesLeft), depth: depth + 1 },
      );
    }
    trees.push(tree);
  }
  return trees;
}

describe('trainForest: the same trees as a plain trainer', () => {
  // Integer features with few values (exact splits); balanced class weights make the sums
  // non-integer, so adding a node's rows in another order would change the last bits of a gain.
  const [r] = streams(11, 1);
  const X = Array.from({ length: 800 }, () => [
    Math.floor(r!.uniform() * 40),
    Math.floor(r!.uniform() * 25),
    Math.floor(r!.uniform() * 7),
    Math.floor(r!.uniform() * 60),
  ]);
  const y = X.map((x) => (x[0]! + x[1]! * 0.5 + x[2]! > 38 + r!.uniform() * 8 ? 1 : 0));

  it.each<[string, Partial<ForestOptions>]>([
    ['balanced, sqrt', { classWeight: 'balanced', maxFeatures: 'sqrt' }],
    [
      'balanced, all, deep, leaves of 1',
      { classWeight: 'balanced', maxFeatures: 'all', maxDepth: 20, minSamplesLeaf: 1, minSamplesSplit: 2 },
    ],
    ['unweighted, a fraction of the features, large leaves, another seed', { maxFeatures: 0.5, minSamplesLeaf: 10, seed: 3 }],
  ])('%s', (_name, change) => {
    const o: ForestOptions = { ...DEFAULT_FOREST_OPTIONS, trees: 8, ...change };
    const model = trainForest(X, y, o);
    expect(model.trees.reduce((s, t) => s + t.feature.length, 0)).toBeGreaterThan(100);
    expect(model.trees).toEqual(plainForest(X, y, o));
  });
});

describe('predictProbability: split rules', () => {
  const stump = (splitRule: 'lt' | 'le'): ForestJson => ({
    format: 'mlops-use-case/random-forest',
    formatVersion: 1,
    nFeatures: 1,
    splitRule,
    options: {},
    featureImportance: [1],
    trees: [{ feature: [0, -1, -1], threshold: [5, 0, 0], left: [1, -1, -1], right: [2, -1, -1], value: [0, 0.25, 0.75] }],
  });
  it("sends a value equal to the threshold right under 'lt' (this trainer) and left under 'le' (scikit-learn)", () => {
    expect(predictProbability(stump('lt'), [5])).toBe(0.75);
    expect(predictProbability(stump('le'), [5])).toBe(0.25);
    expect(predictProbability(stump('lt'), [4.999])).toBe(0.25);
  });

  it('rounds inputs to float32 first when the model says so, as scikit-learn compares', () => {
    // scikit-learn can put a threshold exactly on a float32 input: float32(45.8) = 45.79999923706055.
    const model = { ...stump('le'), trees: [{ ...stump('le').trees[0]!, threshold: [Math.fround(45.8), 0, 0] }] };
    expect(predictProbability(model, [45.8])).toBe(0.75);
    expect(predictProbability({ ...model, inputPrecision: 'float32' }, [45.8])).toBe(0.25);
  });
});

describe('checkForest', () => {
  const good = (): ForestJson => trainForest(data(300).X, data(300).y, { ...opts, trees: 2 });

  it('accepts a trained forest', () => {
    expect(checkForest(JSON.parse(JSON.stringify(good())))).toEqual([]);
  });

  it.each<[string, (f: ForestJson) => unknown, RegExp]>([
    ['not an object', () => 'forest', /not a JSON object/],
    ['another format', (f) => ({ ...f, format: 'onnx' }), /unknown model format/],
    ['no trees', (f) => ({ ...f, trees: [] }), /no trees/],
    [
      'a cycle (child before parent)',
      (f) => {
        f.trees[0]!.left[0] = 0;
        return f;
      },
      /children/,
    ],
    [
      'a feature out of range',
      (f) => {
        f.trees[0]!.feature[0] = 7;
        return f;
      },
      /out of range/,
    ],
    [
      'a leaf that is not a probability',
      (f) => {
        const t = f.trees[0]!;
        t.value[t.feature.indexOf(-1)] = Number.NaN;
        return f;
      },
      /not a probability/,
    ],
    [
      'arrays of different lengths',
      (f) => {
        f.trees[0]!.value.pop();
        return f;
      },
      /different lengths/,
    ],
    ['an unknown split rule', (f) => ({ ...f, splitRule: 'gt' }), /splitRule/],
  ])('refuses %s', (_name, damage, message) => {
    expect(checkForest(damage(good())).join('; ')).toMatch(message);
  });
});
