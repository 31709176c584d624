/**
 * Third-party notices for a bundle, from what esbuild actually put into it (its metafile), not from
 * package.json: every input file under a node_modules folder is mapped to the package that holds it
 * (the nearest package.json with a name), and each package is listed once with its version, its
 * license (package.json `license`), the output files it went into and the full text of its license
 * file. The file is written beside the bundle as dist/THIRD-PARTY-NOTICES.txt, so `npm run check`,
 * which compares a fresh build with the committed dist/, keeps it fresh.
 */
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { Metafile } from 'esbuild';

export const NOTICES_FILE = 'THIRD-PARTY-NOTICES.txt';

export interface BundledPackage {
  name: string;
  version: string;
  license: string;
  /** The package's folder, relative to the repository root, with forward slashes. */
  dir: string;
  /** Output files (relative to the bundle folder) that contain code of the package. */
  files: string[];
  /** Text of the package's license file, or undefined when the package ships none. */
  licenseText: string | undefined;
  /** Where licenseText comes from: the license file, or the License section of the README. */
  licenseSource: string | undefined;
  author: string | undefined;
}

const LICENSE_FILE = /^(licen[cs]e|copying)(\.(md|txt|markdown))?$|^licen[cs]e[-.](mit|apache|bsd)/i;

function packageDirOf(root: string, input: string): string | undefined {
  // Only code that comes from an installed package is third-party; our workspaces (packages/, actions/) are not.
  const parts = input.split(/[\\/]/);
  const nm = parts.lastIndexOf('node_modules');
  if (nm < 0) return undefined;
  let dir = dirname(join(root, input));
  const stop = join(root, ...parts.slice(0, nm + 1));
  while (dir.startsWith(stop + sep)) {
    const pj = join(dir, 'package.json');
    if (existsSync(pj)) {
      const meta = JSON.parse(readFileSync(pj, 'utf8')) as { name?: string; version?: string };
      // A workspace of ours, linked into node_modules, is not third-party.
      if (meta.name && meta.version) return realpathSync(dir).split(sep).includes('node_modules') ? dir : undefined;
    }
    dir = dirname(dir);
  }
  return undefined;
}

