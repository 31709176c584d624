import { Inputs, run, UserError } from '@mlops-actions/action-kit';

await run(async () => {
  const inputs = new Inputs();
  inputs.string('path');
  throw new UserError('data-hash is not implemented yet (issue #4); this step does nothing so far');
});
