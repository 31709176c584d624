// The entry of the bundle (dist/index.js): runs the action. Its logic is in main.ts, whose exported
// run() is also what @github/local-action imports and calls (local-action run <dir> src/main.ts .env).
import { run } from './main.ts';

await run();
