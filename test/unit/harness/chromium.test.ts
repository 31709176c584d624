/**
 * One Chromium per test run (test/harness/chromium.ts): the run's launcher starts it once, each file gets a
 * fresh context of its own in it, closing a file's context leaves the browser to the next file, and the
 * launcher's close() leaves no Chromium process and no profile behind.
 */
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { askLauncher, browserContext, CHROMIUM_LAUNCHER_ENV, closeBrowser, serveChromium } from '../../harness/chromium.ts';

afterAll(closeBrowser);

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Chromium's --user-data-dir, from its command line. */
const profileOf = (pid: number): string => {
  const flag = readFileSync(`/proc/${pid}/cmdline`, 'utf8')
    .split('\0')
    .find((a) => a.startsWith('--user-data-dir='));
  return flag!.slice('--user-data-dir='.length);
};

describe("the run's Chromium", () => {
  it('is one browser for every file: a file closing its context leaves it running for the next', async () => {
    const launcher = process.env[CHROMIUM_LAUNCHER_ENV];
    expect(launcher).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const first = await browserContext();
    const page = await first.newPage();
    await page.setContent('<p>one</p>');
    expect(await page.textContent('p')).toBe('one');
    const { pid, wsEndpoint } = await askLauncher(launcher!);
    await closeBrowser(); // as a file's afterAll does
    expect(first.pages()).toEqual([]);
    expect(alive(pid)).toBe(true);
    // The next file in this worker: a new context in the same browser.
    const next = await browserContext();
    expect(next).not.toBe(first);
    expect(await askLauncher(launcher!)).toEqual({ pid, wsEndpoint });
    // Its profile is playwright-core's fresh temporary one, in the run's folder.
    expect(profileOf(pid).startsWith(`${tmpdir()}/playwright_chromiumdev_profile-`)).toBe(true);
  });

  it("gives each file a context that shares no cookies with another file's", async () => {
    const mine = await browserContext();
    await mine.addCookies([{ name: 'file', value: 'a', url: 'http://isolation.test/' }]);
    // Another file: its own connection and context to the same browser.
    const other = await chromium.connect((await askLauncher(process.env[CHROMIUM_LAUNCHER_ENV]!)).wsEndpoint);
    try {
      const theirs = await other.newContext();
      expect(await theirs.cookies('http://isolation.test/')).toEqual([]);
      await theirs.close();
    } finally {
      await other.close();
    }
    expect((await mine.cookies('http://isolation.test/')).map((c) => c.value)).toEqual(['a']);
  });
});

describe('serveChromium', () => {
  it('launches once for concurrent requests, again after a crash, and close() leaves no process nor profile', async () => {
    const launcher = await serveChromium();
    let pids: number[] = [];
    try {
      const answers = await Promise.all([askLauncher(launcher.url), askLauncher(launcher.url)]);
      expect(answers[1]).toEqual(answers[0]);
      const crashed = answers[0]!.pid;
      pids.push(crashed);
      const crashedProfile = profileOf(crashed);
      // Chromium is its process group's leader (playwright-core spawns it detached): kill it all.
      process.kill(-crashed, 'SIGKILL');
      let again = await askLauncher(launcher.url);
      for (let i = 0; again.pid === crashed && i < 100; i++) {
        await sleep(100);
        again = await askLauncher(launcher.url);
      }
      expect(again.pid).not.toBe(crashed);
      pids.push(again.pid);
      // The crashed browser's profile is removed once its process is gone (playwright-core cleans up on exit).
      for (let i = 0; existsSync(crashedProfile) && i < 50; i++) await sleep(100);
      expect(existsSync(crashedProfile)).toBe(false);
      const profile = profileOf(again.pid);
      const browser = await chromium.connect(again.wsEndpoint);
      expect(browser.isConnected()).toBe(true);
      await browser.close();
      await launcher.close();
      expect(alive(again.pid)).toBe(false);
      expect(existsSync(profile)).toBe(false);
      await expect(askLauncher(launcher.url)).rejects.toThrow();
      pids = [];
    } finally {
      await launcher.close().catch(() => undefined);
      for (const pid of pids) if (alive(pid)) process.kill(-pid, 'SIGKILL');
    }
  });
});
