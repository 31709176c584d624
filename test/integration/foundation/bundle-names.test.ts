/**
 * The toolkit tells its errors apart by class name (@actions/cache: `typedError.name ===
 * ValidationError.name`, `=== ReserveCacheError.name`, `=== FinalizeCacheError.name`). A bundler that
 * renames or minifies classes breaks those checks silently: a cache that already exists would fail the
 * step instead of being reported. Every error class the bundled @actions/cache and @actions/artifact
 * export must keep the name it has in the package itself, and its instances must carry that name.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAction } from '../../../scripts/build.ts';
import { repoRoot } from '../../harness/step-runner.ts';
import { tempDir } from '../../harness/temp.ts';

let tmp: string;
beforeAll(async () => {
  tmp = await tempDir('mlops-names-');
});

interface ErrorClass {
  export: string;
  name: string;
  instanceName: string;
}

/** Error classes a module exports: [export name, class name, name of an instance]. */
function errorClasses(moduleUrl: string): ErrorClass[] {
  const script = `
    const m = await import(${JSON.stringify(moduleUrl)});
    const out = [];
    for (const [k, v] of Object.entries(m)) {
      if (typeof v === 'function' && v.prototype instanceof Error) {
        let instanceName; try { instanceName = new v('probe').name; } catch { instanceName = '(constructor threw)'; }
        out.push({ export: k, name: v.name, instanceName });
      }
    }
    console.log(JSON.stringify(out));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: repoRoot, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as ErrorClass[];
}

/** The output chunk esbuild made for a lazily imported package entry (its `entryPoint`). */
async function chunkFor(action: string, entry: string): Promise<string> {
  const outdir = join(tmp, action);
  const meta = await buildAction(action, outdir);
  const found = Object.entries(meta.outputs).find(([, o]) => o.entryPoint === entry);
  if (!found) throw new Error(`no chunk of ${action} has the entry point ${entry}`);
  return join(repoRoot, found[0]);
}

describe.each([
  { pkg: '@actions/cache', action: 'train-gate', entry: 'node_modules/@actions/cache/lib/cache.js' },
  { pkg: '@actions/artifact', action: 'drift-report', entry: 'node_modules/@actions/artifact/lib/artifact.js' },
])('bundled $pkg ($action)', ({ pkg, action, entry }) => {
  it('exports its error classes under the names they have in the package, and instances carry them', async () => {
    const original = errorClasses(pkg);
    const bundled = errorClasses(new URL(`file://${await chunkFor(action, entry)}`).href);
    expect(original.length).toBeGreaterThanOrEqual(3);
    expect(bundled.map((c) => c.export).sort()).toEqual(original.map((c) => c.export).sort());
    for (const c of original) {
      const b = bundled.find((x) => x.export === c.export)!;
      expect({ export: c.export, name: b.name, instanceName: b.instanceName }).toEqual({
        export: c.export,
        name: c.name,
        instanceName: c.instanceName,
      });
    }
    // The checks the toolkit makes: the instance's name equals the class's name.
    if (pkg === '@actions/cache') {
      for (const cls of ['ValidationError', 'ReserveCacheError', 'FinalizeCacheError']) {
        const b = bundled.find((x) => x.export === cls)!;
        expect(b.instanceName).toBe(b.name);
      }
    }
  });
});

describe('a bundle', () => {
  it('is readable: every module under its path comment, our classes under their names, short lines', async () => {
    const outdir = join(tmp, 'readable');
    await buildAction('data-hash', outdir);
    // The entry and the chunks it loads on demand (data-hash loads what the hash path does not need lazily).
    const chunks = existsSync(join(outdir, 'chunks')) ? readdirSync(join(outdir, 'chunks')).map((f) => join(outdir, 'chunks', f)) : [];
    const text = [join(outdir, 'index.js'), ...chunks].map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(text).toContain('// actions/data-hash/src/main.ts\n');
    expect(text).toContain('// node_modules/@mlops-actions/errors/src/index.ts\nvar UserError = class extends Error {');
    const lines = text.split('\n');
    expect(lines.filter((l) => l.length > 300).length / lines.length).toBeLessThan(0.005);
  });
});
