import { describe, expect, it } from 'vitest';
import { compareMetrics, metricSetFromRecord, type SignificanceReport } from '@mlops-actions/metrics';
import { check, compare, metrics, rules } from './helpers.ts';

type Case = {
  name: string;
  baseline: number | undefined;
  candidate: number;
  rule: string;
  expected: 'pass' | 'fail' | 'not-applicable' | 'skipped';
  metric?: string;
};

/**
 * The gate semantics table (TFX/TFMA and MLflow, see shared/reference/stat-facts.md). Change bounds are
 * read in the metric's better direction: max_regression x is TFMA's HIGHER_IS_BETTER absolute −x,
 * min_improvement x is MLflow's min_absolute_change x.
 */
const cases: Case[] = [
  // The published TFMA edge case: baseline 1, candidate 0.677, absolute = relative = −0.333, under both directions.
  {
    name: 'TFMA edge case, higher is better',
    baseline: 1,
    candidate: 0.677,
    rule: '{ direction: higher, max_regression: 0.333, max_regression_relative: 0.333 }',
    expected: 'pass',
    metric: 'score',
  },
  {
    name: 'TFMA edge case, lower is better',
    baseline: 1,
    candidate: 0.677,
    rule: '{ direction: lower, max_regression: 0.333, max_regression_relative: 0.333 }',
    expected: 'pass',
    metric: 'score',
  },
  // TFMA's own test data has the diff exactly at the bound (−0.333): inclusive, despite 0.667 − 1 = −0.33299999999999996.
  {
    name: 'diff exactly at the bound (TFMA test data)',
    baseline: 1,
    candidate: 0.667,
    rule: '{ direction: higher, max_regression: 0.333, max_regression_relative: 0.333 }',
    expected: 'pass',
    metric: 'score',
  },
  {
    name: 'just past the bound',
    baseline: 1,
    candidate: 0.666,
    rule: '{ direction: higher, max_regression: 0.333 }',
    expected: 'fail',
    metric: 'score',
  },
  // Float noise must not fail an inclusive bound: 0.89 − 0.9 = −0.010000000000000009.
  { name: 'max_drop met exactly despite float noise', baseline: 0.9, candidate: 0.89, rule: '{ max_drop: 0.01 }', expected: 'pass' },
  { name: 'max_drop exceeded', baseline: 0.9, candidate: 0.8899, rule: '{ max_drop: 0.01 }', expected: 'fail' },
  { name: 'max_drop_relative as a percentage', baseline: 0.8, candidate: 0.784, rule: '{ max_drop_relative: 2% }', expected: 'pass' },
  { name: 'max_drop_relative exceeded', baseline: 0.8, candidate: 0.78, rule: '{ max_drop_relative: 0.02 }', expected: 'fail' },
  { name: 'an improvement passes a drop bound', baseline: 0.8, candidate: 0.9, rule: '{ max_drop: 0 }', expected: 'pass' },
  { name: 'max_drop 0 forbids any drop', baseline: 0.8, candidate: 0.7999, rule: '{ max_drop: 0 }', expected: 'fail' },
  // MLflow-style required improvement.
  { name: 'min_improvement met', baseline: 0.8, candidate: 0.82, rule: '{ min_improvement: 0.02 }', expected: 'pass' },
  { name: 'min_improvement not met', baseline: 0.8, candidate: 0.81, rule: '{ min_improvement: 0.02 }', expected: 'fail' },
  {
    name: 'min_improvement 0 and no change passes (inclusive)',
    baseline: 0.8,
    candidate: 0.8,
    rule: '{ min_improvement: 0 }',
    expected: 'pass',
  },
  { name: 'min_improvement_relative met', baseline: 0.5, candidate: 0.55, rule: '{ min_improvement_relative: 10% }', expected: 'pass' },
  // Lower is better mirrors it.
  {
    name: 'latency may rise 10%: +9%',
    baseline: 100,
    candidate: 109,
    rule: '{ max_increase_relative: 0.10 }',
    expected: 'pass',
    metric: 'latency_ms',
  },
  {
    name: 'latency may rise 10%: exactly +10%',
    baseline: 100,
    candidate: 110,
    rule: '{ max_increase_relative: 0.10 }',
    expected: 'pass',
    metric: 'latency_ms',
  },
  {
    name: 'latency may rise 10%: +11%',
    baseline: 100,
    candidate: 111,
    rule: '{ max_increase_relative: 0.10 }',
    expected: 'fail',
    metric: 'latency_ms',
  },
  {
    name: 'loss must fall by 0.01 (lower is better)',
    baseline: 0.3,
    candidate: 0.28,
    rule: '{ min_improvement: 0.01 }',
    expected: 'pass',
    metric: 'loss',
  },
  {
    name: 'loss rising fails min_improvement',
    baseline: 0.3,
    candidate: 0.31,
    rule: '{ min_improvement: 0.01 }',
    expected: 'fail',
    metric: 'loss',
  },
  {
    name: 'relative on a negative baseline uses |baseline|',
    baseline: -2,
    candidate: -2.1,
    rule: '{ direction: higher, max_regression_relative: 0.04 }',
    expected: 'fail',
    metric: 'score',
  },
  {
    name: 'relative on a negative baseline, within',
    baseline: -2,
    candidate: -2.06,
    rule: '{ direction: higher, max_regression_relative: 0.04 }',
    expected: 'pass',
    metric: 'score',
  },
  // Value bounds: inclusive, unset bound unbounded.
  { name: 'min met exactly', baseline: undefined, candidate: 0.85, rule: '{ min: 0.85 }', expected: 'pass' },
  {
    name: 'min met by a float32 value that shows as 0.85',
    baseline: undefined,
    candidate: 0.8499999761581421,
    rule: '{ min: 0.85 }',
    expected: 'pass',
  },
  { name: 'min missed', baseline: undefined, candidate: 0.8499, rule: '{ min: 0.85 }', expected: 'fail' },
  { name: 'max met exactly', baseline: undefined, candidate: 120, rule: '{ max: 120 }', expected: 'pass' },
  { name: 'max exceeded', baseline: undefined, candidate: 120.5, rule: '{ max: 120 }', expected: 'fail' },
  // Baseline 0: a relative bound is undefined.
  {
    name: 'baseline 0, relative bound',
    baseline: 0,
    candidate: 0.1,
    rule: '{ direction: higher, max_regression_relative: 0.05 }',
    expected: 'not-applicable',
    metric: 'score',
  },
  {
    name: 'baseline 0, absolute bound still judged',
    baseline: 0,
    candidate: -0.1,
    rule: '{ direction: higher, max_regression: 0.05 }',
    expected: 'fail',
    metric: 'score',
  },
];

