// A worker thread that stamps PDFs for a batch, so that pdf-lib never delays the main thread's answers to Chromium.
import type { Resume } from '../model/types.js';
import type { StampMetadataOptions } from '../stamp/stamp-metadata.js';
import { startWorkerThread } from './start-worker-thread.js';

/** Stamps in a worker thread; see {@link createStampWorker}. */
export interface StampWorker {
  /** Stamps `pdf` as `stampMetadata` would; rejects with its errors. */
  stamp(pdf: Uint8Array, resume: Resume, opts: StampMetadataOptions): Promise<Uint8Array>;
  /** Ends the thread (pending stamps reject). */
  close(): Promise<void>;
}

/**
 * Starts one worker thread running `batch/stamp-worker.js` (compiled). Stamping costs a batch's main
 * thread more than anything else, and the main thread also answers every request of every page being
 * printed: in a thread of its own, it no longer holds pages up.
 * @returns the worker, or undefined where the compiled worker is absent (running from TypeScript
 *   sources, as the tests do): then callers stamp in-process
 */
export function createStampWorker(): StampWorker | undefined {
  const thread = startWorkerThread<{ pdf: Uint8Array; resume: Resume; opts: StampMetadataOptions }, { pdf: Uint8Array }>(new URL('./stamp-worker.js', import.meta.url));
  if (!thread) return undefined;
  return {
    stamp: async (pdf, resume, opts) => (await thread.request({ pdf, resume, opts })).pdf,
    close: () => thread.close(),
  };
}
