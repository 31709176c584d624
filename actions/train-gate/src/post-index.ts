// The entry of the post bundle (dist/post.js): runs the post step. Its logic is in post.ts, whose
// exported run() is also what @github/local-action imports and calls.
import { run } from './post.ts';

await run();
