import { describe, expect, it } from 'vitest';
import {
  compareMetrics,
  computeSignificance,
  parseMetricsDocument,
  parsePredictionsCsv,
  parseRules,
  parseYamlText,
} from '@mlops-actions/metrics';

const header = 'y_true,baseline,candidate,baseline_score,candidate_score';

function parseError(text: string, slices?: string[]): Error & { file?: string; line?: number; key?: string; fix?: string } {
  try {
    parsePredictionsCsv(text, 'eval/p.csv', 'eval/p.csv', { slices });
  } catch (e) {
    return e as Error;
  }
  throw new Error('no error');
}

describe('score columns of the predictions file', () => {
  it('reads both scores as numbers; any real is a score (a margin, not only a probability)', () => {
    const p = parsePredictionsCsv(`${header}\n1,1,1,2.5,0.9\n0,0,1,-3e-1,1e2\n`, 'p.csv');
    expect(Array.from(p.baselineScore!)).toEqual([2.5, -0.3]);
    expect(Array.from(p.candidateScore!)).toEqual([0.9, 100]);
  });

  it('has no scores without the columns', () => {
    expect(parsePredictionsCsv('y_true,baseline,candidate\n1,1,1\n', 'p.csv').baselineScore).toBeUndefined();
  });

  it.each([
    ['abc', "'abc' is not a finite number in column 'candidate_score'"],
    ['NaN', "'NaN' is not a finite number in column 'candidate_score'"],
    ['1e400', "'1e400' is not a finite number in column 'candidate_score'"],
    ['', "row has no value in column 'candidate_score'"],
  ])('a bad score %j names the file, the line and the column', (bad, message) => {
    const e = parseError(`${header}\n1,1,1,0.5,0.5\n0,0,0,0.1,${bad}\n`);
    expect(e.message).toContain(message);
    expect(e).toMatchObject({ file: 'eval/p.csv', line: 3, key: 'candidate_score' });
  });

  it('wants both score columns or neither', () => {
    const e = parseError('y_true,baseline,candidate,candidate_score\n1,1,1,0.5\n');
    expect(e.message).toContain("eval/p.csv has a column 'candidate_score' but no 'baseline_score'");
    expect(e).toMatchObject({ file: 'eval/p.csv', line: 1 });
  });

  it('refuses scores for a multiclass or regression task', () => {
    const multi = parsePredictionsCsv(`${header}\na,a,b,0.1,0.2\nb,b,b,0.3,0.4\nc,c,c,0.5,0.6\n`, 'p.csv', 'p.csv');
    expect(() => computeSignificance(multi, { resamples: 100 })).toThrow(/scores of the positive class, but this is a multiclass task/);
    const reg = parsePredictionsCsv(`${header}\n1.5,1.4,1.6,0.1,0.2\n2.5,2.4,2.6,0.3,0.4\n`, 'p.csv', 'p.csv');
    expect(() => computeSignificance(reg, { resamples: 100, task: 'regression' })).toThrow(/but this is a regression task/);
  });

  it('reads slice columns by their exact name, empty values included', () => {
    const p = parsePredictionsCsv('y_true,baseline,candidate,Segment\n1,1,1,A\n0,0,0,\n', 'p.csv', 'p.csv', { slices: ['Segment'] });
    expect(p.slices?.get('Segment')).toEqual(['A', '']);
    const e = parseError('y_true,baseline,candidate,Segment\n1,1,1,A\n', ['segment']);
    expect(e.message).toMatch(/has no column 'segment' to slice by \(its columns: 'y_true', 'baseline', 'candidate', 'Segment'\)/);
  });
});

describe('rules on ROC AUC', () => {
  const csv = (scores: boolean) => {
    const rows = [scores ? header : 'y_true,baseline,candidate'];
    for (let i = 0; i < 40; i++)
      rows.push(
        `${i % 2},${i % 3 === 0 ? 1 - (i % 2) : i % 2},${i % 2}${scores ? `,${(i % 2) * 0.3 + (i % 7) / 10},${(i % 2) * 0.6 + (i % 7) / 10}` : ''}`,
      );
    return `${rows.join('\n')}\n`;
  };

  it('significant: true on auc is judged by DeLong with scores, and needs the score columns without', () => {
    const rules = parseRules(parseYamlText('test.auc: { max_drop: 0.01, significant: true }\n', 'rules.yml', 'rules.yml'), 'rules.yml');
    const run = (scores: boolean) =>
      compareMetrics({
        candidate: parseMetricsDocument('{"test.auc": 0.8}', 'm.json', 'm.json'),
        baseline: parseMetricsDocument('{"test.auc": 0.9}', 'b.json', 'b.json'),
        rules,
        significance: computeSignificance(parsePredictionsCsv(csv(scores), 'p.csv', 'p.csv'), { resamples: 100 }),
      });
    const check = run(true).metrics.find((m) => m.name === 'test.auc')!.checks[0]!;
    expect(check.significance).toMatchObject({ required: true });
    expect(check.message).toMatch(/95% CI of Δ/);
    expect(() => run(false)).toThrow(
      /significant: true on "test\.auc" needs roc_auc, which needs both models' scores \(columns baseline_score and candidate_score/,
    );
  });
});
