import { run, UserError } from '@mlops-actions/action-kit';

await run(async () => {
  throw new UserError('train-gate post step is not implemented yet (issue #7)');
});
