/**
 * validate-metrics on bad input, run as the runner runs it (the bundled action, runStep): every case
 * fails the step with exit code 1 and exactly one `::error::` that names the input or the file (with the
 * line and key when there is one) and says how to fix it; no stack trace, nothing written to report-dir,
 * no job summary and no comment.
 */
import { existsSync } from 'node:fs';
import { chmod, mkdir, readdir, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useGitHubEmulator } from '../../harness/index.ts';
import { runStep } from '../../harness/step-runner.ts';
import { actionDir as robustnessActionDir, expectCleanFailure, expectUnchanged, NOBODY, snapshotTree } from '../../robustness/helpers.ts';
import { freshActionDir } from '../../harness/fresh-action.ts';
import { tempDir } from '../../harness/temp.ts';

const REPO = 'octo-org/ml-project';

/**
 * The action bundled from the current source once per run (freshActionDir), so that no test file
 * rebuilding actions/validate-metrics/dist can pull it away mid-run; ROBUSTNESS_ACTIONS_DIR runs the cases
 * against another build instead (test/robustness/README.md).
 */
let actionDir = '';
beforeAll(async () => {
  actionDir = robustnessActionDir('validate-metrics').actionDir ?? (await freshActionDir('validate-metrics'));
}, 120_000);

const github = useGitHubEmulator();

const GOOD_METRICS = '{"accuracy": 0.9, "loss": 0.2}';
const GOOD_RULES = 'accuracy: { min: 0.8, max_drop: 0.05 }\n';

interface Case {
  /** The test's name: the input and the expected error. */
  name: string;
  /** Files in the workspace (path → text); `m.json` and `rules.yml` are good ones unless replaced. */
  files?: Record<string, string>;
  /** Files made with a size and no content (sparse), for the size limits. */
  sized?: Record<string, number>;
  /** Folders to create. */
  dirs?: string[];
  /** Files made unreadable (mode 000); the step then runs as an unprivileged user (root reads anything). */
  unreadable?: string[];
  inputs?: Record<string, string>;
  message: RegExp;
  fix: RegExp;
  place?: { file?: string; line?: number };
}

const MiB = 1024 * 1024;

