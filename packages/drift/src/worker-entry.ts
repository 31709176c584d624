// The worker thread's entry when running from source (tests, benchmarks); bundles use their own.
import { serveDriftWorker } from './worker.ts';

await serveDriftWorker();
