/**
 * Training curves and custom plots: the DVC-style plot formats, the errors on a bad file (file, line,
 * fix), the shared x and its resampling, and every mermaid block parsed (and one rendered) by mermaid
 * itself in headless Chromium.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseReportJson, renderForeignReport, renderMarkdown, reportJson } from '@mlops-actions/metrics';
import {
  chartGrid,
  chartNumber,
  comparePlots,
  MAX_CHART_POINTS,
  MAX_PLOT_BYTES,
  MAX_PLOT_CHARTS,
  parsePlotsBundle,
  parsePlotText,
  plotChartMermaid,
  plotsBundle,
  plotSetFromTexts,
  readPlotsBundle,
  renderPlotsSection,
  resolvePlotFiles,
} from '../../../packages/metrics/src/plots.ts';
import { closeBrowser } from '../../harness/chromium.ts';
import { assertMermaidParses, mermaidBlocks, renderMermaid } from '../../harness/mermaid.ts';
import { compare } from './helpers.ts';
import { assertSafe, HOSTILE } from './markdown-safety.ts';
import { tempDir } from '../../harness/temp.ts';
import { userError } from '../../harness/user-error.ts';

afterAll(closeBrowser);

describe('plot files', () => {
  it.each([
    ['JSON list of objects', 'train.json', '[{"step": 0, "loss": 0.9, "acc": 0.5}, {"step": 1, "loss": 0.7, "acc": 0.6}]', 'step'],
    [
      'JSON object whose first list holds the points (as DVC reads it)',
      'train.json',
      '{"meta": {"v": 1}, "train": [{"step": 0, "loss": 0.9, "acc": 0.5}, {"step": 1, "loss": 0.7, "acc": 0.6}], "other": []}',
      'step',
    ],
    ['YAML list', 'train.yaml', '- step: 0\n  loss: 0.9\n  acc: 0.5\n- step: 1\n  loss: 0.7\n  acc: 0.6\n', 'step'],
    ['CSV, x from the first column', 'log.csv', 'epoch,loss,acc\n0,0.9,0.5\n1,0.7,0.6\n', 'epoch'],
    ['TSV as DVCLive writes it, step not first', 'loss.tsv', 'loss\tstep\tacc\n0.9\t0\t0.5\n0.7\t1\t0.6\n', 'step'],
  ])('%s', (_, file, text, xName) => {
    const p = parsePlotText(text, file);
    expect(p.xName).toBe(xName);
    expect(p.fields.map((f) => f.field).sort()).toEqual(['acc', 'loss']);
    expect(p.fields.find((f) => f.field === 'loss')).toEqual({ field: 'loss', x: [0, 1], y: [0.9, 0.7] });
  });

  it('takes the row number as x when the first column is not numeric, sorts by x and keeps the last row of a repeated x', () => {
    expect(parsePlotText('phase,loss\nwarmup,1\nmain,0.5\n', 'p.csv')).toEqual({
      xName: 'row',
      fields: [{ field: 'loss', x: [0, 1], y: [1, 0.5] }],
      skipped: ['phase'],
    });
    expect(parsePlotText('step,loss\n2,0.3\n0,0.9\n1,0.7\n1,0.6\n', 'p.csv').fields[0]).toEqual({
      field: 'loss',
      x: [0, 1, 2],
      y: [0.9, 0.6, 0.3],
    });
  });

  it('skips empty and non-finite values as missing points, and leaves out text fields', () => {
    const p = parsePlotText('step,loss,note\n0,0.9,ok\n1,,ok\n2,NaN,bad\n3,0.5,\n', 'p.csv');
    expect(p.fields).toEqual([{ field: 'loss', x: [0, 3], y: [0.9, 0.5] }]);
    expect(p.skipped).toEqual(['note']);
  });

  it.each([
    [
      'an unknown extension',
      'curve.txt',
      'step,loss\n0,1\n',
      { file: 'curve.txt', line: undefined },
      /\.json, \.yaml, \.yml, \.csv or \.tsv/,
    ],
    ['broken JSON', 'p.json', '[\n{"step": 0, "loss": 1},\n{"step": 1 "loss": 2}\n]', { file: 'p.json', line: 3 }, /JSON/],
    ['a point that is not an object', 'p.json', '{"train": [\n  {"step": 0, "loss": 1},\n  3\n]}', { file: 'p.json', line: 3 }, /object/],
    ['no list in the file', 'p.json', '{"loss": 1}', { file: 'p.json', line: 1 }, /list of objects/],
    ['a row with too few fields', 'p.csv', 'step,loss\n0,1\n1\n', { file: 'p.csv', line: 3 }, /same number|fields/],
    ['a header with a blank name', 'p.tsv', 'step\t\n0\t1\n', { file: 'p.tsv', line: 1 }, /Name every column/],
    ['no numeric field', 'p.csv', 'step,phase\n0,a\n1,b\n', { file: 'p.csv', line: undefined }, /at least one number/],
    ['no data point', 'p.csv', 'step,loss\n', { file: 'p.csv', line: undefined }, /one row/],
  ])('refuses %s, naming the file, the line and the fix', (_, file, text, place, fix) => {
    const e = userError(() => parsePlotText(text, file, 'plots'));
    expect(e.file).toBe(place.file);
    expect(e.line).toBe(place.line);
    // The JSON and YAML readers name the file and line, not the input.
    expect(e.input).toBe(file === 'p.json' && /JSON/.test(String(fix)) ? undefined : 'plots');
    expect(e.fix).toMatch(fix);
  });

  it('qualifies a field name that several files share with the file path, and matches the baseline by that name', () => {
    const tsv = (rows: number[]) => `step\tloss\n${rows.map((v, i) => `${i}\t${v}`).join('\n')}\n`;
    const candidate = plotSetFromTexts([
      { name: 'dvclive/plots/metrics/train/loss.tsv', text: tsv([1, 0.5]) },
      { name: 'dvclive/plots/metrics/eval/loss.tsv', text: tsv([1.1, 0.6]) },
      { name: 'dvclive/plots/metrics/acc.csv', text: 'step,acc,loss\n0,0.5,3\n1,0.6,2\n' },
    ]);
    expect(candidate.series.map((s) => s.name)).toEqual(['train/loss', 'eval/loss', 'acc', 'acc/loss']);
    const baseline = plotSetFromTexts([
      { name: 'base/train/loss.tsv', text: tsv([1, 0.8]) },
      { name: 'base/eval/loss.tsv', text: tsv([1.2, 0.9]) },
    ]);
    const p = comparePlots(candidate, baseline, 'baseline-plots');
    const train = p.charts.find((c) => c.name === 'train/loss')!;
    expect(train.baseline?.values).toEqual([1, 0.8]);
    expect(train.candidate?.values).toEqual([1, 0.5]);
    expect(p.charts.find((c) => c.name === 'acc')!.baseline).toBeUndefined();
  });

  it('refuses more plot files than the limit', () => {
    const files = Array.from({ length: 21 }, (_, i) => ({ name: `p${i}.csv`, text: 'step,loss\n0,1\n' }));
    expect(userError(() => plotSetFromTexts(files, 'plots')).input).toBe('plots');
  });

  it('round-trips the registry bundle, and refuses one that is not a bundle', () => {
    const files = [{ name: 'a/loss.tsv', text: 'step\tloss\n0\t1\n' }];
    expect(parsePlotsBundle(plotsBundle(files), 'the plots of m@1.0.0')).toEqual(files);
    expect(userError(() => parsePlotsBundle('{"files": 3}', 'the plots of m@1.0.0')).message).toMatch(/the plots of m@1\.0\.0/);
  });
});

describe('shared x', () => {
  it('is the union of both sides steps up to the limit, evenly spaced steps past it', () => {
    expect(
      chartGrid([
        [0, 2, 4],
        [1, 2],
      ]),
    ).toEqual({ x: [0, 1, 2, 4], resampled: false });
    const long = Array.from({ length: 1000 }, (_, i) => i * 3);
    const g = chartGrid([long, [5]]);
    expect(g.resampled).toBe(true);
    expect(g.x).toHaveLength(MAX_CHART_POINTS);
    expect(g.x[0]).toBe(0);
    expect(g.x.at(-1)).toBe(2997);
    const steps = g.x.slice(1).map((x, i) => x - g.x[i]!);
    for (const s of steps) expect(s).toBeCloseTo(2997 / 99, 9);
  });

  it('interpolates each side linearly at the shared x and holds its ends outside its own steps', () => {
    const c = plotSetFromTexts([{ name: 'c.csv', text: 'step,loss\n0,1\n10,0\n' }]);
    const b = plotSetFromTexts([{ name: 'b.csv', text: 'step,loss\n0,1\n5,0.5\n' }]);
    const chart = comparePlots(c, b).charts[0]!;
    expect(chart.x).toEqual([0, 5, 10]);
    expect(chart.candidate?.values).toEqual([1, 0.5, 0]);
    expect(chart.baseline?.values).toEqual([1, 0.5, 0.5]);
    expect(chart.baseline).toMatchObject({ points: 2, first: 0, last: 5, final: 0.5 });
    expect(renderPlotsSection(comparePlots(c, b)).join('\n')).toMatch(/the baseline ends at step 5 \(its last value is held after it\)/);
  });
});

describe('markdown and mermaid', () => {
  it.each([
    [1e-7, '0.0000001'],
    [2.5e-8, '0.000000025'],
    [-1.23456789e-5, '-0.0000123457'],
    [1e21, '1000000000000000000000'],
    [0.1 + 0.2, '0.3'],
    [-0, '0'],
    [123456789, '123457000'],
  ])('writes %s as %s: six significant digits, never an exponent (mermaid cannot read one)', (x, text) => {
    expect(chartNumber(x)).toBe(text);
  });

  it('charts a learning-rate schedule of tiny values and an x of huge steps, which mermaid parses', async () => {
    const rows = Array.from({ length: 5 }, (_, i) => `${(i + 1) * 1e21},${(1e-7 / (i + 1)).toExponential()}`).join('\n');
    const md = renderPlotsSection(comparePlots(plotSetFromTexts([{ name: 'lr.csv', text: `step,lr\n${rows}\n` }]))).join('\n');
    expect(md).not.toMatch(/\de[-+]?\d/);
    expect(await assertMermaidParses(md)).toBe(1);
  }, 60_000);

  function curves(n: number, names: readonly string[], shift = 0): string {
    const rows = Array.from({ length: n }, (_, i) =>
      [i, ...names.map((_, k) => (Math.exp(-i / 50) + k / 10 + shift).toFixed(5))].join(','),
    );
    return `step,${names.map((x) => `"${x.replace(/"/g, '""').replace(/\n/g, ' ')}"`).join(',')}\n${rows.join('\n')}\n`;
  }

  it('charts every field with both lines over the shared x; every block parses with mermaid', async () => {
    const c = plotSetFromTexts([{ name: 'train.csv', text: curves(300, ['loss', 'acc']) }]);
    const b = plotSetFromTexts([{ name: 'base.csv', text: curves(250, ['loss', 'acc'], 0.1) }]);
    const md = renderPlotsSection(comparePlots(c, b, 'registry: churn@1.0.0')).join('\n');
    const blocks = mermaidBlocks(md);
    expect(blocks).toHaveLength(2);
    for (const b of blocks) {
      expect(b.match(/^ {2}line \[/gm)).toHaveLength(2);
      const values = /^ {2}line \[(.*)\]$/m.exec(b)![1]!.split(', ');
      expect(values).toHaveLength(MAX_CHART_POINTS);
      // Evenly spaced resampled steps use mermaid's numeric x axis.
      expect(b).toMatch(/^ {2}x-axis "step" 0 --> 299$/m);
    }
    expect(await assertMermaidParses(md)).toBe(2);
  }, 60_000);

  it('draws the baseline blue and the candidate orange (rendered by mermaid in Chromium)', async () => {
    const c = plotSetFromTexts([{ name: 'c.csv', text: 'step,loss\n0,1\n1,0.5\n3,0.2\n' }]);
    const b = plotSetFromTexts([{ name: 'b.csv', text: 'step,loss\n0,1.2\n1,0.8\n3,0.6\n' }]);
    const chart = comparePlots(c, b).charts[0]!;
    const block = mermaidBlocks(plotChartMermaid(chart))[0]!;
    // Unevenly spaced steps are category labels.
    expect(block).toMatch(/x-axis "step" \["0", "1", "3"\]/);
    const svg = await renderMermaid(block);
    const strokes = [...svg.matchAll(/<path[^>]*stroke="(#[0-9a-f]{6})"/gi)].map((m) => m[1]!.toLowerCase());
    // Mermaid's default palette has neither colour: the init directive set them, baseline first.
    expect(strokes.filter((s) => s === '#4c78a8' || s === '#f58518')).toEqual(['#4c78a8', '#f58518']);
  }, 60_000);

  it('keeps hostile field and file names inert in the table, the titles and the mermaid blocks', async () => {
    const c = plotSetFromTexts([{ name: 'runs/<b>@x|y</b>.csv', text: curves(5, HOSTILE) }]);
    const md = renderPlotsSection(comparePlots(c)).join('\n');
    assertSafe(md);
    expect(await assertMermaidParses(md)).toBe(Math.min(HOSTILE.length, MAX_PLOT_CHARTS));
  }, 60_000);

  it('charts at most MAX_PLOT_CHARTS fields, folded in <details>, within a few kB each', async () => {
    const names = Array.from({ length: 14 }, (_, i) => `metric_${i}`);
    const c = plotSetFromTexts([{ name: 'c.csv', text: curves(1000, names) }]);
    const b = plotSetFromTexts([{ name: 'b.csv', text: curves(1000, names, 0.05) }]);
    const md = renderPlotsSection(comparePlots(c, b)).join('\n');
    expect(mermaidBlocks(md)).toHaveLength(MAX_PLOT_CHARTS);
    expect(md).toMatch(/<details>\n<summary>10 charts/);
    expect(md).toMatch(/4 more series in the table above/);
    // The table keeps every series.
    expect(md.split('\n').filter((l) => l.startsWith('| `metric_'))).toHaveLength(14);
    expect(md.length).toBeLessThan(MAX_PLOT_CHARTS * 3000);
    expect(await assertMermaidParses(md)).toBe(MAX_PLOT_CHARTS);
  }, 60_000);
});

describe('the report', () => {
  function report() {
    const c = plotSetFromTexts([{ name: 'c.csv', text: 'step,loss\n0,1\n1,0.5\n' }]);
    const b = plotSetFromTexts([{ name: 'b.csv', text: 'step,loss\n0,1.2\n1,0.7\n' }]);
    return compare({ loss: 0.5 }, { loss: 0.7 }, 'loss: { max_increase: 0.1 }', { plots: comparePlots(c, b, 'baseline-plots') });
  }

  it('renders the plots section in the comment, after the metrics', async () => {
    const md = renderMarkdown(report());
    expect(md).toContain('### Training curves and plots');
    expect(md.indexOf('### Training curves and plots')).toBeGreaterThan(md.indexOf('| `loss` |'));
    expect(md).toMatch(/line \[1\.2, 0\.7\]\n {2}line \[1, 0\.5\]/);
    expect(await assertMermaidParses(md)).toBe(1);
  }, 60_000);

  it('keeps the plots through report.json, as a fork pull request is published, and refuses a chart whose lines do not fit its x', () => {
    const json = reportJson(report());
    expect(renderForeignReport(json, 'report.json').markdown).toMatch(/line \[1\.2, 0\.7\]\n {2}line \[1, 0\.5\]/);
    const tampered = JSON.parse(json);
    tampered.plots.charts[0].candidate.values.push(3);
    expect(() => parseReportJson(JSON.stringify(tampered), 'report.json')).toThrow(
      /plots\.charts\[0\]\.candidate\.values must hold one value per x \(2\)/,
    );
  });
});

describe('plot files in the workspace', () => {
  async function ws(files: Record<string, string>): Promise<string> {
    const dir = await tempDir('plots-ws-');
    for (const [p, text] of Object.entries(files)) {
      await mkdir(join(dir, p, '..'), { recursive: true });
      await writeFile(join(dir, p), text);
    }
    return dir;
  }

  it('resolves paths and globs to the plot files, sorted, with workspace-relative names', async () => {
    const dir = await ws({
      'dvclive/plots/metrics/train/loss.tsv': 'step\tloss\n0\t1\n',
      'dvclive/plots/metrics/eval/loss.tsv': 'step\tloss\n0\t1\n',
      'dvclive/plots/metrics/notes.txt': 'x',
      'extra.json': '[{"a": 1}]',
    });
    const files = await resolvePlotFiles(dir, ['dvclive/plots/metrics/**/*', 'extra.json'], 'plots');
    expect(files.map((f) => f.display)).toEqual([
      'dvclive/plots/metrics/eval/loss.tsv',
      'dvclive/plots/metrics/train/loss.tsv',
      'extra.json',
    ]);
    await expect(resolvePlotFiles(dir, ['missing.csv'], 'plots')).rejects.toThrow(/^input 'plots': 'missing\.csv' does not exist/);
    await expect(resolvePlotFiles(dir, ['dvclive'], 'plots')).rejects.toThrow(/is a folder/);
    await expect(resolvePlotFiles(dir, ['logs/*.csv'], 'baseline-plots')).rejects.toThrow(
      /^input 'baseline-plots': no \.json, \.yaml, \.csv or \.tsv file matches/,
    );
    await expect(resolvePlotFiles(dir, ['../outside.csv'], 'plots')).rejects.toThrow(/plots/);
  });

  it('bundles the files for the registry, checked first, and refuses more than the limit in all before reading them', async () => {
    const dir = await ws({ 'a/loss.tsv': 'step\tloss\n0\t1\n1\t0.5\n', 'bad.csv': 'step,loss\n0\n' });
    const bundle = await readPlotsBundle(dir, ['a/loss.tsv'], 'plots');
    expect(parsePlotsBundle(bundle, 'the plots')).toEqual([{ name: 'a/loss.tsv', text: 'step\tloss\n0\t1\n1\t0.5\n' }]);
    await expect(readPlotsBundle(dir, ['bad.csv'], 'plots')).rejects.toMatchObject({ file: 'bad.csv', line: 2, input: 'plots' });
    const big = 'step,loss\n' + '0,1\n'.repeat(Math.ceil((MAX_PLOT_BYTES * 0.6) / 4));
    const dir2 = await ws({ 'p1.csv': big, 'p2.csv': big });
    await expect(readPlotsBundle(dir2, ['*.csv'], 'plots')).rejects.toThrow(
      /^input 'plots': holds 19\.\d MiB of plots, more than the 16 MiB stored with a version/,
    );
  });
});
