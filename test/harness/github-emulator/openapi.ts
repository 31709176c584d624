/**
 * Request and response validation against GitHub's OpenAPI description (the subset in
 * openapi-subset.json, see build-openapi-subset.ts). Routes are matched as GitHub does; schemas are
 * compiled with ajv lazily, once per process, on first use.
 */
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { SCHEMA_DOC_ID, SUBSET_FILE, type OpenApiSubset, type SubsetOperation, type SubsetParameter } from './build-openapi-subset.ts';

// ajv-formats is CommonJS with a default export; under NodeNext the callable is on .default.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (
  ajv: Ajv,
) => Ajv;

let subset: OpenApiSubset | undefined;
let ajv: Ajv | undefined;
let loadMs = 0;

export function openApiSubset(): OpenApiSubset {
  if (!subset) {
    const started = performance.now();
    subset = JSON.parse(readFileSync(SUBSET_FILE, 'utf8')) as OpenApiSubset;
    loadMs = performance.now() - started;
  }
  return subset;
}

/** Milliseconds spent reading the subset in this process (for the start-up figures). */
export function openApiLoadMs(): number {
  return loadMs;
}

function validator(): Ajv {
  if (!ajv) {
    ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
    addFormats(ajv);
    // Formats GitHub's description uses beyond JSON Schema's.
    ajv.addFormat('repo.nwo', /^[^/\s]+\/[^/\s]+$/);
    ajv.addFormat('timestamp', true);
    ajv.addFormat('uri-template', true);
    // GitHub answers '' for URLs that were never set (a deployment status's target_url, whose request
    // default is ''), which `format: uri` does not allow; every other value must still be a URI.
    const uri = /^[a-z][a-z0-9+.-]*:[^\s]*$/i;
    ajv.addFormat('uri', (value: string) => value === '' || uri.test(value));
    ajv.addSchema({ $id: SCHEMA_DOC_ID, components: openApiSubset().components });
  }
  return ajv;
}

const compiled = new Map<string, ValidateFunction>();

function compile(key: string, schema: object): ValidateFunction {
  let fn = compiled.get(key);
  if (!fn) {
    fn = validator().compile(schema);
    compiled.set(key, fn);
  }
  return fn;
}

export function formatErrors(errors: ErrorObject[] | null | undefined, root: string): string[] {
  return (errors ?? []).map((e) => {
    const where = `${root}${e.instancePath}`;
    const extra = e.keyword === 'additionalProperties' ? ` ('${(e.params as { additionalProperty: string }).additionalProperty}')` : '';
    const allowed =
      e.keyword === 'enum' ? ` (${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')})` : '';
    return `${where} ${e.message ?? e.keyword}${extra}${allowed}`;
  });
}

export interface RouteMatch {
  /** The implemented operation, when the route is one the emulator serves. */
  operation?: SubsetOperation;
  /** `METHOD /template` of the GitHub operation the request hit, if any. */
  route?: string;
  params: Record<string, string>;
  /** The path exists in GitHub's API but not with this method. */
  wrongMethod?: boolean;
}

// Path parameters that hold a git ref or tag may contain slashes (refs/heads/feature/x).
const MULTI_SEGMENT = new Set(['ref', 'tag']);

interface CompiledRoute {
  method: string;
  template: string;
  regex: RegExp;
  names: string[];
  params: number;
}

function compileTemplate(method: string, template: string): CompiledRoute {
  const names: string[] = [];
  const source = template
    .split('/')
    .map((segment) =>
      segment.replace(/\{([^}]+)\}|([^{]+)/g, (_m, name: string | undefined, literal: string | undefined) => {
        if (literal !== undefined) return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        names.push(name!);
        return MULTI_SEGMENT.has(name!) ? '(.+?)' : '([^/]+)';
      }),
    )
    .join('/');
  return { method, template, regex: new RegExp(`^${source}$`), names, params: names.length };
}

let routes: CompiledRoute[] | undefined;

function allRoutes(): CompiledRoute[] {
  if (!routes) {
    routes = openApiSubset()
      .allRoutes.map((r) => {
        const space = r.indexOf(' ');
        return compileTemplate(r.slice(0, space), r.slice(space + 1));
      })
      // Literal segments win over parameters (/releases/latest before /releases/{release_id}).
      .sort((a, b) => a.params - b.params || b.template.length - a.template.length);
  }
  return routes;
}

