import { describe, expect, it } from 'vitest';
import { computeConfusion, computeSignificance, parsePredictionsCsv, renderConfusion } from '@mlops-actions/metrics';

function confusion(csv: string, maxClasses?: number) {
  const p = parsePredictionsCsv(csv, 'p.csv');
  return computeConfusion(p, computeSignificance(p, { resamples: 100 }), maxClasses);
}

describe('confusion matrices', () => {
  it('binary: rows actual, columns predicted, the negative class first; labels normalised ("1.0" is 1)', () => {
    const c = confusion('y_true,baseline,candidate\n1,1,1.0\n1,0,1\n0,0,0\n0,1,0\n0,0,1\n1,0,0\n')!;
    expect(c.labels).toEqual(['0', '1']);
    expect(c.pooled).toBe(0);
    expect(c.baseline).toEqual([
      [2, 1],
      [2, 1],
    ]);
    expect(c.candidate).toEqual([
      [2, 1],
      [1, 2],
    ]);
  });

  it('multiclass: the most frequent true classes, the rest and predicted-only labels pooled', () => {
    const rows = ['y_true,baseline,candidate'];
    const add = (t: string, b: string, c: string, k = 1) => {
      for (let i = 0; i < k; i++) rows.push(`${t},${b},${c}`);
    };
    add('cat', 'cat', 'cat', 5);
    add('dog', 'dog', 'cat', 4);
    add('emu', 'emu', 'emu', 3);
    add('fox', 'cat', 'fox', 2);
    add('gnu', 'yak', 'gnu', 1);
    const c = confusion(`${rows.join('\n')}\n`, 3)!;
    expect(c.labels).toEqual(['cat', 'dog', 'emu']);
    expect(c.pooled).toBe(3); // fox, gnu (true classes) and yak (only predicted)
    expect(c.baseline).toEqual([
      [5, 0, 0, 0],
      [0, 4, 0, 0],
      [0, 0, 3, 0],
      [2, 0, 0, 1],
    ]);
    expect(c.candidate[1]).toEqual([4, 0, 0, 0]);
    expect(c.candidate[3]).toEqual([0, 0, 0, 3]);
  });

  it('regression has none', () => {
    expect(confusion('y_true,baseline,candidate\n1.5,1.2,1.4\n2.5,2.1,2.6\n3.3,3.0,3.4\n')).toBeUndefined();
  });

  it('renders one table, both models side by side, counts and row shares, the diagonal bold', () => {
    const c = confusion('y_true,baseline,candidate\n1,1,1\n1,0,1\n0,0,0\n0,1,0\n')!;
    const md = renderConfusion(c).join('\n');
    expect(md).toContain('| actual ↓ · predicted → | baseline: `0` | baseline: `1` | candidate: `0` | candidate: `1` |');
    expect(md).toContain('| `0` | **1 (50%)** | 1 (50%) | **2 (100%)** | 0 (0%) |');
    expect(md).toContain('| `1` | 1 (50%) | **1 (50%)** | 0 (0%) | **2 (100%)** |');
  });

  it('escapes labels: a label cannot break the table or inject markup', () => {
    const c = confusion('y_true,baseline,candidate\n"a|<b>",x,x\nx,x,x\ny,y,y\n')!;
    const md = renderConfusion(c).join('\n');
    // In a code span, so <b> is shown, not parsed; the pipe is escaped, so every row keeps its cells.
    expect(md).toContain('`a\\|<b>`');
    const lines = md.split('\n').filter((l) => l.startsWith('|'));
    const cells = (l: string) => l.replace(/\\\|/g, '').split('|').length;
    expect(new Set(lines.map(cells)).size).toBe(1);
  });
});

describe('confusion matrices: the pooled classes', () => {
  it('renders the pooled row and column apart from a class literally named other', () => {
    const rows = ['y_true,baseline,candidate'];
    const add = (t: string, b: string, c: string, k = 1) => {
      for (let i = 0; i < k; i++) rows.push(`${t},${b},${c}`);
    };
    add('cat', 'cat', 'cat', 5);
    add('other', 'other', 'cat', 4);
    add('fox', 'cat', 'fox', 2);
    add('gnu', 'other', 'gnu', 1);
    const c = confusion(`${rows.join('\n')}\n`, 2)!;
    expect(c.labels).toEqual(['cat', 'other']);
    expect(c.pooled).toBe(2);
    const md = renderConfusion(c).join('\n');
    expect(md).toContain(
      '| actual ↓ · predicted → | baseline: `cat` | baseline: `other` | baseline: *2 other classes, pooled* | candidate: `cat` | candidate: `other` | candidate: *2 other classes, pooled* |',
    );
    expect(md).toContain('| `other` | 0 (0%) | **4 (100%)** | 0 (0%) | 4 (100%) | **0 (0%)** | 0 (0%) |');
    // fox: baseline says cat twice; gnu: baseline says other. The candidate gets both right (pooled).
    expect(md).toContain('| *2 other classes, pooled* | 2 (66.7%) | 1 (33.3%) | **0 (0%)** | 0 (0%) | 0 (0%) | **3 (100%)** |');
    expect(md).toContain('the 2 others are pooled in *2 other classes, pooled*.');
    // The class's header and row are code spans, the pooled ones never.
    const headers = md
      .split('\n')
      .find((l) => l.startsWith('| actual'))!
      .split(' | ');
    expect(headers.filter((h) => h.includes('other')).map((h) => h.includes('`'))).toEqual([true, false, true, false]);
  });
});
