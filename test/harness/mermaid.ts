/**
 * Checks mermaid blocks with mermaid's own parser, in headless Chromium. `@mermaid-js/parser` only
 * covers the Langium-based diagrams, not `xychart-beta`, so we load the full mermaid bundle (the same
 * code GitHub uses to render) into a blank page and call mermaid.parse() on each block. The page has
 * no network: the bundle is injected from node_modules.
 *
 * In a test run the bundle is loaded once for the whole run: the run's Chromium launcher (chromium.ts,
 * started by global-setup.ts with mermaidService()) keeps one page with mermaid in a context of its own,
 * and every file sends its blocks there. mermaid.parse and mermaid.render keep no state from one call to
 * the next (each resets mermaid's config to the initialized one and clears the diagram's data), and a
 * render gets a fresh id. Outside a run (MLOPS_CHROMIUM_LAUNCHER unset) a file loads mermaid into a page
 * of its own context.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { browserContext, CHROMIUM_LAUNCHER_ENV, type LauncherService, launcherRequest, type SharedChromium } from './chromium.ts';

const require = createRequire(import.meta.url);

type Mermaid = {
  initialize(o: object): void;
  parse(t: string): Promise<unknown>;
  render(id: string, t: string): Promise<{ svg: string }>;
};

/** Loads the mermaid bundle into a blank page. */
async function loadMermaid(page: Page): Promise<void> {
  await page.setContent('<!doctype html><html><body></body></html>');
  await page.addScriptTag({ content: readFileSync(require.resolve('mermaid/dist/mermaid.min.js'), 'utf8') });
  await page.evaluate(() => (globalThis as unknown as { mermaid: Mermaid }).mermaid.initialize({ startOnLoad: false }));
}

/** mermaid.parse(text) in the page: null if it parses, else mermaid's message. */
function parseIn(page: Page, text: string): Promise<string | null> {
  return page.evaluate(async (t) => {
    try {
      const ok = await (globalThis as unknown as { mermaid: Mermaid }).mermaid.parse(t);
      return ok ? null : 'mermaid.parse returned false';
    } catch (e) {
      return String((e as Error)?.message ?? e);
    }
  }, text);
}

/** mermaid.render(text) in the page under a fresh id: the SVG, or mermaid's message. */
function renderIn(page: Page, text: string): Promise<{ svg: string } | { error: string }> {
  return page.evaluate(async (t) => {
    const id = `m${Math.random().toString(36).slice(2)}`;
    try {
      return { svg: (await (globalThis as unknown as { mermaid: Mermaid }).mermaid.render(id, t)).svg };
    } catch (e) {
      // A failed render leaves its temporary element (`d<id>`) in the page; a later render must not see it.
      (globalThis as unknown as { document: { getElementById(i: string): { remove(): void } | null } }).document
        .getElementById(`d${id}`)
        ?.remove();
      return { error: String((e as Error)?.message ?? e) };
    }
  }, text);
}

/** What a worker asks the launcher's mermaid service, and what it answers. */
export type MermaidRequest = { op: 'parse'; text: string } | { op: 'render'; text: string } | { op: 'loads' };
type MermaidAnswer = { error: string | null } | { svg: string } | { error: string } | { loads: number };

/**
 * The launcher's mermaid service (serveChromium({ mermaid: mermaidService() })): one page with mermaid loaded,
 * in a context of its own in the run's Chromium, made at the first request and again only if it crashed, was
 * closed or lost its browser. Requests run one at a time (mermaid.render works in the page's DOM). `loads`
 * answers how many times it loaded mermaid; page() gives the live page (for tests).
 */
export function mermaidService(): LauncherService & { page(chromium: () => Promise<SharedChromium>): Promise<Page> } {
  let held: { browser: Browser; page: Page; dead: boolean } | undefined;
  let loads = 0;
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(f: () => Promise<T>): Promise<T> => {
    const run = queue.then(f, f);
    queue = run.catch(() => undefined);
    return run;
  };
  const live = async (chromium: () => Promise<SharedChromium>): Promise<Page> => {
    if (held && !held.dead && !held.page.isClosed() && held.browser.isConnected()) return held.page;
    const old = held;
    held = undefined;
    await old?.browser.close().catch(() => undefined);
    const { chromium: playwright } = await import('playwright-core');
    const browser = await playwright.connect((await chromium()).wsEndpoint);
    try {
      const page = await (await browser.newContext()).newPage();
      const h = { browser, page, dead: false };
      page.on('crash', () => {
        h.dead = true;
      });
      await loadMermaid(page);
      loads++;
      held = h;
      return page;
    } catch (e) {
      await browser.close().catch(() => undefined);
      throw e;
    }
  };
  const run = async (request: MermaidRequest, chromium: () => Promise<SharedChromium>): Promise<MermaidAnswer> => {
    if (request.op === 'loads') return { loads };
    const page = await live(chromium);
    return request.op === 'parse' ? { error: await parseIn(page, request.text) } : renderIn(page, request.text);
  };
  return {
    answer: (request, chromium) =>
      serial(async () => {
        try {
          return await run(request as MermaidRequest, chromium);
        } catch {
          // mermaid's own errors are answers, so this is the page or the browser failing: once more in a new page.
          if (held) held.dead = true;
          return run(request as MermaidRequest, chromium);
        }
      }),
    page: (chromium) => serial(() => live(chromium)),
    async close() {
      const h = held;
      held = undefined;
      await h?.browser.close();
    },
  };
}

let page: Page | undefined;

/** Outside a run: this file's page with mermaid, in its context. */
async function mermaidPage(): Promise<Page> {
  // A test file closes its context in afterAll (closeBrowser), which closes this page; the next file in the
  // same worker then loads mermaid into a page of its own context.
  if (page && !page.isClosed()) return page;
  const context = await browserContext();
  page = await context.newPage();
  await loadMermaid(page);
  return page;
}

/** Asks the run's mermaid service (through node:http, as a test may stub fetch). */
async function askMermaid(launcher: string, request: MermaidRequest): Promise<MermaidAnswer> {
  return JSON.parse(await launcherRequest(new URL('mermaid', launcher).href, JSON.stringify(request))) as MermaidAnswer;
}

async function parse(text: string): Promise<string | null> {
  const launcher = process.env[CHROMIUM_LAUNCHER_ENV];
  if (!launcher) return parseIn(await mermaidPage(), text);
  return ((await askMermaid(launcher, { op: 'parse', text })) as { error: string | null }).error;
}

/** The bodies of the ```mermaid fenced blocks in a markdown text. */
export function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)\n```/gm)].map((m) => m[1]!);
}

/** Throws, naming the block and mermaid's message, unless every mermaid block parses. Returns the count. */
export async function assertMermaidParses(markdown: string): Promise<number> {
  const blocks = mermaidBlocks(markdown);
  for (const [i, block] of blocks.entries()) {
    const error = await parse(block);
    if (error) throw new Error(`mermaid block ${i + 1} does not parse: ${error}\n${block}`);
  }
  return blocks.length;
}

/** Renders a block to SVG (a stronger check than parsing); returns the SVG text, or throws mermaid's message. */
export async function renderMermaid(block: string): Promise<string> {
  const launcher = process.env[CHROMIUM_LAUNCHER_ENV];
  const rendered = launcher ? await askMermaid(launcher, { op: 'render', text: block }) : await renderIn(await mermaidPage(), block);
  if ('svg' in rendered) return rendered.svg;
  throw new Error(`mermaid block does not render: ${(rendered as { error: string }).error}\n${block}`);
}
