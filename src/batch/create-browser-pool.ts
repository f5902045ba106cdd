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

/**
 * Creates a pool over one lazily launched Chromium. Pages are reused and replaced every `recyclePagesEvery`
 * jobs; the browser is replaced every `recycleBrowserEvery` jobs (gracefully: new jobs wait until the old
 * browser's jobs finish, so two browsers never run at once) and at once after a crash or hang (see
 * {@link BrowserPool.restart}).
 */
export function createBrowserPool(
  opts: { executablePath?: string; recyclePagesEvery?: number; recycleBrowserEvery?: number; initial?: Promise<Browser> } = {},
): BrowserPool {
  const pageEvery = opts.recyclePagesEvery ?? 100;
  const browserEvery = opts.recycleBrowserEvery ?? 500;
  let generation = 0;
  let current: Promise<Browser> | undefined;
  let currentBrowser: Browser | undefined;
  let jobs = 0;
  let restarts = 0;
  const inflight = new Map<number, number>();
  const retired = new Map<number, Browser>();
  let closed = false;
  let recycling: Promise<void> | undefined;
  const drainWaiters: Array<() => void> = [];
  // After two launches in a row fail (no browser installed, bad flags), stop trying: every job gets that error.
  let launchFailures = 0;
  let launchError: unknown;
  // A browser the caller already started launching: used (and owned) as the first generation.
  let pending = opts.initial;
  pending?.catch(() => undefined);
  // A page opened as soon as a warmed browser is up, while the first CVs are still being parsed (see `warm`).
  let spare: { gen: number; page: Promise<Page | undefined> } | undefined;

  const launch = () => {
    generation++;
    jobs = 0;
    const gen = generation;
    const source = pending ?? launchBrowser(opts.executablePath ? { executablePath: opts.executablePath } : {});
    pending = undefined;
    current = source.then((b) => {
      launchFailures = 0;
      if (gen === generation) currentBrowser = b;
      return b;
    });
    current.catch((err: unknown) => {
      launchFailures++;
      launchError = err;
      if (gen === generation) current = undefined;
    });
    return current;
  };

  const retire = async (gen: number, browser: Browser | undefined, now: boolean) => {
    if (!browser) return;
    if (now || (inflight.get(gen) ?? 0) === 0) {
      retired.delete(gen);
      await killBrowser(browser);
    } else retired.set(gen, browser);
  };

  const startRecycling = () => {
    // Recycle without overlap (two browsers at once would double the peak memory): new
    // acquisitions wait while the old browser's jobs finish, then it closes and a fresh one starts.
    const old = currentBrowser as Browser;
    const oldGen = generation;
    currentBrowser = undefined;
    current = undefined;
    recycling = (async () => {
      while ((inflight.get(oldGen) ?? 0) > 0) await new Promise<void>((res) => drainWaiters.push(res));
      await killBrowser(old);
      if (!closed) await launch().catch(() => undefined);
    })().finally(() => {
      recycling = undefined;
    });
  };

  const leave = (gen: number) => {
    inflight.set(gen, (inflight.get(gen) ?? 1) - 1);
    for (const wake of drainWaiters.splice(0)) wake();
    return inflight.get(gen) ?? 0;
  };

  // The job counts as in flight from the moment it holds the browser, before its page opens, so a
  // recycle never closes a browser under a page being opened.
  const lendPage = async (slot: PoolSlot, browser: Browser): Promise<PageLease> => {
    const gen = generation;
    inflight.set(gen, (inflight.get(gen) ?? 0) + 1);
    jobs++;
    try {
      if (!slot.page || slot.generation !== gen || slot.uses >= pageEvery || slot.page.isClosed()) {
        const old = slot.page;
        slot.page = undefined;
        if (old && !old.isClosed()) void withTimeout(old.close(), 2000);
        const early = spare?.gen === gen ? await spare.page : undefined;
        spare = undefined;
        slot.page = early && !early.isClosed() ? early : await openPageOrCrash(browser);
        slot.generation = gen;
        slot.uses = 0;
      }
    } catch (err) {
      leave(gen);
      throw err;
    }
    slot.uses++;
    return { browser, page: slot.page, generation: gen };
  };

  const pool: BrowserPool = {
    async acquire(slot) {
      for (;;) {
        if (closed) throw new Error('browser pool is closed');
        if (jobs >= browserEvery && currentBrowser && !recycling) startRecycling();
        while (recycling) await recycling;
        if (launchFailures >= 2) throw launchError;
        const browser = await (current ?? launch());
        // A recycle or restart that began while this job waited makes `browser` old: take the new one.
        if (recycling || browser !== currentBrowser) continue;
        if (!browser.connected) {
          // Crashed between jobs: replace it before lending pages.
          await pool.restart(generation);
          continue;
        }
        return lendPage(slot, browser);
      }
    },
    async release(slot, lease, discard = false) {
      const left = leave(lease.generation);
      if (discard && slot.page === lease.page) {
        slot.page = undefined;
        if (!lease.page.isClosed()) await withTimeout(lease.page.close(), 2000);
      }
      const old = retired.get(lease.generation);
      if (old && left === 0) await retire(lease.generation, old, true);
    },
    async restart(gen) {
      if (gen !== generation || closed) {
        await current?.catch(() => undefined);
        return;
      }
      restarts++;
      const old = currentBrowser;
      currentBrowser = undefined;
      void launch();
      await retire(gen, old, true);
      await current?.catch(() => undefined);
    },
    warm() {
      if (current || closed) return;
      const launching = launch();
      launching.catch(() => undefined);
      // The first page opens while Chromium is idle waiting for the first CV (about 0.2 s of a cold run).
      spare = { gen: generation, page: launching.then(openPageOrCrash).catch(() => undefined) };
    },
    async healthy(lease, ms = 5000) {
      if (!lease.browser.connected) return false;
      return (await withTimeout(lease.browser.version(), ms)) !== undefined;
    },
    get restarts() {
      return restarts;
    },
    get pid() {
      return currentBrowser?.process()?.pid;
    },
    async close() {
      closed = true;
      for (const wake of drainWaiters.splice(0)) wake();
      await recycling?.catch(() => undefined);
      if (pending) {
        const unused = await pending.catch(() => undefined);
        pending = undefined;
        if (unused) await killBrowser(unused);
      }
      const browsers = [...retired.values()];
      retired.clear();
      const last = await current?.catch(() => undefined);
      if (last) browsers.push(last);
      await Promise.all(browsers.map((b) => killBrowser(b)));
    },
  };
  return pool;
}
