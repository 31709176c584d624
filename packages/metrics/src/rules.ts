import { UserError } from '@mlops-actions/errors';
import type { StructuredDocument } from '@mlops-actions/files';
import { inferDirection, type Direction } from './direction.ts';

/**
 * The gate rules, written for people:
 *
 *   accuracy:   { min: 0.85, max_drop: 0.01 }
 *   f1:         { max_drop_relative: 2%, significant: true }
 *   latency_ms: { direction: lower, max: 120, max_increase_relative: 0.10 }
 *   '*':        { max_regression_relative: 0.05 }
 *
 * Keys are metric names (dotted, as flattened) or patterns with `*`. Bounds are inclusive. Change
 * bounds are measured in the metric's better direction ("improvement" = candidate − baseline for
 * higher-is-better metrics, baseline − candidate for lower-is-better ones), as MLflow's
 * min_absolute_change/min_relative_change are and as TFMA's change thresholds are for higher-is-better.
 */
export const VALUE_KEYS = ['min', 'max'] as const;
export const CHANGE_KEYS = [
  'max_drop',
  'max_drop_relative',
  'max_increase',
  'max_increase_relative',
  'max_regression',
  'max_regression_relative',
  'min_improvement',
  'min_improvement_relative',
] as const;
export const RULE_KEYS = ['direction', ...VALUE_KEYS, ...CHANGE_KEYS, 'significant', 'no_baseline'] as const;

export type ValueKey = (typeof VALUE_KEYS)[number];
export type ChangeKey = (typeof CHANGE_KEYS)[number];
export type BoundKey = ValueKey | ChangeKey;
export type RuleKey = (typeof RULE_KEYS)[number];

/** Where a rule field was written, for messages and annotations. */
export interface RuleOrigin {
  /** The rules key it was written under: a metric name or a pattern such as `*`. */
  key: string;
  /** The rule field; absent for a check about the whole rule (the metric it names is missing). */
  field?: RuleKey | undefined;
  /** The rules file, when the rules came from one. */
  file?: string | undefined;
  line?: number | undefined;
  /** "rules.yml:4" or "input 'rules', line 4": for people. */
  where: string;
}

export interface Field<T> {
  value: T;
  origin: RuleOrigin;
}

/** One entry of the rules as written. A field set to `null` removes what a pattern would give. */
export interface Rule {
  key: string;
  isPattern: boolean;
  line?: number | undefined;
  /** Position in the file, to break ties between equally specific patterns. */
  index: number;
  direction?: Field<Direction> | null;
  significant?: Field<boolean> | null;
  /**
   * What the change bounds do when there is no baseline value to compare with: `pass` (skip them) or
   * `fail`. Unset: the `no-baseline` input decides for a missing baseline or a metric new in the
   * candidate, and a baseline value recorded as null or not a number fails.
   */
  noBaseline?: Field<'pass' | 'fail'> | null;
  bounds: Partial<Record<BoundKey, Field<number> | null>>;
}

export interface RuleSet {
  /** "rules.yml" or "input 'rules'". */
  source: string;
  file?: string | undefined;
  rules: Rule[];
}

export const EMPTY_RULES: RuleSet = { source: 'no rules', rules: [] };

/** What the change bounds mean, in terms of the improvement in the metric's better direction. */
export interface ChangeBoundMeaning {
  /** `absolute`: improvement vs the bound; `relative`: improvement / |baseline| vs the bound. */
  scale: 'absolute' | 'relative';
  /** `regression`: improvement ≥ −bound (a limit on how much worse); `improvement`: improvement ≥ bound. */
  kind: 'regression' | 'improvement';
  /** max_drop only suits higher-is-better metrics, max_increase only lower-is-better ones. */
  only?: Direction;
}

export const CHANGE_MEANING: Record<ChangeKey, ChangeBoundMeaning> = {
  max_drop: { scale: 'absolute', kind: 'regression', only: 'higher' },
  max_drop_relative: { scale: 'relative', kind: 'regression', only: 'higher' },
  max_increase: { scale: 'absolute', kind: 'regression', only: 'lower' },
  max_increase_relative: { scale: 'relative', kind: 'regression', only: 'lower' },
  max_regression: { scale: 'absolute', kind: 'regression' },
  max_regression_relative: { scale: 'relative', kind: 'regression' },
  min_improvement: { scale: 'absolute', kind: 'improvement' },
  min_improvement_relative: { scale: 'relative', kind: 'improvement' },
};

export function isChangeKey(k: string): k is ChangeKey {
  return (CHANGE_KEYS as readonly string[]).includes(k);
}

