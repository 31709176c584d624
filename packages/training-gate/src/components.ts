import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { UserError, messageOf } from '@mlops-actions/errors';
import { fsReadError, parseStructured } from '@mlops-actions/files';
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

/** `<algorithm>:<hex>` as data-hash outputs it, with the digest length of its algorithm. */
const HASH = /^(?:sha256:[0-9a-f]{64}|sha512:[0-9a-f]{128}|sha1:[0-9a-f]{40}|md5:[0-9a-f]{32})$/;

export async function computeComponents(s: ComponentSources): Promise<TrainingComponents & { paramsValue?: unknown }> {
  let data = '-';
  if (s.dataManifest) data = (await readManifest(s.dataManifest.path, s.dataManifest.display)).hash;
  if (s.dataHash) {
    if (!HASH.test(s.dataHash)) {
      throw new UserError(`'${s.dataHash}' is not a dataset hash`, {
        input: 'data-hash',
        fix: 'Pass the hash output of data-hash: <algorithm>:<hex digest>, e.g. sha256: and 64 lowercase hex digits (${{ steps.<id>.outputs.hash }})',
      });
    }
    if (data !== '-' && data !== s.dataHash) {
      throw new UserError(`says ${s.dataHash} but data-manifest says ${data}`, {
        input: 'data-hash',
        fix: 'Give one of data-hash and data-manifest, from the same data-hash step',
      });
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
      const err = fsReadError(e, s.params.display, {
        input: 'params',
        what: 'params file',
        fix: 'Check the path (relative to the workspace) and that the file is there before this step',
      });
      if (err !== e) throw err;
      throw new UserError(`cannot read the params file (${messageOf(e)})`, { input: 'params', file: s.params.display });
    }
    if (extname(s.params.path).toLowerCase() === '.json') checkJson(text, s.params.display);
    paramsValue = parseStructured(text, s.params.display, s.params.display).value;
    if (paramsValue === null || paramsValue === undefined) {
      throw new UserError('the params file is empty', {
        input: 'params',
        file: s.params.display,
        fix: 'Write the training parameters as key: value lines (YAML) or a JSON object',
      });
    }
    if (typeof paramsValue !== 'object' || Array.isArray(paramsValue)) {
      throw new UserError(
        `the params file holds ${Array.isArray(paramsValue) ? 'a list' : `a single ${typeof paramsValue}`}, not a mapping of parameters`,
        {
          input: 'params',
          file: s.params.display,
          line: 1,
          fix: 'Write the training parameters as key: value lines (YAML) or a JSON object',
        },
      );
    }
    params = paramsHash(paramsValue);
  }
  return { data, code, params, extra: s.extraKey ? textHash(s.extraKey) : '-', paramsValue };
}

/**
 * A .json params file must be JSON: the YAML parser that reads both (and gives line numbers) would
 * take `{"lr": }` as lr = null, a silent change of the fingerprint.
 */
function checkJson(text: string, display: string): void {
  try {
    JSON.parse(text);
  } catch (e) {
    const pos = /position (\d+)/.exec(messageOf(e));
    const at = pos ? Number(pos[1]) : errorOffset(text);
    const line = at === undefined ? undefined : text.slice(0, at).split('\n').length;
    throw new UserError(`cannot parse ${display}: invalid JSON (${messageOf(e).split('\n')[0]})`, {
      input: 'params',
      file: display,
      ...(line ? { line } : {}),
      fix: 'Fix the JSON syntax, or name the file .yaml to write YAML',
    });
  }
}

/**
 * Where JSON.parse gives up, when its message has no position (V8 says "Unexpected token '}', … is not
 * valid JSON"): the shortest prefix that fails for another reason than ending early. Binary search.
 */
function errorOffset(text: string): number | undefined {
  const failsInside = (k: number) => {
    try {
      JSON.parse(text.slice(0, k));
      return false;
    } catch (e) {
      const m = messageOf(e);
      if (/end of JSON input/.test(m)) return false;
      const pos = /position (\d+)/.exec(m);
      return pos ? Number(pos[1]) < k : true; // at position k: the prefix only ended early
    }
  };
  if (!failsInside(text.length)) return undefined;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (failsInside(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo - 1;
}
