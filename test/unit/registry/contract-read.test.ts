/**
 * The registry contract, reading, verifying and moving aliases: against the git: and file: backends
 * (contract-suite.ts); the other half is contract-register.test.ts.
 */
import { describeReadContract } from './contract-suite.ts';

describeReadContract();
