import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  code,
  escapeText,
  hashPaths,
  isInside,
  makeFolders,
  readManifest,
  resolveInside,
  sha256Bytes,
  table,
  toPosixRelative
} from "./chunk-DR4TYJSG.js";
import {
  fsReadError,
  parseStructured
} from "./chunk-VGXBTMER.js";
import {
  UserError,
  messageOf
} from "./chunk-HK3EZUH2.js";
import {
  __name
} from "./chunk-C6ICYTQL.js";

// node_modules/@mlops-actions/training-gate/src/fingerprint.ts
var FINGERPRINT_FORMAT = "mlops-actions/training-fingerprint@1";
function fingerprintOf(c) {
  const text = `${FINGERPRINT_FORMAT}
data ${c.data}
code ${c.code}
params ${c.params}
extra ${c.extra}
`;
  return { ...c, fingerprint: textHash(text) };
}
__name(fingerprintOf, "fingerprintOf");
function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== void 0).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}
__name(canonicalJson, "canonicalJson");
function paramsHash(params) {
  return textHash(canonicalJson(params));
}
__name(paramsHash, "paramsHash");
function textHash(text) {
  return `sha256:${sha256Bytes(text)}`;
}
__name(textHash, "textHash");
function trainingCacheKey(fingerprint) {
  return `mlops-training-${fingerprint.replace(/^sha256:/, "").slice(0, 40)}`;
}
__name(trainingCacheKey, "trainingCacheKey");

// node_modules/@mlops-actions/training-gate/src/fingerprint-parts.ts
var HASH = /^sha256:[0-9a-f]{64}$/;
var PART = /^(-|(sha256|sha512|sha1|md5):[0-9a-f]+)$/;
var PARTS = ["data", "code", "params", "extra"];
function parseFingerprintParts(text, o = {}) {
  const input = o.input ?? "fingerprint";
  const fix = `Pass '\${{ steps.<gate>.outputs.fingerprint-parts }}' (or its 'fingerprint' output) unchanged`;
  const value = text.trim();
  if (HASH.test(value)) return { fingerprint: value };
  let parsed;
  try {
    parsed = JSON.parse(value);
  } catch {
    parsed = void 0;
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new UserError("is neither a training fingerprint (sha256:<hex>) nor the fingerprint-parts JSON of train-gate", { input, fix });
  }
  const p = parsed;
  const bad = /* @__PURE__ */ __name((key, why) => new UserError(`is not the fingerprint-parts JSON of train-gate: ${why}`, { input, key, fix }), "bad");
  if (typeof p["fingerprint"] !== "string" || !HASH.test(p["fingerprint"]))
    throw bad("fingerprint", p["fingerprint"] === void 0 ? "it has no fingerprint" : "the fingerprint is not sha256:<64 hex digits>");
  for (const k of PARTS) {
    const v = p[k];
    if (typeof v !== "string" || !PART.test(v))
      throw bad(k, v === void 0 ? `the ${k} part is missing` : `the ${k} part is not a hash (or '-')`);
  }
  const parts = {
    data: p["data"],
    code: p["code"],
    params: p["params"],
    extra: p["extra"]
  };
  if (fingerprintOf(parts).fingerprint !== p["fingerprint"]) {
    throw bad(
      "fingerprint",
      `its parts do not give its fingerprint (${FINGERPRINT_FORMAT}): the parts or the fingerprint were changed, or come from different runs`
    );
  }
  return { fingerprint: p["fingerprint"], parts };
}
__name(parseFingerprintParts, "parseFingerprintParts");

