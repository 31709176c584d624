/**
 * mermaid loaded once per test run (test/harness/mermaid.ts): the run's Chromium launcher keeps one page with
 * mermaid, every file and worker process sends its blocks there, a bad block still throws naming the block and
 * mermaid's message, a render still returns the SVG, and a crashed or closed page is replaced.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import {
  askLauncher,
  browserContext,
  CHROMIUM_LAUNCHER_ENV,
  closeBrowser,
  launcherRequest,
  serveChromium,
} from '../../harness/chromium.ts';
import { assertMermaidParses, mermaidBlocks, mermaidService, renderMermaid } from '../../harness/mermaid.ts';

afterAll(closeBrowser);

const good = '```mermaid\nxychart-beta\n  title "acc"\n  x-axis [a, b]\n  line [1, 2]\n```';
const bar = '```mermaid\nxychart-beta\n  x-axis ["v1", "v2"]\n  bar [0.5, 0.7]\n```';
const bad = '```mermaid\nxychart-beta\n  x-axis [a, b\n  line [1, 2]\n```';

const loads = async (launcher: string): Promise<number> =>
  (JSON.parse(await launcherRequest(new URL('mermaid', launcher).href, JSON.stringify({ op: 'loads' }))) as { loads: number }).loads;

/** Runs `f` with the workers' launcher variable set to `url` (or unset), then puts it back. */
async function withLauncher<T>(url: string | undefined, f: () => Promise<T>): Promise<T> {
  const before = process.env[CHROMIUM_LAUNCHER_ENV];
  if (url === undefined) delete process.env[CHROMIUM_LAUNCHER_ENV];
  else process.env[CHROMIUM_LAUNCHER_ENV] = url;
  try {
    return await f();
  } finally {
    if (before === undefined) delete process.env[CHROMIUM_LAUNCHER_ENV];
    else process.env[CHROMIUM_LAUNCHER_ENV] = before;
  }
}

/** A launcher of this file's own with the mermaid service, as global-setup.ts makes the run's (one for the file: each launches a Chromium). */
const service = mermaidService();
const own = serveChromium({ mermaid: service });
afterAll(async () => (await own).close());

async function ownLauncher<T>(f: (url: string) => Promise<T>): Promise<T> {
  const { url } = await own;
  return withLauncher(url, () => f(url));
}

describe("the run's mermaid page", () => {
  it('is the one the test run uses: files after the first load mermaid no more', async () => {
    const run = process.env[CHROMIUM_LAUNCHER_ENV]!;
    expect(await assertMermaidParses(good)).toBe(1);
    const before = await loads(run);
    expect(before).toBeGreaterThanOrEqual(1);
    await closeBrowser(); // as a file's afterAll does
    expect(await assertMermaidParses(`${good}\n\n${bar}`)).toBe(2);
    expect(await renderMermaid(mermaidBlocks(bar)[0]!)).toContain('<svg');
    expect(await loads(run)).toBe(before);
  });

  it('loads mermaid once for several files and worker processes, and for concurrent requests', async () => {
    await ownLauncher(async (url) => {
      expect(await assertMermaidParses(good)).toBe(1);
      const loaded = await loads(url);
      expect(loaded).toBeGreaterThanOrEqual(1);
      await closeBrowser();
      // Another worker: a process of its own, with the launcher's address in its environment as vitest's workers have.
      const harness = fileURLToPath(new URL('../../harness/mermaid.ts', import.meta.url));
      const script = `const m = await import(${JSON.stringify(harness)}); console.log(await m.assertMermaidParses(${JSON.stringify(`${good}\n${bar}`)}));`;
      const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
        env: { ...process.env, [CHROMIUM_LAUNCHER_ENV]: url },
      });
      expect(stdout.trim()).toBe('2');
      const [n, svg] = await Promise.all([assertMermaidParses(bar), renderMermaid(mermaidBlocks(good)[0]!)]);
      expect(n).toBe(1);
      expect(svg).toContain('<svg');
      expect(await loads(url)).toBe(loaded);
    });
  });

  it('still throws naming the block and mermaid message, the same message as a page of the file', async () => {
    const viaLauncher = await assertMermaidParses(`${good}\n\n${bad}`).catch((e: Error) => e.message);
    expect(viaLauncher).toMatch(/^mermaid block 2 does not parse: Parse error on line 2:/);
    expect(viaLauncher).toContain(mermaidBlocks(bad)[0]);
    // The path outside a run: this file's own page, in its context (opened here in the run's browser).
    await browserContext();
    const inFilePage = await withLauncher(undefined, () => assertMermaidParses(`${good}\n\n${bad}`).catch((e: Error) => e.message));
    expect(viaLauncher).toBe(inFilePage);
  });

  it('renders to the same SVG as a page of the file; a block that does not render throws mermaid message', async () => {
    const block = mermaidBlocks(bar)[0]!;
    const svg = await renderMermaid(block);
    expect(svg).toMatch(/^<svg [^>]*id="m[a-z0-9]+"/);
    expect(svg).toContain('v2');
    await browserContext();
    const inFilePage = await withLauncher(undefined, () => renderMermaid(block));
    // The same drawing: only the fresh id of each render differs.
    const id = (s: string) => /id="(m[a-z0-9]+)"/.exec(s)![1]!;
    expect(svg.replaceAll(id(svg), 'ID')).toBe(inFilePage.replaceAll(id(inFilePage), 'ID'));
    await expect(renderMermaid(mermaidBlocks(bad)[0]!)).rejects.toThrow(/^mermaid block does not render: Parse error on line 2:/);
  });

  it('is replaced after it crashed or was closed, and a failed render leaves nothing in it', async () => {
    await ownLauncher(async (url) => {
      const chromium = () => askLauncher(url);
      expect(await assertMermaidParses(good)).toBe(1);
      const before = await loads(url);
      const first = await service.page(chromium);
      const crashed = first.waitForEvent('crash');
      await first.goto('chrome://crash').catch(() => undefined);
      await crashed;
      expect(await assertMermaidParses(good)).toBe(1);
      expect(await loads(url)).toBe(before + 1);
      const second = await service.page(chromium);
      expect(second).not.toBe(first);
      await second.close();
      await expect(assertMermaidParses(bad)).rejects.toThrow(/^mermaid block 1 does not parse: Parse error/);
      expect(await renderMermaid(mermaidBlocks(good)[0]!)).toContain('<svg');
      expect(await loads(url)).toBe(before + 2);
      // A failed render leaves nothing in the page for the next one (mermaid leaves its temporary element).
      await expect(renderMermaid(mermaidBlocks(bad)[0]!)).rejects.toThrow(/^mermaid block does not render: Parse error/);
      const third = await service.page(chromium);
      expect(await third.evaluate(() => (globalThis as any).document.body.children.length)).toBe(0);
    });
  });
});