/** Finds the GitHub operation for a method and a raw (still percent-encoded) path. */
export function matchRoute(method: string, rawPath: string): RouteMatch {
  const operations = Object.values(openApiSubset().operations);
  let wrongMethod = false;
  for (const r of allRoutes()) {
    const m = r.regex.exec(rawPath);
    if (!m) continue;
    if (r.method !== method) {
      wrongMethod = true;
      continue;
    }
    const params: Record<string, string> = {};
    r.names.forEach((name, i) => {
      params[name] = safeDecode(m[i + 1]!);
    });
    const operation = operations.find((o) => o.method === method && o.path === r.template);
    return { operation, route: `${method} ${r.template}`, params };
  }
  return { params: {}, wrongMethod };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Turns a string from a URL into the parameter's declared type, or returns the string unchanged. */
function coerce(value: string, schema: Record<string, unknown>): unknown {
  const type = schema['type'];
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

export interface ParsedParameters {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  problems: string[];
}

/** Validates path and query parameters; unknown query parameters are problems (a typo never passes). */
export function validateParameters(op: SubsetOperation, pathParams: Record<string, string>, query: URLSearchParams): ParsedParameters {
  const problems: string[] = [];
  const out: ParsedParameters = { path: {}, query: {}, problems };
  const declared = new Map<string, SubsetParameter>();
  for (const p of op.parameters) if (p.in === 'query') declared.set(p.name, p);
  for (const p of op.parameters) {
    if (p.in === 'header') continue;
    const raw = p.in === 'path' ? pathParams[p.name] : (query.get(p.name) ?? undefined);
    if (raw === undefined) {
      if (p.required) problems.push(`${p.in} parameter '${p.name}' is required`);
      continue;
    }
    const value = coerce(raw, p.schema);
    const check = compile(`${op.operationId} param ${p.in} ${p.name}`, p.schema);
    if (!check(value)) problems.push(...formatErrors(check.errors, `${p.in} parameter '${p.name}'`).map((m) => `${m} (got '${raw}')`));
    (p.in === 'path' ? out.path : out.query)[p.name] = value;
  }
  for (const name of new Set(query.keys())) {
    if (!declared.has(name)) problems.push(`query parameter '${name}' is not a parameter of ${op.operationId}`);
  }
  return out;
}

/**
 * GitHub ignores body fields it does not know, so a misspelt field silently does nothing there. The
 * emulator is stricter: inline request objects that list their properties get
 * `additionalProperties: false` (not inside allOf, where that would reject the other branches).
 */
function strictRequestSchema(schema: unknown, insideAllOf = false): unknown {
  if (Array.isArray(schema)) return schema.map((s) => strictRequestSchema(s, insideAllOf));
  if (schema === null || typeof schema !== 'object') return schema;
  const s = schema as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(s)) {
    if (k === 'properties' && v && typeof v === 'object') {
      out[k] = Object.fromEntries(Object.entries(v).map(([name, sub]) => [name, strictRequestSchema(sub)]));
    } else if (k === 'enum' || k === 'required' || k === 'default' || k === 'const') {
      out[k] = v;
    } else {
      out[k] = strictRequestSchema(v, insideAllOf || k === 'allOf');
    }
  }
  if (s['properties'] && s['additionalProperties'] === undefined && !insideAllOf) out['additionalProperties'] = false;
  return out;
}

/** Validates a JSON request body against the operation's request schema. */
export function validateJsonBody(op: SubsetOperation, mediaType: string, body: unknown): string[] {
  const schema = op.requestBody?.content[mediaType];
  if (!schema) return [];
  const check = compile(`${op.operationId} request ${mediaType}`, strictRequestSchema(schema) as object);
  return check(body) ? [] : formatErrors(check.errors, 'body');
}

/** Validates a response body against the schema GitHub's description gives for its status. */
export function validateResponse(op: SubsetOperation, status: number, contentType: string, body: unknown): string[] {
  const responses = op.responses[String(status)];
  if (!responses || (status >= 400 && Object.keys(responses).length === 0)) {
    // The description lists the success answers of each operation but not every error GitHub gives
    // (a 422 "No ref found for", a 401, a 5xx): an error must still be GitHub's error object.
    if (status >= 400) return validateError(status, body);
    if (status === 304) return [];
    return [`status ${status} is not a documented response of ${op.operationId} (documented: ${Object.keys(op.responses).join(', ')})`];
  }
  const mediaType = contentType.split(';')[0]!.trim();
  if (Object.keys(responses).length === 0) {
    return body === undefined ? [] : [`${op.operationId} answers ${status} without a body, but the emulator sent one`];
  }
  const schema = responses[mediaType] ?? responses['application/json'];
  if (schema === undefined) return [`${op.operationId} ${status} has no '${mediaType}' response`];
  if (schema === null) return [];
  const check = compile(`${op.operationId} response ${status} ${mediaType}`, schema);
  return check(body) ? [] : formatErrors(check.errors, `response ${status}`);
}

function validateError(status: number, body: unknown): string[] {
  const name = status === 422 ? 'validation-error' : 'basic-error';
  const check = compile(`error ${name}`, { $ref: `${SCHEMA_DOC_ID}#/components/schemas/${name}` });
  const problems = check(body) ? [] : formatErrors(check.errors, `response ${status}`);
  if (!body || typeof (body as { message?: unknown }).message !== 'string') problems.push(`response ${status} has no message`);
  return problems;
}