// node_modules/@mlops-actions/training-gate/src/decide.ts
var NOT_GIVEN = "-";
function championPart(champion, part) {
  const recorded = champion.training?.[part];
  if (recorded) return recorded;
  if (part === "data") return champion.dataHash;
  if (part === "params" && champion.params) return paramsHash(champion.params);
  return void 0;
}
__name(championPart, "championPart");
function decide(g) {
  const reasons = [];
  const rows = [];
  if (g.force) reasons.push("forced");
  rows.push({ input: "force", champion: "", current: String(g.force), changed: g.force });
  if (!g.champion) {
    reasons.push("no-champion");
    for (const part of ["data", "code", "params", "extra"]) {
      rows.push({
        input: part,
        champion: "(no champion)",
        current: g.current[part] === NOT_GIVEN ? "not given" : g.current[part],
        changed: null
      });
    }
  } else {
    const reasonOf = { data: "data-changed", code: "code-changed", params: "params-changed", extra: "extra-changed" };
    for (const part of ["data", "code", "params", "extra"]) {
      const now = g.current[part];
      const then = championPart(g.champion, part);
      if (now === NOT_GIVEN) {
        rows.push({ input: part, champion: then ?? "", current: "not given", changed: null });
      } else if (then === void 0) {
        rows.push({ input: part, champion: "not recorded", current: now, changed: null, note: "the champion has no record of it" });
      } else {
        const changed = then !== now;
        rows.push({ input: part, champion: then, current: now, changed });
        if (changed) reasons.push(reasonOf[part]);
      }
    }
    if (g.maxAgeMs !== void 0) {
      const ageMs = g.now.getTime() - Date.parse(g.champion.createdAt);
      const stale = Number.isFinite(ageMs) && ageMs > g.maxAgeMs;
      rows.push({
        input: "age",
        champion: g.champion.createdAt,
        current: `${formatAge(ageMs)} (max ${formatAge(g.maxAgeMs)})`,
        changed: stale
      });
      if (stale) reasons.push("stale");
    }
  }
  rows.push({ input: "drift", champion: "", current: String(g.drift), changed: g.drift });
  if (g.drift) reasons.push("drift");
  const unique = [...new Set(reasons)];
  return unique.length ? { shouldTrain: true, reasons: unique, rows } : { shouldTrain: false, reasons: ["unchanged"], rows };
}
__name(decide, "decide");
function formatAge(ms) {
  if (!Number.isFinite(ms)) return "unknown";
  const d = ms / 864e5;
  if (d >= 1) return `${Number(d.toFixed(1))}d`;
  const h = ms / 36e5;
  if (h >= 1) return `${Number(h.toFixed(1))}h`;
  return `${Math.max(0, Math.round(ms / 6e4))}m`;
}
__name(formatAge, "formatAge");

