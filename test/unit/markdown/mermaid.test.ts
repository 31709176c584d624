import { afterAll, describe, expect, it } from 'vitest';
import { barChart, mermaidLabel, xyChart } from '@mlops-actions/markdown';
import { closeBrowser } from '../../harness/chromium.ts';
import { assertMermaidParses, renderMermaid, mermaidBlocks } from '../../harness/mermaid.ts';

afterAll(closeBrowser);

describe('mermaid charts', () => {
  it('an xychart with hostile labels parses and renders', async () => {
    const md = xyChart({
      title: 'accuracy "across" [versions]',
      xLabels: ['v1.0.0', 'v1.1.0 "x"', 'v[2]\nnew', '@octocat'],
      yLabel: 'accuracy',
      series: [
        { kind: 'line', values: [0.81, 0.83, 0.8, 0.86] },
        { kind: 'bar', values: [0.81, 0.83, 0.8, 0.86] },
      ],
    });
    expect(await assertMermaidParses(md)).toBe(1);
    const svg = await renderMermaid(mermaidBlocks(md)[0]!);
    expect(svg).toContain('<svg');
  });

  it('a bar chart parses', async () => {
    expect(
      await assertMermaidParses(
        barChart({
          title: 'drift',
          yLabel: 'score',
          bars: [
            { label: 'Torque [Nm]', value: 0.3 },
            { label: 'Type', value: 0.02 },
          ],
        }),
      ),
    ).toBe(1);
  });

  it('a broken block is caught (the check can fail)', async () => {
    await expect(assertMermaidParses('```mermaid\nxychart-beta\n  x-axis [a, b\n  line [1, 2]\n```')).rejects.toThrow(
      /mermaid block 1 does not parse/,
    );
  });
});

describe('mermaid labels are inert', () => {
  const HOSTILE_LABELS = [
    '%%{init: {"theme": "dark", "themeVariables": {"xyChart": {"plotColorPalette": "#ff0000"}}}}%%accuracy',
    'loss %% the rest would be a comment',
    '%%{init: {"theme": "forest"}',
    '```\n<img src=x>',
    'line\u2028sep\u2029para\u0085nel\vvt\fff\r\ncrlf',
    '`**markdown string**`',
    '#quot;quoted#quot; #35;',
    'acc ] \n  line [1, 2, 3',
  ];

  it.each(HOSTILE_LABELS)('%j becomes a label without directives, comments, line breaks or quotes', (text) => {
    const l = mermaidLabel(text);
    expect(l).not.toMatch(/%%/);
    expect(l).not.toMatch(/[\r\n\u0085\u2028\u2029\v\f"`[\]<>]/);
    expect(l).not.toMatch(/#\w*;/);
  });

  it('a chart of hostile labels keeps its own lines, has no directive, and parses', async () => {
    const md = xyChart({
      title: HOSTILE_LABELS[0]!,
      xLabels: HOSTILE_LABELS,
      yLabel: HOSTILE_LABELS[1]!,
      series: [{ kind: 'line', values: HOSTILE_LABELS.map((_, i) => i) }],
    });
    const lines = md.split('\n');
    // ```mermaid, xychart-beta, title, x-axis, y-axis, one series, ```: nothing a label added.
    expect(lines).toHaveLength(7);
    expect(lines.filter((l) => l.startsWith('```'))).toEqual(['```mermaid', '```']);
    expect(md).not.toMatch(/%%/);
    expect(lines[2]).toBe('  title "accuracy"');
    expect(await assertMermaidParses(md)).toBe(1);
  });
});