const RULE_EXAMPLE = 'accuracy: { min: 0.85, max_drop: 0.01 }';

/**
 * An error in the rules: with the file, line and key for a rules file (the run() wrapper annotates the
 * line); for inline rules the message itself says "input 'rules', line N, key 'k'".
 */
export function inlineAware(
  message: string,
  o: { file?: string | undefined; line?: number | undefined; key: string; fix: string; source: string },
): UserError {
  if (o.file)
    return new UserError(message, { file: o.file, ...(o.line ? { line: o.line } : {}), ...(o.key ? { key: o.key } : {}), fix: o.fix });
  const where = [o.source, o.line ? `line ${o.line}` : '', o.key ? `key '${o.key}'` : ''].filter(Boolean).join(', ');
  return new UserError(`${where}: ${message}`, { fix: o.fix });
}

/** Reads rules from a parsed YAML/JSON document (a file, or the inline `rules` input). */
export function parseRules(doc: StructuredDocument, file?: string): RuleSet {
  const root = doc.value;
  const where = (line: number | undefined) => (file ? `${file}${line ? `:${line}` : ''}` : `${doc.source}${line ? `, line ${line}` : ''}`);
  const error = (message: string, line: number | undefined, key: string, fix: string): UserError =>
    inlineAware(message, { file, line, key, fix, source: doc.source });

  if (root === null || root === undefined) return { source: doc.source, file, rules: [] };
  if (typeof root !== 'object' || Array.isArray(root)) {
    throw error('rules must be a mapping from metric names to their rules', 1, '', `Write e.g. ${RULE_EXAMPLE}`);
  }
  const rules: Rule[] = [];
  Object.entries(root as Record<string, unknown>).forEach(([key, body], index) => {
    const line = doc.lineOf([key]);
    if (key.trim() === '') throw error('a rule has an empty metric name', line, key, 'Name the metric, or use "*" for every metric');
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      throw error(
        `the rule for ${JSON.stringify(key)} must be a mapping of bounds, got ${describe(body)}`,
        line,
        key,
        typeof body === 'number' ? `Say which bound you mean, e.g. ${JSON.stringify(key)}: { min: ${body} }` : `Write e.g. ${RULE_EXAMPLE}`,
      );
    }
    const rule: Rule = { key, isPattern: key.includes('*'), line, index, bounds: {} };
    for (const [field, value] of Object.entries(body as Record<string, unknown>)) {
      const fieldLine = doc.lineOf([key, field]) ?? line;
      const origin: RuleOrigin = { key, field: field as RuleKey, file, line: fieldLine, where: where(fieldLine) };
      const at = `${key}.${field}`;
      if (!(RULE_KEYS as readonly string[]).includes(field)) {
        const guess = closest(field, RULE_KEYS);
        const nested = value !== null && typeof value === 'object' && !Array.isArray(value);
        throw error(
          `unknown rule key ${JSON.stringify(field)} in the rule for ${JSON.stringify(key)}`,
          fieldLine,
          at,
          nested
            ? `A metric with a dotted name is written as one key, e.g. "${key}.${field}": { min: 0.8 }`
            : `${guess ? `Did you mean '${guess}'? ` : ''}Known keys: ${RULE_KEYS.join(', ')}`,
        );
      }
      if (value === null) {
        if (field === 'direction') rule.direction = null;
        else if (field === 'significant') rule.significant = null;
        else if (field === 'no_baseline') rule.noBaseline = null;
        else rule.bounds[field as BoundKey] = null;
        continue;
      }
      if (field === 'no_baseline') {
        const v = typeof value === 'string' ? value.trim().toLowerCase() : value;
        if (v !== 'pass' && v !== 'fail') {
          throw error(
            `no_baseline must be pass or fail, got ${describe(value)}`,
            fieldLine,
            at,
            'Write no_baseline: pass (skip the change bounds when there is no baseline value) or no_baseline: fail',
          );
        }
        rule.noBaseline = { value: v, origin };
        continue;
      }
      if (field === 'direction') {
        const v = typeof value === 'string' ? value.trim().toLowerCase() : value;
        if (v !== 'higher' && v !== 'lower') {
          throw error(
            `direction must be higher or lower, got ${describe(value)}`,
            fieldLine,
            at,
            'Write direction: higher (bigger is better) or direction: lower (smaller is better)',
          );
        }
        rule.direction = { value: v, origin };
      } else if (field === 'significant') {
        if (typeof value !== 'boolean')
          throw error(`significant must be true or false, got ${describe(value)}`, fieldLine, at, 'Write significant: true');
        rule.significant = { value, origin };
      } else {
        const relative = field.endsWith('_relative');
        const n = boundNumber(value, relative);
        if (n === undefined) {
          throw error(
            `${field} must be a number, got ${describe(value)}`,
            fieldLine,
            at,
            relative ? `Write a fraction (0.02) or a percentage (2%)` : `Write a number, e.g. ${field}: 0.01`,
          );
        }
        if (isChangeKey(field) && n < 0) {
          const meaning = CHANGE_MEANING[field];
          throw error(
            `${field} must not be negative (${n})`,
            fieldLine,
            at,
            meaning.kind === 'regression'
              ? `It is how much worse the metric may get; 0 allows no regression at all`
              : `It is how much better the metric must get; to allow a regression use max_regression${relative ? '_relative' : ''}`,
          );
        }
        rule.bounds[field as BoundKey] = { value: n, origin };
      }
    }
    const min = rule.bounds.min;
    const max = rule.bounds.max;
    if (min && max && min.value > max.value) {
      throw error(
        `min (${min.value}) is above max (${max.value}), so no value can pass`,
        min.origin.line,
        `${key}.min`,
        'Swap them, or fix one',
      );
    }
    const implied = impliedDirections(rule);
    if (implied.size > 1) {
      const drop = Object.keys(rule.bounds).find((k) => k.startsWith('max_drop'))!;
      const inc = Object.keys(rule.bounds).find((k) => k.startsWith('max_increase'))!;
      throw error(
        `${drop} and ${inc} cannot both apply to ${JSON.stringify(key)}: a drop is the regression of a higher-is-better metric, an increase that of a lower-is-better one`,
        rule.bounds[drop as BoundKey]?.origin.line,
        `${key}.${drop}`,
        'Keep the one that matches the metric, or use max_regression (which follows the direction)',
      );
    }
    const dir = rule.direction?.value;
    const [only] = implied;
    if (dir && only && dir !== only && !rule.isPattern) {
      throw directionConflict(key, rule, dir, `direction: ${dir}`, error);
    }
    rules.push(rule);
  });
  return { source: doc.source, file, rules };
}

