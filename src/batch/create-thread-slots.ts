// The threads of a CV-thread pool: one request per thread at a time, a second thread only when a request has waited behind a slow one.
import type { Worker } from 'node:worker_threads';

/** One thread of the pool: busy while a request (or its start) holds it; `since` is when its request began. */
export interface ThreadSlot {
  worker: Worker;
  busy: boolean;
  since?: number;
  /** Requests the thread has finished (its first one runs cold code). */
  served?: number;
}

/** The slots returned by {@link createThreadSlots}. */
export interface ThreadSlots {
  /** A thread for one request, all to itself: an idle one, a new one, or the first to come free. */
  acquire(): Promise<ThreadSlot>;
  /** Gives a thread back after its request; a dead one (terminated, crashed) is dropped and replaced on demand. */
  release(slot: ThreadSlot, dead: boolean): void;
  /** Starts one thread now when there is none (its modules load while the caller does other things). */
  prestart(): void;
  /** Every thread started so far (for closing). */
  readonly all: ThreadSlot[];
}

/**
 * How long a request may run while another waits before the pool starts one more thread. A thread's start
 * (modules, the lexicon index, the theme, its code run cold) costs about as much CPU as 20–50 CVs, and in a
 * batch one warm thread reads, renders and stamps CVs faster than two pages print them; a request this slow
 * is an unusual CV (or one stuck until its deadline), and the others should not wait for it.
 */
const SPAWN_AFTER_MS = 250;
/** The same for a thread's first request, which runs its code cold (several times slower than a warm one). */
const SPAWN_AFTER_FIRST_MS = 2000;

/**
 * Manages the threads of a CV-thread pool (see `createCvThreads`): at most `max`, each running one request
 * at a time. The first request starts the first thread; while every thread is busy, a waiting request gets
 * a new thread only once every running request has run `SPAWN_AFTER_MS` (`SPAWN_AFTER_FIRST_MS` for a
 * thread's first, cold request) and no other thread is starting; else it takes the first thread to come free. Waiting is not a CV's time (its caller pauses the
 * deadline).
 * @param spawn - starts a thread and resolves once it is ready for requests
 */
export function createThreadSlots(spawn: () => Promise<Worker>, max: number): ThreadSlots {
  const all: ThreadSlot[] = [];
  const waiting: Array<{ resolve: (slot: ThreadSlot) => void; reject: (err: unknown) => void }> = [];
  let starting = 0;
  let timer: NodeJS.Timeout | undefined;

  /** Hands a free slot to the first waiting request, else marks it idle. */
  const handOver = (slot: ThreadSlot): void => {
    if (slot.since !== undefined) slot.served = (slot.served ?? 0) + 1;
    const next = waiting.shift();
    if (next) {
      slot.busy = true;
      slot.since = performance.now();
      next.resolve(slot);
    } else {
      slot.busy = false;
      slot.since = undefined;
      slot.worker.unref();
    }
  };
  /** Starts one more thread; it goes to the first waiting request (or idles). A failed start fails the first waiter. */
  const grow = (): void => {
    const slot = { busy: true } as ThreadSlot;
    all.push(slot);
    starting++;
    spawn().then(
      (worker) => {
        starting--;
        slot.worker = worker;
        handOver(slot);
        consider();
      },
      (err: unknown) => {
        starting--;
        const i = all.indexOf(slot);
        if (i >= 0) all.splice(i, 1);
        waiting.shift()?.reject(err);
        consider();
      },
    );
  };
  /** Starts a thread when requests wait and every running request has run long enough; else checks again then. */
  const consider = (): void => {
    clearTimeout(timer);
    timer = undefined;
    if (waiting.length === 0 || all.length >= max || starting > 0) return;
    const running = all.filter((s) => s.since !== undefined).map((s) => s.since! + (s.served ? SPAWN_AFTER_MS : SPAWN_AFTER_FIRST_MS));
    if (running.length === 0) return grow();
    const due = Math.max(...running) - performance.now();
    if (due <= 0) return grow();
    timer = setTimeout(consider, due);
    timer.unref();
  };

  return {
    all,
    acquire() {
      const idle = all.find((s) => !s.busy);
      if (idle) {
        idle.busy = true;
        idle.since = performance.now();
        return Promise.resolve(idle);
      }
      return new Promise((resolve, reject) => {
        waiting.push({ resolve, reject });
        consider();
      });
    },
    release(slot, dead) {
      if (!dead) return handOver(slot);
      const i = all.indexOf(slot);
      if (i >= 0) all.splice(i, 1);
      void slot.worker.terminate().catch(() => undefined);
      consider();
    },
    prestart() {
      if (all.length === 0) {
        grow();
      }
    },
  };
}
