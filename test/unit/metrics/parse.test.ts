import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  MAX_DOCUMENT_BYTES,
  parseYamlText,
  parseMetricsCsv,
  parseMetricsDocument,
  readMetricsFile,
  readParamsFile,
  diffParams,
  paramsFromValue,
  metricSetFromRecord,
} from '@mlops-actions/metrics';
import { tempDir } from '../../harness/temp.ts';

const values = (set: { values: Map<string, { value: number; line?: number | undefined }> }) =>
  Object.fromEntries([...set.values].map(([k, v]) => [k, v.value]));
const lines = (set: { values: Map<string, { value: number; line?: number | undefined }> }) =>
  Object.fromEntries([...set.values].map(([k, v]) => [k, v.line]));

describe('metrics files', () => {
  it('flattens nested JSON with dots, as DVC does, and keeps each line', () => {
    const set = parseMetricsDocument(
      '{\n  "train": {\n    "loss": 0.04,\n    "TN": 473\n  },\n  "time_real": 12.5\n}\n',
      'm.json',
      'm.json',
    );
    expect(values(set)).toEqual({ 'train.loss': 0.04, 'train.TN': 473, time_real: 12.5 });
    expect(lines(set)).toEqual({ 'train.loss': 3, 'train.TN': 4, time_real: 6 });
  });

  it('reads YAML, including numbers written as strings', () => {
    const set = parseMetricsDocument("test:\n  accuracy: 0.91\n  f1: '0.88'\nlatency_ms: 1.2e2\n", 'm.yaml', 'm.yaml');
    expect(values(set)).toEqual({ 'test.accuracy': 0.91, 'test.f1': 0.88, latency_ms: 120 });
  });

  it('reads CSV metric,value rows with or without a header, skipping comments and blank lines', () => {
    const withHeader = parseMetricsCsv('metric,value\n# evaluated on test\naccuracy,0.91\n\n"loss, weighted",0.2\n', 'm.csv', 'm.csv');
    expect(values(withHeader)).toEqual({ accuracy: 0.91, 'loss, weighted': 0.2 });
    expect(lines(withHeader)).toEqual({ accuracy: 3, 'loss, weighted': 5 });
    expect(values(parseMetricsCsv('accuracy,0.91\nauc,0.95\n', 'm.csv'))).toEqual({ accuracy: 0.91, auc: 0.95 });
  });

  it.each([
    ['YAML .nan', 'm.yaml', 'acc: 0.9\nloss: .nan\n', /^m\.yaml:2: metric "loss" is NaN\. Metrics files hold finite numbers only/],
    ['YAML .inf', 'm.yaml', 'loss: -.inf\n', /^m\.yaml:1: metric "loss" is minus infinity/],
    ["Python's json NaN", 'm.json', '{"test": {"loss": "NaN"}}', /^m\.json:1: metric "test\.loss" is NaN/],
    ["Python's json Infinity", 'm.json', '{\n"loss": "Infinity"\n}', /^m\.json:2: metric "loss" is infinity/],
    ['a word', 'm.yaml', 'model: resnet\n', /^m\.yaml:1: metric "model" is not a number \("resnet"\)/],
    ['a boolean', 'm.yaml', 'converged: true\n', /metric "converged" is true, not a number/],
    ['null', 'm.yaml', 'auc:\n', /metric "auc" has no value/],
    ['a list', 'm.json', '{"roc": [0.1, 0.2]}', /metric "roc" is a list, not a number \(curves and confusion matrices belong in plots/],
    ['a top-level list', 'm.json', '[1, 2]', /must be a mapping of metric names to numbers/],
    ['broken syntax', 'm.json', '{"a": 1,,}', /^m\.json:1: cannot parse m\.json/],
    [
      'a duplicate key, named with both lines',
      'm.yaml',
      'a: 1\na: 2\n',
      /^m\.yaml:2, key 'a': the key "a" is written twice \(lines 1 and 2\)\. Keep one of the two/,
    ],
    [
      'a duplicate nested JSON key',
      'm.json',
      '{"test": {\n "acc": 1,\n "acc": 2}}',
      /^m\.json:3, key 'test\.acc': the key "acc" under "test" is written twice \(lines 2 and 3\)/,
    ],
    ['a dotted key clashing with a nested one', 'm.json', '{"a.b": 1,\n "a": {"b": 2}}', /^m\.json:2: "a\.b" is written twice/],
  ])('rejects %s, naming the file, line and key', (_, file, text, message) => {
    expect(() => parseMetricsDocument(text, file, file)).toThrow(message);
  });

  it.each([
    ['a non-numeric value', 'accuracy,high\n', /^m\.csv:1: metric "accuracy" is not a number \("high"\)/],
    ['a third column', 'metric,value\naccuracy,0.9,extra\n', /^m\.csv:2: expected 2 columns \(metric,value\), found 3/],
    ['a repeated metric', 'accuracy,0.9\nauc,0.8\naccuracy,0.7\n', /^m\.csv:3: metric "accuracy" appears twice \(lines 1 and 3\)/],
    ['NaN', 'metric,value\nloss,nan\n', /^m\.csv:2: metric "loss" is NaN/],
    ['an unclosed quote', 'metric,value\n"loss,0.2\n', /^m\.csv(:\d+)?: cannot parse m\.csv as CSV/],
  ])('rejects CSV with %s', (_, text, message) => {
    expect(() => parseMetricsCsv(text, 'm.csv', 'm.csv')).toThrow(message);
  });

  it('names a missing or empty file', async () => {
    const dir = await tempDir('metrics-');
    await expect(readMetricsFile(join(dir, 'nope.json'), 'nope.json')).rejects.toThrow(/^nope\.json: file not found\. Check the path/);
    await writeFile(join(dir, 'empty.json'), '{}');
    await expect(readMetricsFile(join(dir, 'empty.json'), 'empty.json')).rejects.toThrow(/^empty\.json: holds no metrics/);
    await writeFile(join(dir, 'm.csv'), 'metric,value\nacc,0.5\n');
    expect(values(await readMetricsFile(join(dir, 'm.csv'), 'm.csv'))).toEqual({ acc: 0.5 });
  });

  it('holds a .json file to JSON, and still names the metric Python wrote as NaN', async () => {
    const dir = await tempDir('metrics-');
    const file = async (name: string, text: string) => {
      await writeFile(join(dir, name), text);
      return readMetricsFile(join(dir, name), name);
    };
    await expect(file('a.json', '{"accuracy": 0.9,\n "loss": }')).rejects.toThrow(/^a\.json:2: cannot parse a\.json as JSON: /);
    await expect(file('b.json', "{'accuracy': 0.9}")).rejects.toThrow(
      /^b\.json:1: cannot parse b\.json as JSON: expected a key in double quotes, found "'"/,
    );
    await expect(file('c.json', '{"accuracy": 0.9,\n "loss": NaN}')).rejects.toThrow(/^c\.json:2: metric "loss" is NaN/);
    await expect(file('d.json', '{"loss": -Infinity}')).rejects.toThrow(/^d\.json:1: metric "loss" is minus infinity/);
    // The same text is fine as YAML.
    expect(values(await file('e.yaml', "{'accuracy': 0.9}"))).toEqual({ accuracy: 0.9 });
  });

  it('takes recorded metrics (a model card) and names their source on a bad value', () => {
    expect(values(metricSetFromRecord({ test: { accuracy: 0.9 } }, 'registry: churn@1.2.0'))).toEqual({ 'test.accuracy': 0.9 });
    expect(() => metricSetFromRecord({ auc: 'n/a' }, 'registry: churn@1.2.0')).toThrow(
      'metric "auc" in registry: churn@1.2.0 is not a number',
    );
    const skipped: string[] = [];
    const set = metricSetFromRecord({ auc: 'n/a', acc: 0.9, notes: { by: 'bob' } }, 'registry: churn@1.2.0', (_, why) => skipped.push(why));
    expect(values(set)).toEqual({ acc: 0.9 });
    expect(skipped).toEqual([
      'metric "auc" in registry: churn@1.2.0 is not a number ("n/a")',
      'metric "notes.by" in registry: churn@1.2.0 is not a number ("bob")',
    ]);
  });
});

describe('params', () => {
  it('flattens params and diffs them', async () => {
    const dir = await tempDir('params-');
    await writeFile(join(dir, 'params.yaml'), 'train:\n  lr: 0.01\n  layers: [64, 32]\n  optimizer: adam\nseed: 1\n');
    const candidate = await readParamsFile(join(dir, 'params.yaml'), 'params.yaml');
    expect(Object.fromEntries(candidate)).toEqual({ 'train.lr': '0.01', 'train.layers': '[64,32]', 'train.optimizer': 'adam', seed: '1' });
    const baseline = paramsFromValue({ train: { lr: 0.02, layers: [64, 32], dropout: 0.1 }, seed: 1 }, 'card');
    expect(diffParams(baseline, candidate)).toEqual({
      changed: [{ name: 'train.lr', baseline: '0.02', candidate: '0.01' }],
      added: [{ name: 'train.optimizer', candidate: 'adam' }],
      removed: [{ name: 'train.dropout', baseline: '0.1' }],
      unchanged: 2,
    });
    expect(diffParams(undefined, candidate)).toBeUndefined();
  });
});

describe('large metrics files', () => {
  const N = 100_000;
  const json = `{\n${Array.from({ length: N }, (_, i) => `  "m${i}": ${i / 8}`).join(',\n')}\n}\n`;

  it('reads 100,000 metrics with the line of each (JSON and YAML)', () => {
    for (const [file, text] of [
      ['m.json', json],
      ['m.yaml', Array.from({ length: N }, (_, i) => `m${i}: ${i / 8}`).join('\n')],
    ] as const) {
      const set = parseMetricsDocument(text, file, file);
      expect(set.values.size).toBe(N);
      const offset = file === 'm.json' ? 2 : 1;
      for (const i of [0, 1, 54_321, N - 1]) expect(set.values.get(`m${i}`)).toEqual({ name: `m${i}`, value: i / 8, line: i + offset });
    }
  });

  it('names a duplicate at the end of 100,000 metrics, with both lines', () => {
    const dup = json.replace(/\n}\n$/, ',\n  "m7": 1\n}\n');
    expect(() => parseMetricsDocument(dup, 'm.json', 'm.json')).toThrow(
      `m.json:${N + 2}, key 'm7': the key "m7" is written twice (lines 9 and ${N + 2})`,
    );
  });

  it('refuses a file past the size limit before reading it', async () => {
    const { truncate } = await import('node:fs/promises');
    const dir = await tempDir('metrics-');
    await writeFile(join(dir, 'big.json'), '');
    await truncate(join(dir, 'big.json'), MAX_DOCUMENT_BYTES + 1);
    await expect(readMetricsFile(join(dir, 'big.json'), 'big.json', 'metrics')).rejects.toThrow(
      /^input 'metrics', big\.json: is 16,777,217 bytes, more than the 16,777,216 bytes \(16 MiB\) a metrics file may be/,
    );
    await truncate(join(dir, 'big.json'), MAX_DOCUMENT_BYTES);
    // At the limit it is read (and is not JSON: NUL bytes).
    await expect(readMetricsFile(join(dir, 'big.json'), 'big.json', 'metrics')).rejects.toThrow(
      /^big\.json:1: cannot parse big\.json as JSON/,
    );
  });
});

