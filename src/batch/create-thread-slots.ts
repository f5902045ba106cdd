// The threads of a CV-thread pool: one request per thread at a time, a second thread only when a request has waited behind a slow one.
import type { Worker } from 'node:worker_threads';
import { readThreadCpu } from './read-thread-cpu.js';

/** One thread of the pool: busy while a request (or its start) holds it; `since` is when its request began. */
export interface ThreadSlot {
  worker: Worker;
  busy: boolean;
  since?: number;
  /** Requests the thread has finished (its first ones run cold code). */
  served?: number;
  /** The thread's id, when it could tell it (Linux): its CPU time is then read from /proc. */
  tid?: number;
  /** The thread's CPU time, ms, when its request began (see `tid`). */
  cpuSince?: number;
}

/** A started thread, as `spawn` gives it to {@link createThreadSlots}. */
export interface StartedThread {
  worker: Worker;
  tid?: number;
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
/** The same for a thread's first requests, which run its code cold (several times slower than warm ones). */
const SPAWN_AFTER_COLD_MS = 2000;
/**
 * How many requests of a thread count as cold. Not only the first: in a batch the thread is never idle, so
 * what it warms while idle (the theme; yaml and the validator for JSON and YAML CVs) loads inside its first request that needs it, and
 * each stage's code is still unoptimized for some CVs. On a loaded two-core machine the third request (the
 * first stamp) ran past 250 ms, and the second thread it started cost about 2 s of CPU (modules, themes and a
 * second JIT warm-up: some 6 ms per CV of a 300-CV batch) for no gain.
 */
const COLD_REQUESTS = 8;
/**
 * A request counts as slow only once its thread has also used this share of the time it ran on the CPU
 * (where the thread's CPU time can be read). On a machine whose cores are busy (Chromium, other jobs) a
 * request of a few milliseconds of CPU may wait hundreds of milliseconds for a core, and a second thread adds
 * no CPU to a machine that has none to spare: under a load average of 6–10 on two cores, warm requests passed
 * 250 ms, and each thread they started cost about 2 s of CPU. A CV slow in itself uses the CPU it waits for.
 */
const SLOW_CPU_SHARE = 0.3;
/** Past this, a running request counts as slow whatever CPU its thread used (a thread stuck waiting). */
const SPAWN_AFTER_IDLE_MS = 2000;
/** How often a request that has run long enough but used little CPU is looked at again. */
const RECHECK_MS = 100;

/** True when the request on `slot` has used at least `SLOW_CPU_SHARE` of `ranMs` on the CPU, or its CPU time cannot be read. */
function usedCpu(slot: ThreadSlot, ranMs: number): boolean {
  if (slot.tid === undefined || slot.cpuSince === undefined) return true;
  const now = readThreadCpu(slot.tid);
  return now === undefined || now - slot.cpuSince >= SLOW_CPU_SHARE * ranMs;
}

/** Marks a slot as running a request from now (wall clock, and its thread's CPU time where it can be read). */
function beginRequest(slot: ThreadSlot): void {
  slot.busy = true;
  slot.since = performance.now();
  slot.cpuSince = slot.tid !== undefined ? readThreadCpu(slot.tid) : undefined;
}

/** Milliseconds until the request running on `slot` counts as slow (0 or less: it does now). */
function untilSlow(slot: ThreadSlot, now: number): number {
  const ran = now - slot.since!;
  const limit = (slot.served ?? 0) >= COLD_REQUESTS ? SPAWN_AFTER_MS : SPAWN_AFTER_COLD_MS;
  if (ran < limit) return limit - ran;
  return ran < SPAWN_AFTER_IDLE_MS && !usedCpu(slot, ran) ? RECHECK_MS : 0;
}

/** A request waiting for a thread. */
interface Waiter {
  resolve: (slot: ThreadSlot) => void;
  reject: (err: unknown) => void;
}

/** The state of one pool of slots, shared by its steps. */
interface SlotPool {
  spawn: () => Promise<StartedThread>;
  max: number;
  all: ThreadSlot[];
  waiting: Waiter[];
  /** Threads being started. */
  starting: number;
  /** The pending check of {@link consider}, if any. */
  timer: NodeJS.Timeout | undefined;
}

/** Hands a free slot to the first waiting request, else marks it idle. */
function handOver(pool: SlotPool, slot: ThreadSlot): void {
  if (slot.since !== undefined) slot.served = (slot.served ?? 0) + 1;
  const next = pool.waiting.shift();
  if (next) {
    beginRequest(slot);
    next.resolve(slot);
  } else {
    slot.busy = false;
    slot.since = undefined;
    slot.worker.unref();
  }
}

/** Removes `slot` from the pool's threads (a dead thread, or one that failed to start). */
function drop(pool: SlotPool, slot: ThreadSlot): void {
  const i = pool.all.indexOf(slot);
  if (i >= 0) pool.all.splice(i, 1);
}

/** Starts one more thread; it goes to the first waiting request (or idles). A failed start fails the first waiter. */
function grow(pool: SlotPool): void {
  const slot = { busy: true } as ThreadSlot;
  pool.all.push(slot);
  pool.starting++;
  pool.spawn().then(
    (started) => {
      pool.starting--;
      slot.worker = started.worker;
      if (started.tid !== undefined) slot.tid = started.tid;
      handOver(pool, slot);
      consider(pool);
    },
    (err: unknown) => {
      pool.starting--;
      drop(pool, slot);
      pool.waiting.shift()?.reject(err);
      consider(pool);
    },
  );
}

/** Starts a thread when requests wait and every running request has run long enough; else checks again then. */
function consider(pool: SlotPool): void {
  clearTimeout(pool.timer);
  pool.timer = undefined;
  if (pool.waiting.length === 0 || pool.all.length >= pool.max || pool.starting > 0) return;
  const now = performance.now();
  const running = pool.all.filter((s) => s.since !== undefined);
  if (running.length === 0) return grow(pool);
  // How long until every running request counts as slow (0: they all do now).
  const due = Math.max(...running.map((s) => untilSlow(s, now)));
  if (due <= 0) return grow(pool);
  pool.timer = setTimeout(() => consider(pool), due);
  pool.timer.unref();
}

/** An idle thread at once, else a promise of the first one the pool gives (see {@link consider}). */
function acquire(pool: SlotPool): Promise<ThreadSlot> {
  const idle = pool.all.find((s) => !s.busy);
  if (idle) {
    beginRequest(idle);
    return Promise.resolve(idle);
  }
  return new Promise((resolve, reject) => {
    pool.waiting.push({ resolve, reject });
    consider(pool);
  });
}

/** Gives a thread back; a dead one is terminated and dropped (replaced on demand). */
function release(pool: SlotPool, slot: ThreadSlot, dead: boolean): void {
  if (!dead) return handOver(pool, slot);
  drop(pool, slot);
  void slot.worker.terminate().catch(() => undefined);
  consider(pool);
}

/**
 * Manages the threads of a CV-thread pool (see `createCvThreads`): at most `max`, each running one request
 * at a time. The first request starts the first thread; while every thread is busy, a waiting request gets
 * a new thread only once every running request has run `SPAWN_AFTER_MS` (`SPAWN_AFTER_COLD_MS` for a
 * thread's first `COLD_REQUESTS`, cold requests) and, where the thread's CPU time can be read, used the CPU
 * for `SLOW_CPU_SHARE` of that time (or has run `SPAWN_AFTER_IDLE_MS`), and no other thread is starting; else it takes the first thread to come free. Waiting is not a CV's time (its caller pauses the
 * deadline).
 * @param spawn - starts a thread and resolves once it is ready for requests
 */
export function createThreadSlots(spawn: () => Promise<StartedThread>, max: number): ThreadSlots {
  const pool: SlotPool = { spawn, max, all: [], waiting: [], starting: 0, timer: undefined };
  return {
    all: pool.all,
    acquire: () => acquire(pool),
    release: (slot, dead) => release(pool, slot, dead),
    prestart() {
      if (pool.all.length === 0) {
        grow(pool);
      }
    },
  };
}
