// A pool of CV threads: each request runs alone on one thread, which is terminated (and replaced) when its CV's time limit passes.
import { Worker } from 'node:worker_threads';
import type { Deadline } from '../model/create-deadline.js';
import * as errors from '../model/errors.js';
import type { Resume } from '../model/types.js';
import type { CvWarning } from '../model/warning.js';
import type { StampMetadataOptions } from '../stamp/stamp-types.js';
import type { PreparedCv, ThemeSpec } from './batch-types.js';
import type { ThreadLayers, ThreadReply, ThreadRequest } from './cv-thread-types.js';
import { createThreadSlots, type StartedThread, type ThreadSlot } from './create-thread-slots.js';
import { findThreadEntry } from './find-thread-entry.js';

/** What one request is bounded by: the CV's deadline, an abort (SIGTERM), the file named in errors. */
export interface ThreadCall {
  deadline?: Deadline;
  signal?: AbortSignal;
  file?: string;
}

/** The pool returned by {@link createCvThreads}. */
export interface CvThreads {
  /** Reads, parses and resolves a CV, loads its theme and renders its document at the theme's normal size. */
  prepare(file: string, layers: ThreadLayers, call?: ThreadCall): Promise<{ prepared: PreparedCv; first: { html: string; warnings: CvWarning[] } }>;
  /** Renders a prepared CV's document at `density` (fit-to-pages). */
  render(prepared: PreparedCv, density: number, call?: ThreadCall): Promise<{ html: string; warnings: CvWarning[] }>;
  /** Stamps a printed PDF (`stampMetadata`). */
  stamp(pdf: Uint8Array, resume: Resume, opts: StampMetadataOptions, call?: ThreadCall): Promise<Uint8Array>;
  /** Loads each theme of `specs` in a thread (which keeps it for its CVs): rejects with the first one's error (a ThemeError). */
  checkThemes(specs: ThemeSpec[], call?: ThreadCall): Promise<void>;
  /** Starts the first thread now, when none has started, so that its modules load while the caller works. */
  prestart(): void;
  /** Ends every thread; pending requests reject. */
  close(): Promise<void>;
}

/** Options of {@link createCvThreads}. */
export interface CvThreadsOptions {
  /** Most threads at once (default 2): one per CV in flight at most, so that a slow or stuck CV never holds up
   * the others; a second thread starts only when a request waits behind a slow one (see `createThreadSlots`). */
  max?: number;
  /** Heap bound of each thread in MB (the CV's `memoryLimitMb`); past it the request fails with `E_LIMIT`. */
  memoryLimitMb?: number;
  /** The thread's entry module (default: `cv-thread.js` beside this module, see `findThreadEntry`). */
  entry?: URL;
  /** Themes each thread loads while it has no request. */
  warm?: ThemeSpec[];
  /** Also load yaml and compile the JSON Resume validator while idle (default true; false when the batch
   * holds no `.json`/`.yaml` CV: they cost a thread about 0.15–0.25 s of CPU). */
  warmJsonResume?: boolean;
}

type Request = ThreadRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/** An error sent back from a thread, as the class it was (instanceof and every field kept). */
function revive(e: NonNullable<ThreadReply['error']>): Error {
  const cls = (errors as unknown as Record<string, unknown>)[e.name];
  const proto = typeof cls === 'function' && (cls as { prototype: unknown }).prototype instanceof errors.CvpressError ? (cls as { prototype: object }).prototype : Error.prototype;
  return Object.assign(Object.create(proto) as Error, e);
}

/** The stage a request is, for time-limit messages. */
const STAGE: Record<Request['op'], string> = { prepare: 'reading and parsing it', render: 'rendering its document', stamp: 'stamping its PDF', themes: 'loading its themes' };

/** Starts one CV thread and waits until its modules have loaded (no CV's time is spent on that); with its thread id where it says it. */
async function startWorker(url: URL, opts: CvThreadsOptions): Promise<{ worker: Worker; tid: number | undefined }> {
  const worker = new Worker(url, {
    workerData: { warm: opts.warm ?? [], warmJsonResume: opts.warmJsonResume ?? true },
    // The thread's own code and themes take some tens of MB: a very low limit (meant for Chromium) is not applied below 256 MB.
    ...(opts.memoryLimitMb ? { resourceLimits: { maxOldGenerationSizeMb: Math.max(256, opts.memoryLimitMb) } } : {}),
  });
  // Ready once its modules have loaded (no CV's time is spent on that); it says its thread id where it can.
  const tid = await new Promise<number | undefined>((resolve, reject) => {
    const onMessage = (m: { ready?: boolean; tid?: number }): void => {
      if (!m?.ready) return;
      worker.off('message', onMessage).off('error', reject).off('exit', onExit);
      resolve(typeof m.tid === 'number' ? m.tid : undefined);
    };
    const onExit = (code: number): void => reject(new Error(`a CV thread stopped while starting (exit code ${code}).`));
    worker.on('message', onMessage).once('error', reject).once('exit', onExit);
  });
  return { worker, tid };
}

/**
 * Sends a request to the thread of `slot` and waits for its reply: the thread is given up (`release(true)`) when it
 * dies, runs out of memory, passes the request's deadline or its signal aborts; otherwise it is released for the next.
 */
