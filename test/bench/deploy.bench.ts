/**
 * The deploy action's own work on the critical path of every deployment and rollback, next to the
 * shell tools a hand-written deployment script would use, measured in the same run:
 *
 *  1. verifying a downloaded model against its card (compareWithCard) vs `sha256sum -c` (coreutils);
 *  2. switching `current` to a release already on disk (switchLink: temp link + rename) vs
 *     `ln -sfn … tmp && mv -T tmp current` (the classic atomic shell idiom, two processes);
 *  3. deploying a new release with the directory target (copy, completeness check, switch) vs
 *     `cp -r` + the shell switch.
 *
 *   npm run bench -- deploy          (SIZE_MB=256 by default; RUNS=5)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareWithCard, directoryTarget, switchLink, type CardFile, type Release } from '@mlops-actions/deployment';
import { median } from '../harness/stats.ts';

const sizeMb = Number(process.env['SIZE_MB'] ?? 256);
const runs = Number(process.env['RUNS'] ?? 5);
const fileCount = 8;
const ms = async (fn: () => unknown): Promise<number> => {
  const t = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
};
const quiet = { info: () => undefined, warning: () => undefined };

const root = await mkdtemp(join(tmpdir(), 'deploy-bench-'));
try {
  // A model of `fileCount` files, `sizeMb` in all.
  const model = join(root, 'model');
  await mkdir(model);
  const files: CardFile[] = [];
  const per = Math.floor((sizeMb * 1024 * 1024) / fileCount);
  for (let i = 0; i < fileCount; i++) {
    const data = randomBytes(per);
    const path = `shard-${i}.bin`;
    await writeFile(join(model, path), data);
    files.push({ path, size: per, sha256: createHash('sha256').update(data).digest('hex') });
  }
  await writeFile(join(root, 'SHA256SUMS'), files.map((f) => `${f.sha256}  ${f.path}\n`).join(''));

  // 1. Verification (files are in the page cache after the first run of either side).
  const ours: number[] = [];
  const peer: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const a = await ms(async () => {
      if ((await compareWithCard(model, files)).length) throw new Error('mismatch');
    });
    const b = await ms(() => execFileSync('sha256sum', ['--quiet', '-c', join(root, 'SHA256SUMS')], { cwd: model }));
    if (i > 0) {
      ours.push(a);
      peer.push(b);
    }
  }
  const v = { ours: median(ours), peer: median(peer) };
  const rate = (t: number) => `${((sizeMb / t) * 1000).toFixed(0)} MB/s`;
  console.log(`node ${process.version}, ${sizeMb} MB in ${fileCount} files, median of ${runs}`);
  console.log('| work | ours | peer | ours / peer |');
  console.log('|---|---:|---:|---:|');
  console.log(
    `| verify against the card vs sha256sum -c | ${v.ours.toFixed(0)} ms (${rate(v.ours)}) | ${v.peer.toFixed(0)} ms (${rate(v.peer)}) | ${(v.ours / v.peer).toFixed(2)}× |`,
  );

  // 2. Switching current between two releases already on disk.
  const serving = join(root, 'serving');
  await mkdir(join(serving, 'releases', 'a'), { recursive: true });
  await mkdir(join(serving, 'releases', 'b'), { recursive: true });
  const switches = 200;
  const oursSwitch = await ms(async () => {
    for (let i = 0; i < switches; i++) await switchLink(join(serving, 'current'), join('releases', i % 2 ? 'a' : 'b'));
  });
  const peerSwitch = await ms(() => {
    for (let i = 0; i < switches; i++) {
      spawnSync('sh', ['-c', `ln -sfn releases/${i % 2 ? 'a' : 'b'} .current.tmp && mv -T .current.tmp current`], { cwd: serving });
    }
  });
  console.log(
    `| switch current (${switches}×) vs ln -sfn + mv -T | ${(oursSwitch / switches).toFixed(3)} ms each | ${(peerSwitch / switches).toFixed(3)} ms each | ${(oursSwitch / peerSwitch).toFixed(3)}× |`,
  );

  // 3. A new release: copy, check, switch.
  const deployOurs: number[] = [];
  const deployPeer: number[] = [];
  for (let i = 0; i < runs; i++) {
    const dir = join(root, `serve-${i}`);
    const release: Release = {
      model: 'm',
      version: `1.0.${i}`,
      digest: 'sha256:x',
      environment: 'bench',
      alias: 'bench',
      path: model,
      files,
      reason: 'deploy',
    };
    deployOurs.push(await ms(() => directoryTarget({ servingDir: dir, log: quiet }).deploy(release)));
    const shellDir = join(root, `shell-${i}`);
    await mkdir(join(shellDir, 'releases'), { recursive: true });
    deployPeer.push(
      await ms(() =>
        execFileSync(
          'sh',
          ['-c', `cp -r "${model}" releases/1.0.${i} && ln -sfn releases/1.0.${i} .current.tmp && mv -T .current.tmp current`],
          { cwd: shellDir },
        ),
      ),
    );
    await rm(dir, { recursive: true, force: true });
    await rm(shellDir, { recursive: true, force: true });
  }
  const d = { ours: median(deployOurs), peer: median(deployPeer) };
  console.log(
    `| new release (copy + switch) vs cp -r + ln/mv | ${d.ours.toFixed(0)} ms | ${d.peer.toFixed(0)} ms | ${(d.ours / d.peer).toFixed(2)}× |`,
  );
} finally {
  await rm(root, { recursive: true, force: true });
}
