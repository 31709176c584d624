import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  JobSummary,
  actionsCache,
  directoryCache,
  getState,
  hasContent,
  log_exports,
  readRunnerContext,
  run
} from "./chunks/chunk-TJZ3EVEH.js";
import "./chunks/chunk-FCFGUIJT.js";

// actions/train-gate/src/post.ts
import { resolve } from "node:path";
await run(async () => {
  if (getState("save") !== "true") return;
  const key = getState("key");
  const path = getState("path");
  const cacheDir = getState("cache-dir");
  const ctx = readRunnerContext();
  const workspace = resolve(ctx.workspace);
  if (!await hasContent(resolve(workspace, path))) {
    log_exports.warning(`Not saving the training cache: '${path}' (cache-path) is empty or missing. Make the training write its model there.`);
    return;
  }
  const cache = cacheDir ? directoryCache(cacheDir) : await actionsCache(log_exports, { cacheMode: ctx.cacheMode });
  if (!cache) return;
  const saved = await cache.save(key, cacheDir ? resolve(workspace, path) : path);
  if (saved.outcome === "saved") log_exports.info(`Saved the training in '${path}' to ${cache.description} as ${key}.`);
  else if (saved.outcome === "exists") log_exports.info(`${cache.description} already holds ${key} (another job saved the same training).`);
  else {
    log_exports.warning(`Not saved: the training in '${path}' was not saved to ${cache.description} as ${key}: ${saved.reason}`);
    await new JobSummary().add(
      `> [!WARNING]
> **Training cache not saved** (\`${key}\`): the next run with the same fingerprint will train again. See the step's warning for why.`
    ).write();
  }
});
