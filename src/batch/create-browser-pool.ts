// One Chromium shared by a pool of pages: lazy launch, page recycling, relaunch after a crash, hang or N jobs.
import type { Browser, Page } from 'puppeteer-core';
import { BrowserError } from '../model/errors.js';
import { launchBrowser } from '../print/launch-browser.js';
import { RENDERER_CRASHED } from '../print/print-types.js';

/** A page lent to one job, bound to the browser generation it came from. */
export interface PageLease {
  browser: Browser;
  page: Page;
  generation: number;
}

/** A slot of the pool (one per concurrent worker). */
export interface PoolSlot {
  page?: Page;
  generation: number;
  uses: number;
}

/** The pool returned by {@link createBrowserPool}. */
export interface BrowserPool {
  /** Lends the slot's page, opening a fresh one when the slot has none, is stale or is due for recycling. */
  acquire(slot: PoolSlot): Promise<PageLease>;
  /** Returns a lease; `discard` closes the page (after a failure whose state is unknown). */
  release(slot: PoolSlot, lease: PageLease, discard?: boolean): Promise<void>;
  /** After a crash or hang of generation `generation`: kills that browser and launches a new one (once per generation). */
  restart(generation: number): Promise<void>;
  /** True when the browser of `lease` is alive and answers within `ms`. */
  healthy(lease: PageLease, ms?: number): Promise<boolean>;
  /** Starts launching the browser now (when it is sure to be needed), instead of at the first `acquire`, and
   * opens the first page as soon as it is up. */
  warm(): void;
  /** Browser restarts after crashes or hangs. */
  readonly restarts: number;
  /** The pid of the current browser process, when launched. */
  readonly pid: number | undefined;
  close(): Promise<void>;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      () => {
        clearTimeout(timer);
        resolve(undefined);
      },
    );
  });
}

/** Browsers whose start-up tab has been handed out already. */
const adopted = new WeakSet<Browser>();

/** A page to print on: the browser's own start-up tab the first time (it is open already), else a new one. */
async function openPage(browser: Browser): Promise<Page> {
  if (!adopted.has(browser)) {
    adopted.add(browser);
    const blank = (await browser.pages()).find((p) => !p.isClosed() && p.url() === 'about:blank');
    if (blank) return blank;
  }
  return browser.newPage();
}

/**
 * Opens a page, failing at once when a renderer crashes meanwhile: a tab whose renderer dies while puppeteer
 * sets it up never answers, and would hold its CV until the protocol timeout (3 minutes).
 */
function openPageOrCrash(browser: Browser): Promise<Page> {
  return new Promise((resolve, reject) => {
    let crashed = false;
    const onCrash = (): void => {
      crashed = true;
      reject(new BrowserError('E_RENDERER_CRASH', "Chromium's renderer crashed while a page was being opened.", { hint: 'Retry; if it keeps crashing, check that Chromium runs and has enough memory.' }));
    };
    browser.once(RENDERER_CRASHED, onCrash);
    openPage(browser)
      .then(
        (page) => {
          // Opened after all, too late for its CV: nobody else will close it.
          if (crashed) void withTimeout(page.close(), 2000);
          else resolve(page);
        },
        reject,
      )
      .finally(() => browser.off(RENDERER_CRASHED, onCrash));
  });
}

async function killBrowser(browser: Browser): Promise<void> {
  const proc = browser.process();
  const closed = await withTimeout(browser.close().then(() => true), 3000);
  if (!closed && proc && proc.exitCode === null) proc.kill('SIGKILL');
}

