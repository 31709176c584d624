/**
 * `mlops registry promote|rollback|alias remove|deprecate|history` against a real bare git remote from
 * a clone, without --registry (git:origin is the default inside a checkout): audited moves recorded as
 * the laptop user, authored by them and committed by the bot. The cases are commands-suite.ts's, shared
 * with the file: registry (registry-file.test.ts).
 */
import { describeWriteCommands } from './commands-suite.ts';

// No --registry: git:origin is the default inside a checkout.
describeWriteCommands('a bare git remote (git:origin, the default in a checkout)', 'git:origin', []);
