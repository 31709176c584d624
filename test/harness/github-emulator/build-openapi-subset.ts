/**
 * Extracts the part of GitHub's OpenAPI description (npm @octokit/openapi, api.github.com) that the
 * emulator implements into openapi-subset.json: for each implemented operation its method, path,
 * parameters, request body and response schemas, plus every component schema they reference, with
 * prose (descriptions, examples) stripped. It also keeps the method and path of every operation
 * GitHub has, so the emulator can tell "not a GitHub endpoint" from "not emulated".
 *
 * The full description is 13 MB and takes about 0.4 s to parse; the subset is a small fraction of
 * that and loads in a few milliseconds. Regenerate after upgrading @octokit/openapi or adding an
 * operation to operations.ts:
 *
 *   node_modules/.bin/node test/harness/github-emulator/build-openapi-subset.ts
 *
 * test/unit/harness/openapi-subset.test.ts fails when the committed file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { IMPLEMENTED_OPERATIONS } from './operations.ts';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

export interface SubsetParameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  schema: JsonObject;
}

export interface SubsetOperation {
  operationId: string;
  method: string;
  path: string;
  /** Set when GitHub serves the operation from another host (uploads.github.com). */
  server?: string;
  parameters: SubsetParameter[];
  requestBody?: { required: boolean; content: Record<string, JsonObject | null> };
  /** status → media type → schema (null when the response has no body). */
  responses: Record<string, Record<string, JsonObject | null>>;
}

export interface OpenApiSubset {
  source: string;
  version: string;
  operations: Record<string, SubsetOperation>;
  /** `METHOD /path/{template}` of every operation in GitHub's description. */
  allRoutes: string[];
  components: { schemas: Record<string, JsonObject> };
}

/** The id the emulator registers the subset under in ajv; schema refs are rewritten to point at it. */
export const SCHEMA_DOC_ID = 'github-openapi-subset';

const PROSE = new Set(['description', 'example', 'examples', 'title', 'summary', 'externalDocs']);

/**
 * OpenAPI 3.0's `nullable: true` in JSON Schema terms (ajv refuses `nullable` without `type`, and
 * GitHub's description puts it beside `allOf` and `$ref` too).
 */
