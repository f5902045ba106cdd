// Request/response over one worker thread: numbered messages, replies matched by number, typed errors revived.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import * as errors from '../model/errors.js';

/** A reply's error as a thread sends it: `name` and the error's own fields. */
export type ThreadError = Record<string, unknown> & { name: string; message: string };

/** A worker thread answering requests; see {@link startWorkerThread}. */
export interface WorkerThread<Req, Res> {
  /** Sends `req`; resolves with the reply, rejects with the thread's error (as its class) or when the thread dies. */
  request(req: Req): Promise<Res>;
  /** Ends the thread (pending requests reject). */
  close(): Promise<void>;
}

/** An error sent back from a thread, as the class it was (instanceof and every field kept). */
function reviveError(e: ThreadError): Error {
  const cls = (errors as unknown as Record<string, unknown>)[e.name];
  const proto = typeof cls === 'function' && (cls as { prototype: unknown }).prototype instanceof errors.CvpressError ? (cls as { prototype: object }).prototype : Error.prototype;
  return Object.assign(Object.create(proto) as Error, e);
}

/**
 * Starts (on first request) a worker thread running the compiled module at `url`, which answers each
 * `{ id, ...req }` with `{ id, ...res }` or `{ id, error }` (see `replyFromThread`). The thread does not
 * keep the process alive while it has nothing to do. After it dies every request rejects.
 * @returns the thread, or undefined where the compiled module is absent (the tests run the TypeScript sources)
 */
export function startWorkerThread<Req extends object, Res extends object>(url: URL): WorkerThread<Req, Res> | undefined {
  if (url.protocol !== 'file:' || !existsSync(fileURLToPath(url))) return undefined;
  let worker: Worker | undefined;
  let broken: unknown;
  let nextId = 0;
  const pending = new Map<number, { resolve: (r: Res) => void; reject: (err: unknown) => void }>();
  const failAll = (err: unknown): void => {
    broken = err;
    for (const p of pending.values()) p.reject(err);
    pending.clear();
    worker = undefined;
  };
  const start = (): Worker => {
    const w = new Worker(url);
    w.unref();
    w.on('message', (reply: Res & { id: number; error?: ThreadError }) => {
      const p = pending.get(reply.id);
      if (!p) return;
      pending.delete(reply.id);
      if (reply.error) p.reject(reviveError(reply.error));
      else p.resolve(reply);
    });
    w.on('error', (err) => failAll(err));
    w.on('exit', (code) => failAll(new Error(`a worker thread exited (code ${code}).`)));
    return w;
  };
  return {
    request(req) {
      if (broken) return Promise.reject(broken);
      const w = (worker ??= start());
      const id = nextId++;
      return new Promise<Res>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        w.ref();
        w.postMessage({ ...req, id });
      }).finally(() => {
        if (pending.size === 0) w.unref();
      });
    },
    async close() {
      const w = worker;
      worker = undefined;
      broken = new Error('the worker thread is closed.');
      if (w) await w.terminate();
    },
  };
}
