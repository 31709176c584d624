/** A real file: registry with model versions for the deployment tests. */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openRegistry, type Registry, parseAlias, parseModelName, parseModelVersion } from '@mlops-actions/registry';
import { bareRepo, projectClone } from '../registry/helpers.ts';
import { tempDir } from '../../harness/temp.ts';

export interface ModelSpec {
  version: string;
  /** What the test health server answers for this version: true → 200, false → 503. */
  healthy?: boolean;
  /** Record a validate-metrics result: true passed, false failed, undefined none. */
  validated?: boolean | undefined;
  alias?: string;
}

export interface TestRegistry {
  /** The registry input as the action takes it (relative to the workspace for file:). */
  input: string;
  uri: string;
  /** The commit of the workspace (git registries; GITHUB_SHA of a step). */
  commit?: string;
  dir: string;
  workspace: string;
  registry: Registry;
  register(spec: ModelSpec): Promise<void>;
  /** Where the registry keeps a stored file (to tamper with it). */
  storedFile(version: string, path: string): string;
  aliasOf(alias: string): Promise<string | undefined>;
  auditLines(): Promise<string[]>;
}

export const MODEL = 'churn';

/**
 * `file`: a directory registry inside a fresh workspace. `git`: a bare repository as the remote and a
 * clone of it as the workspace, the registry on its mlops-registry branch (`git:origin`).
 */
export async function makeRegistry(kind: 'file' | 'git' = 'file'): Promise<TestRegistry> {
  const root = await tempDir('deploy-ws-');
  let ws = root;
  let input = 'file:registry';
  let commit: string | undefined;
  if (kind === 'git') {
    const remote = bareRepo(join(root, 'remote.git'));
    ({ dir: ws, commit } = projectClone(remote, join(root, 'ws')));
    input = 'git:origin';
  }
  const dir = join(ws, 'registry');
  if (kind === 'file') await mkdir(dir, { recursive: true });
  const uri = kind === 'file' ? `file:${dir}` : input;
  const open = () => openRegistry({ uri, workspace: ws, tempDir: tmpdir(), identity: { actor: 'octocat' } });
  const registry = open();
  return {
    input,
    uri,
    ...(commit ? { commit } : {}),
    dir,
    workspace: ws,
    registry,
    async register(spec) {
      const src = await tempDir(`model-${spec.version}-`);
      await writeFile(join(src, 'model.json'), JSON.stringify({ version: spec.version, healthy: spec.healthy ?? true }));
      await mkdir(join(src, 'weights'));
      await writeFile(join(src, 'weights', 'layer0.bin'), Buffer.alloc(4096, spec.version.charCodeAt(0)));
      let validation;
      if (spec.validated !== undefined) {
        const file = join(src, '..', `report-${spec.version}-${Date.now()}.json`);
        await writeFile(file, JSON.stringify({ passed: spec.validated, failedChecks: spec.validated ? [] : ['accuracy: min 0.9'] }));
        validation = {
          summary: { passed: spec.validated, failed: spec.validated ? [] : ['accuracy: min 0.9'], reportDigest: 'sha256:00' },
          file,
        };
      }
      await registry.register({
        name: parseModelName(MODEL),
        version: parseModelVersion(spec.version),
        files: { root: src, paths: ['.'] },
        validation,
        alias: spec.alias === undefined ? undefined : parseAlias(spec.alias),
      });
    },
    storedFile: (version, path) => join(dir, 'models', MODEL, 'versions', version, 'files', path),
    async aliasOf(alias) {
      // A fresh handle: what the remote (or directory) says now, not what this process cached.
      const fresh = open();
      try {
        return (await fresh.aliases(parseModelName(MODEL)))[alias]?.version;
      } finally {
        await fresh.close();
      }
    },
    async auditLines() {
      return (await readFile(join(dir, 'models', MODEL, 'audit', '0001.jsonl'), 'utf8')).trim().split('\n');
    },
  };
}
