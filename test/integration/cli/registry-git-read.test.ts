/**
 * `mlops registry list|show|fetch` against a real bare git remote from a clone, without --registry
 * (git:origin is the default inside a checkout). The cases are commands-suite.ts's, shared with the
 * file: registry (registry-file.test.ts); the commands that write are in registry-git-write.test.ts.
 */
import { describeReadCommands } from './commands-suite.ts';

// No --registry: git:origin is the default inside a checkout.
describeReadCommands('a bare git remote (git:origin, the default in a checkout)', 'git:origin', []);
