import {
  compareMetrics,
  parseMetricsDocument,
  parseRules,
  parseYamlText,
  type CompareInput,
  type MetricSet,
  type Report,
  type RuleSet,
} from '@mlops-actions/metrics';

export function metrics(values: Record<string, unknown>, source = 'metrics.json'): MetricSet {
  return parseMetricsDocument(JSON.stringify(values), source, source);
}

/** Rules from YAML text, as if read from `file`. */
export function rules(yaml: string, file = 'rules.yml'): RuleSet {
  return parseRules(parseYamlText(yaml, file, file), file);
}

export function compare(
  candidate: Record<string, unknown>,
  baseline: Record<string, unknown> | undefined,
  rulesYaml: string,
  extra: Partial<CompareInput> = {},
): Report {
  return compareMetrics({
    candidate: metrics(candidate),
    baseline: baseline ? metrics(baseline, 'baseline.json') : undefined,
    rules: rules(rulesYaml),
    ...extra,
  });
}

export function check(report: Report, metric: string, rule: string) {
  const m = report.metrics.find((x) => x.name === metric);
  if (!m) throw new Error(`no metric ${metric} in the report`);
  const c = m.checks.find((x) => x.rule === rule);
  if (!c) throw new Error(`no ${rule} check on ${metric}: ${JSON.stringify(m.checks)}`);
  return c;
}