function nullable(schema: JsonObject): JsonObject {
  const type = schema['type'];
  if (typeof type === 'string') {
    const out: JsonObject = { ...schema, type: [type, 'null'] };
    if (Array.isArray(schema['enum']) && !schema['enum'].includes(null)) out['enum'] = [...schema['enum'], null];
    return out;
  }
  return { anyOf: [{ type: 'null' }, schema] };
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

export function buildSubset(spec: JsonObject, version: string): OpenApiSubset {
  const components = spec['components'] as Record<string, Record<string, JsonObject>>;
  const paths = spec['paths'] as Record<string, Record<string, JsonObject>>;
  const wantedSchemas = new Set<string>();

  const deref = (node: JsonObject, kind: string): JsonObject => {
    const ref = node['$ref'];
    if (typeof ref !== 'string') return node;
    const prefix = `#/components/${kind}/`;
    if (!ref.startsWith(prefix)) throw new Error(`unexpected $ref ${ref}`);
    return deref(components[kind]![ref.slice(prefix.length)]!, kind);
  };

  // Copies a schema without prose, rewriting component refs to the registered document id.
  const cleanSchema = (schema: Json): Json => {
    if (Array.isArray(schema)) return schema.map(cleanSchema);
    if (schema === null || typeof schema !== 'object') return schema;
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(schema)) {
      if (PROSE.has(k) || k.startsWith('x-') || k === 'nullable') continue;
      if (k === '$ref' && typeof v === 'string') {
        const name = v.replace('#/components/schemas/', '');
        wantedSchemas.add(name);
        out[k] = `${SCHEMA_DOC_ID}#/components/schemas/${name}`;
      } else if (k === 'properties' && v && typeof v === 'object' && !Array.isArray(v)) {
        // Property names are data, not keywords: keep every one (a property may be called "description").
        out[k] = Object.fromEntries(Object.entries(v).map(([name, s]) => [name, cleanSchema(s)]));
      } else if (k === 'enum' || k === 'required' || k === 'default' || k === 'const') {
        out[k] = v;
      } else {
        out[k] = cleanSchema(v);
      }
    }
    return schema['nullable'] === true ? nullable(out) : out;
  };

  const allRoutes: string[] = [];
  const byId = new Map<string, { path: string; method: string; op: JsonObject; shared: Json[] }>();
  for (const [path, item] of Object.entries(paths)) {
    for (const method of METHODS) {
      const op = item[method] as JsonObject | undefined;
      if (!op) continue;
      allRoutes.push(`${method.toUpperCase()} ${path}`);
      byId.set(op['operationId'] as string, { path, method, op, shared: (item['parameters'] as Json[] | undefined) ?? [] });
    }
  }

  const operations: Record<string, SubsetOperation> = {};
  for (const id of IMPLEMENTED_OPERATIONS) {
    const found = byId.get(id);
    if (!found) throw new Error(`operation ${id} is not in GitHub's OpenAPI description ${version}`);
    const { path, method, op, shared } = found;
    const parameters = [...shared, ...((op['parameters'] as Json[] | undefined) ?? [])].map((p) => {
      const param = deref(p as JsonObject, 'parameters');
      return {
        name: param['name'] as string,
        in: param['in'] as SubsetParameter['in'],
        required: param['required'] === true,
        schema: cleanSchema(param['schema'] ?? {}) as JsonObject,
      };
    });
    const responses: SubsetOperation['responses'] = {};
    for (const [status, r] of Object.entries((op['responses'] as Record<string, JsonObject>) ?? {})) {
      const resp = deref(r, 'responses');
      const content = (resp['content'] as Record<string, JsonObject> | undefined) ?? {};
      responses[status] = Object.fromEntries(
        Object.entries(content).map(([type, c]) => [type, c['schema'] ? (cleanSchema(c['schema']) as JsonObject) : null]),
      );
    }
    const entry: SubsetOperation = { operationId: id, method: method.toUpperCase(), path, parameters, responses };
    const servers = op['servers'] as { url: string }[] | undefined;
    if (servers?.[0]) entry.server = servers[0].url;
    if (op['requestBody']) {
      const body = deref(op['requestBody'] as JsonObject, 'requestBodies');
      const content = body['content'] as Record<string, JsonObject>;
      entry.requestBody = {
        required: body['required'] === true,
        content: Object.fromEntries(
          Object.entries(content).map(([type, c]) => [type, c['schema'] ? (cleanSchema(c['schema']) as JsonObject) : null]),
        ),
      };
    }
    operations[id] = entry;
  }

  // Transitive closure of referenced component schemas.
  const schemas: Record<string, JsonObject> = {};
  const done = new Set<string>();
  while (done.size < wantedSchemas.size) {
    for (const name of [...wantedSchemas]) {
      if (done.has(name)) continue;
      done.add(name);
      const schema = components['schemas']![name];
      if (!schema) throw new Error(`schema ${name} is referenced but missing`);
      schemas[name] = cleanSchema(schema) as JsonObject;
    }
  }

  return {
    source: '@octokit/openapi generated/api.github.com.json',
    version,
    operations,
    allRoutes,
    components: { schemas: Object.fromEntries(Object.entries(schemas).sort(([a], [b]) => a.localeCompare(b))) },
  };
}

export const SUBSET_FILE = join(import.meta.dirname, 'openapi-subset.json');

export function loadFullDescription(): { spec: JsonObject; version: string } {
  const require = createRequire(import.meta.url);
  const pkgFile = require.resolve('@octokit/openapi/package.json');
  const version = (JSON.parse(readFileSync(pkgFile, 'utf8')) as { version: string }).version;
  const spec = JSON.parse(readFileSync(join(pkgFile, '..', 'generated', 'api.github.com.json'), 'utf8')) as JsonObject;
  return { spec, version };
}

export function renderSubset(subset: OpenApiSubset): string {
  return `${JSON.stringify(subset)}\n`;
}

if (import.meta.main) {
  const started = performance.now();
  const { spec, version } = loadFullDescription();
  const parsed = performance.now();
  const text = renderSubset(buildSubset(spec, version));
  writeFileSync(SUBSET_FILE, text);
  console.log(
    `wrote ${SUBSET_FILE}: ${IMPLEMENTED_OPERATIONS.length} operations, ${(text.length / 1024).toFixed(0)} KiB ` +
      `(parsing the full description took ${(parsed - started).toFixed(0)} ms)`,
  );
}