function ruleKey(rule: string): string {
  return /\b(min|max|max_drop|max_drop_relative|max_increase|max_increase_relative|max_regression|max_regression_relative|min_improvement|min_improvement_relative)\s*:/.exec(
    rule.replace(/direction: \w+,?/, ''),
  )![1]!;
}

describe('gate semantics', () => {
  it.each(cases)('$name → $expected', ({ baseline, candidate, rule, expected, metric = 'accuracy' }) => {
    const report = compare({ [metric]: candidate }, baseline === undefined ? undefined : { [metric]: baseline }, `${metric}: ${rule}\n`);
    const c = check(report, metric, ruleKey(rule));
    expect(c.result).toBe(expected);
    expect(report.passed).toBe(expected !== 'fail');
    expect(report.failedChecks).toBe(expected === 'fail' ? 1 : 0);
  });

  it('reports a relative change against a zero baseline as not applicable, never NaN', () => {
    const report = compare({ score: 0.2 }, { score: 0 }, 'score: { direction: higher, max_regression_relative: 0.05 }\n');
    const m = report.metrics[0]!;
    expect(m.relativeDelta).toBeNull();
    expect(m.checks[0]!.message).toBe('the baseline is 0, so a relative change is undefined');
    expect(JSON.stringify(report)).not.toContain('NaN');
    expect(m.status).toBe('pass');
  });

  it('fails a rule on a metric the candidate does not report', () => {
    const report = compare({ accuracy: 0.9 }, { accuracy: 0.9, auc: 0.8 }, 'accuracy: { min: 0.8 }\nauc: { min: 0.7 }\n');
    const auc = report.metrics.find((m) => m.name === 'auc')!;
    expect(auc.status).toBe('missing');
    expect(auc.checks).toHaveLength(1);
    expect(auc.checks[0]).toMatchObject({ rule: 'present', result: 'fail', origin: { file: 'rules.yml', line: 2 } });
    expect(report.passed).toBe(false);
    expect(report.failedChecks).toBe(1);
  });

  it('lists a metric only the baseline has as removed, without failing when no rule names it', () => {
    const report = compare({ accuracy: 0.9 }, { accuracy: 0.9, old_metric: 3 }, "'*': { max_drop_relative: 0.05 }\n");
    expect(report.metrics.find((m) => m.name === 'old_metric')!.status).toBe('removed');
    expect(report.passed).toBe(true);
    expect(report.counts.removed).toBe(1);
  });
});

