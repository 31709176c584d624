/**
 * Drift pictures: a mermaid chart per drifted column in the markdown (histogram shares on shared bin
 * edges for numerical columns, category shares for categorical ones), at most MAX_COLUMN_CHARTS of
 * them, every block parsed and one rendered by mermaid in Chromium; and an SVG for every column in
 * the HTML report, in both the exact and the profile mode.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { driftReport, writeProfile, type DriftResult } from '../../../packages/drift/src/index.ts';
import { chartLabels, columnChartMermaid, driftPictures, MAX_COLUMN_CHARTS } from '../../../packages/drift/src/pictures.ts';
import type { Chart, ColumnReport } from '../../../packages/drift/src/report.ts';
import { fmt } from '../../../packages/drift/src/render-markdown.ts';
import { browserContext, closeBrowser } from '../../harness/chromium.ts';
import { assertMermaidParses, mermaidBlocks, renderMermaid } from '../../harness/mermaid.ts';
import { assertSafe } from '../metrics/markdown-safety.ts';
import { tempDirSync } from '../../harness/temp.ts';

const dir = tempDirSync('drift-pictures-');
const EVIL = '<img src=x>@octocat "x" ]` %%{init}%%';
const SHIFTED = Array.from({ length: 12 }, (_, i) => `n${i}`);
const COLUMNS = [...SHIFTED, 'steady', 'city', EVIL, 'empty_now'];
const CITIES = Array.from({ length: 16 }, (_, i) => `city-${i}`);

function data(name: string, rows: number, shift: number, seed: number): void {
  let s = seed;
  const rnd = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
  const header = COLUMNS.map((h) => `"${h.replace(/"/g, '""')}"`).join(',');
  const lines = [header];
  for (let i = 0; i < rows; i++) {
    lines.push(
      [
        ...SHIFTED.map(() => (rnd() * 10 + shift * 4).toFixed(3)),
        (rnd() * 10).toFixed(3),
        CITIES[Math.min(CITIES.length - 1, Math.floor(rnd() * CITIES.length * (shift ? 0.5 : 1)))],
        `"${['a<b>', '@team', 'c|d'][Math.floor(rnd() * 3 * (shift ? 0.34 : 1))]}"`,
        shift ? '' : (rnd() * 5).toFixed(2),
      ].join(','),
    );
  }
  writeFileSync(join(dir, name), `${lines.join('\n')}\n`);
}

const none = { columns: [], exclude: [], categorical: [], numerical: [] };
const options = (reference: string[], current: string[], reportDir: string) => ({
  workspace: dir,
  reference,
  current,
  format: 'auto' as const,
  selection: none,
  tests: {},
  thresholds: {},
  driftShare: 0.5,
  criticalColumns: [],
  correction: 'none' as const,
  schemaChanges: 'drift' as const,
  reportDir: join(dir, reportDir),
});

let exact: DriftResult;
let profiled: DriftResult;

beforeAll(async () => {
  data('ref.csv', 3000, 0, 7);
  data('cur.csv', 2500, 1, 11);
  exact = await driftReport(options(['ref.csv'], ['cur.csv'], 'exact'));
  await writeProfile({ workspace: dir, data: ['ref.csv'], format: 'auto', selection: none, reportDir: join(dir, 'profile') });
  profiled = await driftReport(options(['profile/profile.json'], ['cur.csv'], 'profiled'));
});

afterAll(closeBrowser);

const drifted = (r: DriftResult) => r.report.columns.filter((c) => c.drift || c.missing.drift);

describe('markdown', () => {
  for (const [mode, get] of [
    ['exact', () => exact],
    ['profiles', () => profiled],
  ] as const) {
    it(`(${mode}) charts the first ${MAX_COLUMN_CHARTS} drifted columns, folded, and sends the rest to the HTML report; every block parses`, async () => {
      const r = get();
      const d = drifted(r);
      expect(d.length).toBeGreaterThan(MAX_COLUMN_CHARTS);
      expect(d.map((c) => c.name)).not.toContain('steady');
      const md = r.markdown;
      // The score chart, then one per charted column.
      expect(mermaidBlocks(md)).toHaveLength(1 + MAX_COLUMN_CHARTS);
      expect(md).toContain(`<summary>Distributions of ${MAX_COLUMN_CHARTS} of the ${d.length} drifted columns`);
      expect(md).toContain(`_${d.length - MAX_COLUMN_CHARTS} more drifted columns are drawn in the HTML report._`);
      assertSafe(md);
      expect(await assertMermaidParses(md)).toBe(1 + MAX_COLUMN_CHARTS);
    }, 60_000);
  }

  it('draws a numerical column as shares on the shared bin edges, reference bars under the current line', () => {
    const c = exact.report.columns.find((x) => x.name === 'n0')! as ColumnReport & { chart: Chart };
    expect(c.chart.kind).toBe('histogram');
    const chart = c.chart as Extract<Chart, { kind: 'histogram' }>;
    const labels = chartLabels(chart);
    expect(labels).toHaveLength(chart.reference.length);
    expect(labels[0]).toBe(`up to ${fmt(chart.edges[1]!, 3)}`);
    expect(labels[1]).toBe(`${fmt(chart.edges[1]!, 3)}–${fmt(chart.edges[2]!, 3)}`);
    expect(labels.at(-1)).toBe(`above ${fmt(chart.edges.at(-2)!, 3)}`);
    const block = mermaidBlocks(columnChartMermaid(c))[0]!;
    expect(block).toMatch(/^ {2}title "n0"$/m);
    expect(block).toContain(`"above ${fmt(chart.edges.at(-2)!, 3)}"]`);
    const bar = /^ {2}bar \[(.*)\]$/m.exec(block)![1]!.split(', ').map(Number);
    const line = /^ {2}line \[(.*)\]$/m.exec(block)![1]!.split(', ').map(Number);
    expect(bar).toEqual(chart.reference.map((v) => Number((v * 100).toFixed(2))));
    expect(line).toEqual(chart.current.map((v) => Number((v * 100).toFixed(2))));
    // Shares of all rows on each side add up to 100%.
    expect(bar.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 0);
    expect(line.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 0);
    expect(block).toMatch(/^ {2}y-axis "% of values" 0 --> \d+$/m);
  });

  it('draws a categorical column as category shares, the rare ones pooled as (other)', () => {
    const c = exact.report.columns.find((x) => x.name === 'city')! as ColumnReport & { chart: Chart };
    expect(c.chart.kind).toBe('bars');
    const labels = chartLabels(c.chart);
    expect(labels.at(-1)).toBe('(other)');
    expect(labels.slice(0, -1).every((l) => CITIES.includes(l))).toBe(true);
  });

  it('renders in Chromium with the reference blue and the current orange', async () => {
    const c = exact.report.columns.find((x) => x.name === EVIL)! as ColumnReport & { chart: Chart };
    const block = mermaidBlocks(columnChartMermaid(c))[0]!;
    expect(block).not.toContain('<img');
    expect(block).not.toContain('%%{init}');
    const svg = await renderMermaid(block);
    expect(svg).toMatch(/<rect[^>]*fill="#4c78a8"/i);
    expect(svg).toMatch(/<path[^>]*stroke="#f58518"/i);
  }, 60_000);

  it('says nothing when no column drifted', () => {
    expect(driftPictures(exact.report.columns.filter((c) => !(c.drift || c.missing.drift)))).toEqual([]);
  });

  it("the action's overview documents the chart per drifted column and its limit", () => {
    const root = join(import.meta.dirname, '..', '..', '..');
    for (const doc of [join(root, 'actions', 'drift-report', 'docs.md'), join(root, 'action-docs', 'drift-report.md')]) {
      const text = readFileSync(doc, 'utf8');
      const overview = text.slice(text.indexOf('## What it does'));
      const reportMd = overview.slice(overview.indexOf('- `report.md`'), overview.indexOf('- `report.html`'));
      expect(reportMd, doc).toContain(`chart per drifted column (up to ${MAX_COLUMN_CHARTS}, then the rest in \`report.html\`)`);
    }
  });
});

describe('HTML report', () => {
  for (const [mode, get] of [
    ['exact', () => exact],
    ['profiles', () => profiled],
  ] as const) {
    it(`(${mode}) draws every column as an inline SVG, those past the markdown's charts and an empty column included`, async () => {
      const r = get();
      const html = readFileSync(r.paths.html, 'utf8');
      expect(html).not.toMatch(/<script|<link|@import|url\(|src="http/i);
      const page = await (await browserContext()).newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      await page.goto(pathToFileURL(r.paths.html).href, { waitUntil: 'load' });
      expect(errors).toEqual([]);
      expect(await page.locator('section.card').count()).toBe(r.report.columns.length);
      expect(await page.locator('section.card svg').count()).toBe(r.report.columns.length);
      // Each SVG has a box on the page (it was laid out, not dropped as invalid markup).
      const boxes = await page.locator('section.card svg').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
      expect(boxes.every((h) => h > 50)).toBe(true);
      const empty = page.locator(`section.card[id="col-${encodeURIComponent('empty_now')}"] svg`);
      expect(await empty.getAttribute('aria-label')).toBe('Distribution of empty_now: no values in the current data');
      await page.close();
    }, 60_000);
  }
});
