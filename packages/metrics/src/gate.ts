import type { UserError } from '@mlops-actions/errors';
import type { Direction } from './direction.ts';
import type { MetricSet } from './parse.ts';
import {
  CHANGE_MEANING,
  inlineAware,
  isChangeKey,
  namedMetrics,
  resolveRule,
  type BoundKey,
  type ChangeKey,
  type Field,
  type RuleOrigin,
  type RuleSet,
} from './rules.ts';
import { significanceMetricFor, testAgainstBound, type MetricSignificance, type SignificanceReport } from './significance.ts';

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
 * - no baseline value for one metric: a metric new in the candidate follows `no-baseline` (or the rule's
 *   own `no_baseline`); a baseline value recorded as null or not a number (a model card that stored NaN)
 *   fails the change bounds, unless the rule says `no_baseline: pass`.
 *
 * Inclusive comparisons forgive float noise. A value bound forgives 1e-7 relative to the numbers
 * compared, so a metric written from float32 (0.8499999761581421) meets `min: 0.85`. A change bound
 * forgives 1e-7 relative to the change tested and its bound (0.89 − 0.9 = −0.010000000000000009 meets
 * `max_drop: 0.01`), plus the rounding of the subtraction itself (a few ulp of the values), never an
 * amount that grows with the metric: 2,000,000 → 1,999,999.9 is a drop of 0.1, whatever the magnitude.
 */
export const TOLERANCE = 1e-7;

/** The rounding error of candidate − baseline: 4 ulp of the larger magnitude. */
function subtractionNoise(c: number, b: number): number {
  return 4 * Number.EPSILON * Math.max(Math.abs(c), Math.abs(b));
}

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
  /**
   * The rule asked for significance: whether the change is significantly past the rule's bound (`beyond`),
   * not (`within`), or cannot be told (`undetermined`: a permutation test below the bootstrap's minimum n
   * on a metric that is not a mean of per-example values, and a non-zero bound: an improvement bound then
   * fails, a regression bound is judged on the point estimate; `unavailable`: no predictions), and whether
   * that decided the check.
   */
  significance?:
    | {
        required: true;
        verdict: MetricSignificance['verdict'] | 'unavailable';
        againstBound?: 'beyond' | 'within' | 'undetermined' | undefined;
        decisive: boolean;
      }
    | undefined;
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
    const row: MetricResult = {
      name,
      status: 'info',
      checks: [],
      direction: rule.direction,
      directionSource: rule.directionSource,
      line: c?.line,
    };
    if (c) row.candidate = c.value;
    if (b) row.baseline = b.value;
    if (c && b) {
      row.delta = c.value - b.value;
      row.relativeDelta = b.value === 0 ? null : row.delta / Math.abs(b.value);
      if (row.delta === 0 || Math.abs(row.delta) <= subtractionNoise(c.value, b.value)) row.change = 'unchanged';
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
          origin: {
            key: name,
            file: rules.file,
            line,
            where: rules.file ? `${rules.file}${line ? `:${line}` : ''}` : `${rules.source}${line ? `, line ${line}` : ''}`,
          },
        });
      } else row.status = 'removed';
      metrics.push(row);
      continue;
    }
    if (rule.significant?.value && !significanceMetricFor(name)) {
      const o = rule.significant.origin;
      throw ruleError(
        o,
        `significant: true on ${JSON.stringify(name)} cannot be judged: predictions determine accuracy, precision, recall, f1, mae, rmse, roc_auc and average_precision, and ${JSON.stringify(name)} is none of them`,
        'Remove significant from this rule',
      );
    }
    const unusable = baseline?.unusable?.get(name);
    for (const [key, field] of bounds) {
      if (isChangeKey(key) && !b && unusable !== undefined) {
        row.checks.push(unusableBaselineCheck(name, key, field, unusable, rule.noBaseline));
        continue;
      }
      const rulePolicy = rule.noBaseline?.value ?? policy;
      row.checks.push(
        isChangeKey(key)
          ? changeCheck(
              name,
              key,
              field,
              c.value,
              b?.value,
              rule.direction!,
              baseline !== undefined,
              rulePolicy,
              rule.noBaseline !== undefined,
              rule.significant,
              sig,
              options.significance,
            )
          : valueCheck(name, key, field, c.value),
      );
    }
    if (rule.significant?.value && !bounds.some(([k]) => isChangeKey(k))) {
      const o = rule.significant.origin;
      throw ruleError(
        o,
        `significant: true on ${JSON.stringify(name)} has no change bound to qualify`,
        'Add a change bound such as max_drop or min_improvement, or remove significant',
      );
    }
    const failed = row.checks.some((k) => k.result === 'fail');
    row.status = failed ? 'fail' : baseline && !b ? 'new' : row.checks.length ? 'pass' : 'info';
    metrics.push(row);
  }

  const globalChecks: Check[] = [];
  if (!baseline && policy === 'fail' && !metrics.some((m) => m.checks.some((k) => k.rule !== 'present' && isChangeKey(k.rule)))) {
    globalChecks.push({
      metric: '',
      rule: 'baseline',
      result: 'fail',
      message: 'there is no baseline to compare with, and no-baseline is fail',
    });
  }
  const failedChecks = [...metrics.flatMap((m) => m.checks), ...globalChecks].filter((k) => k.result === 'fail').length;
  return { passed: failedChecks === 0, failedChecks, hasBaseline: baseline !== undefined, metrics, globalChecks };
}

