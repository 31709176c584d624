import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  JobSummary,
  getState,
  log_exports,
  openActionsCache,
  readRunnerContext,
  run,
  saveTraining
} from "./chunks/chunk-WZQW5D35.js";
import "./chunks/chunk-IWEYQEOF.js";
import "./chunks/chunk-NLESR25S.js";
import {
  __name
} from "./chunks/chunk-C6ICYTQL.js";

// actions/train-gate/src/post.ts
import { resolve } from "node:path";
var run2 = /* @__PURE__ */ __name(() => run(async () => {
  const ctx = readRunnerContext();
  const r = await saveTraining(
    getState,
    { workspace: resolve(ctx.workspace) },
    { log: log_exports, openActionsCache: /* @__PURE__ */ __name(() => openActionsCache({ cacheMode: ctx.cacheMode }), "openActionsCache") }
  );
  if (r.summary) await new JobSummary().add(r.summary).write();
}), "run");

// actions/train-gate/src/post-index.ts
await run2();
