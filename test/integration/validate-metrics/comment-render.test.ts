/**
 * The pull-request comment as a reviewer sees it: the golden use-case comment
 * (test/fixtures/metrics/golden/use-case/comparison.md) turned into HTML by a GitHub-flavoured markdown
 * renderer (marked, GFM tables and raw <details>), its mermaid blocks rendered by mermaid itself in
 * headless Chromium. Checks that every chart draws its two lines and every table its rows, with no
 * mermaid error. UPDATE_SCREENSHOT=1 also writes action-docs/images/comment.png, the guide's picture.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { marked } from 'marked';
import { afterAll, describe, expect, it } from 'vitest';
import { MODEL_PALETTE } from '@mlops-actions/metrics';
import { browserContext, closeBrowser } from '../../harness/chromium.ts';
import { repoRoot } from '../../harness/step-runner.ts';

const require = createRequire(import.meta.url);

/** The bit of the DOM the page functions use (this project compiles without the DOM library). */
interface El {
  textContent: string | null;
  setAttribute(name: string, value: string): void;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<El> & Iterable<El>;
}
type Doc = { document: { body: El; querySelectorAll(selector: string): ArrayLike<El> & Iterable<El> } };
afterAll(closeBrowser);

/** A few rules of GitHub's markdown style, enough for a faithful picture (system fonts, table borders, code). */
const CSS = `
body { font-family: -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; font-size: 14px; line-height: 1.5; color: #1f2328; margin: 0; background: #fff; }
.comment { width: 900px; margin: 16px; border: 1px solid #d1d9e0; border-radius: 6px; }
.header { background: #f6f8fa; border-bottom: 1px solid #d1d9e0; padding: 8px 16px; color: #59636e; }
.body { padding: 16px; }
h2 { font-size: 1.5em; border-bottom: 1px solid #d1d9e0; padding-bottom: .3em; margin: 0 0 16px; }
h3 { font-size: 1.25em; margin: 24px 0 16px; }
table { border-collapse: collapse; margin: 0 0 16px; display: block; overflow: auto; max-width: 100%; }
th, td { border: 1px solid #d1d9e0; padding: 6px 13px; }
th { font-weight: 600; } tr:nth-child(2n) { background: #f6f8fa; }
code { background: rgba(129,139,152,.12); border-radius: 6px; padding: .2em .4em; font-size: 85%; font-family: ui-monospace, SFMono-Regular, Menlo, monospace; }
pre.mermaid { background: none; text-align: center; margin: 0 0 16px; }
details { margin: 0 0 16px; } summary { cursor: pointer; }
hr { border: 0; border-top: 1px solid #d1d9e0; margin: 24px 0; }
p { margin: 0 0 16px; }
`;

export function commentHtml(markdown: string): string {
  const html = marked.parse(markdown, { gfm: true, async: false }) as string;
  // GitHub renders a ```mermaid block as a chart; mermaid.run() reads the block's text.
  const charts = html.replace(/<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/g, '<pre class="mermaid">$1</pre>');
  return `<!doctype html><html><head><meta charset="utf-8"><style>${CSS}</style></head><body><div class="comment"><div class="header"><b>github-actions</b> bot commented</div><div class="body">${charts}</div></div></body></html>`;
}

describe('the rendered comment', () => {
  it('draws the four charts with two lines each, the five tables, and no mermaid error', async () => {
    const markdown = readFileSync(join(repoRoot, 'test', 'fixtures', 'metrics', 'golden', 'use-case', 'comparison.md'), 'utf8');
    const page = await (await browserContext()).newPage();
    await page.setViewportSize({ width: 940, height: 800 });
    await page.setContent(commentHtml(markdown));
    // Open the folded parts, as a reviewer clicking them would: mermaid lays out only visible charts.
    await page.evaluate(() => {
      for (const d of (globalThis as unknown as Doc).document.querySelectorAll('details')) d.setAttribute('open', '');
    });
    await page.addScriptTag({ content: readFileSync(require.resolve('mermaid/dist/mermaid.min.js'), 'utf8') });
    const failures = await page.evaluate(async () => {
      const m = (globalThis as unknown as { mermaid: { initialize(o: object): void; run(o: object): Promise<void> } }).mermaid;
      m.initialize({ startOnLoad: false, theme: 'default' });
      const errors: string[] = [];
      await m.run({ querySelector: 'pre.mermaid', postRenderCallback: () => undefined }).catch((e: unknown) => errors.push(String(e)));
      return errors;
    });
    expect(failures).toEqual([]);
    const shape = await page.evaluate(() => {
      const document = (globalThis as unknown as Doc).document;
      return {
        charts: [...document.querySelectorAll('pre.mermaid svg')].map((svg) => ({
          lines: svg.querySelectorAll('g.line-plot-0 path, g.line-plot-1 path').length,
          colours: [...svg.querySelectorAll('g.line-plot-0 path, g.line-plot-1 path')].map((p) => p.getAttribute('stroke')),
          legend: svg.textContent?.includes('candidate (AUC') || svg.textContent?.includes('candidate (AP'),
        })),
        errors: document.body.textContent?.includes('Syntax error') ?? false,
        tables: [...document.querySelectorAll('table')].map((t) => t.querySelectorAll('tbody tr').length),
        headings: [...document.querySelectorAll('h3')].map((h) => h.textContent),
      };
    });
    expect(shape.errors).toBe(false);
    // One palette, baseline then candidate, in every chart: not the default theme's first colour,
    // #ECECFF, invisible on white. ROC and precision–recall (their legends in the titles), then the
    // training curves (ROC AUC and Brier score against the number of trees).
    const colours = [MODEL_PALETTE.baseline.color, MODEL_PALETTE.candidate.color];
    expect(shape.charts).toEqual([
      { lines: 2, colours, legend: true },
      { lines: 2, colours, legend: true },
      { lines: 2, colours, legend: false },
      { lines: 2, colours, legend: false },
    ]);
    // metrics (5), significance (6), confusion (2 classes), slices (3 product variants), training curves (2 fields)
    expect(shape.tables).toEqual([5, 6, 2, 3, 2]);
    expect(shape.headings).toEqual([
      'Failed checks',
      'Significance (binary classification, positive class 1)',
      'ROC and precision–recall curves',
      'Confusion matrices',
      'Slices',
      'Training curves and plots',
    ]);
    if (process.env['UPDATE_SCREENSHOT'] === '1') {
      mkdirSync(join(repoRoot, 'action-docs', 'images'), { recursive: true });
      writeFileSync(join(repoRoot, 'action-docs', 'images', 'comment.png'), await page.locator('.comment').screenshot());
    }
    await page.close();
  }, 60_000);
});
