import { UserError } from '@mlops-actions/errors';
import type { Direction } from './direction.ts';
import type { MetricSet } from './parse.ts';
import { CHANGE_MEANING, inlineAware, isChangeKey, namedMetrics, resolveRule, type BoundKey, type ChangeKey, type Field, type RuleOrigin, type RuleSet } from './rules.ts';
import { significanceMetricFor, type MetricSignificance, type SignificanceReport } from './significance.ts';

/**
 * The gate. Semantics (TFX/TFMA and MLflow, written out in shared/reference/stat-facts.md):
 * - value bounds: min ≤ value ≤ max, inclusive; an unset bound is unbounded;
 * - change bounds on diff = candidate − baseline, judged as the improvement in the metric's better
 *   direction (diff for higher-is-better, −diff for lower-is-better), absolute or relative to |baseline|,
 *   inclusive;
 * - a baseline of 0 makes a relative bound "not applicable" (said so, never NaN);
 * - a rule on a metric the candidate does not report fails;
 * - no baseline: `pass` skips the change bounds and still checks the value bounds (TFX), `fail` fails
 *   every change bound (MLflow), and the run when there is no change bound at all.
 *
 * Inclusive comparisons forgive a difference of 1e-7 relative to the numbers involved, so a metric
 * written from float32 (0.8499999761581421) meets `min: 0.85`, and 0.89 − 0.9 meets `max_drop: 0.01`.
 */
export const TOLERANCE = 1e-7;

export type NoBaselinePolicy = 'pass' | 'fail';

export type CheckResult = 'pass' | 'fail' | 'not-applicable' | 'skipped';

export interface Check {
  metric: string;
  /** The rule key: min, max, max_drop, …, or `present` (the metric must be reported) or `baseline`. */
  rule: BoundKey | 'present' | 'baseline';
  /** The bound as written (a fraction for relative bounds). */
  threshold?: number | undefined;
  /** What was compared with the bound: the value, the improvement, or the relative improvement. */
  observed?: number | undefined;
  result: CheckResult;
  /** One sentence for people, e.g. "dropped 0.021, more than the 0.01 allowed". */
  message: string;
  /** The rule asked to judge significance (and how it came out). */
  significance?: { required: true; verdict: MetricSignificance['verdict'] | 'unavailable'; decisive: boolean } | undefined;
  origin?: RuleOrigin | undefined;
}

export type MetricStatus = 'pass' | 'fail' | 'new' | 'missing' | 'removed' | 'info';

export interface MetricResult {
  name: string;
  candidate?: number | undefined;
  baseline?: number | undefined;
  /** candidate − baseline. */
  delta?: number | undefined;
  /** delta / |baseline|; null when the baseline is 0. */
  relativeDelta?: number | null | undefined;
  direction?: Direction | undefined;
  directionSource?: 'rule' | 'name' | 'bound' | undefined;
  /** The change judged by the direction, not the sign. */
  change?: 'improved' | 'regressed' | 'unchanged' | 'changed' | undefined;
  status: MetricStatus;
  checks: Check[];
  significance?: MetricSignificance | undefined;
  /** Line of the metric in the candidate file. */
  line?: number | undefined;
}

export interface GateOptions {
  noBaseline?: NoBaselinePolicy;
  significance?: SignificanceReport | undefined;
}

export interface GateResult {
  passed: boolean;
  failedChecks: number;
  hasBaseline: boolean;
  metrics: MetricResult[];
  /** Checks not tied to one metric (no-baseline: fail without any change bound). */
  globalChecks: Check[];
}

/** a ≥ b, forgiving float noise of TOLERANCE relative to `scale`. */
export function atLeast(a: number, b: number, scale = Math.max(Math.abs(a), Math.abs(b))): boolean {
  return a >= b || b - a <= TOLERANCE * Math.max(scale, Number.MIN_VALUE);
}

