/**
 * The registry contract, registering: against the git: and file: backends (contract-suite.ts); the
 * other half is contract-read.test.ts.
 */
import { describeRegisterContract } from './contract-suite.ts';

describeRegisterContract();
