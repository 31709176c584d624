import { Inputs, run, UserError } from '@mlops-actions/action-kit';

await run(async () => {
  const inputs = new Inputs();
  inputs.string('reference');
  inputs.string('current');
  throw new UserError('drift-report is not implemented yet (issue #9); this step does nothing so far');
});
