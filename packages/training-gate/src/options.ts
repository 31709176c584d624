/**
 * train-gate's inputs to its checked options (parseTrainGateOptions): the rules between the inputs
 * live here, where a unit test reaches them; the action only reads the inputs, calls runTrainGate with
 * what comes back and writes the result's outputs.
 */
import { UserError } from '@mlops-actions/errors';
import type { ComponentSources } from './components.ts';
import { parseCacheDir, parseCachePath, type TrainGateOptions } from './gate.ts';

/** A file named by an input: its absolute path and how to show it. */
interface FileRef {
  path: string;
  display: string;
}

/** The inputs as the action reads them (typed, not yet checked against each other). */
export interface TrainGateInputs<Name = string, Alias = string> {
  /** Absolute workspace. */
  workspace: string;
  dataHash: string | undefined;
  dataManifest: FileRef | undefined;
  code: string[];
  params: FileRef | undefined;
  extraKey: string | undefined;
  /** The `drift` input as given (the drift output of drift-report). */
  drift: string | undefined;
  /** The model and alias, parsed where they entered; undefined when `model` is not set (no champion). */
  named: { model: Name; alias: Alias } | undefined;
  /** The registry inputs: the URI as written, and the folder of a `file:` registry and whether it is missing. */
  registry: { uri: string; directory: string | undefined; missing: boolean };
  maxAgeMs: number | undefined;
  force: boolean;
  cache: boolean;
  /** `cache-path` and `cache-dir` as given. */
  cachePath: string;
  cacheDir: string | undefined;
}

/** Checks the inputs against each other; every error names the input and the fix. */
export function parseTrainGateOptions<Name, Alias>(i: TrainGateInputs<Name, Alias>): TrainGateOptions<Name, Alias> {
  if (!i.dataHash && !i.dataManifest) {
    throw new UserError('neither data-hash nor data-manifest is set', {
      input: 'data-hash',
      fix: 'Pass the hash or manifest output of a data-hash step',
    });
  }
  if (i.drift !== undefined && i.drift !== 'true' && i.drift !== 'false') {
    throw new UserError(`must be true or false (the drift output of drift-report), got '${i.drift}'`, { input: 'drift' });
  }
  const cacheDir = parseCacheDir(i.cacheDir, i.workspace);
  const sources: ComponentSources = {
    root: i.workspace,
    dataHash: i.dataHash,
    dataManifest: i.dataManifest,
    code: i.code,
    params: i.params,
    extraKey: i.extraKey,
  };
  return {
    workspace: i.workspace,
    sources,
    champion:
      i.named === undefined
        ? undefined
        : // A `file:` registry folder that does not exist: warned about, as a first run has none yet.
          { ...i.named, registry: i.registry.uri, missingFolder: i.registry.missing ? i.registry.directory : undefined },
    drift: i.drift === 'true',
    maxAgeMs: i.maxAgeMs,
    force: i.force,
    cache: i.cache,
    cachePath: parseCachePath(i.cachePath, i.workspace),
    cacheDir,
  };
}