function ruleError(o: RuleOrigin, message: string, fix: string): UserError {
  return inlineAware(message, {
    file: o.file,
    line: o.line,
    key: `${o.key}.${o.field ?? ''}`,
    fix,
    source: o.where.replace(/, line \d+$/, ''),
  });
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
    message: ok
      ? `${fmt(value)} ${key === 'min' ? '≥' : '≤'} ${fmt(bound)}`
      : `${fmt(value)} is ${key === 'min' ? 'below the minimum' : 'above the maximum'} ${fmt(bound)}`,
    origin: field.origin,
  };
}

/**
 * A change bound on a metric whose baseline value was recorded but is not a number (null, NaN): it fails
 * unless the rule says no_baseline: pass, so a non-finite value never switches a gate off.
 */
function unusableBaselineCheck(
  metric: string,
  key: ChangeKey,
  field: Field<number>,
  recorded: string,
  noBaseline: Field<'pass' | 'fail'> | undefined,
): Check {
  const base = { metric, rule: key, threshold: field.value, origin: field.origin } as const;
  const what = `the baseline records ${metric} as ${recorded}, not a finite number`;
  if (noBaseline?.value === 'pass') {
    return { ...base, result: 'skipped', message: `${what}; change bounds are skipped (no_baseline: pass in the rule)` };
  }
  return {
    ...base,
    result: 'fail',
    message: `${what}, so the change cannot be judged. Record a finite value for the baseline, or add no_baseline: pass to this rule to skip it`,
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
  policyFromRule: boolean,
  significant: Field<boolean> | undefined,
  sig: MetricSignificance | undefined,
  report: SignificanceReport | undefined,
): Check {
  const meaning = CHANGE_MEANING[key];
  const bound = field.value;
  const base = { metric, rule: key, threshold: bound, origin: field.origin } as const;
  if (b === undefined) {
    const why = hasBaseline ? `the baseline does not report ${metric}` : 'there is no baseline';
    const source = policyFromRule ? `no_baseline: ${policy} in the rule` : `no-baseline: ${policy}`;
    return policy === 'fail'
      ? { ...base, result: 'fail', message: `${why} to compare with (${source})` }
      : { ...base, result: 'skipped', message: `${why}; change bounds are skipped (${source})` };
  }
  const diff = c - b;
  const improvement = direction === 'higher' ? diff : -diff;
  if (meaning.scale === 'relative' && b === 0) {
    return { ...base, result: 'not-applicable', message: 'the baseline is 0, so a relative change is undefined' };
  }
  const per = meaning.scale === 'relative' ? Math.abs(b) : 1;
  const observed = improvement / per;
  const required = meaning.kind === 'regression' ? -bound : bound;
  // Float noise relative to the change tested and its bound, plus the rounding of c − b: never to the metric's size.
  const noise = subtractionNoise(c, b) / per;
  const allowance = TOLERANCE * Math.max(Math.abs(observed), Math.abs(required)) + noise;
  let ok = observed >= required || required - observed <= allowance;
  const amount = meaning.scale === 'relative' ? pct(Math.abs(observed)) : fmt(Math.abs(diff));
  const limit = meaning.scale === 'relative' ? pct(bound) : fmt(bound);
  const worse = direction === 'higher' ? 'dropped' : 'rose';
  const better = direction === 'higher' ? 'rose' : 'dropped';
  let message: string;
  if (meaning.kind === 'regression') {
    message =
      improvement >= 0 || Math.abs(observed) <= noise
        ? `no regression (allowed: ${limit})`
        : ok
          ? `${worse} ${amount}, within the ${limit} allowed`
          : `${worse} ${amount}, more than the ${limit} allowed`;
  } else {
    message = ok
      ? `${better} ${amount}, at least the ${limit} required`
      : improvement > 0
        ? `${better} only ${amount}; ${limit} required`
        : `${improvement === 0 ? 'did not change' : `${worse} ${amount}`}; an improvement of ${limit} is required`;
  }
  let significance: Check['significance'];
  if (significant?.value) {
    const o = significant.origin;
    const judged = significanceMetricFor(metric)!; // runGate refused the others
    if (!report) {
      // No predictions in this run (a baseline without them, say): the bound is judged on the point estimate alone.
      message += ' (significance not judged: no predictions)';
      return {
        ...base,
        observed,
        result: ok ? 'pass' : 'fail',
        message,
        significance: { required: true, verdict: 'unavailable', decisive: false },
      };
    }
    if (!sig) {
      if ((judged === 'roc_auc' || judged === 'average_precision') && report.task === 'binary') {
        throw ruleError(
          o,
          `significant: true on ${JSON.stringify(metric)} needs ${judged}, which needs both models' scores (columns baseline_score and candidate_score, with at least 2 positive and 2 negative examples${judged === 'average_precision' ? ` and ${report.minBootstrapN} examples in all` : ''})`,
          'Add the score columns to the predictions file, or remove significant from this rule',
        );
      }
      throw ruleError(
        o,
        `significant: true on ${JSON.stringify(metric)} needs ${judged}, which predictions of a ${report.task} task do not give`,
        report.task === 'regression'
          ? 'Check the predictions file, or set task: classification'
          : 'Check the predictions file, or set task: regression',
      );
    }
    // A regression bound blocks only a regression significantly past it; an improvement bound needs an
    // improvement significantly past it. Both are judged on the interval of Δ against the bound in Δ's
    // units (a relative bound times |baseline|), not against 0.
    const { against, pValue } = againstBound(sig, required * per, meaning.kind, 1 - report.confidence);
    const level = `${Number((report.confidence * 100).toPrecision(4))}%`;
    const ci = sig.ci
      ? ` (${level} CI of Δ [${fmt(sig.ci[0])}, ${fmt(sig.ci[1])}])`
      : pValue !== undefined
        ? ` (permutation test of Δ against the bound: p = ${fmt(pValue)})`
        : '';
    let decisive = false;
    const few = `fewer than ${report.minBootstrapN} examples on which the models differ: a permutation test of ${sig.metric} can only say whether Δ differs from 0, not whether it is past the bound`;
    if (against === 'undetermined' && meaning.kind === 'regression') {
      // Significance can only forgive a regression; without a test against the bound it forgives none.
      message += ` (${few}, so the bound is judged on the point estimate)`;
    } else if (against === 'undetermined') {
      // An improvement bound must not pass on an improvement shown significant only against 0.
      if (ok) decisive = true;
      ok = false;
      message += `, but the sample is too small to show the improvement is past the bound (${few}). Evaluate on more examples (at least ${report.minBootstrapN} on which the models differ), or remove significant from this rule`;
    } else if (meaning.kind === 'regression') {
      if (!ok && against === 'within') {
        ok = true;
        decisive = true;
        message += `, but the regression is not significantly past the bound${ci}`;
      } else if (!ok) message += `, significantly${ci}`;
      else message += ci ? ` ${ci.trim()}` : '';
    } else if (ok && against === 'within') {
      ok = false;
      decisive = true;
      message += `, but the improvement is not significantly past the bound${ci}`;
    } else if (ok) message += `, significantly${ci}`;
    else message += ci ? ` ${ci.trim()}` : '';
    significance = { required: true, verdict: sig.verdict, againstBound: against, decisive };
  }
  return { ...base, observed, result: ok ? 'pass' : 'fail', message, significance };
}

/**
 * Is Δ significantly past a bound? `required` is the improvement the bound asks for, in Δ's units and the
 * metric's better direction: −max_drop for a regression bound, +min_improvement for an improvement one.
 * With an interval: a regression is past its bound when the whole interval of the improvement lies below
 * it; an improvement when the whole interval lies above it (for a bound of 0 this is the verdict). With
 * a permutation test (no interval) a bound of 0 is the test's verdict, and a change not significantly
 * different from 0 is not significantly past any bound either. Past a non-zero bound: for MAE (a mean of
 * per-example values) by the shifted sign-flip test (significance.ts, testAgainstBound) at the same α,
 * two-sided as the interval is; for precision, recall, F1 and RMSE no valid test exists: `undetermined`.
 */
function againstBound(
  sig: MetricSignificance,
  required: number,
  kind: 'regression' | 'improvement',
  alpha: number,
): { against: 'beyond' | 'within' | 'undetermined'; pValue?: number } {
  if (sig.ci) {
    const [lo, hi] = sig.direction === 'higher' ? sig.ci : [-sig.ci[1], -sig.ci[0]];
    if (kind === 'regression') return { against: hi < required ? 'beyond' : 'within' };
    return { against: lo > required ? 'beyond' : 'within' };
  }
  const wanted = kind === 'regression' ? 'regression' : 'improvement';
  if (sig.verdict !== wanted) return { against: 'within' };
  if (required === 0) return { against: 'beyond' };
  // A mean of per-example values (MAE): the shifted sign-flip test of H0 "mean gain = the bound".
  const t = testAgainstBound(sig, required);
  if (!t) return { against: 'undetermined' };
  const past = kind === 'regression' ? t.gain < required : t.gain > required;
  return { against: t.pValue < alpha && past ? 'beyond' : 'within', pValue: t.pValue };
}

function fmt(n: number): string {
  return String(Number(n.toPrecision(6)));
}

function pct(fraction: number): string {
  return `${Number((fraction * 100).toPrecision(3))}%`;
}
