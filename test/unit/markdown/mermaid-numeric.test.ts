import { afterAll, describe, expect, it } from 'vitest';
import { chartNumber, xyChart } from '@mlops-actions/markdown';
import { closeBrowser } from '../../harness/chromium.ts';
import { assertMermaidParses, mermaidBlocks, renderMermaid } from '../../harness/mermaid.ts';

afterAll(closeBrowser);

const base = { title: 't', xLabels: [], yLabel: 'y', xRange: [0, 1] as const, xLabel: 'x' };

describe('xyChart: numeric x axis, series titles, palette', () => {
  it('writes a numeric x axis and titled lines that mermaid parses', async () => {
    const md = xyChart({
      ...base,
      series: [
        { kind: 'line', title: 'baseline', values: [0, 0.5, 1] },
        { kind: 'line', title: 'candidate', values: [0.2, 0.7, 1] },
      ],
    });
    expect(md).toContain('  x-axis "x" 0 --> 1\n');
    expect(md).toContain('  line "baseline" [0, 0.5, 1]\n');
    expect(await assertMermaidParses(md)).toBe(1);
  });

  it('a series title is user text: it cannot end the line, add a statement or a directive', async () => {
    const hostile = 'a"] \n  bar [9] %%{init: {"theme": "dark"}}%% @team';
    const md = xyChart({ ...base, series: [{ kind: 'line', title: hostile, values: [1, 2] }] });
    expect(md.split('\n')).toHaveLength(7); // fence, 4 chart lines, the line series, fence
    expect(md).not.toContain('%%{');
    expect(md).toContain('@\u200bteam');
    expect(await assertMermaidParses(md)).toBe(1);
  });

  it('a palette colours the lines in order, and only #rgb/#rrggbb colours are accepted', async () => {
    const md = xyChart({
      ...base,
      palette: ['#8c959f', '#0969da'],
      series: [
        { kind: 'line', values: [0, 1] },
        { kind: 'line', values: [1, 0] },
      ],
    });
    const svg = await renderMermaid(mermaidBlocks(md)[0]!);
    expect(svg).toMatch(/line-plot-0[\s\S]*stroke="#8c959f"/);
    expect(svg).toMatch(/line-plot-1[\s\S]*stroke="#0969da"/);
    expect(() => xyChart({ ...base, palette: ['red"}}}%%'], series: [] })).toThrow(/a chart colour must be #rgb or #rrggbb/);
  });
});

describe('chartNumber', () => {
  // mermaid 11's xychart grammar has no exponent: 1e-7 and 1e+21 do not parse.
  it.each([
    [1e-7, '0.0000001'],
    [1.5e-9, '0.0000000015'],
    [-2.5e-8, '-0.000000025'],
    [1e21, '1000000000000000000000'],
    [0.25, '0.25'],
    [123456, '123456'],
  ])('%s is written without an exponent as %s', (n, text) => {
    expect(chartNumber(n)).toBe(text);
  });
});

describe('xyChart with very small and very large values', () => {
  it('writes them so that mermaid parses the chart', async () => {
    const md = xyChart({
      title: 'tiny',
      xLabels: ['a', 'b', 'c'],
      yLabel: 'y',
      series: [
        { kind: 'line', title: 'loss', values: [3e-7, 2e-8, 1e-9] },
        { kind: 'bar', title: 'big', values: [1e21, 2e22, 5e21] },
      ],
    });
    expect(md).not.toMatch(/\de[+-]?\d/i);
    for (const block of mermaidBlocks(md)) await assertMermaidParses(block);
  });
});
