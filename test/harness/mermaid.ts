/**
 * Checks mermaid blocks with mermaid's own parser, in headless Chromium. `@mermaid-js/parser` only
 * covers the Langium-based diagrams, not `xychart-beta`, so we load the full mermaid bundle (the same
 * code GitHub uses to render) into a blank page and call mermaid.parse() on each block. The page has
 * no network: the bundle is injected from node_modules.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { browserContext } from './chromium.ts';

const require = createRequire(import.meta.url);
let page: Page | undefined;

async function mermaidPage(): Promise<Page> {
  // A test file closes its context in afterAll (closeBrowser), which closes this page; the next file in the
  // same worker (the unit project does not isolate files) then loads mermaid into a page of its own context.
  if (page && !page.isClosed()) return page;
  const context = await browserContext();
  page = await context.newPage();
  await page.setContent('<!doctype html><html><body></body></html>');
  await page.addScriptTag({ content: readFileSync(require.resolve('mermaid/dist/mermaid.min.js'), 'utf8') });
  await page.evaluate(() =>
    (globalThis as unknown as { mermaid: { initialize(o: object): void } }).mermaid.initialize({ startOnLoad: false }),
  );
  return page;
}

/** The bodies of the ```mermaid fenced blocks in a markdown text. */
export function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)\n```/gm)].map((m) => m[1]!);
}

/** Throws, naming the block and mermaid's message, unless every mermaid block parses. Returns the count. */
export async function assertMermaidParses(markdown: string): Promise<number> {
  const blocks = mermaidBlocks(markdown);
  const p = await mermaidPage();
  for (const [i, block] of blocks.entries()) {
    const error = await p.evaluate(async (text) => {
      try {
        const ok = await (globalThis as unknown as { mermaid: { parse(t: string): Promise<unknown> } }).mermaid.parse(text);
        return ok ? null : 'mermaid.parse returned false';
      } catch (e) {
        return String((e as Error)?.message ?? e);
      }
    }, block);
    if (error) throw new Error(`mermaid block ${i + 1} does not parse: ${error}\n${block}`);
  }
  return blocks.length;
}

/** Renders a block to SVG in the page (a stronger check than parsing); returns the SVG text. */
export async function renderMermaid(block: string): Promise<string> {
  const p = await mermaidPage();
  return p.evaluate(async (text) => {
    const m = (globalThis as unknown as { mermaid: { render(id: string, t: string): Promise<{ svg: string }> } }).mermaid;
    return (await m.render(`m${Math.random().toString(36).slice(2)}`, text)).svg;
  }, block);
}
