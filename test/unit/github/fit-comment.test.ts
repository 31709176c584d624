import { describe, expect, it } from 'vitest';
import { commentMarker, fitComment, COMMENT_LIMIT } from '@mlops-actions/github';

describe('fitComment', () => {
  it('leaves a body under the limit alone', () => {
    expect(fitComment('hello')).toEqual({ text: 'hello', truncated: false });
  });

  it('cuts a long body under the limit, closes open blocks and points at the full report', () => {
    const body = `<details>\n<summary>all</summary>\n\n\`\`\`\n${'row | row | row\n'.repeat(10_000)}`;
    const { text, truncated } = fitComment(body, 'https://github.com/o/r/actions/runs/1');
    expect(truncated).toBe(true);
    expect(text.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(text).toContain('https://github.com/o/r/actions/runs/1');
    expect((text.match(/^```/gm) ?? []).length % 2).toBe(0);
    expect(text).toContain('</details>');
  });
});

describe('commentMarker', () => {
  it('is an HTML comment that user keys cannot break out of', () => {
    expect(commentMarker('validate-metrics', 'default')).toBe('<!-- mlops-actions:validate-metrics:default -->');
    expect(commentMarker('validate-metrics', 'x --> <b>')).toBe('<!-- mlops-actions:validate-metrics:x_--___b_ -->');
  });
});
