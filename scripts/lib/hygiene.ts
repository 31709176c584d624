/** Package hygiene checked by `npm run check`: Node 24 in `engines`, generated files marked as such. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, matchesGlob } from 'node:path';

/** The root package.json and every workspace's say `engines.node: ">=24"`. */
export function enginesProblems(root: string): string[] {
  const problems: string[] = [];
  const files = [
    'package.json',
    ...['packages', 'actions'].flatMap((g) =>
      existsSync(join(root, g))
        ? readdirSync(join(root, g))
            .sort()
            .map((d) => `${g}/${d}/package.json`)
        : [],
    ),
  ];
  for (const f of files.filter((x) => existsSync(join(root, x)))) {
    const m = JSON.parse(readFileSync(join(root, f), 'utf8')) as { engines?: { node?: string } };
    if (m.engines?.node !== '>=24')
      problems.push(
        `${f}: engines.node is '${m.engines?.node ?? '(none)'}', must be '>=24' (the actions run on node24, and so do the build and tests)`,
      );
  }
  return problems;
}

/** Generated files (bundles, generated docs pages) are marked linguist-generated in .gitattributes. */
export function gitattributesProblems(root: string, actions: string[]): string[] {
  const file = join(root, '.gitattributes');
  const patterns = existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .map((l) => l.trim().split(/\s+/))
        .filter(
          (p) => p[0] && !p[0].startsWith('#') && p.slice(1).some((a) => a === 'linguist-generated' || a === 'linguist-generated=true'),
        )
        .map((p) => p[0]!)
    : [];
  const generated = actions
    .flatMap((n) => [`actions/${n}/dist/index.js`, `actions/${n}/dist/THIRD-PARTY-NOTICES.txt`, `action-docs/${n}.md`])
    // The mlops command's bundle (packages/cli/dist), where the repository has one.
    .concat(
      existsSync(join(root, 'packages', 'cli', 'package.json'))
        ? ['packages/cli/dist/mlops.js', 'packages/cli/dist/THIRD-PARTY-NOTICES.txt']
        : [],
    );
  return generated
    .filter((g) => !patterns.some((p) => matchesGlob(g, p)))
    .map((g) => `.gitattributes: ${g} is generated but not marked 'linguist-generated=true'`);
}
