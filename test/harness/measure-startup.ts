/**
 * Measures what the harness costs a test file at start-up, each figure the median of several cold
 * runs in fresh processes (as vitest gives each test file its own worker):
 *
 *   - the GitHub emulator: import, start, and a first request validated both ways (schemas compiled
 *     lazily), next to the naive alternative: reading GitHub's full OpenAPI description;
 *   - the runtime services: Azurite plus the twirp control plane;
 *   - bundling the probe action with esbuild (as scripts/build.ts does).
 *
 *   node_modules/.bin/node test/harness/measure-startup.ts [runs]
 *
 * The figures go into test/README.md.
 */
import { execFileSync } from 'node:child_process';
import { median } from './stats.ts';

const runs = Number(process.argv[2] ?? 5);

const emulatorFlow = `
    const t0 = performance.now();
    const { startGitHubEmulator, TOKENS } = await import(${JSON.stringify(new URL('./github-emulator/server.ts', import.meta.url).href)});
    const t1 = performance.now();
    const gh = await startGitHubEmulator();
    const t2 = performance.now();
    gh.state.addPullRequest('octo-org/ml-project', { number: 7 });
    const r = await fetch(gh.url + '/repos/octo-org/ml-project/issues/7/comments', { method: 'POST', headers: { authorization: 'token ' + TOKENS.githubToken, 'content-type': 'application/json' }, body: JSON.stringify({ body: 'x' }) });
    if (r.status !== 201) throw new Error('status ' + r.status);
    gh.assertNoViolations();
    const t3 = performance.now();
    await gh.stop();
    console.log(JSON.stringify({ import: t1 - t0, start: t2 - t1, firstRequest: t3 - t2, total: t3 - t0 }));
  `;

// Reading the description: the generated subset against GitHub's full 13 MB document (the peer: what
// an emulator without the subset reads in every test file).
const descriptions = `
    const { readFileSync } = await import('node:fs');
    const { createRequire } = await import('node:module');
    const full = createRequire(${JSON.stringify(import.meta.url)}).resolve('@octokit/openapi/generated/api.github.com.json');
    const subset = ${JSON.stringify(new URL('./github-emulator/openapi-subset.json', import.meta.url).pathname)};
    const t0 = performance.now();
    JSON.parse(readFileSync(subset, 'utf8'));
    const t1 = performance.now();
    JSON.parse(readFileSync(full, 'utf8'));
    const t2 = performance.now();
    console.log(JSON.stringify({ subset: t1 - t0, full: t2 - t1, total: t1 - t0 }));
  `;

const scripts = {
  emulator: emulatorFlow,
  descriptions,
  services: `
    const t0 = performance.now();
    const { startRuntimeServices } = await import(${JSON.stringify(new URL('./runtime-services.ts', import.meta.url).href)});
    const s = await startRuntimeServices();
    const t1 = performance.now();
    await s.stop();
    console.log(JSON.stringify({ azurite: s.startupMs.azurite, total: t1 - t0 }));
  `,
  probeBundle: `
    const { buildFixtureAction } = await import(${JSON.stringify(new URL('./fixture-action.ts', import.meta.url).href)});
    const t0 = performance.now();
    await buildFixtureAction('probe-action');
    console.log(JSON.stringify({ total: performance.now() - t0 }));
  `,
};

const results: Record<string, Record<string, number>> = {};
const fastest: Record<string, number> = {};
for (const [name, code] of Object.entries(scripts)) {
  const samples: Record<string, number>[] = [];
  for (let i = 0; i < runs; i++) {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
    samples.push(JSON.parse(out.trim().split('\n').at(-1)!) as Record<string, number>);
  }
  results[name] = Object.fromEntries(Object.keys(samples[0]!).map((k) => [k, median(samples.map((s) => s[k]!))]));
  fastest[name] = Math.min(...samples.map((s) => s['total']!));
}

const ms = (n: number) => `${n.toFixed(0)} ms`;
const e = results['emulator']!;
const d = results['descriptions']!;
console.log(`harness start-up per test file (median of ${runs} cold runs)`);
console.log(
  `  GitHub emulator: ${ms(e['total']!)} (import ${ms(e['import']!)}, start ${ms(e['start']!)}, first validated request ${ms(e['firstRequest']!)})`,
);
console.log(
  `    reading the OpenAPI subset: ${ms(d['subset']!)}; peer, GitHub's full description (13 MB): ${ms(d['full']!)}; full / subset = ${(d['full']! / d['subset']!).toFixed(0)}x`,
);
console.log(`  runtime services: ${ms(results['services']!['total']!)} (Azurite ${ms(results['services']!['azurite']!)})`);
console.log(`  probe action bundle (esbuild): ${ms(results['probeBundle']!['total']!)}`);
console.log(
  `fastest run of each: ${Object.entries(fastest)
    .map(([k, v]) => `${k} ${ms(v)}`)
    .join(', ')}`,
);
