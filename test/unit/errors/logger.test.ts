import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import { log } from '@mlops-actions/action-kit';
import type { Logger as DeploymentLogger } from '@mlops-actions/deployment';
import type { Logger as DriftLogger } from '@mlops-actions/drift';
import type { Logger } from '@mlops-actions/errors';
import type { Logger as GitHubLogger } from '@mlops-actions/github';
import type { HashPathsOptions } from '@mlops-actions/hashing';
import type { FetchOptions, Logger as RegistryLogger, refuseDeprecated } from '@mlops-actions/registry';

describe('one Logger', () => {
  it('is the type every package that logs takes (checked by the typecheck)', () => {
    expectTypeOf<RegistryLogger>().toEqualTypeOf<Logger>();
    expectTypeOf<DeploymentLogger>().toEqualTypeOf<Logger>();
    expectTypeOf<DriftLogger>().toEqualTypeOf<Logger>();
    expectTypeOf<GitHubLogger>().toEqualTypeOf<Logger>();
    // Where a package once took a bare warning callback (warn, onWarning), it takes the Logger.
    expectTypeOf<NonNullable<HashPathsOptions['log']>>().toEqualTypeOf<Logger>();
    expectTypeOf<NonNullable<FetchOptions['log']>>().toEqualTypeOf<Logger>();
    expectTypeOf<NonNullable<Parameters<typeof refuseDeprecated>[4]>>().toEqualTypeOf<Logger>();
  });

  it("is satisfied by the action kit's log, group and debug included", async () => {
    const asLogger: Logger = log;
    const lines: string[] = [];
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    try {
      asLogger.info('plain line');
      asLogger.warning('careful');
      const got = await asLogger.group!('a group', async () => 42);
      expect(got).toBe(42);
    } finally {
      write.mockRestore();
    }
    // What the runner reads: a plain line, a ::warning:: command, and a group around the work.
    expect(lines.join('')).toMatch(/plain line\n::warning::careful\n::group::a group\n::endgroup::\n/);
  });
});
