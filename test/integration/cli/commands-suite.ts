/**
 * The `mlops registry` commands against one registry (a bare git remote as git:origin, or a file:
 * directory), run as a user runs them: every command, --json parsed, the human tables, exit codes
 * (0 done, 1 failed), errors without a stack. Each backend's test files call these (registry-git-read,
 * registry-git-write, registry-file), so the same cases run against both and the files run in parallel.
 * The commands run in the test's process (runMlops, helpers.ts); a few through the bin in a child process
 * (mlopsBin), so each family keeps an exit code, a table on a real pipe and a clean error through it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { git } from '../../unit/registry/helpers.ts';
import {
  aliasesOf as aliasesIn,
  type Checkout,
  ESC,
  expectCleanError,
  freshCheckout,
  runMlops,
  runMlopsBin,
  type SeedUri,
} from './helpers.ts';

let c: Checkout;
let remote: string;
let ws: string;

const mlops = (args: string[], o: { cwd?: string; env?: Record<string, string> } = {}) => runMlops(args, { cwd: o.cwd ?? ws, env: o.env });
/** The same through the bin, a child process whose stdout and stderr are pipes. */
const mlopsBin = (args: string[]) => runMlopsBin(args, { cwd: ws });
const aliasesOf = (uri: string) => aliasesIn(c, uri);

/** Each test starts from its own copy of a checkout where churn 0.1.0 (production) and 0.2.0 (staging) are registered in `uri`. */
function useSeededCheckout(uri: SeedUri): void {
  beforeEach(async () => {
    c = await freshCheckout(uri);
    ({ remote, ws } = c);
  });
  afterEach(async () => {
    await rm(c.root, { recursive: true, force: true });
  });
}