/** The state of one pool, shared by its steps. */
interface PoolState {
  executablePath: string | undefined;
  /** Jobs a page serves before it is replaced. */
  pageEvery: number;
  /** Jobs a browser serves before it is replaced. */
  browserEvery: number;
  /** The current browser's launch number (pages and leases carry the one they came from). */
  generation: number;
  current: Promise<Browser> | undefined;
  currentBrowser: Browser | undefined;
  /** Pages lent by the current browser. */
  jobs: number;
  restarts: number;
  /** Leases out per generation. */
  inflight: Map<number, number>;
  closed: boolean;
  recycling: Promise<void> | undefined;
  drainWaiters: Array<() => void>;
  /** After two launches in a row fail (no browser installed, bad flags), stop trying: every job gets that error. */
  launchFailures: number;
  launchError: unknown;
  /** A browser the caller already started launching: used (and owned) as the first generation. */
  pending: Promise<Browser> | undefined;
  /** A page opened as soon as a warmed browser is up, while the first CVs are still being parsed (see `warm`). */
  spare: { gen: number; page: Promise<Page | undefined> } | undefined;
}

/** Launches the next generation's browser (or takes the one the caller started launching). */
function launch(pool: PoolState): Promise<Browser> {
  pool.generation++;
  pool.jobs = 0;
  const gen = pool.generation;
  const source = pool.pending ?? launchBrowser(pool.executablePath ? { executablePath: pool.executablePath } : {});
  pool.pending = undefined;
  const current = source.then((b) => {
    pool.launchFailures = 0;
    if (gen === pool.generation) pool.currentBrowser = b;
    return b;
  });
  pool.current = current;
  current.catch((err: unknown) => {
    pool.launchFailures++;
    pool.launchError = err;
    if (gen === pool.generation) pool.current = undefined;
  });
  return current;
}


/** Replaces the browser after `browserEvery` jobs. */
function startRecycling(pool: PoolState): void {
  // Recycle without overlap (two browsers at once would double the peak memory): new
  // acquisitions wait while the old browser's jobs finish, then it closes and a fresh one starts.
  const old = pool.currentBrowser as Browser;
  const oldGen = pool.generation;
  pool.currentBrowser = undefined;
  pool.current = undefined;
  pool.recycling = (async () => {
    while ((pool.inflight.get(oldGen) ?? 0) > 0) await new Promise<void>((res) => pool.drainWaiters.push(res));
    await killBrowser(old);
    if (!pool.closed) await launch(pool).catch(() => undefined);
  })().finally(() => {
    pool.recycling = undefined;
  });
}

/** Counts a lease of generation `gen` as back (and wakes a recycle waiting for the old browser's leases). */
function leave(pool: PoolState, gen: number): void {
  pool.inflight.set(gen, (pool.inflight.get(gen) ?? 1) - 1);
  for (const wake of pool.drainWaiters.splice(0)) wake();
}

/**
 * Lends the slot's page, opening a fresh one when it has none, is stale or is due for recycling. The job
 * counts as in flight from the moment it holds the browser, before its page opens, so a recycle never
 * closes a browser under a page being opened.
 */
async function lendPage(pool: PoolState, slot: PoolSlot, browser: Browser): Promise<PageLease> {
  const gen = pool.generation;
  pool.inflight.set(gen, (pool.inflight.get(gen) ?? 0) + 1);
  pool.jobs++;
  try {
    if (!slot.page || slot.generation !== gen || slot.uses >= pool.pageEvery || slot.page.isClosed()) {
      const old = slot.page;
      slot.page = undefined;
      if (old && !old.isClosed()) void withTimeout(old.close(), 2000);
      const early = pool.spare?.gen === gen ? await pool.spare.page : undefined;
      pool.spare = undefined;
      slot.page = early && !early.isClosed() ? early : await openPageOrCrash(browser);
      slot.generation = gen;
      slot.uses = 0;
    }
  } catch (err) {
    leave(pool, gen);
    throw err;
  }
  slot.uses++;
  return { browser, page: slot.page, generation: gen };
}

