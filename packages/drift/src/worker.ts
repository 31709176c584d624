/**
 * Reading one dataset in a worker thread, so the reference and the current data are parsed at the
 * same time on two cores. The numerical columns come back as transferred (not copied) buffers.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { UserError, isUserError } from '@mlops-actions/errors';
import type { ColumnData, ColumnType } from './columns.ts';
import { readColumns, type DataFile, type ReadResult } from './read.ts';

export interface ReadRequest {
  files: DataFile[];
  plan: { name: string; type: ColumnType; forced?: boolean }[];
  capacity: number;
  maxCategories?: number;
}

type Reply = { ok: ReadResult } | { error: { message: string; userError: boolean; file?: string; line?: number } };

const MARK = 'mlops-actions-drift-worker';

/** Where workers start: this file when running from source; an action's bundle sets its own entry. */
let entry: URL = new URL('./worker-entry.ts', import.meta.url);

/**
 * For a bundled action: start workers from the bundle itself (`new URL(import.meta.url)` in main.ts),
 * whose top level calls {@link serveDriftWorker} when {@link isDriftWorker} is true.
 */
export function setWorkerEntry(url: URL): void {
  entry = url;
}

export function isDriftWorker(): boolean {
  return !isMainThread && (workerData as { mark?: string } | null)?.mark === MARK;
}

/** The worker side: answers one read request, then exits. */
export async function serveDriftWorker(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('serveDriftWorker must run in a worker thread');
  const req = (workerData as { request: ReadRequest }).request;
  let reply: Reply;
  const transfer: ArrayBuffer[] = [];
  try {
    const result = await readColumns(req.files, req.plan, {
      capacity: req.capacity,
      ...(req.maxCategories ? { maxCategories: req.maxCategories } : {}),
    });
    for (const c of result.columns) if (c.values) transfer.push(c.values.buffer as ArrayBuffer);
    reply = { ok: result };
  } catch (e) {
    const err = e as UserError;
    reply = {
      error: {
        message: err instanceof Error ? err.message : String(e),
        userError: isUserError(e),
        ...(err.file ? { file: err.file } : {}),
        ...(err.line ? { line: err.line } : {}),
      },
    };
  }
  port.postMessage(reply, transfer);
}

/** Reads a dataset in a new worker thread. */
export function readColumnsInWorker(request: ReadRequest): Promise<ReadResult> {
  return new Promise((resolve, reject) => {
    const w = new Worker(entry, { workerData: { mark: MARK, request } });
    let settled = false;
    w.once('message', (reply: Reply) => {
      settled = true;
      if ('ok' in reply) resolve(reply.ok);
      else reject(rebuild(reply.error));
    });
    w.once('error', (e) => {
      if (!settled) reject(e);
      settled = true;
    });
    w.once('exit', (code) => {
      if (!settled) reject(new Error(`the reader thread stopped with code ${code} before answering`));
    });
  });
}

function rebuild(e: { message: string; userError: boolean; file?: string; line?: number }): Error {
  if (!e.userError) return new Error(e.message);
  // The message already names the file and line; keep them as fields for the annotation.
  const err = new UserError(e.message);
  Object.assign(err, { file: e.file, line: e.line });
  return err;
}

export type { ColumnData };
