import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';

/** What `git cat-file --batch` said about one object name. */
export type BatchAnswer = { kind: 'found'; oid: string; type: string; size: number; data: Buffer | undefined } | { kind: 'missing' };

/** Receives an object's content as it streams by, instead of it being collected in memory. */
export type BatchSink = (chunk: Buffer) => void;

interface Pending {
  object: string;
  sink: BatchSink | undefined;
  resolve: (a: BatchAnswer) => void;
  reject: (e: Error) => void;
}

type Handle = { ref?: () => void; unref?: () => void };

/**
 * One long-lived `git cat-file --batch` that reads any number of objects, one process in all instead of
 * one `git cat-file blob` apiece. git-cat-file(1), BATCH OUTPUT: for each object name on stdin it
 * prints `<oid> SP <type> SP <size> LF <contents> LF`, or `<object> SP missing LF` (`ambiguous` for an
 * ambiguous short name) and goes on; answers come in the order of the questions
 * (https://git-scm.com/docs/git-cat-file#_batch_output). A blob missing from a partial clone is fetched
 * from the promisor remote on demand, as by any other git command.
 *
 * The process is unref'ed while idle, so an open registry nobody closes does not keep Node alive; it
 * reads EOF when Node exits and ends with it.
 */
export class CatFileBatch {
  private readonly child: ChildProcessByStdio<Writable, Readable, Readable>;
  private readonly queue: Pending[] = [];
  private buffered: Buffer[] = [];
  private bufferedBytes = 0;
  private body: { pending: Pending; header: { oid: string; type: string; size: number }; left: number; chunks: Buffer[] } | undefined;
  private failure: Error | undefined;
  private readonly exited: Promise<void>;
  private stderr = '';

  constructor(env: Record<string, string>) {
    this.child = spawn('git', ['cat-file', '--batch'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    this.exited = new Promise((resolve) => {
      this.child.on('close', (code) => {
        this.fail(
          new Error(`git cat-file --batch ended (exit ${code ?? 'signal'}): ${this.stderr.trim().split('\n').slice(-3).join(' | ')}`),
        );
        resolve();
      });
    });
    this.child.on('error', (e) => this.fail(e));
    this.child.stdin.on('error', () => undefined);
    this.child.stderr.setEncoding('utf8').on('data', (d: string) => {
      this.stderr = (this.stderr + d).slice(-4000);
    });
    this.child.stdout.on('data', (d: Buffer) => this.onData(d));
    this.child.unref();
    for (const s of [this.child.stdin, this.child.stdout, this.child.stderr]) (s as unknown as Handle).unref?.();
  }

  /** False once the process has ended or failed: make a new one. */
  get usable(): boolean {
    return this.failure === undefined;
  }

  /**
   * The object `object` names (an object id, or `<rev>:<path>`), its content collected unless a sink
   * takes it. Rejects when the process fails; names holding a line break cannot be asked.
   */
  read(object: string, sink?: BatchSink): Promise<BatchAnswer> {
    if (/[\n\r]/.test(object)) return Promise.reject(new Error('an object name with a line break cannot go to git cat-file --batch'));
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<BatchAnswer>((resolve, reject) => {
      if (this.queue.length === 0) (this.child.stdout as unknown as Handle).ref?.();
      this.queue.push({ object, sink, resolve, reject });
      this.child.stdin.write(`${object}\n`);
    });
  }

  /** Ends the process (EOF on its stdin) and waits for it. */
  async close(): Promise<void> {
    // Referenced again until it has ended: the caller awaits this, and Node must not exit meanwhile.
    this.child.ref();
    for (const s of [this.child.stdout, this.child.stderr]) (s as unknown as Handle).ref?.();
    this.child.stdin.end();
    await this.exited;
  }

  private fail(e: Error): void {
    this.failure ??= e;
    const pending = [...(this.body ? [this.body.pending] : []), ...this.queue.splice(0)];
    this.body = undefined;
    for (const p of pending) p.reject(this.failure);
  }

  private settled(): void {
    if (this.queue.length === 0 && !this.body) (this.child.stdout as unknown as Handle).unref?.();
  }

  private onData(d: Buffer): void {
    let data = d;
    while (data.length) {
      if (this.body) {
        const b = this.body;
        // The content, then one LF that is not part of it.
        const take = Math.min(b.left, data.length);
        const content = data.subarray(0, Math.max(0, Math.min(take, b.left - 1)));
        if (content.length) {
          if (b.pending.sink) b.pending.sink(content);
          else b.chunks.push(content);
        }
        b.left -= take;
        data = data.subarray(take);
        if (b.left === 0) {
          this.body = undefined;
          b.pending.resolve({ kind: 'found', ...b.header, data: b.pending.sink ? undefined : Buffer.concat(b.chunks) });
          this.settled();
        }
        continue;
      }
      const nl = data.indexOf(10);
      if (nl < 0) {
        this.buffered.push(data);
        this.bufferedBytes += data.length;
        if (this.bufferedBytes > 64 * 1024) this.fail(new Error('git cat-file --batch printed a header line longer than 64 KiB'));
        return;
      }
      const line = Buffer.concat([...this.buffered, data.subarray(0, nl)]).toString('utf8');
      this.buffered = [];
      this.bufferedBytes = 0;
      data = data.subarray(nl + 1);
      const pending = this.queue.shift();
      if (!pending) {
        this.fail(new Error(`git cat-file --batch answered a question nobody asked: ${line.slice(0, 200)}`));
        return;
      }
      const m = /^([0-9a-f]{40,64}) (\S+) (\d+)$/.exec(line);
      if (m) {
        this.body = { pending, header: { oid: m[1]!, type: m[2]!, size: Number(m[3]) }, left: Number(m[3]) + 1, chunks: [] };
        continue;
      }
      if (line === `${pending.object} missing` || line === `${pending.object} ambiguous`) {
        pending.resolve({ kind: 'missing' });
        this.settled();
        continue;
      }
      pending.reject(new Error(`git cat-file --batch answered ${JSON.stringify(line.slice(0, 200))}`));
      this.fail(new Error('git cat-file --batch got out of step'));
      return;
    }
  }
}
