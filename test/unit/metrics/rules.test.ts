import { describe, expect, it } from 'vitest';
import { parseStructured } from '@mlops-actions/files';
import { inferDirection, parseRules, resolveRule, runGate } from '@mlops-actions/metrics';
import { metrics, rules } from './helpers.ts';

describe('direction from the name', () => {
  it.each([
    ['accuracy', 'higher'],
    ['test.accuracy', 'higher'],
    ['val_acc', 'higher'],
    ['roc_auc', 'higher'],
    ['f1_macro', 'higher'],
    ['F1Score', 'higher'],
    ['precision', 'higher'],
    ['recall@10', 'higher'],
    ['r2', 'higher'],
    ['r2_score', 'higher'],
    ['map50', 'higher'],
    ['ndcg_at_10', 'higher'],
    ['loss', 'lower'],
    ['val_loss', 'lower'],
    ['train.logloss', 'lower'],
    ['log_loss', 'lower'],
    ['error_rate', 'lower'],
    ['rmse', 'lower'],
    ['mae', 'lower'],
    ['mse', 'lower'],
    ['mean_absolute_error', 'lower'],
    ['latency_ms', 'lower'],
    ['p95LatencyMs', 'lower'],
    ['cross_entropy', 'lower'],
    // scikit-learn's scorers negate errors so that higher is better.
    ['neg_mean_squared_error', 'higher'],
    ['neg_log_loss', 'higher'],
    // `neg` anywhere as a word, as cross_validate names its scores, not only first.
    ['test_neg_log_loss', 'higher'],
    ['cv.test_neg_root_mean_squared_error', 'higher'],
    ['train_neg_mean_absolute_error', 'higher'],
    // ...but after the metric it names the negative class.
    ['recall_neg', 'higher'],
    // A dot between digits is a decimal point, not a group separator.
    ['mAP@0.5', 'higher'],
    ['test.iou@0.75', 'higher'],
    ['val.loss@0.5', 'lower'],
  ])('%s → %s', (name, direction) => {
    expect(inferDirection(name)).toBe(direction);
  });

  it.each(['epochs', 'n_samples', 'precision_error', 'threshold', 'step'])('%s has no direction', (name) => {
    expect(inferDirection(name)).toBeUndefined();
  });
});

describe('rule syntax', () => {
  it('reads the documented example', () => {
    const set = rules(
      [
        'accuracy: { min: 0.85, max_drop: 0.01 }          # absolute drop allowed vs baseline',
        'f1: { max_drop_relative: 0.02, significant: true }  # block only a significant regression',
        'latency_ms: { direction: lower, max: 120, max_increase_relative: 0.10 }',
        "'*': { max_drop_relative: 0.05 }",
        '',
      ].join('\n'),
    );
    expect(set.rules.map((r) => [r.key, r.isPattern, r.line])).toEqual([
      ['accuracy', false, 1],
      ['f1', false, 2],
      ['latency_ms', false, 3],
      ['*', true, 4],
    ]);
    expect(set.rules[0]!.bounds.max_drop).toMatchObject({
      value: 0.01,
      origin: { file: 'rules.yml', line: 1, where: 'rules.yml:1', field: 'max_drop' },
    });
    expect(set.rules[1]!.significant?.value).toBe(true);
    expect(set.rules[2]!.direction?.value).toBe('lower');
  });

  it('accepts percentages on relative bounds and JSON files', () => {
    expect(rules('f1: { max_drop_relative: 2.5% }\n').rules[0]!.bounds.max_drop_relative?.value).toBeCloseTo(0.025, 15);
    const json = parseRules(parseStructured('{\n  "accuracy": {\n    "min": 0.8\n  }\n}', 'rules.json', 'rules.json'), 'rules.json');
    expect(json.rules[0]!.bounds.min).toMatchObject({ value: 0.8, origin: { line: 3 } });
  });

  it('an empty rules file means no rules', () => {
    expect(rules('# nothing yet\n').rules).toEqual([]);
  });

  it.each([
    [
      'an unknown key, with a suggestion',
      'accuracy:\n  min: 0.8\n  max_dorp: 0.01\n',
      /^rules\.yml:3, key 'accuracy\.max_dorp': unknown rule key "max_dorp" in the rule for "accuracy"\. Did you mean 'max_drop'\? Known keys: direction, min, max/,
    ],
    [
      'a nested metric group',
      'test:\n  accuracy: { min: 0.8 }\n',
      /^rules\.yml:2, key 'test\.accuracy': unknown rule key "accuracy".*written as one key, e\.g\. "test\.accuracy": \{ min: 0\.8 \}/,
    ],
    [
      'a bare number',
      'accuracy: 0.85\n',
      /^rules\.yml:1, key 'accuracy': the rule for "accuracy" must be a mapping of bounds, got 0\.85\. Say which bound you mean, e\.g\. "accuracy": \{ min: 0\.85 \}/,
    ],
    ['a word for a number', 'accuracy: { min: high }\n', /^rules\.yml:1, key 'accuracy\.min': min must be a number, got "high"/],
    ['a percentage on an absolute bound', 'accuracy: { max_drop: 1% }\n', /max_drop must be a number, got "1%"/],
    [
      'a negative bound',
      'accuracy:\n  max_drop: -0.01\n',
      /^rules\.yml:2, key 'accuracy\.max_drop': max_drop must not be negative \(-0\.01\)\. It is how much worse the metric may get/,
    ],
    ['min above max', 'score: { min: 2, max: 1 }\n', /min \(2\) is above max \(1\), so no value can pass/],
    ['an unknown direction', 'score: { direction: up }\n', /direction must be higher or lower, got "up"/],
    ['significant that is not a boolean', 'f1: { max_drop: 0.1, significant: yes please }\n', /significant must be true or false/],
    ['max_drop with max_increase', 'score: { max_drop: 1, max_increase: 1 }\n', /max_drop and max_increase cannot both apply to "score"/],
    [
      'max_drop on direction: lower',
      'score:\n  direction: lower\n  max_drop: 1\n',
      /^rules\.yml:3, key 'score\.max_drop': max_drop does not suit "score", which is lower-is-better \(direction: lower\): a drop is an improvement\. Use max_increase/,
    ],
    ['a list instead of a mapping', '- accuracy\n', /rules must be a mapping from metric names to their rules/],
    [
      'an unknown no_baseline',
      'auc: { max_drop: 0.1, no_baseline: skip }\n',
      /^rules\.yml:1, key 'auc\.no_baseline': no_baseline must be pass or fail, got "skip"/,
    ],
    [
      'a duplicate metric',
      'auc: { min: 0.5 }\nacc: { min: 0.5 }\nauc: { max: 1 }\n',
      /^rules\.yml:3, key 'auc': the key "auc" is written twice \(lines 1 and 3\)/,
    ],
  ])('rejects %s with the file, line and key', (_, yaml, message) => {
    expect(() => rules(yaml)).toThrow(message);
  });

  it('names the input and line for inline rules', () => {
    expect(() => parseRules(parseStructured('accuracy: { min: 0.8 }\nf1: { mni: 0.5 }\n', "input 'rules'"))).toThrow(
      /^input 'rules', line 2, key 'f1\.mni': unknown rule key "mni" in the rule for "f1"\. Did you mean 'min'\?/,
    );
  });
});

