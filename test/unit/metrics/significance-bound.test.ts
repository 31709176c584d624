import { describe, expect, it } from 'vitest';
import { computeSignificance, createRng, parsePredictionsCsv, type SignificanceReport } from '@mlops-actions/metrics';
import { check, compare } from './helpers.ts';

/**
 * `significant: true` with a non-zero bound under the small-n permutation test (issue 15, item 5): the
 * change must be shown past the bound, not merely different from 0.
 */
const csv = (y: readonly (number | string)[], b: readonly (number | string)[], c: readonly (number | string)[]) =>
  parsePredictionsCsv(`y_true,baseline,candidate\n${y.map((v, i) => `${v},${b[i]},${c[i]}`).join('\n')}\n`, 'p.csv', 'p.csv');

/** The gate on MAE with the values the predictions give, and one rule. */
function gateMae(s: SignificanceReport, rule: string) {
  const mae = s.metrics.find((m) => m.metric === 'mae')!;
  return compare({ mae: mae.candidate }, { mae: mae.baseline }, `mae: ${rule}\n`, { significance: s });
}

describe('MAE (a mean of per-example values): the shifted sign-flip test against the bound', () => {
  const n = 12;
  const y = Array.from({ length: n }, (_, i) => i);
  const baseline = y.map((v) => v + 1);

  it('passes min_improvement when every example improves by more than the bound', () => {
    // The candidate's error is 0.04–0.06 smaller on each of 12 examples: past 0.02 in every arrangement but one per side.
    const candidate = y.map((v, i) => v + 1 - (0.04 + (i % 3) * 0.01));
    const s = computeSignificance(csv(y, baseline, candidate), { task: 'regression' });
    expect(s.metrics[0]).toMatchObject({ metric: 'mae', method: 'permutation', verdict: 'improvement' });
    const c = check(gateMae(s, '{ min_improvement: 0.02, significant: true }'), 'mae', 'min_improvement');
    expect(c).toMatchObject({ result: 'pass', significance: { againstBound: 'beyond', decisive: false } });
    // 1 of the 2^12 sign patterns is as extreme on each side.
    expect(c.message).toContain(`permutation test of Δ against the bound: p = ${Number((2 / 4096).toPrecision(6))}`);
  });

  it('fails min_improvement when the improvement is significant against 0 but not against the bound', () => {
    // Every example improves (significant against 0: p = 2/4096), by 0.005 to 0.045: mean 0.025 ≥ 0.02 on the
    // point estimate, but about half the examples improve by less than 0.02.
    const gains = [0.005, 0.045, 0.01, 0.04, 0.015, 0.035, 0.02, 0.03, 0.025, 0.025, 0.045, 0.005];
    const s = computeSignificance(
      csv(
        y,
        baseline,
        y.map((v, i) => v + 1 - gains[i]!),
      ),
      { task: 'regression' },
    );
    expect(s.metrics[0]).toMatchObject({ metric: 'mae', method: 'permutation', verdict: 'improvement' });
    const c = check(gateMae(s, '{ min_improvement: 0.02, significant: true }'), 'mae', 'min_improvement');
    expect(c).toMatchObject({ result: 'fail', significance: { verdict: 'improvement', againstBound: 'within', decisive: true } });
    expect(c.message).toMatch(
      /^dropped 0\.025, at least the 0\.02 required, but the improvement is not significantly past the bound \(permutation test of Δ against the bound: p = 0\.\d+\)$/,
    );
  });

  it('forgives a regression past max_increase that is not significantly past it, and blocks one that is', () => {
    // Worse on every example (a significant regression against 0), by 0.001 or 0.059: mean 0.03 > 0.02 allowed.
    const spread = y.map((_, i) => (i % 2 ? 0.059 : 0.001));
    const loose = computeSignificance(
      csv(
        y,
        baseline,
        y.map((v, i) => v + 1 + spread[i]!),
      ),
      { task: 'regression' },
    );
    expect(loose.metrics[0]).toMatchObject({ method: 'permutation', verdict: 'regression' });
    expect(check(gateMae(loose, '{ max_increase: 0.02, significant: true }'), 'mae', 'max_increase')).toMatchObject({
      result: 'pass',
      significance: { againstBound: 'within', decisive: true },
    });
    // Worse by 0.04–0.06 on every example: significantly more than 0.02.
    const tight = computeSignificance(
      csv(
        y,
        baseline,
        y.map((v, i) => v + 1 + 0.04 + (i % 3) * 0.01),
      ),
      { task: 'regression' },
    );
    const c = check(gateMae(tight, '{ max_increase: 0.02, significant: true }'), 'mae', 'max_increase');
    expect(c).toMatchObject({ result: 'fail', significance: { againstBound: 'beyond', decisive: false } });
    expect(c.message).toContain(', significantly (permutation test of Δ against the bound: p = ');
  });

  it('counts the examples both models get equally right: 10 of 1,000 improved by 1 is past 0.001 but not 0.005', () => {
    // Seeded random signs (n > 16); the 990 examples with equal errors are a block whose flips are counted by popcount.
    const N = 1000;
    const yy = Array.from({ length: N }, (_, i) => i);
    const bb = yy.map((v, i) => v + (i < 10 ? 1.5 : 0.5));
    const cc = yy.map((v) => v + 0.5);
    const s = computeSignificance(csv(yy, bb, cc), { task: 'regression' });
    expect(s.metrics[0]).toMatchObject({ method: 'permutation', verdict: 'improvement' });
    expect(s.metrics[0]!.delta).toBeCloseTo(-0.01, 12);
    // Shifted by 0.001 the 10 gains dominate (the block moves the sum by at most 0.99 < the 2 · 0.999 a flip costs).
    expect(check(gateMae(s, '{ min_improvement: 0.001, significant: true }'), 'mae', 'min_improvement')).toMatchObject({
      result: 'pass',
      significance: { againstBound: 'beyond' },
    });
    // Shifted by 0.005: Σ(g − 0.005) = 5.0 against a null spread of about 3.15 (a t of 1.6): not past the bound.
    const c = check(gateMae(s, '{ min_improvement: 0.005, significant: true }'), 'mae', 'min_improvement');
    expect(c).toMatchObject({ result: 'fail', significance: { againstBound: 'within', decisive: true } });
    const p = Number(/p = ([\d.e-]+)/.exec(c.message)![1]);
    expect(p).toBeGreaterThan(0.05);
    expect(p).toBeLessThan(0.25);
  });

  it('holds its level: gains centred on the bound are called past it in at most about 5% of runs', () => {
    const rng = createRng(7);
    const normal = () => {
      const u = (rng.next() + 1) / 4294967297;
      const v = rng.next() / 4294967296;
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    };
    const runs = 200;
    let past = 0;
    for (let r = 0; r < runs; r++) {
      // The candidate's error is smaller by 0.02 + N(0, 0.01²): a true improvement of exactly the bound.
      const cand = y.map((v) => v + 1 - (0.02 + 0.01 * normal()));
      const s = computeSignificance(csv(y, baseline, cand), { task: 'regression', resamples: 200 });
      if (check(gateMae(s, '{ min_improvement: 0.02, significant: true }'), 'mae', 'min_improvement').result === 'pass') past++;
    }
    // One-sided at 2.5% (the two-sided test at 5%): nominal 2.5%, allowed up to 5%.
    expect(past / runs).toBeLessThanOrEqual(0.05);
  });
});

