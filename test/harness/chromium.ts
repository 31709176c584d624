/**
 * Headless Chromium (Debian's `chromium`) driven by playwright-core, with the flags this network-less
 * machine needs and a fresh profile per launch. One browser per test file: call closeBrowser() in afterAll.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

let browser: { context: BrowserContext; profile: string } | undefined;

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/** A persistent context on a fresh user-data dir (what the flags below and `--user-data-dir` ask for). */
export async function browserContext(): Promise<BrowserContext> {
  if (browser) return browser.context;
  if (!chromiumAvailable()) throw new Error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install chromium (the CI script does)`);
  const profile = await mkdtemp(join(tmpdir(), 'mlops-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  browser = { context, profile };
  return context;
}

export async function closeBrowser(): Promise<void> {
  if (!browser) return;
  const { context, profile } = browser;
  browser = undefined;
  await context.close();
  await rm(profile, { recursive: true, force: true });
}

export type { Browser, BrowserContext };
