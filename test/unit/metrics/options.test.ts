/** parseValidateMetricsOptions: validate-metrics' rules between its inputs, the defaults and the fallbacks. */
import { describe, expect, it } from 'vitest';
import { isInlineRules, type LazyFileInput, parseValidateMetricsOptions, type ValidateMetricsInputs } from '@mlops-actions/metrics';
import { userError } from '../../harness/user-error.ts';

interface FakeRegistry {
  uri: string;
  token: string | undefined;
}

const ref = (display: string) => ({ path: `/ws/${display}`, display });

/** What the lazy readers were asked for, in order. */
let asked: string[] = [];

const inputs = (over: Partial<ValidateMetricsInputs<FakeRegistry>> = {}): ValidateMetricsInputs<FakeRegistry> => {
  asked = [];
  return {
    report: undefined,
    metrics: ref('metrics.json'),
    rules: undefined,
    baseline: undefined,
    model: undefined,
    file: (input: LazyFileInput) => {
      asked.push(`file:${input}`);
      return ref(`${input}.yml`);
    },
    champion: (model: string) => {
      asked.push(`champion:${model}`);
      return { registry: { uri: 'git:origin', token: 'registry-token' }, model, alias: 'production' };
    },
    reportDir: undefined,
    failOn: 'regression',
    reportUrl: undefined,
    pullRequest: undefined,
    comment: 'auto',
    commentKey: 'default',
    token: 'input-token',
    validate: { precision: 4 },
    ctx: { runnerTemp: '/tmp/runner', runUrl: 'https://github.com/o/r/actions/runs/1', pullRequest: 12, event: {} },
    ...over,
  };
};

describe('parseValidateMetricsOptions refuses', () => {
  it.each([
    ['no metrics and no report', 'metrics', { metrics: undefined }, /^input 'metrics': is required but was not set\./, /Add 'metrics:'/],
    ['report and metrics together', 'report', { report: ref('report.json') }, /cannot be combined with metrics/, /Keep one of/],
    ['a registry baseline without a model', 'model', { baseline: 'registry' }, /required when baseline is registry/, /model: churn/],
    [
      'a report-url that is not http(s)',
      'report-url',
      { reportUrl: 'ftp://x/y' },
      /must be an http\(s\) URL, got 'ftp:\/\/x\/y'/,
      undefined,
    ],
    ['a pull-request that is not a number', 'pull-request', { pullRequest: 'abc' }, /must be a pull-request number, got 'abc'/, undefined],
    ['pull-request 0', 'pull-request', { pullRequest: '0' }, /got '0'/, undefined],
    ['pull-request with a leading zero', 'pull-request', { pullRequest: '012' }, /got '012'/, undefined],
  ] as const)('%s: a UserError naming %s', (_, input, over, message, fix) => {
    const e = userError(() => parseValidateMetricsOptions(inputs(over)));
    expect(e.input).toBe(input);
    expect(e.message).toMatch(message);
    if (fix) expect(e.fix).toMatch(fix);
  });

  it('asks for no registry inputs when the model is missing', () => {
    userError(() => parseValidateMetricsOptions(inputs({ baseline: 'registry' })));
    expect(asked).toEqual([]);
  });
});

describe('isInlineRules tells inline YAML from a path', () => {
  it.each([
    ['accuracy: {min: 0.8}', true],
    ['accuracy:\n  min: 0.8', true],
    ['accuracy:', true],
    ['{accuracy: {min: 0.8}}', true],
    ['rules.yml', false],
    ['config/rules.yaml', false],
    ['C:rules.yml', false],
  ] as const)('%j → %s', (text, inline) => {
    expect(isInlineRules(text)).toBe(inline);
  });
});

