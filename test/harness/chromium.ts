/**
 * Headless Chromium (Debian's `chromium`) driven by playwright-core, with the flags this network-less
 * machine needs. One Chromium per test run, one fresh BrowserContext per test file: call closeBrowser()
 * in afterAll.
 *
 * The run's Chromium is started by the vitest main process, lazily: test/harness/global-setup.ts calls
 * serveChromium(), which listens on a loopback port (its address in MLOPS_CHROMIUM_LAUNCHER, inherited by
 * every worker) and, at the first request of a file, starts `chromium.launchServer` and answers its
 * websocket endpoint; later requests get the same endpoint. A file `chromium.connect`s to it and opens its
 * own `browser.newContext()` (no cookies, storage or cache shared with another file's context). The
 * server cannot live in the first file's worker: an integration file runs in a child process (a fork)
 * that may end before other files are done with Chromium, and Chromium with it. The main process outlives every file, reaps Chromium (so its CPU
 * counts in the run's), and its teardown closes it; playwright-core also kills the browser it launched
 * when the process exits.
 *
 * The launcher also answers services at POST /<name> for the workers, such as test/harness/mermaid.ts's one
 * page with mermaid loaded for the whole run.
 *
 * Outside such a run (the variable unset, e.g. a script importing this), a file launches its own browser.
 */
import { existsSync } from 'node:fs';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, BrowserServer } from 'playwright-core';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** The environment variable holding the run's launcher address (http://127.0.0.1:<port>/). */
export const CHROMIUM_LAUNCHER_ENV = 'MLOPS_CHROMIUM_LAUNCHER';

/**
 * The flags this machine needs. With `headless: true` playwright-core adds `--headless`, and with no
 * `--user-data-dir` in the flags it makes a fresh temporary profile (`playwright_chromiumdev_profile-*`
 * under the TMPDIR, the run's folder) for each launch and removes it when the browser closes
 * (playwright-core's `BrowserType._prepareToLaunch`, its `tempDirectories`).
 */
const LAUNCH = {
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
};

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

function missing(): Error {
  return new Error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install chromium (the CI script does)`);
}

/** What the launcher answers: the browser server's endpoint, and the pid of its Chromium. */
export interface SharedChromium {
  wsEndpoint: string;
  pid: number;
}

/**
 * One request to the run's launcher: a GET, or a POST of `body`; resolves to the answer's text, rejects
 * naming the launcher unless it answers 200.
 */
export function launcherRequest(url: string, body?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    // node:http, not fetch: a test may stub the global fetch; no agent: no keep-alive socket left open.
    const req = request(url, { method: body === undefined ? 'GET' : 'POST', agent: false, timeout: 60_000 }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
      });
      res.on('end', () => {
        if (res.statusCode === 200) resolve(text);
        else reject(new Error(`the test run's Chromium launcher (${url}) answered ${res.statusCode}: ${text}`));
      });
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`the test run's Chromium launcher (${url}) did not answer in 60 s`)));
    req.on('error', reject);
    if (body !== undefined) req.setHeader('content-type', 'application/json');
    req.end(body);
  });
}

/** Asks the run's launcher (serveChromium) for its Chromium, which it starts at the first request. */
export async function askLauncher(url: string): Promise<SharedChromium> {
  return JSON.parse(await launcherRequest(url)) as SharedChromium;
}

/**
 * A service the launcher answers at POST /<name> (see serveChromium): a JSON request in, a JSON answer out,
 * with the run's Chromium at hand. close() runs when the launcher closes, before the browser does.
 */
export interface LauncherService {
  answer(request: unknown, chromium: () => Promise<SharedChromium>): Promise<unknown>;
  close(): Promise<void>;
}

let mine: Promise<{ browser: Browser; context: BrowserContext }> | undefined;

async function open(): Promise<{ browser: Browser; context: BrowserContext }> {
  if (!chromiumAvailable()) throw missing();
  const { chromium } = await import('playwright-core');
  const launcher = process.env[CHROMIUM_LAUNCHER_ENV];
  const browser = launcher ? await chromium.connect((await askLauncher(launcher)).wsEndpoint) : await chromium.launch(LAUNCH);
  try {
    return { browser, context: await browser.newContext() };
  } catch (e) {
    await browser.close().catch(() => undefined);
    throw e;
  }
}

/** This file's context: a fresh one in the run's Chromium (or, outside a test run, in a browser of its own). */
export async function browserContext(): Promise<BrowserContext> {
  if (!mine) {
    const opening = open();
    mine = opening;
    // A failed open is not kept: the next call tries again.
    opening.catch(() => {
      if (mine === opening) mine = undefined;
    });
  }
  return (await mine).context;
}

/** Closes this file's context and its connection (a browser of its own, outside a run); the run's Chromium stays. */
export async function closeBrowser(): Promise<void> {
  const opening = mine;
  mine = undefined;
  if (!opening) return;
  const opened = await opening.catch(() => undefined);
  if (!opened) return;
  await opened.context.close().catch(() => undefined);
  // A connected browser's close() only disconnects; a launched one's closes it and removes its profile.
  await opened.browser.close();
}

/**
 * The run's Chromium launcher, for the vitest main process (test/harness/global-setup.ts, which puts its
 * url in MLOPS_CHROMIUM_LAUNCHER): listens on a loopback port, launches Chromium at the first request and
 * again only if it died, and answers each of `services` at POST /<its name>. close() stops the launcher,
 * the services and the browser (which removes its profile).
 */
export async function serveChromium(services: Record<string, LauncherService> = {}): Promise<{ url: string; close(): Promise<void> }> {
  let server: Promise<BrowserServer> | undefined;
  const launch = async (): Promise<BrowserServer> => {
    if (!chromiumAvailable()) throw missing();
    const { chromium } = await import('playwright-core');
    // The test runner handles its own signals; on exit playwright-core still kills the browser.
    return chromium.launchServer({ ...LAUNCH, host: '127.0.0.1', handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false });
  };
  const shared = (): Promise<BrowserServer> => {
    if (!server) {
      const starting = launch();
      server = starting;
      const forget = () => {
        if (server === starting) server = undefined;
      };
      // Relaunch at the next request if the launch failed or the browser went away.
      starting.then((s) => s.on('close', forget), forget);
    }
    return server;
  };
  const chromiumNow = async (): Promise<SharedChromium> => {
    const s = await shared();
    return { wsEndpoint: s.wsEndpoint(), pid: s.process().pid ?? 0 };
  };
  const http = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
    });
    req.on('end', () => {
      const answer = async (): Promise<unknown> => {
        if (req.method !== 'POST') return chromiumNow();
        const name = (req.url ?? '/').slice(1);
        const service = Object.hasOwn(services, name) ? services[name] : undefined;
        if (!service) throw new Error(`no service at ${req.url}`);
        return service.answer(JSON.parse(body), chromiumNow);
      };
      answer().then(
        (a) => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify(a));
        },
        (e: unknown) => {
          res.writeHead(500, { 'content-type': 'text/plain' });
          res.end(String((e as Error)?.message ?? e));
        },
      );
    });
  });
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(0, '127.0.0.1', () => resolve());
  });
  return {
    url: `http://127.0.0.1:${(http.address() as AddressInfo).port}/`,
    async close() {
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await Promise.all(Object.values(services).map((s) => s.close().catch(() => undefined)));
      const running = server;
      server = undefined;
      const s = await running?.catch(() => undefined);
      await s?.close();
    },
  };
}

export type { Browser, BrowserContext };