const cases: Case[] = [
  // The metrics file: JSON.
  {
    name: 'metrics: JSON with a missing value → the line of the syntax error',
    files: { 'm.json': '{"accuracy": 0.9,\n "loss": }' },
    message: /^m\.json:2: cannot parse m\.json as JSON: unexpected "}"/,
    fix: /Fix the JSON syntax/,
    place: { file: 'm.json', line: 2 },
  },
  {
    name: 'metrics: JSON with a trailing comma → the line of the comma',
    files: { 'm.json': '{\n "accuracy": 0.9,\n}' },
    message: /^m\.json:3: cannot parse m\.json as JSON: a comma before "}"/,
    fix: /Fix the JSON syntax/,
    place: { file: 'm.json', line: 3 },
  },
  {
    name: 'metrics: JSON in single quotes → line 1, expected a key in double quotes',
    files: { 'm.json': "{'accuracy': 0.9}" },
    message: /^m\.json:1: cannot parse m\.json as JSON: expected a key in double quotes/,
    fix: /name the file \.yaml if it is YAML/,
    place: { file: 'm.json', line: 1 },
  },
  {
    name: 'metrics: JSON with a string left open → its line',
    files: { 'm.json': '{\n "accuracy": 0.9,\n "loss: 0.2\n}' },
    message: /^m\.json:3: cannot parse m\.json as JSON: a string is not closed on its line/,
    fix: /Fix the JSON syntax/,
    place: { file: 'm.json', line: 3 },
  },
  {
    name: 'metrics: JSON with text after the document → its line',
    files: { 'm.json': '{"accuracy": 0.9}\n{"loss": 0.2}\n' },
    message: /^m\.json:2: cannot parse m\.json as JSON: unexpected "\{" after the end of the document/,
    fix: /Fix the JSON syntax/,
    place: { file: 'm.json', line: 2 },
  },
  {
    name: 'metrics: JSON key written twice → the key and both lines',
    files: { 'm.json': '{\n "accuracy": 0.9,\n "loss": 0.2,\n "accuracy": 0.8\n}' },
    message: /^m\.json:4, key 'accuracy': the key "accuracy" is written twice \(lines 2 and 4\)/,
    fix: /Keep one of the two/,
    place: { file: 'm.json', line: 4 },
  },
  {
    name: 'metrics: nested JSON key written twice → the dotted key and both lines',
    files: { 'm.json': '{"test": {\n "f1": 0.7,\n "f1": 0.8}}' },
    message: /^m\.json:3, key 'test\.f1': the key "f1" under "test" is written twice \(lines 2 and 3\)/,
    fix: /Keep one of the two/,
    place: { file: 'm.json', line: 3 },
  },
  {
    name: 'metrics: a dotted key clashing with a nested one → both spellings',
    files: { 'm.json': '{"test.f1": 0.7,\n "test": {"f1": 0.8}}' },
    message: /^m\.json:2: "test\.f1" is written twice \(as "test\.f1" on line 1 and as "test" › "f1"\)/,
    fix: /keep one of the two/,
    place: { file: 'm.json', line: 2 },
  },
  {
    name: 'metrics: NaN written by Python → the metric and its line',
    files: { 'm.json': '{\n "accuracy": 0.9,\n "loss": NaN\n}' },
    message: /^m\.json:3: metric "loss" is NaN/,
    fix: /Metrics files hold finite numbers only/,
    place: { file: 'm.json', line: 3 },
  },
  {
    name: 'metrics: Infinity → the metric and its line',
    files: { 'm.json': '{"accuracy": 0.9,\n "loss": Infinity}' },
    message: /^m\.json:2: metric "loss" is infinity/,
    fix: /leave the metric out when it could not be computed/,
    place: { file: 'm.json', line: 2 },
  },
  {
    name: 'metrics: -Infinity → minus infinity',
    files: { 'm.json': '{"loss": -Infinity}' },
    message: /^m\.json:1: metric "loss" is minus infinity/,
    fix: /finite numbers only/,
    place: { file: 'm.json', line: 1 },
  },
  {
    name: 'metrics: "NaN" as a string → NaN',
    files: { 'm.json': '{"test": {\n "auc": "NaN"}}' },
    message: /^m\.json:2: metric "test\.auc" is NaN/,
    fix: /finite numbers only/,
    place: { file: 'm.json', line: 2 },
  },
  {
    name: 'metrics: null → has no value',
    files: { 'm.json': '{"accuracy": 0.9,\n "auc": null}' },
    message: /^m\.json:2: metric "auc" has no value/,
    fix: /leave the metric out/,
    place: { file: 'm.json', line: 2 },
  },
  {
    name: 'metrics: a boolean → not a number',
    files: { 'm.json': '{"converged": true}' },
    message: /^m\.json:1: metric "converged" is true, not a number/,
    fix: /finite numbers only/,
    place: { file: 'm.json', line: 1 },
  },
  {
    name: 'metrics: a list → curves belong in plots',
    files: { 'm.json': '{"roc": [0.1, 0.5, 0.9]}' },
    message: /^m\.json:1: metric "roc" is a list, not a number/,
    fix: /finite numbers only/,
    place: { file: 'm.json', line: 1 },
  },
  {
    name: 'metrics: a top-level list → must be a mapping',
    files: { 'm.json': '[0.9, 0.2]' },
    message: /^m\.json:1: m\.json must be a mapping of metric names to numbers/,
    fix: /Write e\.g\. \{"accuracy": 0\.91/,
    place: { file: 'm.json', line: 1 },
  },
  {
    name: 'metrics: an empty object → holds no metrics',
    files: { 'm.json': '{}' },
    message: /^input 'metrics', m\.json: holds no metrics/,
    fix: /Write at least one metric/,
    place: { file: 'm.json' },
  },
  {
    name: 'metrics: JSON nested 100,000 levels deep → refused at 64 levels, not a stack overflow',
    files: { 'm.json': '{"a":'.repeat(100_000) },
    message: /^m\.json:1: cannot parse m\.json as JSON: nested more than 64 levels deep/,
    fix: /Fix the JSON syntax/,
    place: { file: 'm.json', line: 1 },
  },
  // A registry baseline: the model and alias are checked where they enter, before the registry opens.
  {
    name: "model: 'Churn Model' with baseline registry → not a valid model name, naming the input",
    inputs: { baseline: 'registry', model: 'Churn Model', registry: 'file:nowhere' },
    message: /^input 'model': 'Churn Model' is not a valid model name/,
    fix: /lowercase letters, digits/,
  },
  {
    name: "alias: 'Prod!' with baseline registry → not a valid alias, naming the input",
    inputs: { baseline: 'registry', model: 'churn', alias: 'Prod!', registry: 'file:nowhere' },
    message: /^input 'alias': 'Prod!' is not a valid alias/,
    fix: /starting with a letter/,
  },
  // The metrics file: YAML and CSV.
  {
    name: 'metrics: YAML key written twice → the key and both lines',
    files: { 'm.yaml': 'accuracy: 0.9\nloss: 0.2\naccuracy: 0.8\n' },
    inputs: { metrics: 'm.yaml' },
    message: /^m\.yaml:3, key 'accuracy': the key "accuracy" is written twice \(lines 1 and 3\)/,
    fix: /Keep one of the two/,
    place: { file: 'm.yaml', line: 3 },
  },
  {
    name: 'metrics: YAML .nan → the metric and its line',
    files: { 'm.yaml': 'accuracy: 0.9\nloss: .nan\n' },
    inputs: { metrics: 'm.yaml' },
    message: /^m\.yaml:2: metric "loss" is NaN/,
    fix: /finite numbers only/,
    place: { file: 'm.yaml', line: 2 },
  },
  {
    name: 'metrics: YAML with broken indentation → the line of the syntax error',
    files: { 'm.yaml': 'test:\n  accuracy: 0.9\n loss: 0.2\n' },
    inputs: { metrics: 'm.yaml' },
    message: /^m\.yaml:3: cannot parse m\.yaml: /,
    fix: /Fix the syntax \(JSON or YAML\)/,
    place: { file: 'm.yaml', line: 3 },
  },
  {
    name: 'metrics: a YAML word → not a number, quoted',
    files: { 'm.yaml': 'accuracy: 0.9\nmodel: resnet\n' },
    inputs: { metrics: 'm.yaml' },
    message: /^m\.yaml:2: metric "model" is not a number \("resnet"\)/,
    fix: /finite numbers only/,
    place: { file: 'm.yaml', line: 2 },
  },
  {
    name: 'metrics: CSV row with a third column → its line',
    files: { 'm.csv': 'metric,value\naccuracy,0.9,extra\n' },
    inputs: { metrics: 'm.csv' },
    message: /^m\.csv:2: expected 2 columns \(metric,value\), found 3/,
    fix: /quote names that contain commas/,
    place: { file: 'm.csv', line: 2 },
  },
  {
    name: 'metrics: CSV metric written twice → both lines',
    files: { 'm.csv': 'accuracy,0.9\nloss,0.2\naccuracy,0.8\n' },
    inputs: { metrics: 'm.csv' },
    message: /^m\.csv:3: metric "accuracy" appears twice \(lines 1 and 3\)/,
    fix: /Keep one row per metric/,
    place: { file: 'm.csv', line: 3 },
  },
  {
    name: 'metrics: CSV quote left open → cannot parse as CSV',
    files: { 'm.csv': 'metric,value\n"loss,0.2\n' },
    inputs: { metrics: 'm.csv' },
    message: /^m\.csv(:\d+)?: cannot parse m\.csv as CSV/,
    fix: /Write one "metric,value" row per line/,
    place: { file: 'm.csv' },
  },
  {
    name: 'metrics: CSV value that is a word → not a number',
    files: { 'm.csv': 'metric,value\naccuracy,high\n' },
    inputs: { metrics: 'm.csv' },
    message: /^m\.csv:2: metric "accuracy" is not a number \("high"\)/,
    fix: /finite numbers only/,
    place: { file: 'm.csv', line: 2 },
  },
  {
    name: 'metrics: CSV row without a name → its line',
    files: { 'm.csv': 'metric,value\n,0.9\n' },
    inputs: { metrics: 'm.csv' },
    message: /^m\.csv:2: a row has an empty metric name/,
    fix: /Name every metric/,
    place: { file: 'm.csv', line: 2 },
  },
  // The metrics file itself.
  {
    name: 'metrics: a missing file → the input and the path',
    inputs: { metrics: 'nope.json' },
    message: /^input 'metrics', nope\.json: file not found/,
    fix: /Check the path; it is relative to the workspace/,
    place: { file: 'nope.json' },
  },
  {
    name: 'metrics: a folder → not a file',
    dirs: ['results'],
    inputs: { metrics: 'results' },
    message: /^input 'metrics', results: is a directory, not a file/,
    fix: /Name a file \(the metrics file\), not a folder/,
    place: { file: 'results' },
  },
  {
    name: 'metrics: an unreadable file → permission denied, in words',
    unreadable: ['m.json'],
    message: /^input 'metrics', m\.json: cannot be read: permission denied/,
    fix: /Make the file readable by the runner user/,
    place: { file: 'm.json' },
  },
  {
    name: 'rules: an unreadable file → permission denied, in words',
    unreadable: ['rules.yml'],
    message: /^input 'rules', rules\.yml: cannot be read: permission denied/,
    fix: /Make the file readable/,
    place: { file: 'rules.yml' },
  },
  {
    name: 'metrics: a file past 16 MiB → refused before reading, with the limit',
    sized: { 'm.json': 17 * MiB },
    message: /^input 'metrics', m\.json: is 17 MiB, more than the 16 MiB a metrics file may be/,
    fix: /holds summary numbers, not raw data/,
    place: { file: 'm.json' },
  },
  // The rules.
  {
    name: 'rules: a misspelt key → the line, the key and a suggestion',
    files: { 'rules.yml': 'accuracy:\n  min: 0.8\n  max_dorp: 0.01\n' },
    message: /^rules\.yml:3, key 'accuracy\.max_dorp': unknown rule key "max_dorp"/,
    fix: /Did you mean 'max_drop'\?/,
    place: { file: 'rules.yml', line: 3 },
  },
  {
    name: 'rules: a metric written twice → the key and both lines',
    files: { 'rules.yml': 'accuracy: { min: 0.8 }\nloss: { max: 1 }\naccuracy: { max_drop: 0.01 }\n' },
    message: /^rules\.yml:3, key 'accuracy': the key "accuracy" is written twice \(lines 1 and 3\)/,
    fix: /Keep one of the two/,
    place: { file: 'rules.yml', line: 3 },
  },
  {
    name: 'rules: broken YAML → the line of the syntax error',
    files: { 'rules.yml': 'accuracy: { min: 0.8\nloss: { max: 1 }\n' },
    message: /^rules\.yml:\d+: cannot parse rules\.yml: /,
    fix: /Fix the syntax/,
    place: { file: 'rules.yml' },
  },
  {
    name: 'rules: broken JSON rules file → the line',
    files: { 'rules.json': '{\n "accuracy": {"min": 0.8,}\n}' },
    inputs: { rules: 'rules.json' },
    message: /^rules\.json:2: cannot parse rules\.json as JSON: a comma before "}"/,
    fix: /Fix the JSON syntax/,
    place: { file: 'rules.json', line: 2 },
  },
  {
    name: 'rules: a bare number → say which bound',
    files: { 'rules.yml': 'accuracy: 0.85\n' },
    message: /^rules\.yml:1, key 'accuracy': the rule for "accuracy" must be a mapping of bounds, got 0\.85/,
    fix: /Say which bound you mean, e\.g\. "accuracy": \{ min: 0\.85 \}/,
    place: { file: 'rules.yml', line: 1 },
  },
  {
    name: 'rules: a negative bound → must not be negative',
    files: { 'rules.yml': 'accuracy:\n  max_drop: -0.01\n' },
    message: /^rules\.yml:2, key 'accuracy\.max_drop': max_drop must not be negative/,
    fix: /0 allows no regression at all/,
    place: { file: 'rules.yml', line: 2 },
  },
  {
    name: 'rules: min above max → no value can pass',
    files: { 'rules.yml': 'accuracy: { min: 0.95, max: 0.9 }\n' },
    message: /^rules\.yml:1, key 'accuracy\.min': min \(0\.95\) is above max \(0\.9\)/,
    fix: /Swap them, or fix one/,
    place: { file: 'rules.yml', line: 1 },
  },
  {
    name: 'rules: an unknown direction → higher or lower',
    files: { 'rules.yml': 'loss: { direction: down }\n' },
    message: /^rules\.yml:1, key 'loss\.direction': direction must be higher or lower, got "down"/,
    fix: /Write direction: higher/,
    place: { file: 'rules.yml', line: 1 },
  },
  {
    name: 'rules: an unknown no_baseline → pass or fail',
    files: { 'rules.yml': 'accuracy: { max_drop: 0.01, no_baseline: ignore }\n' },
    message: /^rules\.yml:1, key 'accuracy\.no_baseline': no_baseline must be pass or fail, got "ignore"/,
    fix: /Write no_baseline: pass/,
    place: { file: 'rules.yml', line: 1 },
  },
  {
    name: 'rules: max_drop on a lower-is-better metric → use max_increase',
    files: { 'rules.yml': 'loss: { max_drop: 0.1 }\n' },
    message: /^rules\.yml:1, key 'loss\.max_drop': max_drop does not suit "loss", which is lower-is-better/,
    fix: /Use max_increase to bound how much worse it may get/,
    place: { file: 'rules.yml', line: 1 },
  },
  {
    name: 'rules: significant on a metric predictions cannot judge → remove it',
    files: { 'rules.yml': 'loss: { max_increase: 0.1, significant: true }\n' },
    message: /^rules\.yml:1, key 'loss\.significant': significant: true on "loss" cannot be judged/,
    fix: /Remove significant from this rule/,
    place: { file: 'rules.yml', line: 1 },
  },
  {
    name: 'rules: a missing rules file → the input and the path',
    inputs: { rules: 'gate/rules.yml' },
    message: /^input 'rules', gate\/rules\.yml: file not found/,
    fix: /or write the rules inline/,
    place: { file: 'gate/rules.yml' },
  },
  {
    name: 'rules: inline rules with a metric written twice → the input, line and key',
    inputs: { rules: 'accuracy: { min: 0.8 }\naccuracy: { max: 1 }' },
    message: /^input 'rules', line 2, key 'accuracy': the key "accuracy" is written twice \(lines 1 and 2\)/,
    fix: /Keep one of the two/,
  },
  {
    name: 'rules: inline rules with broken YAML → the input and line',
    inputs: { rules: 'accuracy: { min: 0.8\nloss: [' },
    message: /^input 'rules', line \d+: cannot parse it: /,
    fix: /Fix the syntax/,
  },
  // The params.
  {
    name: 'params: a missing file → the input, the path and how to skip the diff',
    inputs: { params: 'params.yaml' },
    message: /^input 'params', params\.yaml: file not found/,
    fix: /leave the input empty to skip the params diff/,
    place: { file: 'params.yaml' },
  },
  {
    name: 'params: broken YAML → the line',
    files: { 'params.yaml': 'lr: 0.1\nmodel:\n  depth: [6\n' },
    inputs: { params: 'params.yaml' },
    message: /^params\.yaml:\d+: cannot parse params\.yaml: /,
    fix: /Fix the syntax/,
    place: { file: 'params.yaml' },
  },
  {
    name: 'params: a key written twice → the key and both lines',
    files: { 'params.yaml': 'train:\n  lr: 0.1\n  lr: 0.2\n' },
    inputs: { params: 'params.yaml' },
    message: /^params\.yaml:3, key 'train\.lr': the key "lr" under "train" is written twice \(lines 2 and 3\)/,
    fix: /Keep one of the two/,
    place: { file: 'params.yaml', line: 3 },
  },
  {
    name: 'params: a top-level list → must be a mapping',
    files: { 'params.json': '[1, 2]' },
    inputs: { params: 'params.json' },
    message: /^params\.json:1: params\.json must be a mapping of parameter names to values/,
    fix: /Write e\.g\. \{"lr": 0\.01/,
    place: { file: 'params.json', line: 1 },
  },
  {
    name: 'baseline-params: a missing file → the input and the path',
    inputs: { 'baseline-params': 'old/params.yaml' },
    message: /^input 'baseline-params', old\/params\.yaml: file not found/,
    fix: /Check the path/,
    place: { file: 'old/params.yaml' },
  },
  // The baseline.
  {
    name: 'baseline: a missing file → the input and the path',
    inputs: { baseline: 'main.json' },
    message: /^input 'baseline', main\.json: file not found/,
    fix: /Check the path/,
    place: { file: 'main.json' },
  },
  {
    name: 'baseline: NaN → the metric and its line',
    files: { 'b.json': '{"accuracy": 0.9,\n "loss": NaN}' },
    inputs: { baseline: 'b.json' },
    message: /^b\.json:2: metric "loss" is NaN/,
    fix: /finite numbers only/,
    place: { file: 'b.json', line: 2 },
  },
  {
    name: 'baseline: null → has no value',
    files: { 'b.json': '{"accuracy": null}' },
    inputs: { baseline: 'b.json' },
    message: /^b\.json:1: metric "accuracy" has no value/,
    fix: /finite numbers only/,
    place: { file: 'b.json', line: 1 },
  },
  {
    name: 'baseline: a key written twice → the key and both lines',
    files: { 'b.yaml': 'accuracy: 0.9\naccuracy: 0.91\n' },
    inputs: { baseline: 'b.yaml' },
    message: /^b\.yaml:2, key 'accuracy': the key "accuracy" is written twice \(lines 1 and 2\)/,
    fix: /Keep one of the two/,
    place: { file: 'b.yaml', line: 2 },
  },
  {
    name: 'baseline: a file past 16 MiB → refused with the limit',
    sized: { 'b.json': 20 * MiB },
    inputs: { baseline: 'b.json' },
    message: /^input 'baseline', b\.json: is 20 MiB, more than the 16 MiB a metrics file may be/,
    fix: /Keep it under the limit/,
    place: { file: 'b.json' },
  },
  // The predictions.
  {
    name: 'predictions: a missing column → the columns it has',
    files: { 'p.csv': 'y_true,base,candidate\n1,1,1\n' },
    inputs: { predictions: 'p.csv' },
    message: /^p\.csv:1: p\.csv has no column 'baseline' \(its columns: 'y_true', 'base', 'candidate'\)/,
    fix: /Name the columns y_true/,
    place: { file: 'p.csv', line: 1 },
  },
  {
    name: 'predictions: an empty cell → its line and column',
    files: { 'p.csv': 'y_true,baseline,candidate\n1,1,1\n0,,1\n' },
    inputs: { predictions: 'p.csv' },
    message: /^p\.csv:3, key 'baseline': row has no value in column 'baseline'/,
    fix: /drop incomplete rows/,
    place: { file: 'p.csv', line: 3 },
  },
  {
    name: 'predictions: a missing file → the input and the path',
    inputs: { predictions: 'eval/p.csv' },
    message: /^input 'predictions', eval\/p\.csv: file not found/,
    fix: /or leave predictions empty/,
    place: { file: 'eval/p.csv' },
  },
  {
    name: 'predictions: a header only → no examples',
    files: { 'p.csv': 'y_true,baseline,candidate\n' },
    inputs: { predictions: 'p.csv' },
    message: /^p\.csv: p\.csv has a header but no examples/,
    fix: /Write one row per evaluation example/,
    place: { file: 'p.csv' },
  },
  {
    name: 'predictions: a word under task regression → its line',
    files: { 'p.csv': 'y_true,baseline,candidate\n1.5,1.4,1.6\n2.0,high,2.1\n' },
    inputs: { predictions: 'p.csv', task: 'regression' },
    message: /^p\.csv:3: 'high' in column 'baseline' is not a number, and regression needs numbers/,
    fix: /or set task: classification/,
    place: { file: 'p.csv', line: 3 },
  },
  {
    name: 'positive-label: not among two labels → the labels there are',
    files: { 'p.csv': 'y_true,baseline,candidate\nspam,ham,spam\nham,ham,ham\n' },
    inputs: { predictions: 'p.csv' },
    message: /^input 'positive-label': the positive label '1' is not among the labels in p\.csv \('ham', 'spam'\)/,
    fix: /Set positive-label to the class that precision and recall are about, e\.g\. 'spam'/,
  },
  {
    name: 'predictions: a file past 128 MiB → refused with the limit',
    sized: { 'p.csv': 130 * MiB },
    inputs: { predictions: 'p.csv' },
    message: /^input 'predictions', p\.csv: is 130 MiB, more than the 128 MiB a predictions file may be/,
    fix: /Evaluate on a sample of the examples/,
    place: { file: 'p.csv' },
  },
];

describe('validate-metrics refuses bad input with one error that says what and where', () => {
  it.each(cases)('$name', async (c) => {
    github.state.addPullRequest(REPO, { number: 7 });
    const ws = await tempDir('vm-bad-');
    const files: Record<string, string> = { 'm.json': GOOD_METRICS, 'rules.yml': GOOD_RULES, ...c.files };
    for (const [path, text] of Object.entries(files)) {
      await mkdir(join(ws, path, '..'), { recursive: true });
      await writeFile(join(ws, path), text);
    }
    for (const [path, size] of Object.entries(c.sized ?? {})) {
      await writeFile(join(ws, path), '');
      await truncate(join(ws, path), size);
    }
    for (const d of c.dirs ?? []) await mkdir(join(ws, d), { recursive: true });
    if (c.unreadable) {
      await chmod(ws, 0o777);
      for (const f of Object.keys(files)) await chmod(join(ws, f), 0o644);
      for (const f of c.unreadable) await chmod(join(ws, f), 0o000);
    }
    const before = snapshotTree(ws);

    const r = await runStep({
      action: 'validate-metrics',
      actionDir,
      workspace: ws,
      event: 'pull_request',
      apiUrl: github.url,
      inputs: { metrics: 'm.json', rules: 'rules.yml', 'report-dir': 'out', ...c.inputs },
      // The unprivileged user needs to reach the runner temp (the event payload, the file commands).
      ...(c.unreadable ? { user: NOBODY, runnerTemp: await tempDir('vm-runner-').then(async (d) => (await chmod(d, 0o777), d)) } : {}),
    });

    // Exit 1, one ::error:: naming the input/file/line/key with the fix; no stack, no errno, no outputs.
    const message = expectCleanFailure(r, { mentions: [c.message], fix: c.fix, file: c.place?.file, line: c.place?.line });
    expect((r.stdout.match(/^::error/gm) ?? []).length).toBe(1);
    expect(message).toMatch(c.message);
    // Nothing half-written (report-dir is not even created), nothing posted.
    const out = join(ws, 'out');
    expect(existsSync(out) ? await readdir(out) : []).toEqual([]);
    expectUnchanged(before, snapshotTree(ws), 'the workspace');
    expect(r.summary).toBe('');
    expect(github.requests).toEqual([]);
  });

  it(`has at least 40 cases, each named by its input`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    for (const c of cases) expect(c.name).toMatch(/^[a-z-]+: .+ → .+/);
  });
});