describe('precision, recall, F1, RMSE (not means of per-example values): no test against a non-zero bound', () => {
  // 20 examples; the candidate fixes 8 positives the baseline misses: significant against 0 (p = 2/256).
  const y = Array.from({ length: 20 }, (_, i) => (i < 10 ? 1 : 0));
  const b = y.map((v, i) => (i < 8 ? 0 : v));
  const s = computeSignificance(csv(y, b, y));
  const f1 = s.metrics.find((m) => m.metric === 'f1')!;

  it('fails min_improvement, saying the sample is too small and what to do', () => {
    expect(f1).toMatchObject({ method: 'permutation', verdict: 'improvement' });
    const r = compare({ f1: f1.candidate }, { f1: f1.baseline }, 'f1: { min_improvement: 0.02, significant: true }\n', { significance: s });
    const c = check(r, 'f1', 'min_improvement');
    expect(c).toMatchObject({ result: 'fail', significance: { verdict: 'improvement', againstBound: 'undetermined', decisive: true } });
    expect(c.message).toContain(
      'but the sample is too small to show the improvement is past the bound (fewer than 30 examples on which the models differ: a permutation test of f1 can only say whether Δ differs from 0, not whether it is past the bound)',
    );
    expect(c.message).toContain('Evaluate on more examples (at least 30 on which the models differ), or remove significant from this rule');
    expect(r.passed).toBe(false);
  });

  it('still decides min_improvement: 0 by the permutation test', () => {
    const r = compare({ f1: f1.candidate }, { f1: f1.baseline }, 'f1: { min_improvement: 0, significant: true }\n', { significance: s });
    expect(check(r, 'f1', 'min_improvement')).toMatchObject({ result: 'pass', significance: { againstBound: 'beyond' } });
  });

  it('fails min_improvement on RMSE under the permutation test', () => {
    const n = 12;
    const yy = Array.from({ length: n }, (_, i) => i);
    const r = computeSignificance(
      csv(
        yy,
        yy.map((v) => v + 1),
        yy.map((v, i) => v + 1 - (0.04 + (i % 3) * 0.01)),
      ),
      { task: 'regression' },
    );
    const rmse = r.metrics.find((m) => m.metric === 'rmse')!;
    expect(rmse).toMatchObject({ method: 'permutation', verdict: 'improvement' });
    const c = check(
      compare({ rmse: rmse.candidate }, { rmse: rmse.baseline }, 'rmse: { min_improvement: 0.02, significant: true }\n', {
        significance: r,
      }),
      'rmse',
      'min_improvement',
    );
    expect(c).toMatchObject({ result: 'fail', significance: { againstBound: 'undetermined' } });
    expect(c.message).toContain('a permutation test of rmse can only say whether Δ differs from 0');
  });
});
