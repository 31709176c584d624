import { mkdir, readFile, readlink, readdir, writeFile, symlink, lstat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  commandTarget,
  directoryTarget,
  RELEASE_MARKER,
  TargetFailed,
  verifySignature,
  webhookTarget,
  type Release,
  type WebhookBody,
} from '@mlops-actions/deployment';
import { closedPort, json, memoryLog, serve, type TestServer } from './servers.ts';
import { tempDir } from '../../harness/temp.ts';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/** A release folder with the given files, as the flow hands it to a target. */
async function makeRelease(version: string, files: Record<string, string>, reason: Release['reason'] = 'deploy'): Promise<Release> {
  const dir = await tempDir(`release-${version}-`);
  for (const [p, content] of Object.entries(files)) {
    await mkdir(join(dir, p, '..'), { recursive: true });
    await writeFile(join(dir, p), content);
  }
  return {
    model: 'churn',
    version,
    digest: `sha256:${sha(version)}`,
    environment: 'staging',
    alias: 'staging',
    path: dir,
    files: Object.entries(files).map(([path, c]) => ({ path, sha256: sha(c), size: Buffer.byteLength(c) })),
    reason,
  };
}

describe('command target', () => {
  it('runs the script with the release variables and streams its output', async () => {
    const release = await makeRelease('1.3.0', { 'model.json': '{"w":1}' });
    const log = memoryLog();
    const t = commandTarget({
      command:
        'echo "deploying $MODEL_NAME $MODEL_VERSION to $DEPLOY_ENVIRONMENT"\necho "digest=$MODEL_DIGEST path=$MODEL_PATH reason=$DEPLOY_REASON" >&2\nls "$MODEL_PATH"\necho "token=${INPUT_GITHUB_TOKEN:-none} other=$KEEP_ME"',
      cwd: tmpdir(),
      baseEnv: { PATH: process.env['PATH'], 'INPUT_GITHUB-TOKEN': 'ghs_secret', INPUT_GITHUB_TOKEN: 'ghs_secret', KEEP_ME: 'kept' },
      timeoutMs: 10_000,
      log,
    });
    await t.deploy(release);
    expect(log.lines).toContain('deploying churn 1.3.0 to staging');
    expect(log.lines).toContain(`digest=${release.digest} path=${release.path} reason=deploy`);
    expect(log.lines).toContain('model.json');
    // The action's inputs (tokens, webhook secrets) never reach the script.
    expect(log.lines).toContain('token=none other=kept');
    expect(t.describe()).toMatch(/^command \(echo "deploying/);
  });

  it('fails on a non-zero exit with the last lines of output', async () => {
    const release = await makeRelease('1.3.0', { m: 'x' });
    const t = commandTarget({
      command: 'echo step one\necho "kubectl: forbidden" >&2\nexit 3',
      cwd: tmpdir(),
      baseEnv: { PATH: process.env['PATH'] },
      timeoutMs: 10_000,
      log: memoryLog(),
    });
    const err = (await t.deploy(release).catch((e: unknown) => e)) as TargetFailed;
    expect(err).toBeInstanceOf(TargetFailed);
    expect(err.changed).toBe(true);
    expect(err.message).toMatch(
      /the deployment command for churn 1\.3\.0 exited with code 3; its last output:\n {2}step one\n {2}kubectl: forbidden/,
    );
  });

  it('stops at the first failing command (bash -e -o pipefail)', async () => {
    const release = await makeRelease('1.3.0', { m: 'x' });
    const log = memoryLog();
    const t = commandTarget({
      command: 'false | cat\necho should-not-run',
      cwd: tmpdir(),
      baseEnv: { PATH: process.env['PATH'] },
      timeoutMs: 10_000,
      log,
    });
    await expect(t.deploy(release)).rejects.toThrow(/exited with code 1/);
    expect(log.lines).not.toContain('should-not-run');
  });

  it('stops a command that outlives its timeout, children included', async () => {
    const release = await makeRelease('1.3.0', { m: 'x' });
    const t = commandTarget({
      command: 'sleep 30 & sleep 30',
      cwd: tmpdir(),
      baseEnv: { PATH: process.env['PATH'] },
      timeoutMs: 300,
      log: memoryLog(),
    });
    const started = Date.now();
    await expect(t.deploy(release)).rejects.toThrow(/did not finish within 0s and was stopped/);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('stops the whole process group at once when the run is cancelled, even a child that ignores SIGTERM', async () => {
    const release = await makeRelease('1.3.0', { m: 'x' });
    const dir = await tempDir('cmd-cancel-');
    const command = `bash -c 'trap "" TERM; echo $$ > stubborn.pid; sleep 30' & sleep 30`;
    const t = commandTarget({ command, cwd: dir, baseEnv: { PATH: process.env['PATH'] }, timeoutMs: 60_000, log: memoryLog() });
    const cancel = new AbortController();
    setTimeout(() => cancel.abort(), 300);
    const started = Date.now();
    const err = await t.deploy(release, { signal: cancel.signal }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TargetFailed);
    expect((err as TargetFailed).message).toMatch(/was stopped \(with its whole process group\) because the run was cancelled/);
    expect((err as TargetFailed).changed).toBe(true);
    // SIGTERM, then SIGKILL one second later for what ignored it: well inside the runner's 7.5 s.
    expect(Date.now() - started).toBeLessThan(3000);
    const stubborn = Number(await readFile(join(dir, 'stubborn.pid'), 'utf8'));
    await new Promise((r) => setTimeout(r, 100));
    const state = await readFile(`/proc/${stubborn}/stat`, 'utf8').then(
      (t) => t.slice(t.lastIndexOf(')') + 2, t.lastIndexOf(')') + 3),
      () => 'gone',
    );
    expect(['gone', 'Z']).toContain(state);
  });
});

describe('webhook target', () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  const secret = 'whsec_0123456789abcdef';
  const provenance = {
    repository: 'octo-org/ml-project',
    sha: 'a'.repeat(40),
    runUrl: 'https://github.com/octo-org/ml-project/actions/runs/1',
  };

  it('POSTs a JSON description signed with the secret', async () => {
    server = await serve((_req, res) => json(res, 202, { accepted: true }));
    const release = await makeRelease('1.3.0', { 'model.onnx': 'weights', 'config/labels.txt': 'a\nb' });
    const t = webhookTarget({
      url: `${server.url}/deploy?token=abc`,
      secret,
      provenance,
      registry: 'git:origin#mlops-registry',
      timeoutMs: 5000,
      log: memoryLog(),
    });
    await t.deploy(release);
    const [req] = server.received;
    expect(req!.method).toBe('POST');
    expect(req!.headers['content-type']).toBe('application/json');
    expect(verifySignature(secret, req!.body, req!.headers['x-hub-signature-256'] as string)).toBe(true);
    expect(verifySignature('another secret', req!.body, req!.headers['x-hub-signature-256'] as string)).toBe(false);
    const body = JSON.parse(req!.body) as WebhookBody;
    expect(body).toMatchObject({
      event: 'deploy',
      model: 'churn',
      version: '1.3.0',
      digest: release.digest,
      environment: 'staging',
      alias: 'staging',
      registry: 'git:origin#mlops-registry',
      repository: 'octo-org/ml-project',
      run_url: provenance.runUrl,
    });
    expect(body.files.map((f) => f.path).sort()).toEqual(['config/labels.txt', 'model.onnx']);
    // Delivery id and timestamp travel in the headers and inside the signed body.
    expect(req!.headers['x-mlops-delivery']).toBe(body.delivery);
    expect(Number(req!.headers['x-mlops-timestamp'])).toBe(Math.floor(Date.parse(body.timestamp) / 1000));
    expect(Math.abs(Date.parse(body.timestamp) - Date.now())).toBeLessThan(60_000);
    // The query string (where tokens travel) stays out of the log line.
    expect(t.describe()).toBe(`webhook (POST ${server.url}/deploy?…)`);
    expect(JSON.stringify(body)).not.toContain(secret);
  });

  it('fails on a non-2xx answer, without echoing the secret', async () => {
    server = await serve((_req, res) => json(res, 500, { error: `bad signature ${secret}` }));
    const release = await makeRelease('1.3.0', { m: 'x' });
    const t = webhookTarget({ url: server.url, secret, provenance, timeoutMs: 5000, log: memoryLog() });
    const err = (await t.deploy(release).catch((e: unknown) => e)) as TargetFailed;
    expect(err).toBeInstanceOf(TargetFailed);
    expect(err.message).toMatch(/answered HTTP 500: \{"error":"bad signature \*\*\*"\}/);
    expect(err.message).not.toContain(secret);
    expect(err.changed).toBe(true);
  });

  it('treats a 4xx as a refusal that changed nothing, and a redirect as a failure', async () => {
    server = await serve((req, res) => {
      if (req.url === '/old') res.writeHead(301, { location: '/new' }).end();
      else json(res, 403, { error: 'forbidden' });
    });
    const release = await makeRelease('1.3.0', { m: 'x' });
    const refused = (await webhookTarget({ url: `${server.url}/x`, secret, provenance, timeoutMs: 5000, log: memoryLog() })
      .deploy(release)
      .catch((e: unknown) => e)) as TargetFailed;
    expect(refused.changed).toBe(false);
    const moved = (await webhookTarget({ url: `${server.url}/old`, secret, provenance, timeoutMs: 5000, log: memoryLog() })
      .deploy(release)
      .catch((e: unknown) => e)) as TargetFailed;
    expect(moved.message).toMatch(/answered HTTP 301 \(redirect to http:\/\/127\.0\.0\.1:\d+\/new; give the final URL\)/);
    expect(server.received.filter((r) => r.url === '/new')).toHaveLength(0);
  });

  it('says when nothing listens at the URL', async () => {
    const port = await closedPort();
    const release = await makeRelease('1.3.0', { m: 'x' });
    const err = (await webhookTarget({ url: `http://127.0.0.1:${port}/`, secret, provenance, timeoutMs: 5000, log: memoryLog() })
      .deploy(release)
      .catch((e: unknown) => e)) as TargetFailed;
    expect(err.message).toMatch(/could not be reached: connection refused/);
    expect(err.changed).toBe(false);
  });
});

describe('directory target', () => {
  let serving: string;
  beforeEach(async () => {
    serving = await tempDir('serving-');
  });

  it('copies into releases/<version> and switches current', async () => {
    const log = memoryLog();
    const t = directoryTarget({ servingDir: serving, log });
    const v1 = await makeRelease('1.0.0', { 'model.json': '{"v":1}', 'vocab/words.txt': 'a' });
    const v2 = await makeRelease('1.1.0', { 'model.json': '{"v":2}' });
    await t.deploy(v1);
    expect(await readlink(join(serving, 'current'))).toBe(join('releases', '1.0.0'));
    expect(await readFile(join(serving, 'current', 'vocab', 'words.txt'), 'utf8')).toBe('a');
    await t.deploy(v2);
    expect(await readlink(join(serving, 'current'))).toBe(join('releases', '1.1.0'));
    expect(await readFile(join(serving, 'current', 'model.json'), 'utf8')).toBe('{"v":2}');
    const marker = JSON.parse(await readFile(join(serving, 'current', RELEASE_MARKER), 'utf8')) as { version: string; digest: string };
    expect(marker).toMatchObject({ version: '1.1.0', digest: v2.digest });
    // Old releases stay for rollbacks; no staging or temporary link is left behind.
    expect((await readdir(join(serving, 'releases'))).sort()).toEqual(['1.0.0', '1.1.0']);
    expect((await readdir(serving)).sort()).toEqual(['current', 'releases']);
  });

  it('reuses an intact release and replaces one that was edited', async () => {
    const log = memoryLog();
    const t = directoryTarget({ servingDir: serving, log });
    const v1 = await makeRelease('1.0.0', { 'model.json': '{"v":1}' });
    await t.deploy(v1);
    await t.deploy(v1);
    expect(log.text()).toMatch(/releases\/1\.0\.0 already holds churn 1\.0\.0 \(verified\); reusing it/);
    await writeFile(join(serving, 'releases', '1.0.0', 'model.json'), 'tampered');
    await t.deploy(v1);
    expect(log.text()).toMatch(/does not match the model card; replacing it/);
    expect(await readFile(join(serving, 'current', 'model.json'), 'utf8')).toBe('{"v":1}');
    expect((await readdir(join(serving, 'releases'))).sort()).toEqual(['1.0.0']);
  });

  it('refuses a current that is a real directory, changing nothing', async () => {
    await mkdir(join(serving, 'current'));
    const t = directoryTarget({ servingDir: serving, log: memoryLog() });
    const err = (await t.deploy(await makeRelease('1.0.0', { m: 'x' })).catch((e: unknown) => e)) as TargetFailed;
    expect(err.message).toMatch(/current is a directory, not a symbolic link.*Move it away/);
    expect(err.changed).toBe(false);
    expect((await lstat(join(serving, 'current'))).isDirectory()).toBe(true);
  });

  it('refuses a version that is not a plain directory name', async () => {
    const t = directoryTarget({ servingDir: serving, log: memoryLog() });
    await expect(t.deploy(await makeRelease('1.0.0', { m: 'x' }).then((r) => ({ ...r, version: '../1.0.0' })))).rejects.toThrow(
      /cannot name a release directory/,
    );
  });

  it('leaves nothing behind when the copy fails', async () => {
    const t = directoryTarget({ servingDir: serving, log: memoryLog() });
    const v1 = await makeRelease('1.0.0', { 'model.json': 'x' });
    // The card lists a file the download does not hold.
    const broken = { ...v1, files: [...v1.files, { path: 'missing.bin', sha256: sha('y'), size: 1 }] };
    const err = (await t.deploy(broken).catch((e: unknown) => e)) as TargetFailed;
    expect(err.changed).toBe(false);
    expect(await readdir(join(serving, 'releases'))).toEqual([]);
    expect(await readdir(serving)).toEqual(['releases']);
  });

  it('undo puts back what was served before a failed first deployment', async () => {
    await mkdir(join(serving, 'manual'));
    await symlink('manual', join(serving, 'current'));
    const t = directoryTarget({ servingDir: serving, log: memoryLog() });
    await t.deploy(await makeRelease('1.0.0', { m: 'x' }));
    expect(await t.undo!()).toBe('current points at manual again');
    expect(await readlink(join(serving, 'current'))).toBe('manual');
    expect(await readdir(join(serving, 'releases'))).toEqual([]);

    const empty = await tempDir('serving-');
    const t2 = directoryTarget({ servingDir: empty, log: memoryLog() });
    await t2.deploy(await makeRelease('1.0.0', { m: 'x' }));
    expect(await t2.undo!()).toMatch(/removed the current link/);
    expect(await lstat(join(empty, 'current')).catch(() => 'gone')).toBe('gone');
  });
});