describe('no baseline', () => {
  const rulesYaml = 'accuracy: { min: 0.8, max_drop: 0.01 }\n';

  it('pass (default, TFX): value bounds are checked, change bounds skipped', () => {
    const ok = compare({ accuracy: 0.85 }, undefined, rulesYaml);
    expect(ok.passed).toBe(true);
    expect(check(ok, 'accuracy', 'min').result).toBe('pass');
    expect(check(ok, 'accuracy', 'max_drop').result).toBe('skipped');
    expect(ok.checks).toBe(1); // skipped checks are not counted
    const low = compare({ accuracy: 0.75 }, undefined, rulesYaml);
    expect(low.passed).toBe(false);
    expect(check(low, 'accuracy', 'min').result).toBe('fail');
  });

  it('fail (MLflow): a change bound without a baseline fails', () => {
    const r = compare({ accuracy: 0.85 }, undefined, rulesYaml, { noBaseline: 'fail' });
    expect(r.passed).toBe(false);
    expect(check(r, 'accuracy', 'max_drop')).toMatchObject({
      result: 'fail',
      message: 'there is no baseline to compare with (no-baseline: fail)',
    });
  });

  it('fail with only value bounds still fails the run, once', () => {
    const r = compare({ accuracy: 0.85 }, undefined, 'accuracy: { min: 0.8 }\n', { noBaseline: 'fail' });
    expect(r.passed).toBe(false);
    expect(r.failedChecks).toBe(1);
    expect(r.globalChecks[0]).toMatchObject({ rule: 'baseline', result: 'fail' });
  });

  it('a metric new in the candidate follows the same policy', () => {
    const pass = compare({ accuracy: 0.9, f1: 0.7 }, { accuracy: 0.9 }, "'*': { max_drop: 0.01 }\n");
    expect(pass.metrics.find((m) => m.name === 'f1')!.status).toBe('new');
    expect(check(pass, 'f1', 'max_drop').result).toBe('skipped');
    expect(pass.passed).toBe(true);
    const fail = compare({ accuracy: 0.9, f1: 0.7 }, { accuracy: 0.9 }, "'*': { max_drop: 0.01 }\n", { noBaseline: 'fail' });
    expect(check(fail, 'f1', 'max_drop')).toMatchObject({
      result: 'fail',
      message: 'the baseline does not report f1 to compare with (no-baseline: fail)',
    });
  });
});

describe('rules that apply by pattern', () => {
  it("'*' bounds apply by each metric's direction and skip metrics without one", () => {
    const r = compare(
      { accuracy: 0.8, loss: 0.5, epochs: 30 },
      { accuracy: 0.9, loss: 0.4, epochs: 10 },
      "'*': { max_regression_relative: 0.05 }\n",
    );
    expect(check(r, 'accuracy', 'max_regression_relative').result).toBe('fail');
    expect(check(r, 'loss', 'max_regression_relative').result).toBe('fail');
    const epochs = r.metrics.find((m) => m.name === 'epochs')!;
    expect(epochs.checks).toEqual([]);
    expect(epochs.change).toBe('changed');
    expect(epochs.status).toBe('info');
  });

  it("a pattern's max_drop does not apply to a lower-is-better metric", () => {
    const r = compare({ accuracy: 0.9, loss: 0.1 }, { accuracy: 0.9, loss: 0.5 }, "'*': { max_drop_relative: 0.05 }\n");
    expect(r.metrics.find((m) => m.name === 'loss')!.checks).toEqual([]);
    expect(check(r, 'accuracy', 'max_drop_relative').result).toBe('pass');
  });

  it("a metric's own bound replaces the pattern's bound of the same meaning", () => {
    const r = compare(
      { latency_ms: 108 },
      { latency_ms: 100 },
      "'*': { max_regression_relative: 0.05 }\nlatency_ms: { max: 120, max_increase_relative: 0.10 }\n",
    );
    const m = r.metrics[0]!;
    expect(m.checks.map((c) => c.rule)).toEqual(['max', 'max_increase_relative']);
    expect(r.passed).toBe(true);
  });

  it('the more specific pattern wins, and null removes an inherited bound', () => {
    const r = compare(
      { 'val.accuracy': 0.8, 'train.accuracy': 0.8, 'test.accuracy': 0.8 },
      { 'val.accuracy': 0.9, 'train.accuracy': 0.9, 'test.accuracy': 0.9 },
      "'*': { max_drop: 0.01 }\n'val.*': { max_drop: 0.2 }\n'train.accuracy': { max_drop: null }\n",
    );
    expect(check(r, 'val.accuracy', 'max_drop')).toMatchObject({ result: 'pass', threshold: 0.2 });
    expect(r.metrics.find((m) => m.name === 'train.accuracy')!.checks).toEqual([]);
    expect(check(r, 'test.accuracy', 'max_drop')).toMatchObject({ result: 'fail', threshold: 0.01, origin: { key: '*', line: 1 } });
  });

  it('marks improvements and regressions by direction, not by sign', () => {
    const r = compare({ accuracy: 0.9, loss: 0.2, latency_ms: 90, r2: 0.5 }, { accuracy: 0.8, loss: 0.3, latency_ms: 80, r2: 0.5 }, '');
    const change = Object.fromEntries(r.metrics.map((m) => [m.name, m.change]));
    expect(change).toEqual({ accuracy: 'improved', loss: 'improved', latency_ms: 'regressed', r2: 'unchanged' });
    expect(r.counts).toMatchObject({ improved: 2, regressed: 1, unchanged: 1 });
  });
});