// node_modules/@mlops-actions/training-gate/src/components.ts
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
var HASH2 = /^(?:sha256:[0-9a-f]{64}|sha512:[0-9a-f]{128}|sha1:[0-9a-f]{40}|md5:[0-9a-f]{32})$/;
async function computeComponents(s) {
  let data = "-";
  if (s.dataManifest) data = (await readManifest(s.dataManifest.path, s.dataManifest.display)).hash;
  if (s.dataHash) {
    if (!HASH2.test(s.dataHash)) {
      throw new UserError(`'${s.dataHash}' is not a dataset hash`, {
        input: "data-hash",
        fix: "Pass the hash output of data-hash: <algorithm>:<hex digest>, e.g. sha256: and 64 lowercase hex digits (${{ steps.<id>.outputs.hash }})"
      });
    }
    if (data !== "-" && data !== s.dataHash) {
      throw new UserError(`says ${s.dataHash} but data-manifest says ${data}`, {
        input: "data-hash",
        fix: "Give one of data-hash and data-manifest, from the same data-hash step"
      });
    }
    data = s.dataHash;
  }
  const code2 = s.code.length ? (await hashPaths({ root: s.root, paths: s.code, input: "code" })).hash : "-";
  let params = "-";
  let paramsValue;
  if (s.params) {
    let text;
    try {
      text = await readFile(s.params.path, "utf8");
    } catch (e) {
      const err = fsReadError(e, s.params.display, {
        input: "params",
        what: "params file",
        fix: "Check the path (relative to the workspace) and that the file is there before this step"
      });
      if (err !== e) throw err;
      throw new UserError(`cannot read the params file (${messageOf(e)})`, { input: "params", file: s.params.display });
    }
    if (extname(s.params.path).toLowerCase() === ".json") checkJson(text, s.params.display);
    paramsValue = parseStructured(text, s.params.display, s.params.display).value;
    if (paramsValue === null || paramsValue === void 0) {
      throw new UserError("the params file is empty", {
        input: "params",
        file: s.params.display,
        fix: "Write the training parameters as key: value lines (YAML) or a JSON object"
      });
    }
    if (typeof paramsValue !== "object" || Array.isArray(paramsValue)) {
      throw new UserError(
        `the params file holds ${Array.isArray(paramsValue) ? "a list" : `a single ${typeof paramsValue}`}, not a mapping of parameters`,
        {
          input: "params",
          file: s.params.display,
          line: 1,
          fix: "Write the training parameters as key: value lines (YAML) or a JSON object"
        }
      );
    }
    params = paramsHash(paramsValue);
  }
  return { data, code: code2, params, extra: s.extraKey ? textHash(s.extraKey) : "-", paramsValue };
}
__name(computeComponents, "computeComponents");
function checkJson(text, display) {
  try {
    JSON.parse(text);
  } catch (e) {
    const pos = /position (\d+)/.exec(messageOf(e));
    const at = pos ? Number(pos[1]) : errorOffset(text);
    const line = at === void 0 ? void 0 : text.slice(0, at).split("\n").length;
    throw new UserError(`cannot parse ${display}: invalid JSON (${messageOf(e).split("\n")[0]})`, {
      input: "params",
      file: display,
      ...line ? { line } : {},
      fix: "Fix the JSON syntax, or name the file .yaml to write YAML"
    });
  }
}
__name(checkJson, "checkJson");
function errorOffset(text) {
  const failsInside = /* @__PURE__ */ __name((k) => {
    try {
      JSON.parse(text.slice(0, k));
      return false;
    } catch (e) {
      const m = messageOf(e);
      if (/end of JSON input/.test(m)) return false;
      const pos = /position (\d+)/.exec(m);
      return pos ? Number(pos[1]) < k : true;
    }
  }, "failsInside");
  if (!failsInside(text.length)) return void 0;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (failsInside(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo - 1;
}
__name(errorOffset, "errorOffset");

// node_modules/@mlops-actions/training-gate/src/cache.ts
import { existsSync } from "node:fs";
import { cp, readdir, rename, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
function directoryCache(dir) {
  return {
    description: `the local cache ${dir}`,
    async restore(key, path) {
      const entry = join(dir, key);
      if (!existsSync(entry)) return false;
      await rm(path, { recursive: true, force: true });
      await makeFolders(dirname(path));
      await cp(entry, path, { recursive: true, verbatimSymlinks: true });
      return true;
    },
    async save(key, path) {
      const entry = join(dir, key);
      if (existsSync(entry)) return { outcome: "exists" };
      await makeFolders(dir);
      const tmp = `${entry}.tmp-${process.pid}`;
      await rm(tmp, { recursive: true, force: true });
      await cp(path, tmp, { recursive: true, verbatimSymlinks: true });
      try {
        await rename(tmp, entry);
      } catch (e) {
        await rm(tmp, { recursive: true, force: true });
        if (existsSync(entry)) return { outcome: "exists" };
        throw e;
      }
      return { outcome: "saved" };
    }
  };
}
__name(directoryCache, "directoryCache");
async function hasContent(path) {
  try {
    return (await readdir(path, { recursive: true, withFileTypes: true })).some((e) => e.isFile());
  } catch (e) {
    if (e.code === "ENOTDIR") return true;
    return false;
  }
}
__name(hasContent, "hasContent");

// node_modules/@mlops-actions/training-gate/src/gate.ts
import { existsSync as existsSync2, statSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";

// node_modules/@mlops-actions/training-gate/src/summary.ts
var short = /* @__PURE__ */ __name((s) => /^[a-z0-9]+:[0-9a-f]{20,}$/.test(s) ? `${s.slice(0, s.indexOf(":") + 13)}\u2026` : s, "short");
var mark = /* @__PURE__ */ __name((c) => c === true ? "\u{1F534} changed" : c === false ? "same" : "\u2013", "mark");
var switchMark = /* @__PURE__ */ __name((on) => on ? "\u{1F534} yes" : "no", "switchMark");
function renderGateSummary(f) {
  const { decision } = f;
  const verdict = decision.shouldTrain ? `**Train**: ${decision.reasons.map((r) => code(r)).join(", ")}` : decision.reasons.includes("cache-hit") ? `**Skip training**: an identical training was restored from the cache (${decision.reasons.filter((r) => r !== "cache-hit").map((r) => code(r)).join(", ")})` : "**Skip training**: nothing that matters changed";
  const rows = decision.rows.map((r) => [
    r.input,
    r.champion ? code(short(r.champion)) : "",
    r.input === "force" || r.input === "drift" ? "" : r.current ? code(short(r.current)) : "",
    (r.input === "force" || r.input === "drift" ? switchMark(r.changed) : mark(r.changed)) + (r.note ? ` (${escapeText(r.note)})` : "")
  ]);
  const champion = f.model ? f.championVersion ? `Champion: ${code(`${f.model}@${f.championVersion}`)}` : `Champion: none for ${code(f.model)}` : "Champion: none (no `model` given)";
  const cache = {
    hit: `Cache: hit on ${code(f.cacheKey)}`,
    miss: `Cache: miss on ${code(f.cacheKey)}; the post step saves the training when the job succeeds`,
    off: "Cache: off",
    unavailable: "Cache: no cache service here",
    "not-needed": "Cache: not consulted (no training needed)"
  }[f.cache];
  return [
    "### train-gate",
    "",
    verdict,
    "",
    table(["input", "champion", "current", "changed"], rows),
    "",
    `${champion} \xB7 Fingerprint: ${code(f.fingerprint)} \xB7 ${cache}`,
    ""
  ].join("\n");
}
__name(renderGateSummary, "renderGateSummary");

// node_modules/@mlops-actions/training-gate/src/gate.ts
async function runTrainGate(o, deps) {
  const { log } = deps;
  const { paramsValue: _, ...components } = await computeComponents(o.sources);
  const fp = fingerprintOf(components);
  const card = o.champion ? await findChampion(o.champion, o.workspace, deps) : void 0;
  const decision = decide({
    current: fp,
    champion: championOf(card),
    drift: o.drift,
    force: o.force,
    maxAgeMs: o.maxAgeMs,
    now: o.now ?? /* @__PURE__ */ new Date()
  });
  const key = trainingCacheKey(fp.fingerprint);
  let cacheState = !o.cache ? "off" : decision.shouldTrain ? "miss" : "not-needed";
  if (cacheState === "miss") {
    const cache = o.cacheDir ? directoryCache(o.cacheDir) : await deps.openActionsCache();
    if (!cache) {
      log.info("No Actions cache service here (a local run?): carrying on without the training cache.");
      cacheState = "unavailable";
    } else if (await cache.restore(key, restorePath(o.cachePath, o.cacheDir, o.workspace))) {
      log.info(`Restored an identical training (${fp.fingerprint}) from ${cache.description} into ${o.cachePath}: training is skipped.`);
      cacheState = "hit";
      decision.shouldTrain = false;
      decision.reasons.push("cache-hit");
    }
  }
  log.info(`Decision: ${decision.shouldTrain ? "train" : "skip training"} (${decision.reasons.join(", ")})`);
  const model = o.champion ? String(o.champion.model) : void 0;
  return {
    decision,
    fingerprint: fp,
    cacheKey: key,
    cache: cacheState,
    championVersion: card?.version,
    // Only a miss is saved: the post step stores this training under its fingerprint once the job succeeded.
    postState: { save: String(cacheState === "miss"), key, path: o.cachePath, "cache-dir": o.cacheDir ?? "" },
    summary: renderGateSummary({
      decision,
      fingerprint: fp.fingerprint,
      championVersion: card?.version,
      model,
      cache: cacheState,
      cacheKey: key
    }),
    outputs: {
      "should-train": decision.shouldTrain,
      reasons: decision.reasons,
      fingerprint: fp.fingerprint,
      "fingerprint-parts": fp,
      "cache-hit": cacheState === "hit",
      "cache-key": key,
      "champion-version": card?.version ?? ""
    }
  };
}
__name(runTrainGate, "runTrainGate");
function restorePath(cachePath, cacheDir, workspace) {
  return cacheDir ? resolve(workspace, cachePath) : cachePath;
}
__name(restorePath, "restorePath");
async function findChampion(q, workspace, deps) {
  if (q.missingFolder) {
    const shown = isInside(workspace, q.missingFolder) ? toPosixRelative(workspace, q.missingFolder) : q.missingFolder;
    deps.log.warning(
      `input 'registry': the registry folder '${shown}' does not exist, so there is no champion and training runs every time. Check the spelling of the registry input (${q.registry}); on a first run, before any model is registered, this is expected and can be ignored.`
    );
  }
  const registry = deps.openRegistry();
  try {
    return await registry.resolve(q.model, { alias: q.alias });
  } finally {
    await registry.close();
  }
}
__name(findChampion, "findChampion");
function championOf(card) {
  if (!card) return void 0;
  return { version: card.version, createdAt: card.createdAt, training: card.training, dataHash: card.data?.hash, params: card.params };
}
__name(championOf, "championOf");
function parseCachePath(p, workspace) {
  if (/[\r\n]/.test(p))
    throw new UserError("must be one path, got several lines", {
      input: "cache-path",
      fix: "Give the one folder the training writes its model to"
    });
  const abs = isAbsolute(p) ? resolve(p) : resolveInside(workspace, p, { input: "cache-path" });
  if (isInside(abs, workspace)) {
    throw new UserError(
      `'${p}' is the workspace${abs === workspace ? "" : " or a folder holding it"}; restoring a training there would replace the checkout`,
      {
        input: "cache-path",
        fix: "Name the folder the training writes its model to, e.g. model"
      }
    );
  }
  return p;
}
__name(parseCachePath, "parseCachePath");
function parseCacheDir(dir, workspace) {
  if (dir === void 0) return void 0;
  const abs = resolve(workspace, dir);
  if (existsSync2(abs) && !statSync(abs).isDirectory()) {
    throw new UserError(`'${dir}' is a file, not a directory`, {
      input: "cache-dir",
      fix: "Name a directory to keep trainings in (it is created when missing), e.g. .mlops/cache"
    });
  }
  return abs;
}
__name(parseCacheDir, "parseCacheDir");
async function saveTraining(state, o, deps) {
  const { log } = deps;
  if (state("save") !== "true") return { summary: void 0 };
  const key = state("key");
  const path = state("path");
  const cacheDir = state("cache-dir") || void 0;
  if (!await hasContent(resolve(o.workspace, path))) {
    log.warning(`Not saving the training cache: '${path}' (cache-path) is empty or missing. Make the training write its model there.`);
    return { summary: void 0 };
  }
  const cache = cacheDir ? directoryCache(cacheDir) : await deps.openActionsCache();
  if (!cache) return { summary: void 0 };
  const saved = await cache.save(key, restorePath(path, cacheDir, o.workspace));
  if (saved.outcome === "saved") log.info(`Saved the training in '${path}' to ${cache.description} as ${key}.`);
  else if (saved.outcome === "exists") log.info(`${cache.description} already holds ${key} (another job saved the same training).`);
  else {
    log.warning(`Not saved: the training in '${path}' was not saved to ${cache.description} as ${key}: ${saved.reason}`);
    return {
      summary: `> [!WARNING]
> **Training cache not saved** (\`${key}\`): the next run with the same fingerprint will train again. See the step's warning for why.`
    };
  }
  return { summary: void 0 };
}
__name(saveTraining, "saveTraining");

// node_modules/@mlops-actions/training-gate/src/options.ts
function parseTrainGateOptions(i) {
  if (!i.dataHash && !i.dataManifest) {
    throw new UserError("neither data-hash nor data-manifest is set", {
      input: "data-hash",
      fix: "Pass the hash or manifest output of a data-hash step"
    });
  }
  if (i.drift !== void 0 && i.drift !== "true" && i.drift !== "false") {
    throw new UserError(`must be true or false (the drift output of drift-report), got '${i.drift}'`, { input: "drift" });
  }
  const cacheDir = parseCacheDir(i.cacheDir, i.workspace);
  const sources = {
    root: i.workspace,
    dataHash: i.dataHash,
    dataManifest: i.dataManifest,
    code: i.code,
    params: i.params,
    extraKey: i.extraKey
  };
  return {
    workspace: i.workspace,
    sources,
    champion: i.named === void 0 ? void 0 : (
      // A `file:` registry folder that does not exist: warned about, as a first run has none yet.
      { ...i.named, registry: i.registry.uri, missingFolder: i.registry.missing ? i.registry.directory : void 0 }
    ),
    drift: i.drift === "true",
    maxAgeMs: i.maxAgeMs,
    force: i.force,
    cache: i.cache,
    cachePath: parseCachePath(i.cachePath, i.workspace),
    cacheDir
  };
}
__name(parseTrainGateOptions, "parseTrainGateOptions");
export {
  FINGERPRINT_FORMAT,
  canonicalJson,
  computeComponents,
  decide,
  directoryCache,
  fingerprintOf,
  formatAge,
  hasContent,
  paramsHash,
  parseCacheDir,
  parseCachePath,
  parseFingerprintParts,
  parseTrainGateOptions,
  renderGateSummary,
  runTrainGate,
  saveTraining,
  textHash,
  trainingCacheKey
};
