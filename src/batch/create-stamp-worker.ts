// A worker thread that stamps PDFs for a batch, so that pdf-lib never delays the main thread's answers to Chromium.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { BrowserError } from '../model/errors.js';
import type { Resume } from '../model/types.js';
import type { StampMetadataOptions } from '../stamp/stamp-metadata.js';

/** Stamps in a worker thread; see {@link createStampWorker}. */
export interface StampWorker {
  /** Stamps `pdf` as `stampMetadata` would; rejects with its errors. */
  stamp(pdf: Uint8Array, resume: Resume, opts: StampMetadataOptions): Promise<Uint8Array>;
  /** Ends the thread (pending stamps reject). */
  close(): Promise<void>;
}

interface Reply {
  id: number;
  pdf?: Uint8Array;
  error?: { code: string; message: string; hint?: string };
}

/**
 * Starts one worker thread running `stamp/stamp-worker.js` (compiled). Stamping costs a batch's main
 * thread more than anything else, and the main thread also answers every request of every page being
 * printed: in a thread of its own, it no longer holds pages up.
 * @returns the worker, or undefined where the compiled worker is absent (running from TypeScript
 *   sources, as the tests do): then callers stamp in-process
 */
export function createStampWorker(): StampWorker | undefined {
  const url = new URL('../stamp/stamp-worker.js', import.meta.url);
  if (url.protocol !== 'file:' || !existsSync(fileURLToPath(url))) return undefined;
  let worker: Worker | undefined;
  let nextId = 0;
  const pending = new Map<number, { resolve: (pdf: Uint8Array) => void; reject: (err: unknown) => void }>();
  const failAll = (err: unknown): void => {
    for (const p of pending.values()) p.reject(err);
    pending.clear();
    worker = undefined;
  };
  const start = (): Worker => {
    const w = new Worker(url);
    w.unref();
    w.on('message', (reply: Reply) => {
      const p = pending.get(reply.id);
      if (!p) return;
      pending.delete(reply.id);
      if (reply.pdf) p.resolve(reply.pdf);
      else p.reject(new BrowserError('E_PDF', reply.error?.message ?? 'stamping failed.', reply.error?.hint ? { hint: reply.error.hint } : {}));
    });
    w.on('error', (err) => failAll(err));
    w.on('exit', (code) => failAll(new Error(`the stamping thread exited (code ${code}).`)));
    return w;
  };
  return {
    stamp(pdf, resume, opts) {
      worker ??= start();
      const id = nextId++;
      const w = worker;
      return new Promise<Uint8Array>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        w.ref();
        w.postMessage({ id, pdf, resume, opts });
      }).finally(() => {
        if (pending.size === 0) w.unref();
      });
    },
    async close() {
      const w = worker;
      worker = undefined;
      if (w) await w.terminate();
    },
  };
}
