import { describe, expect, it } from 'vitest';
import { code, escapeText, link, table } from '@mlops-actions/markdown';

describe('escapeText', () => {
  it.each([
    ['a|b', 'a\\|b'],
    ['line1\nline2', 'line1 line2'],
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert\\(1\\)&gt;'],
    ['**bold** _it_', '\\*\\*bold\\*\\* \\_it\\_'],
    ['[click](http://evil)', '\\[click\\]\\(http:\u200b//evil\\)'],
  ])('%j', (raw, want) => {
    expect(escapeText(raw)).toBe(want);
  });

  it('breaks @mentions so nobody is pinged', () => {
    const out = escapeText('thanks @octocat and @org/team');
    expect(out).not.toMatch(/@[A-Za-z0-9]/);
    expect(out.replace(/\u200b/g, '')).toBe('thanks @octocat and @org/team');
  });

  it('keeps a table intact whatever the cell holds', () => {
    const t = table(['metric', 'value'], [[escapeText('acc|uracy\n| x |'), '1']]);
    const rows = t.split('\n');
    expect(rows).toHaveLength(3);
    // Every row has the same number of unescaped pipes.
    const pipes = (r: string) => r.replace(/\\\|/g, '').split('|').length;
    expect(new Set(rows.map(pipes)).size).toBe(1);
  });
});

describe('code and link', () => {
  it('fences backticks', () => {
    expect(code('a`b')).toBe('``a`b``');
    expect(code('`x')).toBe('`` `x ``');
  });
  it('only links http(s)', () => {
    expect(link('run', 'https://github.com/o/r/actions/runs/1')).toBe('[run](https://github.com/o/r/actions/runs/1)');
    expect(link('x', 'javascript:alert(1)')).toBe('x');
  });
});