export function runGate(candidate: MetricSet, baseline: MetricSet | undefined, rules: RuleSet, options: GateOptions = {}): GateResult {
  const policy = options.noBaseline ?? 'pass';
  const metrics: MetricResult[] = [];
  const names = new Set<string>([...candidate.values.keys()]);
  // Metrics a rule names that the candidate lacks come next (they fail), then the removed ones.
  for (const r of namedMetrics(rules)) names.add(r.key);
  for (const k of baseline?.values.keys() ?? []) names.add(k);

  for (const name of names) {
    const c = candidate.values.get(name);
    const b = baseline?.values.get(name);
    const rule = resolveRule(rules, name);
    const row: MetricResult = { name, status: 'info', checks: [], direction: rule.direction, directionSource: rule.directionSource, line: c?.line };
    if (c) row.candidate = c.value;
    if (b) row.baseline = b.value;
    if (c && b) {
      row.delta = c.value - b.value;
      row.relativeDelta = b.value === 0 ? null : row.delta / Math.abs(b.value);
      const scale = Math.max(Math.abs(c.value), Math.abs(b.value));
      if (row.delta === 0 || Math.abs(row.delta) <= TOLERANCE * scale) row.change = 'unchanged';
      else if (!rule.direction) row.change = 'changed';
      else row.change = (rule.direction === 'higher' ? row.delta : -row.delta) > 0 ? 'improved' : 'regressed';
    }
    const sigName = significanceMetricFor(name);
    const sig = sigName ? options.significance?.metrics.find((m) => m.metric === sigName) : undefined;
    if (sig) row.significance = sig;

    const bounds = Object.entries(rule.bounds) as [BoundKey, Field<number>][];
    if (!c) {
      if (rule.exact) {
        row.status = 'missing';
        const line = rule.exact.line;
        row.checks.push({
          metric: name,
          rule: 'present',
          result: 'fail',
          message: `the candidate does not report ${name}, and a rule names it`,
          origin: { key: name, file: rules.file, line, where: rules.file ? `${rules.file}${line ? `:${line}` : ''}` : `${rules.source}${line ? `, line ${line}` : ''}` },
        });
      } else row.status = 'removed';
      metrics.push(row);
      continue;
    }
    if (rule.significant?.value && !significanceMetricFor(name)) {
      const o = rule.significant.origin;
      throw ruleError(o, `significant: true on ${JSON.stringify(name)} cannot be judged: predictions determine accuracy, precision, recall, f1, mae and rmse, and ${JSON.stringify(name)} is none of them`, 'Remove significant from this rule');
    }
    for (const [key, field] of bounds) {
      row.checks.push(isChangeKey(key) ? changeCheck(name, key, field, c.value, b?.value, rule.direction!, baseline !== undefined, policy, rule.significant, sig, options.significance) : valueCheck(name, key, field, c.value));
    }
    if (rule.significant?.value && !bounds.some(([k]) => isChangeKey(k))) {
      const o = rule.significant.origin;
      throw ruleError(o, `significant: true on ${JSON.stringify(name)} has no change bound to qualify`, 'Add a change bound such as max_drop or min_improvement, or remove significant');
    }
    const failed = row.checks.some((k) => k.result === 'fail');
    row.status = failed ? 'fail' : baseline && !b ? 'new' : row.checks.length ? 'pass' : 'info';
    metrics.push(row);
  }

  const globalChecks: Check[] = [];
  if (!baseline && policy === 'fail' && !metrics.some((m) => m.checks.some((k) => k.rule !== 'present' && isChangeKey(k.rule)))) {
    globalChecks.push({ metric: '', rule: 'baseline', result: 'fail', message: 'there is no baseline to compare with, and no-baseline is fail' });
  }
  const failedChecks = [...metrics.flatMap((m) => m.checks), ...globalChecks].filter((k) => k.result === 'fail').length;
  return { passed: failedChecks === 0, failedChecks, hasBaseline: baseline !== undefined, metrics, globalChecks };
}

function ruleError(o: RuleOrigin, message: string, fix: string): UserError {
  return inlineAware(message, { file: o.file, line: o.line, key: `${o.key}.${o.field ?? ''}`, fix, source: o.where.replace(/, line \d+$/, '') });
}

function valueCheck(metric: string, key: BoundKey, field: Field<number>, value: number): Check {
  const bound = field.value;
  const ok = key === 'min' ? atLeast(value, bound) : atLeast(-value, -bound);
  return {
    metric,
    rule: key,
    threshold: bound,
    observed: value,
    result: ok ? 'pass' : 'fail',
    message: ok ? `${fmt(value)} ${key === 'min' ? '≥' : '≤'} ${fmt(bound)}` : `${fmt(value)} is ${key === 'min' ? 'below the minimum' : 'above the maximum'} ${fmt(bound)}`,
    origin: field.origin,
  };
}

