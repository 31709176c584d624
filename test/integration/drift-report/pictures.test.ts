/**
 * Drift pictures through the bundled drift-report: the job summary and the drift issue carry a mermaid
 * chart per drifted column (parsed by mermaid, and the issue body rendered in Chromium as GitHub shows
 * it), and the HTML report draws every column as an inline SVG.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runStep, useGitHubEmulator } from '../../harness/index.ts';
import { browserContext, closeBrowser } from '../../harness/chromium.ts';
import { assertMermaidParses, mermaidBlocks } from '../../harness/mermaid.ts';
import { html } from '../../unit/metrics/markdown-safety.ts';
import { freshActionDir } from '../../harness/fresh-action.ts';
import { tempDirSync } from '../../harness/temp.ts';

const github = useGitHubEmulator();
const require = createRequire(import.meta.url);
const REPO = 'octo-org/ml-project';
let ws = '';

function writeData(name: string, n: number, seed: number, shift: number): void {
  let s = seed;
  const r = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
  const lines = ['age,income,plan,region'];
  for (let i = 0; i < n; i++) {
    lines.push(
      [
        (30 + r() * 20 + shift * 6).toFixed(1),
        (40000 + r() * 20000).toFixed(0),
        ['basic', 'plus', 'pro'][Math.floor(r() * (shift ? 1.5 : 3))],
        ['north', 'south'][Math.floor(r() * 2)],
      ].join(','),
    );
  }
  writeFileSync(join(ws, name), `${lines.join('\n')}\n`);
}

/** The action bundled from the current source once per run (freshActionDir), so a concurrent rebuild of dist/ cannot pull it away. */
let actionDir = '';
beforeAll(async () => {
  actionDir = await freshActionDir('drift-report');
  ws = tempDirSync('drift-pictures-');
  writeData('ref.csv', 1500, 1, 0);
  writeData('cur.csv', 1200, 2, 1);
}, 180_000);
afterAll(closeBrowser);

describe('drift pictures', () => {
  it('charts each drifted column in the summary and the issue; the HTML report draws every column', async () => {
    const r = await runStep({
      action: 'drift-report',
      actionDir,
      workspace: ws,
      event: 'schedule',
      apiUrl: github.url,
      inputs: { reference: 'ref.csv', current: 'cur.csv', model: 'churn', issue: 'true', 'upload-artifact': 'false' },
    });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs['drift']).toBe('true');
    const drifted = JSON.parse(r.outputs['drifted-columns']!) as string[];
    expect([...drifted].sort()).toEqual(['age', 'plan']);

    // The drift scores, then age and plan.
    const blocks = mermaidBlocks(r.summary);
    expect(blocks).toHaveLength(3);
    expect(
      blocks
        .slice(1)
        .map((b) => /title "(.*)"/.exec(b)![1])
        .sort(),
    ).toEqual(['age', 'plan']);
    expect(await assertMermaidParses(r.summary)).toBe(3);

    const issue = github.state.issues(REPO, { state: 'open' })[0]!;
    expect(mermaidBlocks(issue.body!)).toHaveLength(3);
    // The issue as GitHub shows it: markdown to HTML, each mermaid code block rendered by mermaid.
    const page = await (await browserContext()).newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.setContent(`<!doctype html><html><body>${html(issue.body!)}</body></html>`);
    await page.addScriptTag({ content: readFileSync(require.resolve('mermaid/dist/mermaid.min.js'), 'utf8') });
    const svgs = await page.evaluate(async () => {
      const m = (
        globalThis as unknown as { mermaid: { initialize(o: object): void; render(id: string, t: string): Promise<{ svg: string }> } }
      ).mermaid;
      m.initialize({ startOnLoad: false });
      const out: string[] = [];
      for (const [i, el] of Array.from(
        (
          globalThis as unknown as { document: { querySelectorAll(s: string): ArrayLike<{ textContent: string | null }> } }
        ).document.querySelectorAll('code.language-mermaid'),
      ).entries())
        out.push((await m.render(`d${i}`, el.textContent ?? '')).svg);
      return out;
    });
    await page.close();
    expect(errors).toEqual([]);
    expect(svgs).toHaveLength(3);
    for (const svg of svgs.slice(1)) {
      expect(svg).toMatch(/<rect[^>]*fill="#4c78a8"/i);
      expect(svg).toMatch(/<path[^>]*stroke="#f58518"/i);
    }

    const report = readFileSync(r.outputs['html']!, 'utf8');
    expect(report.match(/<section class="card[^"]*"[^>]*>\n<h3>[\s\S]*?<svg /g)).toHaveLength(4);
  });
});
