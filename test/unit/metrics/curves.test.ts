import { afterAll, describe, expect, it } from 'vitest';
import {
  comparePlots,
  computeCurves,
  curveCharts,
  plotChartMermaid,
  plotSetFromTexts,
  prOnGrid,
  rocAuc,
  rocOnGrid,
  CURVE_POINTS,
  MODEL_PALETTE,
} from '@mlops-actions/metrics';
import { closeBrowser } from '../../harness/chromium.ts';
import { assertMermaidParses, mermaidBlocks, renderMermaid } from '../../harness/mermaid.ts';

afterAll(closeBrowser);

describe('ROC curve on the grid', () => {
  it('interpolates along the curve and keeps the top of a vertical rise', () => {
    // Scores high to low: P N P N → vertices (0,0) (0,.5) (.5,.5) (.5,1) (1,1).
    const y = [1, 0, 1, 0];
    const s = [0.9, 0.8, 0.7, 0.6];
    expect(rocOnGrid(y, s, 5)).toEqual([0.5, 0.5, 1, 1, 1]);
    // Ties: P and N at the same score make a diagonal segment.
    expect(rocOnGrid([1, 0], [0.5, 0.5], 3)).toEqual([0, 0.5, 1]);
  });

  it('the area under the drawn curve approaches the exact AUC as the grid grows', () => {
    const y: number[] = [];
    const s: number[] = [];
    for (let i = 0; i < 400; i++) {
      y.push(i % 3 === 0 ? 1 : 0);
      s.push(((i * 7919) % 400) / 400 + (i % 3 === 0 ? 0.3 : 0));
    }
    const grid = rocOnGrid(y, s, 2001);
    let area = 0;
    for (let k = 1; k < grid.length; k++) area += (grid[k]! + grid[k - 1]!) / 2 / (grid.length - 1);
    expect(Math.abs(area - rocAuc(y, s))).toBeLessThan(1e-3);
  });
});

describe('precision–recall curve on the grid', () => {
  it('is the best precision at that recall or higher', () => {
    // Scores high to low: P N P N: (recall, precision) = (.5, 1) (.5, .5) (1, 2/3) (1, .5).
    expect(prOnGrid([1, 0, 1, 0], [0.9, 0.8, 0.7, 0.6], 5)).toEqual([1, 1, 1, 0.666667, 0.666667]);
  });
});

describe('charts', () => {
  const y = [1, 0, 1, 0, 0, 1, 0, 0, 1, 0];
  const b = [0.9, 0.8, 0.3, 0.2, 0.4, 0.7, 0.1, 0.5, 0.6, 0.35];
  const c = [0.95, 0.5, 0.8, 0.2, 0.3, 0.9, 0.1, 0.4, 0.7, 0.35];

  it('has nothing to draw without both classes', () => {
    expect(computeCurves([1, 1], [0.2, 0.3], [0.1, 0.5])).toBeUndefined();
  });

  it('two line series of CURVE_POINTS values each, the exact AUC in the title and legend; mermaid parses and renders them', async () => {
    const curves = computeCurves(y, b, c)!;
    expect(curves.baseline.roc).toHaveLength(CURVE_POINTS);
    expect(curves.candidate.pr).toHaveLength(CURVE_POINTS);
    const { roc, pr } = curveCharts(curves);
    expect(roc).toContain(
      `title "ROC: baseline AUC ${Number(rocAuc(y, b).toPrecision(4))}, candidate AUC ${Number(rocAuc(y, c).toPrecision(4))}"`,
    );
    expect(roc).toContain('x-axis "false-positive rate" 0 --> 1');
    expect(roc.match(/^ {2}line "/gm)).toHaveLength(2);
    const md = `${roc}\n\n${pr}\n`;
    expect(await assertMermaidParses(md)).toBe(2);
    const svg = await renderMermaid(mermaidBlocks(md)[0]!);
    expect(svg).toContain('candidate (AUC');
  });
});

describe('one palette for baseline and candidate', () => {
  it('the ROC, precision–recall and training-curve charts colour baseline and candidate alike', () => {
    const curves = computeCurves([1, 0, 1, 0, 1, 0], [0.9, 0.2, 0.6, 0.7, 0.4, 0.1], [0.8, 0.3, 0.7, 0.4, 0.9, 0.2])!;
    const { roc, pr } = curveCharts(curves);
    const c = plotSetFromTexts([{ name: 'c.csv', text: 'step,loss\n0,1\n1,0.5\n2,0.2\n' }]);
    const b = plotSetFromTexts([{ name: 'b.csv', text: 'step,loss\n0,1.2\n1,0.8\n2,0.6\n' }]);
    const plot = plotChartMermaid(comparePlots(c, b).charts[0]!);
    const palette = (block: string) => /"plotColorPalette": "([^"]*)"/.exec(block)?.[1];
    const expected = `${MODEL_PALETTE.baseline.color}, ${MODEL_PALETTE.candidate.color}`;
    expect([palette(roc), palette(pr), palette(plot)]).toEqual([expected, expected, expected]);
  });
});