/** See {@link BrowserPool.acquire}. */
async function acquire(pool: PoolState, slot: PoolSlot): Promise<PageLease> {
  for (;;) {
    if (pool.closed) throw new Error('browser pool is closed');
    if (pool.jobs >= pool.browserEvery && pool.currentBrowser && !pool.recycling) startRecycling(pool);
    while (pool.recycling) await pool.recycling;
    if (pool.launchFailures >= 2) throw pool.launchError;
    const browser = await (pool.current ?? launch(pool));
    // A recycle or restart that began while this job waited makes `browser` old: take the new one.
    if (pool.recycling || browser !== pool.currentBrowser) continue;
    if (!browser.connected) {
      // Crashed between jobs: replace it before lending pages.
      await restart(pool, pool.generation);
      continue;
    }
    return lendPage(pool, slot, browser);
  }
}

/** See {@link BrowserPool.release}. */
async function release(pool: PoolState, slot: PoolSlot, lease: PageLease, discard: boolean): Promise<void> {
  leave(pool, lease.generation);
  if (discard && slot.page === lease.page) {
    slot.page = undefined;
    if (!lease.page.isClosed()) await withTimeout(lease.page.close(), 2000);
  }
}

/** See {@link BrowserPool.restart}. */
async function restart(pool: PoolState, gen: number): Promise<void> {
  if (gen !== pool.generation || pool.closed) {
    await pool.current?.catch(() => undefined);
    return;
  }
  pool.restarts++;
  const old = pool.currentBrowser;
  pool.currentBrowser = undefined;
  void launch(pool);
  if (old) await killBrowser(old);
  await pool.current?.catch(() => undefined);
}

/** See {@link BrowserPool.warm}. */
function warm(pool: PoolState): void {
  if (pool.current || pool.closed) return;
  const launching = launch(pool);
  launching.catch(() => undefined);
  // The first page opens while Chromium is idle waiting for the first CV (about 0.2 s of a cold run).
  pool.spare = { gen: pool.generation, page: launching.then(openPageOrCrash).catch(() => undefined) };
}

/** Closes the pool: kills the current browser and one launched for it but never used. */
async function closePool(pool: PoolState): Promise<void> {
  pool.closed = true;
  for (const wake of pool.drainWaiters.splice(0)) wake();
  await pool.recycling?.catch(() => undefined);
  if (pool.pending) {
    const unused = await pool.pending.catch(() => undefined);
    pool.pending = undefined;
    if (unused) await killBrowser(unused);
  }
  const last = await pool.current?.catch(() => undefined);
  if (last) await killBrowser(last);
}

/**
 * Creates a pool over one lazily launched Chromium. Pages are reused and replaced every `recyclePagesEvery`
 * jobs; the browser is replaced every `recycleBrowserEvery` jobs (gracefully: new jobs wait until the old
 * browser's jobs finish, so two browsers never run at once) and at once after a crash or hang (see
 * {@link BrowserPool.restart}).
 */
export function createBrowserPool(
  opts: { executablePath?: string; recyclePagesEvery?: number; recycleBrowserEvery?: number; initial?: Promise<Browser> } = {},
): BrowserPool {
  const pool: PoolState = {
    executablePath: opts.executablePath,
    pageEvery: opts.recyclePagesEvery ?? 100,
    browserEvery: opts.recycleBrowserEvery ?? 500,
    generation: 0,
    current: undefined,
    currentBrowser: undefined,
    jobs: 0,
    restarts: 0,
    inflight: new Map(),
    closed: false,
    recycling: undefined,
    drainWaiters: [],
    launchFailures: 0,
    launchError: undefined,
    pending: opts.initial,
    spare: undefined,
  };
  pool.pending?.catch(() => undefined);
  return {
    acquire: (slot) => acquire(pool, slot),
    release: (slot, lease, discard = false) => release(pool, slot, lease, discard),
    restart: (gen) => restart(pool, gen),
    warm: () => warm(pool),
    async healthy(lease, ms = 5000) {
      if (!lease.browser.connected) return false;
      return (await withTimeout(lease.browser.version(), ms)) !== undefined;
    },
    get restarts() {
      return pool.restarts;
    },
    get pid() {
      return pool.currentBrowser?.process()?.pid;
    },
    close: () => closePool(pool),
  };
}
