// A worker thread that reads, parses and renders CVs for a batch, so the main thread only serves the pages and writes.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import * as errors from '../model/errors.js';
import type { Theme } from '../theme/theme-types.js';
import type { PreparedResume, PrepareOptions } from './prepare-resume.js';

/** Prepares CVs in a worker thread; see {@link createPrepareWorker}. */
export interface PrepareWorker {
  /**
   * What `prepareResume` and the first `renderHtml` give, the theme loaded again in this thread (by
   * `loadTheme`, through `themeOf`); rejects with the same typed errors.
   */
  prepare(file: string): Promise<{ prep: PreparedResume; first: { html: string; warnings: PreparedResume['warnings'] } }>;
  /** Ends the thread (pending requests reject). */
  close(): Promise<void>;
}

interface Reply {
  id: number;
  prepared?: Omit<PreparedResume, 'theme'> & { themeName: string; themeDir: string };
  first?: { html: string; warnings: PreparedResume['warnings'] };
  error?: Record<string, unknown> & { name: string; message: string };
}

/** An error sent back from the thread, as the class it was (instanceof and every field kept). */
function reviveError(e: NonNullable<Reply['error']>): Error {
  const cls = (errors as unknown as Record<string, unknown>)[e.name];
  const proto = typeof cls === 'function' && (cls as { prototype: unknown }).prototype instanceof errors.CvpressError ? (cls as { prototype: object }).prototype : Error.prototype;
  return Object.assign(Object.create(proto) as Error, e);
}

/**
 * Starts one worker thread running `batch/prepare-worker.js` (compiled) with the batch's option layers.
 * @param opts - the layers `prepareResume` takes (flags, config, its folder and file, cwd)
 * @param themeOf - loads (once) the theme a prepared CV names, in this thread, for printing and fitting
 * @returns the worker, or undefined where the compiled worker is absent (the tests run the TypeScript
 *   sources) or the options cannot be sent to a thread: then callers prepare in-process
 */
export function createPrepareWorker(
  opts: Omit<PrepareOptions, 'themeCache'>,
  themeOf: (prepared: { options: PreparedResume['options']; themeDir: string }) => Promise<Theme>,
): PrepareWorker | undefined {
  const url = new URL('./prepare-worker.js', import.meta.url);
  if (url.protocol !== 'file:' || !existsSync(fileURLToPath(url))) return undefined;
  try {
    structuredClone(opts);
  } catch {
    return undefined;
  }
  let worker: Worker | undefined;
  let broken: unknown;
  let nextId = 0;
  const pending = new Map<number, { resolve: (r: Reply) => void; reject: (err: unknown) => void }>();
  const failAll = (err: unknown): void => {
    broken = err;
    for (const p of pending.values()) p.reject(err);
    pending.clear();
    worker = undefined;
  };
  const start = (): Worker => {
    const w = new Worker(url);
    w.on('message', (reply: Reply) => {
      const p = pending.get(reply.id);
      if (!p) return;
      pending.delete(reply.id);
      p.resolve(reply);
    });
    w.on('error', (err) => failAll(err));
    w.on('exit', (code) => failAll(new Error(`the preparing thread exited (code ${code}).`)));
    return w;
  };
  return {
    async prepare(file) {
      if (broken) throw broken;
      worker ??= start();
      const w = worker;
      const id = nextId++;
      const reply = await new Promise<Reply>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        w.postMessage({ id, file, opts });
      });
      if (reply.error) throw reviveError(reply.error);
      const { themeName: _name, themeDir, ...rest } = reply.prepared!;
      const theme = await themeOf({ options: rest.options, themeDir });
      return { prep: { ...rest, theme }, first: reply.first! };
    },
    async close() {
      const w = worker;
      worker = undefined;
      broken = new Error('the preparing thread is closed.');
      if (w) await w.terminate();
    },
  };
}
