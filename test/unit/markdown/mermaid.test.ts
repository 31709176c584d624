import { afterAll, describe, expect, it } from 'vitest';
import { barChart, xyChart } from '@mlops-actions/markdown';
import { closeBrowser } from '../../harness/chromium.ts';
import { assertMermaidParses, renderMermaid, mermaidBlocks } from '../../harness/mermaid.ts';

afterAll(closeBrowser);

describe('mermaid charts', () => {
  it('an xychart with hostile labels parses and renders', async () => {
    const md = xyChart({
      title: 'accuracy "across" [versions]',
      xLabels: ['v1.0.0', 'v1.1.0 "x"', 'v[2]\nnew', '@octocat'],
      yLabel: 'accuracy',
      series: [{ kind: 'line', values: [0.81, 0.83, 0.8, 0.86] }, { kind: 'bar', values: [0.81, 0.83, 0.8, 0.86] }],
    });
    expect(await assertMermaidParses(md)).toBe(1);
    const svg = await renderMermaid(mermaidBlocks(md)[0]!);
    expect(svg).toContain('<svg');
  });

  it('a bar chart parses', async () => {
    expect(await assertMermaidParses(barChart({ title: 'drift', yLabel: 'score', bars: [{ label: 'Torque [Nm]', value: 0.3 }, { label: 'Type', value: 0.02 }] }))).toBe(1);
  });

  it('a broken block is caught (the check can fail)', async () => {
    await expect(assertMermaidParses('```mermaid\nxychart-beta\n  x-axis [a, b\n  line [1, 2]\n```')).rejects.toThrow(/mermaid block 1 does not parse/);
  });
});