function changeCheck(
  metric: string,
  key: ChangeKey,
  field: Field<number>,
  c: number,
  b: number | undefined,
  direction: Direction,
  hasBaseline: boolean,
  policy: NoBaselinePolicy,
  significant: Field<boolean> | undefined,
  sig: MetricSignificance | undefined,
  report: SignificanceReport | undefined,
): Check {
  const meaning = CHANGE_MEANING[key];
  const bound = field.value;
  const base = { metric, rule: key, threshold: bound, origin: field.origin } as const;
  if (b === undefined) {
    const why = hasBaseline ? `the baseline does not report ${metric}` : 'there is no baseline';
    return policy === 'fail'
      ? { ...base, result: 'fail', message: `${why} to compare with (no-baseline: fail)` }
      : { ...base, result: 'skipped', message: `${why}; change bounds are skipped (no-baseline: pass)` };
  }
  const diff = c - b;
  const improvement = direction === 'higher' ? diff : -diff;
  if (meaning.scale === 'relative' && b === 0) {
    return { ...base, result: 'not-applicable', message: 'the baseline is 0, so a relative change is undefined' };
  }
  const observed = meaning.scale === 'relative' ? improvement / Math.abs(b) : improvement;
  const scale = Math.max(Math.abs(c), Math.abs(b)) / (meaning.scale === 'relative' ? Math.abs(b) : 1);
  const required = meaning.kind === 'regression' ? -bound : bound;
  let ok = atLeast(observed, required, Math.max(scale, Math.abs(required)));
  const amount = meaning.scale === 'relative' ? pct(Math.abs(observed)) : fmt(Math.abs(diff));
  const limit = meaning.scale === 'relative' ? pct(bound) : fmt(bound);
  const worse = direction === 'higher' ? 'dropped' : 'rose';
  const better = direction === 'higher' ? 'rose' : 'dropped';
  let message: string;
  if (meaning.kind === 'regression') {
    message = improvement >= 0 || Math.abs(improvement) <= TOLERANCE * scale ? `no regression (allowed: ${limit})` : ok ? `${worse} ${amount}, within the ${limit} allowed` : `${worse} ${amount}, more than the ${limit} allowed`;
  } else {
    message = ok ? `${better} ${amount}, at least the ${limit} required` : improvement > 0 ? `${better} only ${amount}; ${limit} required` : `${improvement === 0 ? 'did not change' : `${worse} ${amount}`}; an improvement of ${limit} is required`;
  }
  let significance: Check['significance'];
  if (significant?.value) {
    const o = significant.origin;
    const judged = significanceMetricFor(metric)!; // runGate refused the others
    if (!report) {
      // No predictions in this run (a baseline without them, say): the bound is judged on the point estimate alone.
      message += ' (significance not judged: no predictions)';
      return { ...base, observed, result: ok ? 'pass' : 'fail', message, significance: { required: true, verdict: 'unavailable', decisive: false } };
    }
    if (!sig) {
      throw ruleError(o, `significant: true on ${JSON.stringify(metric)} needs ${judged}, which predictions of a ${report.task} task do not give`, report.task === 'regression' ? 'Check the predictions file, or set task: classification' : 'Check the predictions file, or set task: regression');
    }
    // A regression bound blocks only a significant regression; an improvement bound needs a significant improvement.
    const decisive = meaning.kind === 'regression' ? !ok && sig.verdict !== 'regression' : ok && sig.verdict !== 'improvement';
    if (decisive) {
      ok = !ok;
      message += meaning.kind === 'regression' ? ', but the regression is not significant' : ', but the improvement is not significant';
    } else message += sig.verdict === 'not-significant' ? ' (not significant)' : ` (significant ${sig.verdict})`;
    significance = { required: true, verdict: sig.verdict, decisive };
  }
  return { ...base, observed, result: ok ? 'pass' : 'fail', message, significance };
}

function fmt(n: number): string {
  return String(Number(n.toPrecision(6)));
}

function pct(fraction: number): string {
  return `${Number((fraction * 100).toPrecision(3))}%`;
}