/** Commands that read the registry: list, show, fetch, and their failures. */
export function describeReadCommands(label: string, uri: SeedUri, reg: string[]): void {
  describe(`mlops registry against ${label}`, () => {
    useSeededCheckout(uri);

    it('list: a table of models for people, the same as JSON for scripts', async () => {
      const human = await mlopsBin(['registry', 'list', ...reg]);
      expect(human.code, human.stderr).toBe(0);
      const lines = human.stdout.trimEnd().split('\n');
      expect(lines[0]).toMatch(/^MODEL\s+LATEST\s+VERSIONS\s+ALIASES\s+UPDATED\s+DEPRECATED$/);
      expect(lines[1]).toMatch(/^churn\s+0\.2\.0\s+2\s+production=0\.1\.0, staging=0\.2\.0\s+\d{4}-\d{2}-\d{2} \d{2}:\d{2}Z$/);
      expect(human.stdout).not.toContain(ESC); // not a terminal: no colours

      const json = await mlops(['registry', 'list', '--json', ...reg]);
      expect(json.code).toBe(0);
      const data = JSON.parse(json.stdout);
      expect(data.models).toEqual([
        expect.objectContaining({ name: 'churn', latest: '0.2.0', versions: 2, aliases: { production: '0.1.0', staging: '0.2.0' } }),
      ]);
    });

    it('list <model>: its versions, newest first, with aliases, size and metrics; --limit', async () => {
      const human = await mlops(['registry', 'list', 'churn', ...reg]);
      expect(human.code, human.stderr).toBe(0);
      const lines = human.stdout.trimEnd().split('\n');
      expect(lines[0]).toMatch(/^VERSION\s+ALIASES\s+CREATED\s+FILES\s+SIZE\s+VALIDATION\s+STATUS\s+METRICS$/);
      expect(lines[1]).toMatch(/^0\.2\.0\s+staging\s+\S+ \S+\s+2\s+4\.0 KiB\s+accuracy=0\.93$/);
      expect(lines[2]).toMatch(/^0\.1\.0\s+production\s+\S+ \S+\s+2\s+4\.0 KiB\s+accuracy=0\.91$/);

      const json = JSON.parse((await mlops(['registry', 'list', 'churn', '--limit', '1', '--json', ...reg])).stdout);
      expect(json.versions.map((v: { version: string }) => v.version)).toEqual(['0.2.0']);
      expect(json.aliases.production.version).toBe('0.1.0');
    });

    it('show <model> <alias|version|latest>: the card and its files', async () => {
      const human = await mlops(['registry', 'show', 'churn', 'production', ...reg]);
      expect(human.code, human.stderr).toBe(0);
      expect(human.stdout).toMatch(/^model\s+churn 0\.1\.0$/m);
      expect(human.stdout).toMatch(/^aliases\s+production$/m);
      expect(human.stdout).toMatch(/^metrics\s+accuracy=0\.91$/m);
      const sha = (await import('node:crypto')).createHash('sha256').update(Buffer.alloc(4096, 1)).digest('hex');
      expect(human.stdout).toMatch(/^PATH\s+SIZE\s+SHA256$/m);
      expect(human.stdout).toMatch(new RegExp(`^weights\\.bin\\s+4\\.0 KiB\\s+${sha}$`, 'm'));

      const latest = JSON.parse((await mlops(['registry', 'show', 'churn', 'latest', '--json', ...reg])).stdout);
      expect(latest.card).toMatchObject({ name: 'churn', version: '0.2.0' });
      const exact = JSON.parse((await mlops(['registry', 'show', 'churn', '0.1.0', '--json', ...reg])).stdout);
      expect(exact.card.version).toBe('0.1.0');
      expect(exact.aliases.staging.version).toBe('0.2.0');
    });

    it('fetch <model> <alias> --out: verified files; a non-empty folder is refused unless --overwrite', async () => {
      const f = await mlops(['registry', 'fetch', 'churn', 'production', '--out', 'models/churn', ...reg]);
      expect(f.code, f.stderr).toBe(0);
      expect(f.stdout).toMatch(/^Fetched churn 0\.1\.0 \(production\) into .*models\/churn: 2 file\(s\), 4\.0 KiB, each verified/);
      expect(f.stderr).toBe(''); // not a terminal: no progress bar
      expect(readFileSync(join(ws, 'models/churn/weights.bin')).equals(Buffer.alloc(4096, 1))).toBe(true);
      expect(readdirSync(join(ws, 'models/churn')).sort()).toEqual(['meta', 'weights.bin']);

      const again = await mlops(['registry', 'fetch', 'churn', 'latest', '--out', 'models/churn', ...reg]);
      expectCleanError(again, 1, /--out: the destination .*models\/churn already holds files.*--overwrite to replace/);
      expect(readFileSync(join(ws, 'models/churn/meta/labels.txt'), 'utf8')).toBe('v1\n');

      const over = await mlops(['registry', 'fetch', 'churn', 'latest', '--out', 'models/churn', '--overwrite', '--json', ...reg]);
      expect(over.code, over.stderr).toBe(0);
      const data = JSON.parse(over.stdout);
      expect(data).toMatchObject({ model: 'churn', version: '0.2.0', ref: 'latest', dir: join(ws, 'models/churn'), replaced: true });
      expect(data.files.map((x: { path: string }) => x.path).sort()).toEqual(['meta/labels.txt', 'weights.bin']);
      expect(readFileSync(join(ws, 'models/churn/meta/labels.txt'), 'utf8')).toBe('v2\n');
    });

    it('failures exit 1 with one line and the fix, no stack', async () => {
      expectCleanError(
        await mlopsBin(['registry', 'show', 'churn', '9.9.9', ...reg]),
        1,
        /<version>: model 'churn' has no version 9\.9\.9 .*Registered versions include 0\.2\.0, 0\.1\.0/,
      );
      expectCleanError(
        await mlops(['registry', 'show', 'churn', 'canary', ...reg]),
        1,
        /alias 'canary' of model 'churn' is not set\. Set aliases are production → 0\.1\.0, staging → 0\.2\.0/,
      );
      expectCleanError(await mlops(['registry', 'history', 'nope', ...reg]), 1, /there is no model 'nope' in the registry/);
      expectCleanError(await mlops(['registry', 'list', 'nope', ...reg]), 1, /there is no model 'nope' in the registry/);
      expectCleanError(
        await mlops(['registry', 'rollback', 'churn', '--alias', 'staging', ...reg]),
        1,
        /alias 'staging' of model 'churn' pointed at no version before 0\.2\.0.*with --to <version>/,
      );
      expectCleanError(
        await mlops(['registry', 'alias', 'remove', 'churn', 'canary', ...reg]),
        1,
        /alias 'canary' of model 'churn' is not set/,
      );
    });
  });
}

