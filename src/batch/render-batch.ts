// Renders many CVs with one browser and a pool of pages: bounded, incremental, shardable, crash-tolerant.
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CvpressError } from '../model/errors.js';
import type { Theme } from '../theme/theme-types.js';
import type { BatchError, BatchJob, BatchOptions, BatchResult, BatchSummary } from './batch-types.js';
import { computeCacheKey } from './compute-cache-key.js';
import { createBrowserPool, type PageLease, type PoolSlot } from './create-browser-pool.js';
import { expandInputs } from './expand-inputs.js';
import { hashFolder } from './hash-folder.js';
import { openCache, type BatchCache } from './open-cache.js';
import { planOutputs } from './plan-outputs.js';
import { prepareResume, type PreparedResume } from './prepare-resume.js';
import { printPrepared, type PrintedResume } from './print-prepared.js';
import { stampPrepared } from './stamp-prepared.js';
import { renderHtml } from '../theme/render-html.js';
import { findPackageRoot } from '../theme/find-package-root.js';
import { readVersion } from './read-version.js';
import { shardJobs } from './shard-jobs.js';
import { writeAtomic } from './write-atomic.js';
import { htmlPathOf } from './html-path-of.js';
import { writeExtras } from './write-extras.js';

/** A running batch: iterate it for per-CV results (in completion order); `summary` settles at the end. */
export interface BatchRun extends AsyncIterable<BatchResult> {
  /** The jobs of this run (after sharding), known once inputs are expanded. */
  readonly jobs: Promise<BatchJob[]>;
  /** Totals, resolved when the iteration has finished. */
  readonly summary: Promise<BatchSummary>;
}

class WatchdogTimeout extends Error {}

/** The theme's own files plus the shared base every theme gets (`themes/_base`). */
async function hashTheme(dir: string): Promise<string> {
  const base = path.join(findPackageRoot(), 'themes', '_base');
  return `${await hashFolder(dir)}:${existsSync(base) ? await hashFolder(base) : ''}`;
}

/** A JSON-safe error; errors that name no file (unknown theme, browser) name the CV they failed. */
function toBatchError(err: unknown, input: string): BatchError {
  if (err instanceof CvpressError) {
    return {
      code: err.code,
      message: err.message,
      file: err.file ?? input,
      ...(err.line !== undefined ? { line: err.line } : {}),
      ...(err.column !== undefined ? { column: err.column } : {}),
      ...(err.hint !== undefined ? { hint: err.hint } : {}),
    };
  }
  return { code: 'E_INTERNAL', message: err instanceof Error ? err.message : String(err), file: input };
}

function isTimeout(err: unknown): boolean {
  const code = err instanceof CvpressError ? err.code : '';
  return /TIMEOUT/i.test(code) || (err instanceof Error && /timed? ?out/i.test(err.message));
}

function watchdog<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new WatchdogTimeout(`no answer from Chromium within ${ms} ms`)), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}

/**
 * Renders every CV of `inputs` (files, folders, globs) into `options.out` with one Chromium and a pool of
 * `concurrency` pages. Each PDF is written atomically as soon as it is printed (never all in memory); an
 * unchanged CV (same text, theme files, effective options and cvpress version) whose PDF exists is skipped
 * unless `force`; a browser crash or hang relaunches Chromium and retries the affected CVs once; one CV's
 * failure never stops the others (unless `failFast`). Results stream in completion order.
 */
