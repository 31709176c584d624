/**
 * Every workspace (packages/*, actions/*) declares what its sources import: a bare specifier in
 * src/ must name a package in the workspace's `dependencies` (or `peerDependencies` /
 * `optionalDependencies`; an `import type` may also come from `devDependencies`). Hoisting makes an
 * undeclared import work in this checkout and break anywhere the workspace is installed alone.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';

interface Manifest {
  name: string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  files?: string[];
}

export interface ImportUse {
  specifier: string;
  line: number;
  typeOnly: boolean;
}

/** Bare import specifiers of a TypeScript/JavaScript source (static, re-export, dynamic), comments ignored. */
export function importsOf(source: string): ImportUse[] {
  // Blank out comments but keep line breaks, so line numbers stay right.
  const code = source.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
  const out: ImportUse[] = [];
  const patterns = [
    /\b(import|export)\s+(type\s+)?(?:[\w*${}\s,]+?\s+from\s+)?['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const m of code.matchAll(patterns[0]!)) out.push({ specifier: m[3]!, line: lineOf(code, m.index), typeOnly: Boolean(m[2]) });
  for (const m of code.matchAll(patterns[1]!)) out.push({ specifier: m[1]!, line: lineOf(code, m.index), typeOnly: false });
  return out.filter(
    (u) => !u.specifier.startsWith('.') && !u.specifier.startsWith('/') && !u.specifier.startsWith('node:') && !u.specifier.startsWith('#'),
  );
}

function lineOf(text: string, index: number): number {
  let n = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

/** `@scope/name/sub` → `@scope/name`; `name/sub` → `name`. */
export function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(m?ts|m?js)$/.test(f) && !f.split(/[\\/]/).includes('node_modules'))
    .map((f) => join(dir, f))
    .sort();
}

/** Problems, one per undeclared import: `<file>:<line>: imports '<pkg>' …`. */
export function undeclaredImports(root: string, groups = ['packages', 'actions']): string[] {
  const problems: string[] = [];
  const builtins = new Set(builtinModules);
  // Our own workspaces are declared with "*" (npm links them); an install by name would ask the registry.
  const workspaceNames = new Set<string>();
  for (const group of groups) {
    if (!existsSync(join(root, group))) continue;
    for (const dir of readdirSync(join(root, group))) {
      const pj = join(root, group, dir, 'package.json');
      if (existsSync(pj)) workspaceNames.add((JSON.parse(readFileSync(pj, 'utf8')) as Manifest).name);
    }
  }
  for (const group of groups) {
    if (!existsSync(join(root, group))) continue;
    for (const dir of readdirSync(join(root, group)).sort()) {
      const ws = join(root, group, dir);
      if (!existsSync(join(ws, 'package.json'))) continue;
      const m = JSON.parse(readFileSync(join(ws, 'package.json'), 'utf8')) as Manifest;
      const runtime = new Set([
        ...Object.keys(m.dependencies ?? {}),
        ...Object.keys(m.peerDependencies ?? {}),
        ...Object.keys(m.optionalDependencies ?? {}),
      ]);
      const dev = new Set(Object.keys(m.devDependencies ?? {}));
      // A workspace published as a bundle (its package.json `files` ships no src/, like packages/cli,
      // whose dist/mlops.js holds everything it imports) declares what it bundles in devDependencies:
      // installing the package must fetch nothing.
      if (m.files && !m.files.some((f) => f.replace(/^\.\//, '').startsWith('src'))) for (const d of dev) runtime.add(d);
      const seen = new Set<string>();
      for (const file of sourceFiles(join(ws, 'src'))) {
        for (const use of importsOf(readFileSync(file, 'utf8'))) {
          const pkg = packageName(use.specifier);
          if (builtins.has(pkg) || pkg === m.name || runtime.has(pkg) || (use.typeOnly && (dev.has(pkg) || pkg.startsWith('@types/'))))
            continue;
          const key = `${pkg}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const fix = workspaceNames.has(pkg)
            ? `add "${pkg}": "*" to the dependencies of ${group}/${dir}/package.json and run 'npm install'`
            : `run 'npm install -w ${group}/${dir} ${pkg}'`;
          problems.push(
            `${relative(root, file).split('\\').join('/')}:${use.line}: imports '${pkg}', which ${m.name} does not declare in its package.json dependencies: ${fix}`,
          );
        }
      }
    }
  }
  return problems;
}
