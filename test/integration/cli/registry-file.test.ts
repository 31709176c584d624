/**
 * `mlops registry …` against a file: registry (a directory in the checkout): every command of
 * commands-suite.ts (the same cases as the git remote), and a stored file that no longer matches its
 * card.
 */
import { existsSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { layout } from '@mlops-actions/registry';
import { describeReadCommands, describeWriteCommands } from './commands-suite.ts';
import { type Checkout, expectCleanError, freshCheckout, runMlops } from './helpers.ts';

describeReadCommands('a file: registry', 'file:reg', ['--registry', 'file:reg']);
describeWriteCommands('a file: registry', 'file:reg', ['--registry', 'file:reg']);

let c: Checkout;
let ws: string;
const mlops = (args: string[]) => runMlops(args, { cwd: ws });

describe('verification', () => {
  beforeEach(async () => {
    c = await freshCheckout('file:reg');
    ({ ws } = c);
  });
  afterEach(async () => {
    await rm(c.root, { recursive: true, force: true });
  });

  it('a stored file that no longer matches its card fails the fetch (exit 1) and leaves nothing', async () => {
    await writeFile(join(ws, 'reg', layout.file('churn', '0.1.0', 'weights.bin')), Buffer.alloc(4096, 9));
    const r = await mlops(['registry', 'fetch', 'churn', '0.1.0', '--out', 'models/churn', '--registry', 'file:reg']);
    expectCleanError(r, 1, /weights\.bin of churn@0\.1\.0 does not match its model card/);
    expect(existsSync(join(ws, 'models'))).toBe(false);
  });
});
