/**
 * readMetricsReport: the metrics package reads back the report.json it writes, keyed on its format
 * version, for register-model (the card's verdict and digest) and the fork-PR commenter.
 */
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseMetricsReport, readMetricsReport, REPORT_FORMAT, reportJson, reportVerdict } from '@mlops-actions/metrics';
import { compare } from './helpers.ts';
import { tempDir } from '../../harness/temp.ts';

let dir: string;
beforeAll(async () => {
  dir = await tempDir('metrics-report-reader-');
});

/** A report as validate-metrics writes it: accuracy fails two rules, loss passes its one. */
const failing = () =>
  compare({ accuracy: 0.8, loss: 0.2 }, { accuracy: 0.9, loss: 0.3 }, 'accuracy: { min: 0.85, max_drop: 0.05 }\nloss: { max: 0.5 }');
const passing = () => compare({ accuracy: 0.9 }, undefined, 'accuracy: { min: 0.85 }');

async function file(content: unknown, name = `report-${Math.random().toString(36).slice(2)}.json`): Promise<string> {
  const p = join(dir, name);
  await writeFile(p, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return p;
}

describe('readMetricsReport', () => {
  it(`reads a ${REPORT_FORMAT} report from a path: typed report, its format, the digest of its bytes`, async () => {
    const text = reportJson(failing());
    const path = await file(text);
    const read = await readMetricsReport({ path, display: 'out/report.json' });
    expect(read.format).toBe(REPORT_FORMAT);
    expect(read.file).toBe('out/report.json');
    expect(read.digest).toBe(`sha256:${createHash('sha256').update(text).digest('hex')}`);
    expect(read.report.passed).toBe(false);
    expect(read.report.failed.map((c) => [c.metric, c.rule])).toEqual([
      ['accuracy', 'min'],
      ['accuracy', 'max_drop'],
    ]);
    // Read from its text, the same.
    expect(await readMetricsReport({ text, file: 'report.json' })).toEqual({ ...read, file: 'report.json' });
    expect(parseMetricsReport(text, 'report.json')).toEqual({ ...read, file: 'report.json' });
  });

  it('gives what the model card records: the verdict, the failed metrics by name, the number of checks', async () => {
    expect(reportVerdict((await readMetricsReport({ text: reportJson(failing()), file: 'r.json' })).report)).toEqual({
      passed: false,
      // Each failed metric once (model cards have always recorded names, not rules).
      failed: ['accuracy'],
      checks: 3,
    });
    expect(reportVerdict((await readMetricsReport({ text: reportJson(passing()), file: 'r.json' })).report)).toEqual({
      passed: true,
      failed: [],
      checks: 1,
    });
  });

  it('drops what the format does not have (a report is data, not trusted)', async () => {
    const v = { ...JSON.parse(reportJson(passing())), extra: '<script>' };
    const { report } = await readMetricsReport({ text: JSON.stringify(v), file: 'r.json' });
    expect(report).not.toHaveProperty('extra');
  });

  const v1 = () => JSON.parse(reportJson(passing())) as Record<string, unknown>;
  it.each<[string, () => unknown, RegExp]>([
    [
      'no format (a hand-written verdict, which the registry used to guess at)',
      () => ({ passed: true, metrics: [{ name: 'accuracy', status: 'pass' }] }),
      /^input 'validation-report', out\/r\.json, key 'format': is not a validate-metrics report: it has no 'format'\. Pass the 'report' output of validate-metrics/,
    ],
    [
      'an unknown format',
      () => ({ ...v1(), format: 'someone-else@1' }),
      /^input 'validation-report', out\/r\.json:\d+, key 'format': is not a validate-metrics report: its format "someone-else@1" is none of mlops-actions\/validate-metrics-report@1/,
    ],
    [
      'a newer version of the format',
      () => ({ ...v1(), format: 'mlops-actions/validate-metrics-report@2' }),
      /key 'format': was written by a newer validate-metrics \(format "mlops-actions\/validate-metrics-report@2"\); this one reads mlops-actions\/validate-metrics-report@1\. Use the same release/,
    ],
    [
      'a format that is not a string',
      () => ({ ...v1(), format: 1 }),
      /key 'format': is not a validate-metrics report: its format 1 is none of/,
    ],
    ['a list at the top level', () => [v1()], /out\/r\.json: is not a validate-metrics report: the top level is not a JSON object/],
    ['a field of the wrong type', () => ({ ...v1(), passed: 'yes' }), /out\/r\.json: passed must be true or false, not a string/],
    ['a required field missing', () => ({ ...v1(), checks: undefined }), /out\/r\.json: checks is missing/],
    ['not JSON', () => '{"format": ', /out\/r\.json:1: cannot parse out\/r\.json as JSON/],
  ])('refuses %s, naming the file, the key and the fix', async (_what, content, message) => {
    const path = await file(content());
    await expect(readMetricsReport({ path, display: 'out/r.json' }, { input: 'validation-report' })).rejects.toThrow(message);
  });

  it('refuses a file that is not there, naming the input and the file', async () => {
    await expect(
      readMetricsReport({ path: join(dir, 'nope.json'), display: 'out/nope.json' }, { input: 'validation-report' }),
    ).rejects.toThrow(/^input 'validation-report', out\/nope\.json: cannot be read: file not found/);
  });
});