function awaitReply(slot: ThreadSlot, release: (dead: boolean) => void, req: Request & { id: number }, c: ThreadCall, transfer: ArrayBuffer[], memoryLimitMb: number | undefined): Promise<ThreadReply> {
  const stage = STAGE[req.op];
  return new Promise<ThreadReply>((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    const done = (dead: boolean): void => {
      clearTimeout(timer);
      slot.worker.off('message', onMessage);
      slot.worker.off('error', onError);
      slot.worker.off('exit', onExit);
      c.signal?.removeEventListener('abort', onAbort);
      release(dead);
    };
    const onMessage = (reply: ThreadReply): void => {
      if (reply.id !== req.id) return;
      done(false);
      if (reply.error) reject(revive(reply.error));
      else resolve(reply);
    };
    const onError = (err: Error & { code?: string }): void => {
      done(true);
      if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        reject(new errors.LimitError('E_LIMIT', `needed more than its memory limit of ${Math.max(256, memoryLimitMb ?? 0)} MB (while ${stage}).`, {
          ...(c.file !== undefined ? { file: c.file } : {}),
          hint: 'A CV this large (YAML aliases, huge fields) is refused; raise memoryLimitMb in cvpress.config.json only for trusted input.',
        }));
      } else reject(err);
    };
    const onExit = (code: number): void => {
      done(true);
      reject(new Error(`a CV thread stopped unexpectedly (exit code ${code}) while ${stage}.`));
    };
    const onAbort = (): void => {
      done(true);
      reject(new errors.CvpressError('E_INTERRUPTED', `was stopped before it finished (while ${stage}).`, { ...(c.file !== undefined ? { file: c.file } : {}) }));
    };
    slot.worker.on('message', onMessage);
    slot.worker.on('error', onError);
    slot.worker.on('exit', onExit);
    if (c.signal?.aborted) return onAbort();
    c.signal?.addEventListener('abort', onAbort, { once: true });
    if (c.deadline) {
      // The thread may be stuck in code that never yields: only terminating it frees it.
      timer = setTimeout(() => {
        done(true);
        reject(c.deadline!.error(stage, c.file));
      }, c.deadline.remaining());
    }
    slot.worker.postMessage(req, transfer);
  });
}

/**
 * Starts a pool of worker threads running `cv-thread.js`, spawned as needed up to `opts.max` (one, unless a
 * request waits behind a slow one: see `createThreadSlots`). Each request has a thread to itself; when the request's deadline passes (or its signal aborts) that thread is
 * terminated, even in the middle of a regular expression, and replaced on demand, so the other CVs go on.
 * A thread whose heap passes `memoryLimitMb` dies, failing its request with `E_LIMIT`.
 */
export function createCvThreads(opts: CvThreadsOptions = {}): CvThreads {
  const max = Math.max(1, opts.max ?? 2);
  let entry: Promise<URL> | undefined;
  let closed = false;
  let nextId = 0;

  const spawn = async (): Promise<StartedThread> => {
    const url = await (entry ??= opts.entry ? Promise.resolve(opts.entry) : findThreadEntry());
    const { worker, tid } = await startWorker(url, opts);
    worker.unref();
    if (closed) void worker.terminate().catch(() => undefined);
    return { worker, ...(tid !== undefined ? { tid } : {}) };
  };
  const slots = createThreadSlots(spawn, max);

  const call = async (req: Request, c: ThreadCall = {}, transfer: ArrayBuffer[] = []): Promise<ThreadReply> => {
    if (closed) throw new Error('the CV threads are closed.');
    const stage = STAGE[req.op];
    if (c.deadline?.expired()) throw c.deadline.error(stage, c.file);
    // Waiting for a thread (or for one to start) is not the CV's time.
    const resume = c.deadline?.pause();
    let slot: ThreadSlot;
    try {
      slot = await slots.acquire();
    } finally {
      resume?.();
    }
    const id = nextId++;
    slot.worker.ref();
    return awaitReply(slot, (dead) => slots.release(slot, dead), { ...req, id }, c, transfer, opts.memoryLimitMb);
  };

  return {
    async prepare(file, layers, c) {
      const reply = await call({ op: 'prepare', file, layers }, c);
      return { prepared: reply.prepared!, first: { html: reply.html!, warnings: reply.warnings ?? [] } };
    },
    async render(prepared, density, c) {
      const reply = await call({ op: 'render', resume: prepared.resume, spec: prepared.theme.spec, opts: { lang: prepared.lang, format: prepared.options.format, density, maxImageBytes: (prepared.options.memoryLimitMb * 1048576) / 4, source: prepared.text, ...(prepared.options.dir ? { dir: prepared.options.dir } : {}) } }, c);
      return { html: reply.html!, warnings: reply.warnings ?? [] };
    },
    async stamp(pdf, resume, stampOpts, c) {
      // The PDF moves to the thread (a copy of its bytes, so the caller's stays usable) instead of being serialized.
      const own = pdf.slice();
      const reply = await call({ op: 'stamp', pdf: own, resume, opts: stampOpts }, c, [own.buffer as ArrayBuffer]);
      return reply.pdf!;
    },
    async checkThemes(specs, c) {
      await call({ op: 'themes', specs }, c);
    },
    prestart() {
      if (!closed) slots.prestart();
    },
    async close() {
      closed = true;
      const all = slots.all.splice(0);
      await Promise.all(all.map((s) => s.worker?.terminate().catch(() => undefined)));
    },
  };
}