function impliedDirections(rule: Rule): Set<Direction> {
  const out = new Set<Direction>();
  for (const [k, f] of Object.entries(rule.bounds)) {
    if (f && isChangeKey(k)) {
      const only = CHANGE_MEANING[k].only;
      if (only) out.add(only);
    }
  }
  return out;
}

function directionConflict(
  metric: string,
  rule: Rule,
  dir: Direction,
  because: string,
  error: (message: string, line: number | undefined, key: string, fix: string) => UserError,
): UserError {
  const [k, f] = Object.entries(rule.bounds).find(
    ([k, f]) => f && isChangeKey(k) && CHANGE_MEANING[k].only && CHANGE_MEANING[k].only !== dir,
  )!;
  const other = k.replace(dir === 'lower' ? 'max_drop' : 'max_increase', dir === 'lower' ? 'max_increase' : 'max_drop');
  return error(
    `${k} does not suit ${JSON.stringify(metric)}, which is ${dir === 'lower' ? 'lower' : 'higher'}-is-better (${because}): ${dir === 'lower' ? 'a drop is an improvement' : 'an increase is an improvement'}`,
    f!.origin.line,
    `${metric}.${k}`,
    `Use ${other} to bound how much worse it may get, or max_regression${k.endsWith('_relative') ? '_relative' : ''}`,
  );
}

/** A bound: a finite number, or for relative bounds a percentage string such as "2%". */
function boundNumber(value: unknown, relative: boolean): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  const pct = /^([+-]?(?:\d+\.?\d*|\.\d+))\s*%$/.exec(s);
  if (pct && relative) return Number(pct[1]) / 100;
  return undefined;
}

function describe(v: unknown): string {
  if (v === null) return 'nothing';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return JSON.stringify(v);
  return String(v);
}

