#!/usr/bin/env node
// The `mlops` command. It runs the bundle, dist/mlops.js (scripts/build.ts cli): what npm publishes,
// with every package it uses inside, so an install fetches nothing else. In a clone of the repository
// (src/ is there; the published package ships no src/) it runs the TypeScript sources instead, so a
// change to them shows at once; `npm run check` keeps the committed bundle equal to a build of them.
import { existsSync } from 'node:fs';

const sources = new URL('../src/cli.ts', import.meta.url);
const { main } = existsSync(sources) ? await import(sources.href) : await import('../dist/mlops.js');
process.exitCode = await main(process.argv.slice(2));