describe('params and other inputs name what is wrong', () => {
  it('a missing params file names the input and how to skip the diff, not ENOENT', async () => {
    const dir = await tempDir('params-');
    const e = await readParamsFile(join(dir, 'params.yaml'), 'params.yaml', 'params').catch((x: unknown) => x as Error);
    expect(String((e as Error).message)).toBe(
      "input 'params', params.yaml: file not found. Check the path (it is relative to the workspace), or leave the input empty to skip the params diff.",
    );
    expect((e as Error).message).not.toContain('ENOENT');
  });
});

describe('the line-by-line YAML reader agrees with the YAML parser', () => {
  it.each([
    'accuracy: 0.91\nloss: -1.5e-3\n',
    'test:\n  accuracy: 0.9\n  f1: .5\ntrain:\n  loss: +7 # last epoch\n\n# done\n',
    'a:\nb: 1\n',
    'x:\n  y:\n    z: 1\n  w: 2\nv: 3\n',
    'acc: 0.9\r\nf1: 0.8\r\n',
    'True: 1\nnull: 2\n',
    'acc: 0x1F\n',
    'acc: 1_000\n',
    "acc: '0.9'\n",
    'acc: [1, 2]\n',
    'base: &b\n  lr: 1\nother: *b\n',
  ])('%j', async (text) => {
    const { parse } = await import('yaml');
    expect(parseYamlText(text, 'm.yaml').value).toEqual(parse(text));
  });

  it('keeps the lines of nested keys', () => {
    const doc = parseYamlText('# header\ntest:\n  accuracy: 0.9\n\n  f1: 0.8\nloss: 1\n', 'm.yaml');
    expect([
      doc.lineOf([]),
      doc.lineOf(['test']),
      doc.lineOf(['test', 'accuracy']),
      doc.lineOf(['test', 'f1']),
      doc.lineOf(['loss']),
    ]).toEqual([2, 2, 3, 5, 6]);
  });
});
