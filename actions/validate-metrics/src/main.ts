import { Inputs, run, UserError } from '@mlops-actions/action-kit';

await run(async () => {
  const inputs = new Inputs();
  inputs.string('metrics');
  throw new UserError('validate-metrics is not implemented yet (issue #5); this step does nothing so far');
});