describe('resolving the rule of a metric', () => {
  it('a max_drop written for a lower-is-better name is an error at its line', () => {
    const set = rules('accuracy: { min: 0.5 }\nval_loss: { max_drop: 0.1 }\n');
    expect(() => resolveRule(set, 'val_loss')).toThrow(
      /^rules\.yml:2, key 'val_loss\.max_drop': max_drop does not suit "val_loss", which is lower-is-better \(judged from its name; set direction to override\)/,
    );
  });

  it('a direction-following bound needs a direction', () => {
    const set = rules('epochs: { max_regression: 1 }\n');
    expect(() => runGate(metrics({ epochs: 3 }), metrics({ epochs: 3 }), set)).toThrow(
      /^rules\.yml:1, key 'epochs\.max_regression': max_regression needs to know whether higher or lower is better for "epochs".*Add direction: higher or direction: lower/,
    );
  });

  it('max_drop on a name without a direction makes it higher-is-better', () => {
    const r = resolveRule(rules('throughput_rps: { max_drop: 5 }\nwidgets: { max_increase: 1 }\n'), 'throughput_rps');
    expect(r).toMatchObject({ direction: 'higher', directionSource: 'name' });
    expect(resolveRule(rules('widgets: { max_increase: 1 }\n'), 'widgets')).toMatchObject({ direction: 'lower', directionSource: 'bound' });
  });

  it('an explicit direction overrides the name', () => {
    expect(resolveRule(rules('loss_reduction: { direction: higher, max_regression: 0.1 }\n'), 'loss_reduction')).toMatchObject({
      direction: 'higher',
      directionSource: 'rule',
    });
  });
});

describe('dotted names and patterns', () => {
  it("a '*' rule gates mAP@0.5 by the direction of its name", () => {
    const r = runGate(
      metrics({ 'mAP@0.5': 0.6, 'test.mAP@0.5:0.95': 0.4 }),
      metrics({ 'mAP@0.5': 0.7, 'test.mAP@0.5:0.95': 0.41 }),
      rules("'*': { max_drop: 0.05 }\n"),
    );
    expect(r.metrics.map((m) => [m.name, m.direction, m.checks.map((c) => c.result)])).toEqual([
      ['mAP@0.5', 'higher', ['fail']],
      ['test.mAP@0.5:0.95', 'higher', ['pass']],
    ]);
  });
});