describe('rules that ask for significance', () => {
  const sig = (verdict: 'improvement' | 'regression' | 'not-significant'): SignificanceReport => ({
    source: 'predictions.csv',
    task: 'binary',
    n: 1000,
    resamples: 2000,
    seed: 42,
    confidence: 0.95,
    minBootstrapN: 30,
    positiveLabel: '1',
    metrics: [
      {
        metric: 'f1',
        direction: 'higher',
        baseline: 0.8,
        candidate: 0.76,
        delta: -0.04,
        ci: verdict === 'regression' ? [-0.07, -0.02] : [-0.09, 0.01],
        method: 'bootstrap',
        interval: 'percentile bootstrap',
        verdict,
      },
    ],
  });
  const rulesYaml = 'f1: { max_drop_relative: 0.02, significant: true }\n';

  it('blocks a regression past the bound only when it is significant', () => {
    const noise = compare({ f1: 0.76 }, { f1: 0.8 }, rulesYaml, { significance: sig('not-significant') });
    expect(check(noise, 'f1', 'max_drop_relative')).toMatchObject({
      result: 'pass',
      significance: { verdict: 'not-significant', decisive: true },
    });
    expect(check(noise, 'f1', 'max_drop_relative').message).toContain('but the regression is not significant');
    const real = compare({ f1: 0.76 }, { f1: 0.8 }, rulesYaml, { significance: sig('regression') });
    expect(check(real, 'f1', 'max_drop_relative')).toMatchObject({
      result: 'fail',
      significance: { verdict: 'regression', againstBound: 'beyond', decisive: false },
    });
    expect(check(real, 'f1', 'max_drop_relative').message).toBe(
      'dropped 5%, more than the 2% allowed, significantly (95% CI of Δ [-0.07, -0.02])',
    );
  });

  it('tests the change against the bound, not against 0', () => {
    // 2% of 0.8 is 0.016. An interval of Δ [-0.07, -0.01] is a significant regression (it excludes 0),
    // but not significantly more than the 0.016 allowed: it passes.
    const s = sig('regression');
    s.metrics[0] = { ...s.metrics[0]!, ci: [-0.07, -0.01] };
    const r = compare({ f1: 0.76 }, { f1: 0.8 }, rulesYaml, { significance: s });
    expect(check(r, 'f1', 'max_drop_relative')).toMatchObject({
      result: 'pass',
      significance: { verdict: 'regression', againstBound: 'within', decisive: true },
    });
    expect(check(r, 'f1', 'max_drop_relative').message).toBe(
      'dropped 5%, more than the 2% allowed, but the regression is not significantly past the bound (95% CI of Δ [-0.07, -0.01])',
    );
    // An improvement significant against 0 but not against min_improvement: 0.03 fails.
    const up: SignificanceReport = {
      ...s,
      metrics: [{ ...s.metrics[0]!, candidate: 0.84, delta: 0.04, ci: [0.01, 0.07], verdict: 'improvement' }],
    };
    const ri = compare({ f1: 0.84 }, { f1: 0.8 }, 'f1: { min_improvement: 0.03, significant: true }\n', { significance: up });
    expect(check(ri, 'f1', 'min_improvement')).toMatchObject({ result: 'fail', significance: { againstBound: 'within', decisive: true } });
    const ri2 = compare({ f1: 0.84 }, { f1: 0.8 }, 'f1: { min_improvement: 0.005, significant: true }\n', { significance: up });
    expect(check(ri2, 'f1', 'min_improvement')).toMatchObject({ result: 'pass', significance: { againstBound: 'beyond' } });
  });

  it('below the bootstrap minimum, a permutation test decides bounds of 0 and says when it cannot judge a bound', () => {
    const perm = (verdict: 'regression' | 'not-significant'): SignificanceReport => ({
      ...sig('regression'),
      n: 12,
      metrics: [
        {
          metric: 'f1',
          direction: 'higher',
          baseline: 0.8,
          candidate: 0.7,
          delta: -0.1,
          ci: null,
          method: 'permutation',
          interval: 'none',
          permutation: { pValue: verdict === 'regression' ? 0.01 : 0.4, exact: true, arrangements: 64 },
          verdict,
        },
      ],
    });
    const zero = 'f1: { max_drop: 0, significant: true }\n';
    expect(check(compare({ f1: 0.7 }, { f1: 0.8 }, zero, { significance: perm('regression') }), 'f1', 'max_drop')).toMatchObject({
      result: 'fail',
      significance: { againstBound: 'beyond' },
    });
    expect(check(compare({ f1: 0.7 }, { f1: 0.8 }, zero, { significance: perm('not-significant') }), 'f1', 'max_drop')).toMatchObject({
      result: 'pass',
      significance: { againstBound: 'within', decisive: true },
    });
    const bounded = compare({ f1: 0.7 }, { f1: 0.8 }, 'f1: { max_drop: 0.05, significant: true }\n', { significance: perm('regression') });
    expect(check(bounded, 'f1', 'max_drop')).toMatchObject({
      result: 'fail',
      significance: { againstBound: 'undetermined', decisive: false },
    });
    expect(check(bounded, 'f1', 'max_drop').message).toContain(
      'fewer than 30 examples on which the models differ: a permutation test of f1 can only say whether Δ differs from 0, not whether it is past the bound, so the bound is judged on the point estimate',
    );
    // An improvement bound is not judged on the point estimate: it fails, saying why and what to do.
    const up: SignificanceReport = {
      ...perm('regression'),
      metrics: [{ ...perm('regression').metrics[0]!, candidate: 0.9, delta: 0.1, verdict: 'improvement' }],
    };
    const improved = check(
      compare({ f1: 0.9 }, { f1: 0.8 }, 'f1: { min_improvement: 0.05, significant: true }\n', { significance: up }),
      'f1',
      'min_improvement',
    );
    expect(improved).toMatchObject({ result: 'fail', significance: { againstBound: 'undetermined', decisive: true } });
    expect(improved.message).toContain('the sample is too small to show the improvement is past the bound');
  });

  it('requires a significant improvement for min_improvement', () => {
    const s = sig('not-significant');
    s.metrics[0] = { ...s.metrics[0]!, candidate: 0.84, delta: 0.04, ci: [-0.01, 0.09] };
    const r = compare({ f1: 0.84 }, { f1: 0.8 }, 'f1: { min_improvement: 0.01, significant: true }\n', { significance: s });
    expect(check(r, 'f1', 'min_improvement')).toMatchObject({ result: 'fail' });
    expect(check(r, 'f1', 'min_improvement').message).toContain('but the improvement is not significant');
  });

  it('without predictions, judges the bound on the point estimate and says so', () => {
    const r = compare({ f1: 0.76 }, { f1: 0.8 }, `accuracy: { min: 0 }\n${rulesYaml}`);
    expect(check(r, 'f1', 'max_drop_relative')).toMatchObject({
      result: 'fail',
      significance: { verdict: 'unavailable', decisive: false },
    });
    expect(check(r, 'f1', 'max_drop_relative').message).toBe(
      'dropped 5%, more than the 2% allowed (significance not judged: no predictions)',
    );
  });

  it('is an error naming the rule line on a metric predictions do not determine', () => {
    expect(() => compare({ brier_score: 0.16 }, undefined, 'brier_score: { max_regression: 0.01, significant: true }\n')).toThrow(
      /^rules\.yml:1, key 'brier_score\.significant': significant: true on "brier_score" cannot be judged: predictions determine accuracy, precision, recall, f1, mae, rmse, roc_auc and average_precision/,
    );
  });

  it('is an error when the predictions are of the other kind of task', () => {
    const regression: SignificanceReport = { ...sig('regression'), task: 'regression', metrics: [] };
    expect(() => compare({ f1: 0.76 }, { f1: 0.8 }, rulesYaml, { significance: regression })).toThrow(
      /^rules\.yml:1, key 'f1\.significant': significant: true on "f1" needs f1, which predictions of a regression task do not give/,
    );
  });
});

