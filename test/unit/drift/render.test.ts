/**
 * The markdown and HTML reports: escaping of column names from users' files, every mermaid block
 * parsing with mermaid's own parser, and the HTML loading in headless Chromium with no console
 * error and no network request (a screenshot is kept under test-results/drift/).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserContext, chromiumAvailable, closeBrowser } from '../../harness/chromium.ts';
import { assertMermaidParses, mermaidBlocks } from '../../harness/mermaid.ts';
import { repoRoot } from '../../harness/step-runner.ts';
import { driftReport, writeProfile, type DriftResult } from '../../../packages/drift/src/index.ts';
import { tempDirSync } from '../../harness/temp.ts';

const dir = tempDirSync('drift-render-');
const EVIL = ['a|b', '<script>alert(1)</script>', '@octocat', 'x"y', 'name with ] and ['];

function data(name: string, rows: number, shift: number): void {
  let s = 3 + shift;
  const rnd = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
  const header = ['num', 'cat', ...EVIL].map((h) => `"${h.replace(/"/g, '""')}"`).join(',');
  const lines = [header];
  for (let i = 0; i < rows; i++) {
    lines.push(
      [
        (rnd() * 10 + shift).toFixed(3),
        ['a', 'b', 'c'][Math.floor(rnd() * 3)],
        rnd().toFixed(4),
        rnd() < 0.5 + shift / 4 ? 'x' : 'y',
        (rnd() + shift).toFixed(2),
        'k' + Math.floor(rnd() * 4),
        rnd() * 100,
      ].join(','),
    );
  }
  writeFileSync(join(dir, name), `${lines.join('\n')}\n`);
}

let result: DriftResult;
let profiled: DriftResult;
const none = { columns: [], exclude: [], categorical: [], numerical: [] };

beforeAll(async () => {
  data('ref.csv', 800, 0);
  data('cur.csv', 700, 1);
  result = await driftReport({
    workspace: dir,
    reference: ['ref.csv'],
    current: ['cur.csv'],
    format: 'auto',
    selection: { columns: [], exclude: [], categorical: [], numerical: [] },
    tests: {},
    thresholds: {},
    // 3 of the 7 columns are shifted. (At 0.5 this test used to pass only because the goodness-of-fit
    // chi-square called the unshifted 'cat' column drifted, a false positive.)
    driftShare: 0.4,
    criticalColumns: [],
    correction: 'bh',
    schemaChanges: 'drift',
    reportDir: join(dir, 'report'),
    title: 'Drift <b>test</b>',
  });
  data('big-ref.csv', 6000, 0);
  data('big-cur.csv', 5000, 1);
  await writeProfile({ workspace: dir, data: ['big-ref.csv'], format: 'auto', selection: none, reportDir: join(dir, 'profile') });
  profiled = await driftReport({
    workspace: dir,
    reference: ['profile/profile.json'],
    current: ['big-cur.csv'],
    format: 'auto',
    selection: none,
    tests: {},
    thresholds: {},
    driftShare: 0.5,
    criticalColumns: [],
    correction: 'none',
    schemaChanges: 'drift',
    reportDir: join(dir, 'report-profile'),
  });
});

afterAll(async () => {
  await closeBrowser();
});

describe('markdown report', () => {
  it('has the verdict, one row per column sorted by drift score, and escapes column names', () => {
    const md = result.markdown;
    expect(md.split('\n')[0]).toMatch(/^### :warning: Drift detected: Drift &lt;b&gt;test&lt;\/b&gt;$/);
    expect(md).not.toContain('<script>');
    expect(md).not.toMatch(/@octocat/);
    expect(md).toContain('a\\|b');
    const tableRows = md.split('\n').filter((l) => /^\| (?!column|---)/.test(l));
    expect(tableRows).toHaveLength(7);
    const scores = tableRows.map((l) => Number(l.split(' | ')[6]));
    const drifted = tableRows.map((l) => /\*\*drift\*\*/.test(l));
    // Drifted first, then by score.
    for (let i = 1; i < tableRows.length; i++) {
      if (drifted[i] === drifted[i - 1]) expect(scores[i]!).toBeLessThanOrEqual(scores[i - 1]!);
      else expect(drifted[i - 1]).toBe(true);
    }
    expect(md).toMatch(/<summary>Choices made<\/summary>/);
    expect(readFileSync(result.paths.markdown, 'utf8')).toBe(md);
  });

  it('emits mermaid blocks that mermaid parses', async (ctx) => {
    if (!chromiumAvailable()) ctx.skip(); // the CI image installs chromium; without it the parser cannot run
    // The drift scores, then one chart per drifted column.
    const drifted = result.report.columns.filter((c) => c.drift || c.missing.drift).length;
    expect(drifted).toBeGreaterThan(0);
    expect(mermaidBlocks(result.markdown)).toHaveLength(1 + drifted);
    expect(await assertMermaidParses(result.markdown)).toBe(1 + drifted);
  }, 60_000);
});

describe('HTML report', () => {
  const modes: [string, () => DriftResult, string][] = [
    ['exact', () => result, 'report.png'],
    ['through profiles', () => profiled, 'report-profile.png'],
  ];
  for (const [mode, get, shot] of modes)
    it(`(${mode}) is one self-contained file: loads in Chromium with no console error and no network request`, async (ctx) => {
      if (!chromiumAvailable()) ctx.skip(); // see above
      const result = get();
      const html = readFileSync(result.paths.html, 'utf8');
      expect(html).not.toMatch(/<script|<link|@import|url\(|src="http/i);
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(html).toContain(result.report.settings.mode === 'profile' ? 'through mergeable profiles' : 'exact, on every value');
      const context = await browserContext();
      const page = await context.newPage();
      const errors: string[] = [];
      const requests: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('request', (r) => requests.push(r.url()));
      const url = pathToFileURL(result.paths.html).href;
      await page.goto(url, { waitUntil: 'load' });
      expect(errors).toEqual([]);
      expect(requests).toEqual([url]);
      // One chart per tested column, the table, and the choices.
      expect(await page.locator('section.card svg').count()).toBe(7);
      expect(await page.locator('table tbody tr').count()).toBe(7);
      expect(await page.locator('h2', { hasText: 'Choices made' }).count()).toBe(1);
      expect(await page.title()).toBe(result.report.title);
      const out = join(repoRoot, 'test-results', 'drift');
      mkdirSync(out, { recursive: true });
      await page.screenshot({ path: join(out, shot), fullPage: true });
      await page.close();
    }, 60_000);
});
