import { setTimeout as sleep } from 'node:timers/promises';
import { UserError, type UserErrorDetails } from '@mlops-actions/errors';
import { describeFetchError, excerpt } from './http.ts';
import type { Logger } from './types.ts';

/**
 * health-expect: one condition per line, all of which the health answer must meet (besides a 2xx).
 *
 *   version                      the answer shows the deployed version (see versionShown)
 *   <json.path> == <value>       a field of the JSON answer, e.g. `model.version == {version}`
 *   header <Name> == <value>     a response header, e.g. `header X-Model-Version == {version}`
 *   contains <text>              the body contains the text
 *
 * Values may use {model}, {version}, {digest} and {environment}, filled in for the release being
 * checked (so a rollback's health check expects the restored version). Lines starting with # are ignored.
 */
export type Expectation =
  | { kind: 'version'; line: number; source: string }
  | { kind: 'json'; path: (string | number)[]; value: string; line: number; source: string }
  | { kind: 'header'; name: string; value: string; line: number; source: string }
  | { kind: 'contains'; text: string; line: number; source: string };

export interface HealthVars {
  model: string;
  version: string;
  digest: string;
  environment: string;
}

const INPUT = 'health-expect';
const SYNTAX = "Write one condition per line: 'version', '<json.path> == <value>', 'header <Name> == <value>' or 'contains <text>'";

