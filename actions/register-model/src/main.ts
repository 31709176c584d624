import { Inputs, run, UserError } from '@mlops-actions/action-kit';

await run(async () => {
  const inputs = new Inputs();
  inputs.string('name');
  inputs.string('path');
  throw new UserError('register-model is not implemented yet (issue #6); this step does nothing so far');
});