/** Commands that write it: promote, rollback, alias remove, deprecate (and history to see them). */
export function describeWriteCommands(label: string, uri: SeedUri, reg: string[]): void {
  describe(`mlops registry against ${label}`, () => {
    useSeededCheckout(uri);

    it('promote <model> <version> --alias, rollback --alias, history: audited moves recorded as the laptop user', async () => {
      const p = await mlopsBin(['registry', 'promote', 'churn', '0.2.0', '--alias', 'production', '--reason', 'better recall', ...reg]);
      expect(p.code, p.stderr).toBe(0);
      expect(p.stdout.trim()).toBe('churn: production 0.1.0 → 0.2.0');
      expect(await aliasesOf(uri)).toEqual({ production: '0.2.0', staging: '0.2.0' });

      const again = await mlops(['registry', 'promote', 'churn', '0.2.0', '--alias', 'production', ...reg]);
      expect(again.stdout).toContain('already points at 0.2.0; nothing changed');

      const back = await mlops(['registry', 'rollback', 'churn', '--alias', 'production', '--json', ...reg]);
      expect(back.code, back.stderr).toBe(0);
      expect(JSON.parse(back.stdout)).toMatchObject({ model: 'churn', alias: 'production', from: '0.2.0', to: '0.1.0', moved: true });
      expect(await aliasesOf(uri)).toEqual({ production: '0.1.0', staging: '0.2.0' });

      const h = JSON.parse((await mlops(['registry', 'history', 'churn', '--alias', 'production', '--json', ...reg])).stdout);
      const moves = h.entries.filter((e: { action: string }) => e.action === 'alias');
      expect(moves.slice(-2)).toEqual([
        expect.objectContaining({
          alias: 'production',
          from: '0.1.0',
          to: '0.2.0',
          reason: 'better recall',
          actor: 'Jane Doe <jane@example.com>',
        }),
        expect.objectContaining({ alias: 'production', from: '0.2.0', to: '0.1.0', reason: 'rollback from 0.2.0' }),
      ]);

      const table = await mlops(['registry', 'history', 'churn', '--limit', '2', ...reg]);
      const lines = table.stdout.trimEnd().split('\n');
      expect(lines[0]).toMatch(/^WHEN\s+ACTION\s+VERSION\s+ALIAS\s+CHANGE\s+BY\s+REASON$/);
      expect(lines).toHaveLength(3);
      expect(lines[1]).toMatch(/alias\s+0\.2\.0\s+production\s+0\.1\.0 → 0\.2\.0\s+Jane Doe <jane@example\.com>\s+better recall$/);
      // The person at the keyboard authors the registry commit (the bot commits it), as in a workflow.
      if (uri === 'git:origin') {
        expect(git(['log', '-1', '--format=%an <%ae>|%cn', 'mlops-registry'], remote).trim()).toBe(
          'Jane Doe <jane@example.com>|github-actions[bot]',
        );
      }
    });

    it('promote by alias name (what staging names) and alias remove', async () => {
      await mlops(['registry', 'promote', 'churn', '0.1.0', '--alias', 'candidate', ...reg]);
      const p = await mlops(['registry', 'promote', 'churn', 'staging', '--alias', 'candidate', ...reg]);
      expect(p.stdout.trim()).toBe('churn: candidate 0.1.0 → 0.2.0');
      const rm = await mlops(['registry', 'alias', 'remove', 'churn', 'candidate', '--reason', 'done', ...reg]);
      expect(rm.code, rm.stderr).toBe(0);
      expect(rm.stdout.trim()).toBe('churn: candidate removed (it pointed at 0.2.0)');
      expect(await aliasesOf(uri)).toEqual({ production: '0.1.0', staging: '0.2.0' });
    });

    it('deprecate --reason: fetch and promote refuse it (exit 1) unless --allow-deprecated; --restore undoes it', async () => {
      const d = await mlops(['registry', 'deprecate', 'churn', '0.1.0', '--reason', 'label leak', ...reg]);
      expect(d.code, d.stderr).toBe(0);
      expect(d.stdout).toContain('churn 0.1.0 deprecated: label leak');
      expect(d.stdout).toContain('still named by production');

      const refused = await mlops(['registry', 'fetch', 'churn', '0.1.0', '--out', 'old', ...reg]);
      expectCleanError(
        refused,
        1,
        /churn 0\.1\.0 is deprecated \(label leak; .* by Jane Doe <jane@example\.com>\), so it is not fetched.*--allow-deprecated to use it anyway/,
      );
      expect(existsSync(join(ws, 'old'))).toBe(false);
      const promoteRefused = await mlops(['registry', 'promote', 'churn', '0.1.0', '--alias', 'staging', ...reg]);
      expectCleanError(promoteRefused, 1, /is deprecated .*so it is not promoted/);

      const allowed = await mlops(['registry', 'fetch', 'churn', '0.1.0', '--out', 'old', '--allow-deprecated', ...reg]);
      expect(allowed.code, allowed.stderr).toBe(0);
      expect(allowed.stderr).toMatch(/^mlops: warning: churn 0\.1\.0 is deprecated .*; using it because --allow-deprecated is true$/m);

      const listed = await mlops(['registry', 'list', 'churn', ...reg]);
      expect(listed.stdout).toMatch(/^0\.1\.0\s+production.*deprecated: label leak/m);

      const restored = await mlops(['registry', 'deprecate', 'churn', '0.1.0', '--restore', '--json', ...reg]);
      expect(restored.code, restored.stderr).toBe(0);
      expect(JSON.parse(restored.stdout)).toMatchObject({ model: 'churn', version: '0.1.0', changed: true });
      const h = JSON.parse((await mlops(['registry', 'history', 'churn', '--json', ...reg])).stdout);
      expect(h.entries.slice(-2).map((e: { action: string }) => e.action)).toEqual(['deprecate', 'restore']);
    });
  });
}