export function parseHealthExpect(text: string | undefined): Expectation[] {
  if (!text) return [];
  const out: Expectation[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const source = lines[i]!.trim();
    const line = i + 1;
    if (source === '' || source.startsWith('#')) continue;
    const fail = (why: string): never => {
      throw new UserError(`line ${line} ('${source}'): ${why}`, { input: INPUT, fix: SYNTAX });
    };
    if (source === 'version') {
      out.push({ kind: 'version', line, source });
      continue;
    }
    const contains = /^contains\s+(.+)$/.exec(source);
    if (contains) {
      out.push({ kind: 'contains', text: contains[1]!, line, source });
      continue;
    }
    const header = /^header\s+([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*==\s*(.*)$/.exec(source);
    if (header) {
      out.push({ kind: 'header', name: header[1]!.toLowerCase(), value: header[2]!.trim(), line, source });
      continue;
    }
    if (/^header\b/.test(source)) fail('a header condition reads: header <Name> == <value>');
    const eq = /^(.+?)\s*==\s*(.*)$/.exec(source);
    if (!eq) fail('not a condition');
    out.push({ kind: 'json', path: parsePath(eq![1]!.trim(), fail), value: eq![2]!.trim(), line, source });
  }
  return out;
}

/** `a.b[0].c` (or `$.a.b`), keys of letters, digits, '_' and '-'. */
function parsePath(p: string, fail: (why: string) => never): (string | number)[] {
  const body = p.replace(/^\$\.?/, '');
  if (body === '') fail(`'${p}' is not a JSON path (write e.g. model.version)`);
  const out: (string | number)[] = [];
  const re = /([A-Za-z0-9_-]+)|\[(\d+)\]|\.|(.)/gy;
  let m: RegExpExecArray | null;
  let expectKey = true;
  while ((m = re.exec(body))) {
    if (m[3] !== undefined) fail(`'${p}' is not a JSON path: unexpected '${m[3]}' (write e.g. model.version or items[0].name)`);
    if (m[1] !== undefined) {
      if (!expectKey) fail(`'${p}' is not a JSON path (write e.g. model.version)`);
      out.push(m[1]);
      expectKey = false;
    } else if (m[2] !== undefined) {
      out.push(Number(m[2]));
      expectKey = false;
    } else {
      if (expectKey) fail(`'${p}' is not a JSON path: an empty key (write e.g. model.version)`);
      expectKey = true;
    }
  }
  if (expectKey) fail(`'${p}' ends with '.'`);
  return out;
}

export function fill(template: string, vars: HealthVars): string {
  return template.replace(/\{(model|version|digest|environment)\}/g, (_, k: keyof HealthVars) => vars[k]);
}

export interface Answer {
  status: number;
  headers: Headers;
  body: string;
}

/** Why an answer does not show what is expected, or undefined when it does. */
export function checkAnswer(expectations: readonly Expectation[], answer: Answer, vars: HealthVars): string | undefined {
  let json: unknown;
  let parsed = false;
  const getJson = () => {
    if (!parsed) {
      parsed = true;
      try {
        json = JSON.parse(answer.body);
      } catch {
        json = undefined;
      }
    }
    return json;
  };
  for (const e of expectations) {
    switch (e.kind) {
      case 'version': {
        const shown = versionShown(answer.body, getJson());
        if (shown.found !== vars.version) {
          return shown.found === undefined
            ? `the answer does not show version ${vars.version} (${shown.where})`
            : `the answer shows version ${shown.found}, expected ${vars.version}`;
        }
        break;
      }
      case 'contains': {
        const text = fill(e.text, vars);
        if (!answer.body.includes(text)) return `the answer does not contain '${text}' (health-expect line ${e.line})`;
        break;
      }
      case 'header': {
        const want = fill(e.value, vars);
        const got = answer.headers.get(e.name);
        if (got === null) return `the answer has no ${e.name} header (health-expect line ${e.line})`;
        if (got.trim() !== want) return `header ${e.name} is '${got}', expected '${want}' (health-expect line ${e.line})`;
        break;
      }
      case 'json': {
        const want = fill(e.value, vars);
        const doc = getJson();
        if (doc === undefined) return `the answer is not JSON, so '${e.source}' cannot be checked`;
        const got = at(doc, e.path);
        if (got === undefined) return `the answer has no ${e.path.join('.')} (health-expect line ${e.line})`;
        const gotText = typeof got === 'string' ? got : JSON.stringify(got);
        if (gotText !== want) return `${e.path.join('.')} is ${JSON.stringify(got)}, expected '${want}' (health-expect line ${e.line})`;
        break;
      }
    }
  }
  return undefined;
}

function at(doc: unknown, path: readonly (string | number)[]): unknown {
  let v = doc;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[k];
  }
  return v;
}

const VERSION_FIELDS: (string | number)[][] = [['version'], ['model_version'], ['modelVersion'], ['model', 'version']];

/**
 * The version a health answer shows, for `health-expect: version`: in a JSON answer the first of
 * `version`, `model_version`, `modelVersion`, `model.version` that is set; in a text answer the
 * whole answer when it is one token (e.g. `1.4.0`).
 */
export function versionShown(body: string, json: unknown): { found: string | undefined; where: string } {
  if (json !== undefined && json !== null && typeof json === 'object') {
    for (const p of VERSION_FIELDS) {
      const v = at(json, p);
      if (typeof v === 'string' || typeof v === 'number') return { found: String(v), where: p.join('.') };
    }
    return { found: undefined, where: `none of ${VERSION_FIELDS.map((p) => p.join('.')).join(', ')} is set in the JSON answer` };
  }
  const text = body.trim();
  if (text !== '' && !/\s/.test(text)) return { found: text, where: 'text answer' };
  return { found: undefined, where: 'the answer is neither JSON nor a bare version' };
}

export interface HealthOptions {
  /** GET until 2xx and the expectations hold. */
  url?: string | undefined;
  expectations: readonly Expectation[];
  /** POST this body to `smoke.url` once healthy; the answer must be 2xx. */
  smoke?: { url: string; body: string } | undefined;
  vars: HealthVars;
  timeoutMs: number;
  log: Logger;
  fetch?: typeof fetch;
  /** First pause between attempts; it grows by half each time up to maxIntervalMs. */
  intervalMs?: number;
  maxIntervalMs?: number;
  /**
   * Multiplies the pauses between attempts (default 1). At 0 (tests) it polls again after MIN_PAUSE_MS,
   * never in a busy loop. The timeout is the user's (health-timeout) and is not scaled.
   */
  timeScale?: number | undefined;
  /** Aborted when the run is cancelled: polling stops at once with a HealthFailed. */
  signal?: AbortSignal | undefined;
}

/** Health check or smoke request that never succeeded within the timeout. */
export class HealthFailed extends UserError {
  readonly lastError: string;
  constructor(message: string, lastError: string, details: UserErrorDetails = {}) {
    super(message, details);
    this.lastError = lastError;
  }
}

/** What a person can do about the last problem of a health check or smoke request. */
function healthFix(what: 'health check' | 'smoke request', problem: string): string {
  const input = what === 'health check' ? 'health-url' : 'smoke-url';
  if (/connection refused|host not found|unreachable|timed out|reset|closed unexpectedly/.test(problem)) {
    return `Check that the model server listens at ${input} and is reachable from the runner; raise health-timeout if it starts slowly`;
  }
  if (/redirect/.test(problem))
    return `Give the final URL in ${input}: redirects are followed only within its origin (a POST only through 307/308)`;
  if (/^HTTP 5\d\d/.test(problem)) return 'The server answers with an error: its log says why it did not serve the new version';
  if (/^HTTP 4\d\d/.test(problem)) {
    return what === 'smoke request'
      ? 'The server refused smoke-input: send a request body the model accepts'
      : 'Check the path and method in health-url';
  }
  if (/shows version|does not show version/.test(problem))
    return 'The server still serves another version: check how it loads a new release (or set health-expect to what it shows)';
  return 'Check health-url, health-expect and smoke-input against what the server answers, or raise health-timeout';
}

/** The shortest pause between two attempts when the pauses are scaled down (timeScale below 1). */
export const MIN_PAUSE_MS = 10;

export interface HealthResult {
  attempts: number;
  elapsedMs: number;
}

/**
 * Polls the health URL until it answers 2xx with what is expected, then sends the smoke request until
 * it answers 2xx, both within one timeout. A failure says what the last answer (or error) was.
 */
export async function waitHealthy(o: HealthOptions): Promise<HealthResult> {
  const started = Date.now();
  const deadline = started + o.timeoutMs;
  const doFetch = o.fetch ?? fetch;
  let attempts = 0;
  let interval = o.intervalMs ?? 500;
  const maxInterval = o.maxIntervalMs ?? 5000;

  const poll = async (what: 'health check' | 'smoke request', url: string, attempt: () => Promise<string | undefined>): Promise<void> => {
    // A changed answer is logged; the same answer again is not, so a minute of polling stays short.
    let last = '';
    for (;;) {
      attempts++;
      const problem = await attempt();
      if (problem === undefined) {
        o.log.info(`${what} ${url}: ok`);
        return;
      }
      if (problem !== last) {
        o.log.info(`${what} ${url}: ${problem}`);
        last = problem;
      }
      const left = deadline - Date.now();
      if (o.signal?.aborted) throw new HealthFailed(`${what} of ${url} was stopped: the run was cancelled`, problem);
      if (left <= 0) {
        const secs = Math.round((Date.now() - started) / 1000);
        throw new HealthFailed(`${what} of ${url} did not pass within ${secs}s (${attempts} attempts); last: ${problem}`, problem, {
          input: what === 'health check' ? 'health-url' : 'smoke-input',
          fix: healthFix(what, problem),
        });
      }
      const scale = o.timeScale ?? 1;
      const pause = scale === 1 ? interval : Math.max(MIN_PAUSE_MS, interval * scale);
      await sleep(Math.min(pause, left), undefined, o.signal ? { signal: o.signal } : {}).catch(() => undefined);
      interval = Math.min(maxInterval, Math.round(interval * 1.5));
    }
  };

  /**
   * One request, following redirects by hand: only to the same origin (scheme, host and port), at most
   * MAX_REDIRECTS of them. A redirect elsewhere is a failure naming where it pointed, so neither the
   * smoke body nor anything else of the request is ever sent to another origin. A POST follows only
   * 307/308 (which keep the method and body); a 301/302/303 would turn the smoke request into a GET.
   */
  const request = async (url: string, init: RequestInit): Promise<Answer | string> => {
    const left = Math.max(1000, Math.min(10_000, deadline - Date.now()));
    const origin = new URL(url).origin;
    let at = url;
    try {
      for (let hop = 0; ; hop++) {
        const timeout = AbortSignal.timeout(left);
        const res = await doFetch(at, { ...init, redirect: 'manual', signal: o.signal ? AbortSignal.any([timeout, o.signal]) : timeout });
        const location = res.status >= 300 && res.status < 400 ? res.headers.get('location') : null;
        if (location === null) return { status: res.status, headers: res.headers, body: await res.text() };
        await res.body?.cancel().catch(() => undefined);
        const next = URL.parse(location, at);
        if (!next || (next.protocol !== 'http:' && next.protocol !== 'https:'))
          return `HTTP ${res.status} redirect to '${excerpt(location, 100)}', which is not an http(s) URL`;
        if (next.origin !== origin) {
          return `HTTP ${res.status} redirect to another origin (${safeOrigin(next)}), which is not followed`;
        }
        if (init.method === 'POST' && res.status !== 307 && res.status !== 308) {
          return `HTTP ${res.status} redirect to ${next.pathname}: a POST is followed only through 307/308 (this one would become a GET)`;
        }
        if (hop >= MAX_REDIRECTS) return `more than ${MAX_REDIRECTS} redirects`;
        at = next.href;
      }
    } catch (e) {
      return describeFetchError(e);
    }
  };

  if (o.url) {
    const url = o.url;
    await poll('health check', url, async () => {
      const a = await request(url, { method: 'GET', headers: { accept: 'application/json, text/plain;q=0.9, */*;q=0.5' } });
      if (typeof a === 'string') return a;
      if (a.status < 200 || a.status >= 300) return `HTTP ${a.status}${a.body ? `: ${excerpt(a.body, 200)}` : ''}`;
      return checkAnswer(o.expectations, a, o.vars);
    });
  }
  if (o.smoke) {
    const { url, body } = o.smoke;
    const contentType = isJson(body) ? 'application/json' : 'text/plain; charset=utf-8';
    await poll('smoke request', url, async () => {
      const a = await request(url, { method: 'POST', headers: { 'content-type': contentType }, body });
      if (typeof a === 'string') return a;
      if (a.status < 200 || a.status >= 300) return `HTTP ${a.status}${a.body ? `: ${excerpt(a.body, 200)}` : ''}`;
      return undefined;
    });
  }
  return { attempts, elapsedMs: Date.now() - started };
}

/** Redirects followed (same origin only) before a health or smoke request gives up. */
export const MAX_REDIRECTS = 5;

function safeOrigin(u: URL): string {
  return `${u.protocol}//${u.host}`;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