describe('float noise', () => {
  it('scales with the change tested, not with the size of the metric', () => {
    // A drop of 0.1 on a metric of two million is a drop of 0.1: it misses a required improvement of 0.05
    // and exceeds an allowed drop of 0.05 (the old allowance, 1e-7 × 2,000,000 = 0.2, let both pass).
    const r = compare({ score: 1_999_999.9 }, { score: 2_000_000 }, 'score: { direction: higher, min_improvement: 0.05 }\n');
    expect(check(r, 'score', 'min_improvement').result).toBe('fail');
    expect(r.metrics[0]!.change).toBe('regressed');
    const d = compare({ score: 1_999_999.9 }, { score: 2_000_000 }, 'score: { direction: higher, max_drop: 0.05 }\n');
    expect(check(d, 'score', 'max_drop')).toMatchObject({ result: 'fail', message: 'dropped 0.1, more than the 0.05 allowed' });
    // The subtraction's own rounding is still forgiven at any size: 1e12 + 0.25 − 1e12 meets max_drop: 0.25 exactly.
    const big = compare({ score: 1e12 }, { score: 1e12 + 0.25 }, 'score: { direction: higher, max_drop: 0.25 }\n');
    expect(check(big, 'score', 'max_drop').result).toBe('pass');
  });
});

