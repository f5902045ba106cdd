// A worker thread that reads, parses and renders CVs for a batch, so the main thread only serves the pages and writes.
import type { Theme } from '../theme/theme-types.js';
import type { PreparedResume, PrepareOptions } from './prepare-resume.js';
import { startWorkerThread } from './start-worker-thread.js';

/** The document a CV prints at the theme's normal size, with the theme's warnings. */
type FirstHtml = { html: string; warnings: PreparedResume['warnings'] };

/** Prepares CVs in a worker thread; see {@link createPrepareWorker}. */
export interface PrepareWorker {
  /**
   * What `prepareResume` and the first `renderHtml` give, the theme loaded again in this thread
   * (through `themeOf`); rejects with the same typed errors.
   */
  prepare(file: string): Promise<{ prep: PreparedResume; first: FirstHtml }>;
  /** Ends the thread (pending requests reject). */
  close(): Promise<void>;
}

/**
 * Starts one worker thread running `batch/prepare-worker.js` (compiled) with the batch's option layers.
 * @param opts - the layers `prepareResume` takes (flags, config, its folder and file, cwd)
 * @param themeOf - loads (once) the theme a prepared CV's options name, in this thread, for printing and fitting
 * @returns the worker, or undefined where the compiled worker is absent (the tests run the TypeScript
 *   sources) or the options cannot be sent to a thread: then callers prepare in-process
 */
export function createPrepareWorker(opts: Omit<PrepareOptions, 'themeCache'>, themeOf: (options: PreparedResume['options']) => Promise<Theme>): PrepareWorker | undefined {
  try {
    structuredClone(opts);
  } catch {
    return undefined;
  }
  const thread = startWorkerThread<{ file: string; opts: Omit<PrepareOptions, 'themeCache'> }, { prepared: Omit<PreparedResume, 'theme'>; first: FirstHtml }>(
    new URL('./prepare-worker.js', import.meta.url),
  );
  if (!thread) return undefined;
  return {
    async prepare(file) {
      const { prepared, first } = await thread.request({ file, opts });
      return { prep: { ...prepared, theme: await themeOf(prepared.options) }, first };
    },
    close: () => thread.close(),
  };
}
