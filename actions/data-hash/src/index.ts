// The entry of the bundle (dist/index.js): runs the action. Its logic is in main.ts, whose exported
// run() is also what @github/local-action imports and calls (local-action run <dir> src/main.ts .env).
import { run } from './main.ts';

await run();
// Done: exit once stdout and stderr are flushed (their write callbacks run then, on every platform)
// rather than wind down on its own, where a garbage collection V8 had scheduled and the hashing
// workers' teardown add 10-20 ms to every step (measured with test/bench/hashing.bench.ts).
await Promise.all([process.stdout, process.stderr].map((s) => new Promise<void>((resolve) => s.write('', () => resolve()))));
process.exit();