/** The "License" section of a README, for the few packages that ship no license file. */
function readmeLicense(dir: string): { file: string; text: string } | undefined {
  const readme = readdirSync(dir)
    .filter((f) => /^readme(\.(md|markdown|txt))?$/i.test(f))
    .sort()[0];
  if (!readme) return undefined;
  const lines = readFileSync(join(dir, readme), 'utf8').replace(/\r\n/g, '\n').split('\n');
  const start = lines.findIndex((l) => /^#+\s*licen[cs]e\b/i.test(l) || /^licen[cs]e\s*$/i.test(l));
  if (start < 0) return undefined;
  const body: string[] = [];
  for (const l of lines.slice(start + 1)) {
    if (/^#+\s/.test(l) || /^[=-]{3,}\s*$/.test(l)) break;
    body.push(l);
  }
  // A setext heading ("License" underlined) leaves its underline first.
  const text = body
    .join('\n')
    .replace(/^[=-]+\s*\n/, '')
    .trim();
  // A section that only names the license ("MIT") is not its text: such a package goes into KNOWN_LICENSES.
  return text.length >= 100 ? { file: `${readme} (License section)`, text } : undefined;
}

function authorString(a: unknown): string | undefined {
  if (typeof a === 'string') return a;
  if (a && typeof a === 'object' && 'name' in a) {
    const { name, email, url } = a as { name: string; email?: string; url?: string };
    return [name, email && `<${email}>`, url && `(${url})`].filter(Boolean).join(' ');
  }
  return undefined;
}

function licenseString(meta: { license?: unknown; licenses?: unknown }): string {
  if (typeof meta.license === 'string') return meta.license;
  if (meta.license && typeof meta.license === 'object' && 'type' in meta.license) return String((meta.license as { type: unknown }).type);
  if (Array.isArray(meta.licenses)) return meta.licenses.map((l: { type?: string }) => l.type ?? '?').join(' OR ');
  return 'UNKNOWN';
}

/** The MIT License as opensource.org gives it (https://opensource.org/license/mit), with a copyright line. */
function mitText(copyright: string): string {
  return `The MIT License

${copyright}

Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
associated documentation files (the "Software"), to deal in the Software without restriction,
including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense,
and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so,
subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or substantial
portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT
LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN
NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY,
WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE
SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.`;
}

/**
 * Bundled packages that ship no license file (and, for buffers, declare no license), each looked at
 * by hand: the license and its text, and where they come from. A new package without a license file
 * or with an unknown license fails the build until it is added here (after checking its terms).
 * binary, buffers and chainsaw come in with unzipper (drift-report reads zipped artifacts),
 * @nodable/entities with @actions/artifact and @actions/cache.
 */
export const KNOWN_LICENSES: Record<string, { license: string; text: string; source: string }> = {
  // package.json "license": "MIT"; README.markdown's "license" section says only "MIT"; copyright
  // holder from package.json "author" (James Halliday <mail@substack.net>).
  'binary@0.3.0': {
    license: 'MIT',
    text: mitText('Copyright (c) James Halliday <mail@substack.net>'),
    source: 'scripts/lib/notices.ts (package.json license and author; standard MIT text)',
  },
  // package.json "license": "MIT/X11" (the MIT license); no README license section; copyright holder
  // from package.json "author".
  'chainsaw@0.1.0': {
    license: 'MIT',
    text: mitText('Copyright (c) James Halliday <mail@substack.net>'),
    source: 'scripts/lib/notices.ts (package.json license "MIT/X11" and author; standard MIT text)',
  },
  // package.json declares no license; the package's repository (github.com/substack/node-buffers)
  // later added a LICENSE file: "(The MIT License) Copyright (c) 2010 James Halliday (mail@substack.net)".
  // package.json "license": "MIT", author "Amit Gupta (https://solothought.com)"; README.md's License
  // section says only "MIT".
  '@nodable/entities@3.1.0': {
    license: 'MIT',
    text: mitText('Copyright (c) Amit Gupta (https://solothought.com)'),
    source: 'scripts/lib/notices.ts (package.json license and author; standard MIT text)',
  },
  'buffers@0.1.1': {
    license: 'MIT',
    text: mitText('Copyright (c) 2010 James Halliday (mail@substack.net)'),
    source: 'scripts/lib/notices.ts (LICENSE of github.com/substack/node-buffers; standard MIT text)',
  },
};

/** The packages bundled into the outputs of one esbuild run, sorted by name and version. */
export function bundledPackages(root: string, metafile: Metafile, outdir: string, knownLicenses = KNOWN_LICENSES): BundledPackage[] {
  const byDir = new Map<string, BundledPackage>();
  for (const [outFile, output] of Object.entries(metafile.outputs)) {
    const rel = relative(outdir, join(root, outFile)).split(sep).join('/');
    for (const [input, info] of Object.entries(output.inputs)) {
      if (info.bytesInOutput === 0) continue; // tree-shaken away entirely
      const dir = packageDirOf(root, input);
      if (!dir) continue;
      let pkg = byDir.get(dir);
      if (!pkg) {
        const meta = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
          name: string;
          version: string;
          license?: unknown;
          licenses?: unknown;
          author?: unknown;
        };
        const licenseFile = readdirSync(dir)
          .filter((f) => LICENSE_FILE.test(f))
          .sort()[0];
        const known = knownLicenses[`${meta.name}@${meta.version}`];
        const fromReadme = licenseFile || known ? undefined : readmeLicense(dir);
        pkg = {
          name: meta.name,
          version: meta.version,
          license: known?.license ?? licenseString(meta),
          dir: relative(root, dir).split(sep).join('/'),
          files: [],
          licenseText: licenseFile
            ? readFileSync(join(dir, licenseFile), 'utf8').replace(/\r\n/g, '\n').trim()
            : (known?.text ?? fromReadme?.text),
          licenseSource: licenseFile ?? known?.source ?? fromReadme?.file,
          author: authorString(meta.author),
        };
        if (pkg.license === 'UNKNOWN' || !pkg.licenseText) {
          throw new Error(
            `${pkg.name}@${pkg.version} (${pkg.dir}) is bundled but ${pkg.license === 'UNKNOWN' ? 'declares no license' : 'ships no license text'}: find its license (its README, its repository) and add it to KNOWN_LICENSES in scripts/lib/notices.ts, or do not bundle it`,
          );
        }
        byDir.set(dir, pkg);
      }
      if (!pkg.files.includes(rel)) pkg.files.push(rel);
    }
  }
  const list = [...byDir.values()];
  for (const p of list) p.files.sort();
  return list.sort((a, b) => (a.name === b.name ? a.version.localeCompare(b.version) : a.name < b.name ? -1 : 1));
}

export function renderNotices(action: string, packages: BundledPackage[], where = `actions/${action}/dist/`): string {
  const lines = [
    `Third-party software bundled into ${where}`,
    `Generated by scripts/build.ts from what the bundler included; do not edit by hand.`,
    `${packages.length} package(s).`,
    '',
  ];
  for (const p of packages) {
    lines.push('='.repeat(78), `${p.name}@${p.version}`, `License: ${p.license}`);
    if (p.author) lines.push(`Author: ${p.author}`);
    lines.push(`Bundled into: ${p.files.join(', ')}`);
    if (p.licenseSource) lines.push(`License text from: ${p.licenseSource}`);
    lines.push('', p.licenseText ?? '', '');
  }
  return lines.join('\n');
}
