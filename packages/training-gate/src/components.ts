import { readFile } from 'node:fs/promises';
import { UserError } from '@mlops-actions/errors';
import { parseStructured } from '@mlops-actions/files';
import { hashPaths, readManifest } from '@mlops-actions/hashing';
import { paramsHash, textHash, type TrainingComponents } from './fingerprint.ts';

export interface ComponentSources {
  /** Workspace: code globs are relative to it. */
  root: string;
  /** The dataset hash as data-hash outputs it. */
  dataHash?: string | undefined;
  /** A data-hash manifest; its hash is used. */
  dataManifest?: { path: string; display: string } | undefined;
  /** Globs of the training code. */
  code: string[];
  params?: { path: string; display: string } | undefined;
  extraKey?: string | undefined;
}

const HASH = /^(sha256|sha512|sha1|md5):[0-9a-f]+$/;

export async function computeComponents(s: ComponentSources): Promise<TrainingComponents & { paramsValue?: unknown }> {
  let data = '-';
  if (s.dataManifest) data = (await readManifest(s.dataManifest.path, s.dataManifest.display)).hash;
  if (s.dataHash) {
    if (!HASH.test(s.dataHash)) {
      throw new UserError(`'${s.dataHash}' is not a dataset hash`, { input: 'data-hash', fix: 'Pass the hash output of data-hash, e.g. sha256:<hex>' });
    }
    if (data !== '-' && data !== s.dataHash) {
      throw new UserError(`says ${s.dataHash} but data-manifest says ${data}`, { input: 'data-hash', fix: 'Give one of data-hash and data-manifest, from the same data-hash step' });
    }
    data = s.dataHash;
  }
  const code = s.code.length ? (await hashPaths({ root: s.root, paths: s.code, input: 'code' })).hash : '-';
  let params = '-';
  let paramsValue: unknown;
  if (s.params) {
    let text: string;
    try {
      text = await readFile(s.params.path, 'utf8');
    } catch (e) {
      throw new UserError(`cannot read the params file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, { input: 'params', file: s.params.display });
    }
    paramsValue = parseStructured(text, s.params.display, s.params.display).value;
    params = paramsHash(paramsValue);
  }
  return { data, code, params, extra: s.extraKey ? textHash(s.extraKey) : '-', paramsValue };
}
