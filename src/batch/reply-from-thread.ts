// The worker-thread side of startWorkerThread: answers each numbered request with its result or its error.
import { parentPort } from 'node:worker_threads';
import { CvpressError } from '../model/errors.js';
import type { ThreadError } from './start-worker-thread.js';

/**
 * Answers every request this thread receives with `handle`'s result (the transferable buffers in
 * `transfer(result)` are moved, not copied), or with the error it threw, its class name and own fields kept.
 */
export function replyFromThread<Req, Res extends object>(handle: (req: Req) => Promise<Res>, transfer: (res: Res) => ArrayBuffer[] = () => []): void {
  parentPort?.on('message', (msg: Req & { id: number }) => {
    handle(msg).then(
      (res) => parentPort!.postMessage({ ...res, id: msg.id }, transfer(res)),
      (err: unknown) => {
        // A cvpress error's own fields are plain data; any other error is sent as its message only.
        const error: ThreadError =
          err instanceof CvpressError
            ? { ...err, name: err.name, message: err.message, ...(err.stack ? { stack: err.stack } : {}) }
            : { name: 'Error', message: err instanceof Error ? err.message : String(err) };
        parentPort!.postMessage({ id: msg.id, error });
      },
    );
  });
}
