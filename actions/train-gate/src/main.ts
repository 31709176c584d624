import { Inputs, run, UserError } from '@mlops-actions/action-kit';

await run(async () => {
  const inputs = new Inputs();
  throw new UserError('train-gate is not implemented yet (issue #7); this step does nothing so far');
});
