/**
 * Prints the CHANGELOG.md section of a version: `node scripts/changelog-notes.ts v1.2.0`. Used by
 * .github/workflows/release.yml for the release notes; needs no installed packages. Fails (exit 1)
 * when the argument is not a version or the changelog has no `## [<version>]` section.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { changelogSection, parseVersion } from './lib/release.ts';

const arg = process.argv[2] ?? '';
const v = parseVersion(arg);
if (!v) {
  console.error(`changelog-notes: '${arg}' is not a version tag like v1.2.0`);
  process.exit(1);
}
const notes = changelogSection(readFileSync(join(import.meta.dirname, '..', 'CHANGELOG.md'), 'utf8'), v.text);
if (!notes) {
  console.error(`changelog-notes: CHANGELOG.md has no (or an empty) '## [${v.text}]' section`);
  process.exit(1);
}
console.log(notes);