describe('parseValidateMetricsOptions chooses', () => {
  it.each([
    ['no rules input: none', undefined, { kind: 'none' }, []],
    ['inline YAML: inline, no file resolved', 'accuracy: {min: 0.8}', { kind: 'inline', text: 'accuracy: {min: 0.8}' }, []],
    ['a path: the rules file', 'rules.yml', { kind: 'file', file: ref('rules.yml') }, ['file:rules']],
  ] as const)('rules, %s', (_, rules, expected, resolved) => {
    const o = parseValidateMetricsOptions(inputs({ rules }));
    expect(o.run.options.rules).toEqual(expected);
    expect(asked).toEqual(resolved);
  });

  it.each([
    ['no baseline input: none', undefined, { kind: 'none' }, [], undefined],
    ['a path: the baseline file', 'base.json', { kind: 'file', file: ref('baseline.yml') }, ['file:baseline'], undefined],
    [
      'registry: the champion, labelled with the registry URI',
      'registry',
      { kind: 'registry', model: 'churn', alias: 'production', label: 'git:origin' },
      ['champion:churn'],
      'git:origin',
    ],
  ] as const)('baseline, %s', (_, baseline, expected, resolved, registryUri) => {
    const o = parseValidateMetricsOptions(inputs({ baseline, model: 'churn' }));
    expect(o.run.baseline).toEqual(expected);
    expect(asked).toEqual(resolved);
    expect(o.registry?.uri).toBe(registryUri);
  });

  it.each([
    ['the input token without a registry baseline', undefined, 'input-token'],
    ["the registry inputs' token with a registry baseline", 'registry', 'registry-token'],
  ] as const)('token: %s', (_, baseline, token) => {
    expect(parseValidateMetricsOptions(inputs({ baseline, model: 'churn' })).token).toBe(token);
  });

  it.each([
    ["the event's pull request when the input is not set", undefined, 12, 12],
    ['the input over the event', '345', 12, 345],
    ['the input where the event has none (workflow_run)', '7', undefined, 7],
    ['none at all', undefined, undefined, undefined],
  ] as const)('pull request: %s', (_, pullRequest, eventPr, expected) => {
    const base = inputs();
    const o = parseValidateMetricsOptions({ ...base, pullRequest, ctx: { ...base.ctx, pullRequest: eventPr } });
    expect(o.pullRequest).toBe(expected);
  });

  it('report mode: the report stands in for metrics, and the comment links the run that wrote it', () => {
    const base = inputs({ metrics: undefined, report: ref('report.json') });
    const run = 'https://github.com/o/r/actions/runs/99';
    const o = parseValidateMetricsOptions({ ...base, ctx: { ...base.ctx, event: { workflow_run: { html_url: run } } } });
    expect(o.run.report).toEqual(ref('report.json'));
    expect(o.run.options.metrics).toEqual(ref('report.json'));
    expect(o.run.sourceRunUrl).toBe(run);
    // Without a workflow_run event: this run.
    expect(parseValidateMetricsOptions(inputs({ metrics: undefined, report: ref('report.json') })).run.sourceRunUrl).toBe(
      'https://github.com/o/r/actions/runs/1',
    );
  });

  it.each([
    ['regression', false],
    ['never', true],
  ] as const)('fail-on %s → reportOnly %s', (failOn, reportOnly) => {
    const o = parseValidateMetricsOptions(inputs({ failOn }));
    expect(o.run.failOn).toBe(failOn);
    expect(o.run.options.reportOnly).toBe(reportOnly);
  });

  it('report-dir: the input, else validate-metrics under the runner temp; the links and the rest passed on', () => {
    expect(parseValidateMetricsOptions(inputs()).run.options.reportDir).toBe('/tmp/runner/validate-metrics');
    const o = parseValidateMetricsOptions(inputs({ reportDir: ref('out'), reportUrl: 'https://example.com/r.html' }));
    expect(o.run.options).toMatchObject({
      reportDir: '/ws/out',
      precision: 4,
      metrics: ref('metrics.json'),
      links: { run: 'https://github.com/o/r/actions/runs/1', fullReport: 'https://example.com/r.html' },
    });
    expect(o).toMatchObject({ comment: 'auto', commentKey: 'default' });
  });
});
