import type { Logger, Provenance } from '../types.ts';
import { commandTarget } from './command.ts';
import { directoryTarget } from './directory.ts';
import type { Target } from './target.ts';
import { webhookTarget } from './webhook.ts';

export type TargetSpec =
  | { kind: 'command'; command: string; cwd: string; baseEnv: Record<string, string | undefined>; timeoutMs: number }
  | {
      kind: 'webhook';
      url: string;
      secret: string;
      registry?: string | undefined;
      provenance: Provenance;
      timeoutMs: number;
      fetch?: typeof fetch;
    }
  | { kind: 'directory'; servingDir: string };

/** The target an action's inputs describe. */
export function createTarget(spec: TargetSpec, log: Logger): Target {
  switch (spec.kind) {
    case 'command':
      return commandTarget({ ...spec, log, input: 'command' });
    case 'webhook':
      return webhookTarget({ ...spec, log });
    case 'directory':
      return directoryTarget({ servingDir: spec.servingDir, log });
  }
}
