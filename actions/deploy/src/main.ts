import { Inputs, run, UserError } from '@mlops-actions/action-kit';

await run(async () => {
  const inputs = new Inputs();
  inputs.string('model');
  inputs.string('environment');
  inputs.string('target');
  throw new UserError('deploy is not implemented yet (issue #8); this step does nothing so far');
});
