/**
 * Runs before every test file (vitest `setupFiles`, also when the unit project reuses a worker's modules
 * without isolation): the temporary folders a file made with tempDir/tempDirSync are removed after it.
 */
import { afterAll } from 'vitest';
import { removeTempDirs } from './temp.ts';

afterAll(removeTempDirs);