/** The known word nearest to a misspelt one (edit distance ≤ 3), for "did you mean". */
export function closest(word: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = 4;
  for (const k of known) {
    const d = editDistance(word.toLowerCase(), k);
    if (d < bestD) [best, bestD] = [k, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

function patternRegex(pattern: string): RegExp {
  return new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
}

/** Literal characters in a pattern: more means more specific. */
function specificity(pattern: string): number {
  return pattern.replace(/\*/g, '').length;
}

/** The rule that applies to one metric, with each field's origin. */
export interface EffectiveRule {
  /** The exact (non-pattern) rule for this metric, when there is one. */
  exact: Rule | undefined;
  direction: Direction | undefined;
  directionSource: 'rule' | 'name' | 'bound' | undefined;
  significant: Field<boolean> | undefined;
  noBaseline: Field<'pass' | 'fail'> | undefined;
  bounds: Partial<Record<BoundKey, Field<number>>>;
}

/**
 * Merges the rules that match `metric`: patterns from least to most specific, then the metric's own
 * rule, each overriding the fields it sets (`null` removes one). Then settles the direction (the rule's,
 * else the name's, else what max_drop/max_increase imply) and drops pattern bounds that do not suit it.
 * A bound written for this metric by name that cannot apply is an error with its line.
 */
export function resolveRule(rules: RuleSet, metric: string): EffectiveRule {
  const matching = rules.rules
    .filter((r) => (r.isPattern ? patternRegex(r.key).test(metric) : r.key === metric))
    .sort(
      (a, b) =>
        Number(a.isPattern === false) - Number(b.isPattern === false) || specificity(a.key) - specificity(b.key) || a.index - b.index,
    );
  const exact = matching.find((r) => !r.isPattern);
  let direction: Field<Direction> | undefined;
  let significant: Field<boolean> | undefined;
  let noBaseline: Field<'pass' | 'fail'> | undefined;
  for (const r of matching) {
    if (r.direction !== undefined) direction = r.direction ?? undefined;
    if (r.significant !== undefined) significant = r.significant ?? undefined;
    if (r.noBaseline !== undefined) noBaseline = r.noBaseline ?? undefined;
  }
  let dir: Direction | undefined = direction?.value;
  let directionSource: EffectiveRule['directionSource'] = dir ? 'rule' : undefined;
  if (!dir) {
    dir = inferDirection(metric);
    if (dir) directionSource = 'name';
  }
  const exactChange = Object.entries(exact?.bounds ?? {}).filter(
    (e): e is [ChangeKey, Field<number>] => e[1] !== null && isChangeKey(e[0]),
  );
  if (!dir) {
    // A bound written for this very metric tells which way it goes: max_drop → higher is better.
    const only = exactChange.map(([k]) => CHANGE_MEANING[k].only).find(Boolean);
    if (only) [dir, directionSource] = [only, 'bound'];
  }
  // A bound written for this metric by name that cannot apply is an error; a pattern's simply does not apply.
  for (const [k, f] of exactChange) {
    const only = CHANGE_MEANING[k].only;
    if (dir && (only === undefined || only === dir)) continue;
    const error = (message: string, line: number | undefined, key: string, fix: string) =>
      inlineAware(message, { file: f.origin.file, line, key, fix, source: f.origin.where.replace(/, line \d+$/, '') });
    if (!dir) {
      throw error(
        `${k} needs to know whether higher or lower is better for ${JSON.stringify(metric)}, and its name does not say`,
        f.origin.line,
        `${metric}.${k}`,
        `Add direction: higher or direction: lower to the rule for ${JSON.stringify(metric)}`,
      );
    }
    throw directionConflict(
      metric,
      { key: metric, isPattern: false, index: 0, bounds: { [k]: f } },
      dir,
      directionSource === 'name' ? 'judged from its name; set direction to override' : `direction: ${dir}`,
      error,
    );
  }
  // Merge by meaning, so a metric's own max_increase_relative replaces a pattern's max_regression_relative
  // (both bound the relative regression) instead of adding a second check.
  const slots = new Map<string, Field<number>>();
  for (const r of matching) {
    for (const [k, f] of Object.entries(r.bounds) as [BoundKey, Field<number> | null][]) {
      const slot = slotOf(k);
      if (f === null) {
        slots.delete(slot);
        continue;
      }
      if (isChangeKey(k)) {
        const only = CHANGE_MEANING[k].only;
        if (!dir || (only !== undefined && only !== dir)) continue;
      }
      slots.set(slot, f);
    }
  }
  // The metric's own bounds first, in the order written, then the inherited ones, most specific first.
  const bounds: Partial<Record<BoundKey, Field<number>>> = {};
  for (const r of [...matching].reverse()) {
    for (const k of Object.keys(r.bounds) as BoundKey[]) {
      const f = slots.get(slotOf(k));
      if (f && f === r.bounds[k]) bounds[k] = f;
    }
  }
  return { exact, direction: dir, directionSource, significant, noBaseline, bounds };
}

/** Bounds that mean the same thing share a slot: max_drop, max_increase and max_regression all bound the regression. */
function slotOf(k: BoundKey): string {
  if (!isChangeKey(k)) return k;
  const m = CHANGE_MEANING[k];
  return `${m.kind}/${m.scale}`;
}

/** Metric names that have a rule of their own (not only a pattern), in file order. */
export function namedMetrics(rules: RuleSet): Rule[] {
  return rules.rules.filter((r) => !r.isPattern);
}