export function renderBatch(inputs: Iterable<string>, options: BatchOptions = {}): BatchRun {
  // Planning starts at once, so `jobs` settles before the iteration begins.
  const jobsPromise = (async () => {
    const outDir = path.resolve(options.out ?? 'output');
    const files = await expandInputs([...inputs], { exclude: [outDir] });
    const planned = planOutputs(files, outDir);
    return options.shard ? shardJobs(planned, options.shard) : planned;
  })();
  let resolveSummary!: (s: BatchSummary) => void;
  let rejectSummary!: (err: unknown) => void;
  const summary = new Promise<BatchSummary>((res, rej) => {
    resolveSummary = res;
    rejectSummary = rej;
  });
  jobsPromise.catch(() => undefined);
  summary.catch(() => undefined);

  async function* run(): AsyncGenerator<BatchResult> {
    const started = performance.now();
    const outDir = path.resolve(options.out ?? 'output');
    const version = readVersion();
    let jobs: BatchJob[];
    try {
      jobs = await jobsPromise;
    } catch (err) {
      rejectSummary(err);
      await options.browser?.then((b) => b.close()).catch(() => undefined);
      throw err;
    }
    const cache: BatchCache | undefined = options.noCache ? undefined : await openCache(outDir, options.shard);
    const pool = createBrowserPool({
      ...(options.executablePath ? { executablePath: options.executablePath } : {}),
      ...(options.recyclePagesEvery ? { recyclePagesEvery: options.recyclePagesEvery } : {}),
      ...(options.recycleBrowserEvery ? { recycleBrowserEvery: options.recycleBrowserEvery } : {}),
      ...(options.browser ? { initial: options.browser } : {}),
    });
    // When the first CV will surely print, launch Chromium while the first CVs are read and parsed.
    if (jobs.length > 0 && (!cache || options.force || cache.get(jobs[0]!.output) === undefined)) pool.warm();
    // The pages: `concurrency` slots shared by the workers, each lent for one print at a time.
    const concurrency = Math.max(1, Math.min(options.concurrency ?? os.availableParallelism(), jobs.length || 1));
    const freeSlots: PoolSlot[] = Array.from({ length: concurrency }, () => ({ generation: 0, uses: 0 }));
    const slotWaiters: Array<(slot: PoolSlot) => void> = [];
    const takeSlot = (): Promise<PoolSlot> => {
      const slot = freeSlots.pop();
      return slot ? Promise.resolve(slot) : new Promise((res) => slotWaiters.push(res));
    };
    const giveSlot = (slot: PoolSlot): void => {
      const waiter = slotWaiters.shift();
      if (waiter) waiter(slot);
      else freeSlots.push(slot);
    };
    const themeCache = new Map<string, Promise<Theme>>();
    const layers = {
      ...(options.flags ? { flags: options.flags } : {}),
      ...(options.config ? { config: options.config } : {}),
      ...(options.configDir ? { configDir: options.configDir } : {}),
      ...(options.configFile ? { configFile: options.configFile } : {}),
      ...(options.cwd ? { cwd: options.cwd } : {}),
    };
    const themeHashes = new Map<string, Promise<string>>();
    const want = { html: Boolean(options.html), check: Boolean(options.check) };
    const totals = { rendered: 0, skipped: 0, failed: 0, pages: 0 };
    let next = 0;
    let stop = false;
    let sinceFlush = 0;

    // Bounded hand-over of results from the workers to the consumer.
    const buffer: BatchResult[] = [];
    const capacity = Math.max(2, (options.concurrency ?? 2) * 2);
    let wakeConsumer: (() => void) | undefined;
    const spaceWaiters: Array<() => void> = [];
    const push = async (r: BatchResult) => {
      buffer.push(r);
      wakeConsumer?.();
      while (buffer.length > capacity && !stop) await new Promise<void>((res) => spaceWaiters.push(res));
    };

    const renderJob = async (job: BatchJob): Promise<BatchResult> => {
      const t0 = performance.now();
      options.onStart?.(job.input);
      let prep: PreparedResume | undefined;
      let retries = 0;
      try {
        prep = await prepareResume(job.input, { ...layers, themeCache });
        let key: string | undefined;
        if (cache) {
          let th = themeHashes.get(prep.theme.dir);
          if (!th) themeHashes.set(prep.theme.dir, (th = hashTheme(prep.theme.dir)));
          key = computeCacheKey(prep, await th, version);
          const hit = cache.get(job.output);
          if (!options.force && hit?.key === key && existsSync(job.output) && (!options.html || existsSync(htmlPathOf(job.output)))) {
            const { warnings: _none, ...extras } = await writeExtras(prep, job.output, undefined, want);
            return { input: job.input, output: job.output, status: 'skipped', theme: prep.theme.name, pages: hit.pages, ms: performance.now() - t0, warnings: prep.warnings, retries, ...extras };
          }
        }
        // The document is rendered before a page is free: the pages print other CVs meanwhile. This thread
        // first answers what the pages asked while this CV was parsed (it serves their every request).
        await new Promise<void>((resolve) => setImmediate(resolve));
        const first = prep.html ?? renderHtml(prep.resume, prep.theme, { lang: prep.lang, format: prep.options.format, source: prep.text, ...(prep.options.dir ? { dir: prep.options.dir } : {}) });
        let printed: PrintedResume | undefined;
        const hardMs = prep.options.timeoutMs * (prep.options.maxPages !== undefined ? 5 : 1) + 15_000;
        for (let attempt = 0; !printed; attempt++) {
          let lease: PageLease | undefined;
          const slot = await takeSlot();
          try {
            lease = await pool.acquire(slot);
            const printing = printPrepared(prep, { browser: lease.browser, page: lease.page }, first);
            printing.catch(() => undefined);
            printed = await watchdog(printing, hardMs);
            await pool.release(slot, lease);
          } catch (err) {
            if (!lease) {
              // No page could be had: the browser failed to launch, or died while opening one.
              if (attempt === 0 && !(err instanceof CvpressError && err.code === 'E_NO_BROWSER')) {
                retries++;
                continue;
              }
              throw err;
            }
            const hung = err instanceof WatchdogTimeout;
            const broken = hung || !lease.browser.connected || !(await pool.healthy(lease));
            await pool.release(slot, lease, true);
            if (broken) await pool.restart(lease.generation);
            if (attempt === 0 && (broken || isTimeout(err))) {
              retries++;
              continue;
            }
            throw err;
          } finally {
            giveSlot(slot);
          }
        }
        // Stamping needs no page: the page already prints the next CV meanwhile.
        const pdf = await stampPrepared(prep, printed.pdf);
        await writeAtomic(job.output, pdf);
        const { warnings: extraWarnings, ...extras } = await writeExtras(prep, job.output, { pdf, pages: printed.pages, density: printed.density }, want);
        if (cache && key) {
          cache.set(job.output, { key, pages: printed.pages, theme: prep.theme.name });
          if (++sinceFlush >= 25) {
            sinceFlush = 0;
            await cache.flush();
          }
        }
        return { input: job.input, output: job.output, status: 'rendered', theme: prep.theme.name, pages: printed.pages, ms: performance.now() - t0, warnings: [...printed.warnings, ...extraWarnings], retries, ...extras };
      } catch (err) {
        cache?.delete(job.output);
        return {
          input: job.input,
          output: job.output,
          status: 'failed',
          ...(prep ? { theme: prep.theme.name } : {}),
          pages: 0,
          ms: performance.now() - t0,
          warnings: prep?.warnings ?? [],
          error: toBatchError(err, job.input),
          retries,
        };
      }
    };

    const worker = async () => {
      while (!stop && next < jobs.length && !options.signal?.aborted) {
        const job = jobs[next++]!;
        const result = await renderJob(job);
        totals[result.status]++;
        totals.pages += result.pages;
        if (result.status === 'failed' && options.failFast) stop = true;
        await push(result);
      }
    };

    let done = false;
    // One more worker than pages: while a worker reads, parses or stamps a CV, the pages keep printing others.
    const workerCount = Math.min(concurrency + 1, jobs.length || 1);
    const workers = Promise.all(Array.from({ length: workerCount }, () => worker())).finally(() => {
      done = true;
      wakeConsumer?.();
    });
    workers.catch(() => undefined);
    try {
      for (;;) {
        if (buffer.length > 0) {
          const r = buffer.shift()!;
          spaceWaiters.shift()?.();
          yield r;
          continue;
        }
        if (done) break;
        await new Promise<void>((res) => (wakeConsumer = res));
        wakeConsumer = undefined;
      }
      await workers;
    } finally {
      stop = true;
      for (const w of spaceWaiters.splice(0)) w();
      await workers.catch(() => undefined);
      await pool.close();
      try {
        await cache?.flush();
      } catch (err) {
        rejectSummary(err);
      }
      const wallMs = performance.now() - started;
      const finished = totals.rendered + totals.skipped + totals.failed;
      resolveSummary({
        total: jobs.length,
        ...totals,
        notRun: jobs.length - finished,
        wallMs,
        cvsPerSecond: wallMs > 0 ? ((totals.rendered + totals.skipped) * 1000) / wallMs : 0,
        browserRestarts: pool.restarts,
      });
    }
  }

  const generator = run();
  return {
    [Symbol.asyncIterator]: () => generator,
    jobs: jobsPromise,
    summary,
  };
}