describe('a baseline value that is not a number', () => {
  const card = () => metricSetFromRecord({ accuracy: 0.9, auc: null, loss: 'NaN' }, 'registry: churn@1.2.0', () => undefined);

  it('fails the change bounds of that metric with a message, instead of skipping them as new', () => {
    const r = compareMetrics({
      candidate: metrics({ accuracy: 0.9, auc: 0.8, loss: 0.2 }),
      baseline: card(),
      rules: rules("'*': { max_regression: 0.01 }\n"),
    });
    expect(r.passed).toBe(false);
    expect(check(r, 'auc', 'max_regression')).toMatchObject({
      result: 'fail',
      message:
        'the baseline records auc as null, not a finite number, so the change cannot be judged. Record a finite value for the baseline, or add no_baseline: pass to this rule to skip it',
    });
    expect(check(r, 'loss', 'max_regression').message).toMatch(
      /^the baseline records loss as "NaN", not a finite number, so the change cannot be judged/,
    );
    expect(check(r, 'accuracy', 'max_regression').result).toBe('pass');
    expect(r.failedChecks).toBe(2);
  });

  it('fails even under no-baseline: pass, and is skipped only by the rule saying no_baseline: pass', () => {
    const r = compareMetrics({
      candidate: metrics({ auc: 0.8 }),
      baseline: card(),
      rules: rules('auc: { max_drop: 0.01, no_baseline: pass }\n'),
      noBaseline: 'pass',
    });
    expect(check(r, 'auc', 'max_drop')).toMatchObject({
      result: 'skipped',
      message: 'the baseline records auc as null, not a finite number; change bounds are skipped (no_baseline: pass in the rule)',
    });
    expect(r.passed).toBe(true);
  });
});

describe('no_baseline in a rule', () => {
  it('overrides the input for a metric new in the candidate', () => {
    const r = compare({ accuracy: 0.9, f1: 0.7 }, { accuracy: 0.9 }, "'*': { max_drop: 0.01 }\nf1: { no_baseline: fail }\n", {
      noBaseline: 'pass',
    });
    expect(check(r, 'f1', 'max_drop')).toMatchObject({
      result: 'fail',
      message: 'the baseline does not report f1 to compare with (no_baseline: fail in the rule)',
    });
    const p = compare({ f1: 0.7 }, undefined, 'f1: { max_drop: 0.01, no_baseline: pass }\n', { noBaseline: 'fail' });
    expect(check(p, 'f1', 'max_drop').result).toBe('skipped');
  });
});
