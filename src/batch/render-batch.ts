// Renders many CVs with one browser, a pool of pages and CV threads: bounded in time and memory, incremental, shardable, crash-tolerant.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDeadline, type Deadline } from '../model/create-deadline.js';
import { CvpressError } from '../model/errors.js';
import { resolveOptions } from '../model/resolve-options.js';
import type { Theme } from '../theme/theme-types.js';
import type { BatchError, BatchJob, BatchOptions, BatchResult, BatchSummary, PreparedCv, ThemeSpec } from './batch-types.js';
import { checkBatchOptions } from './check-batch-options.js';
import { computeCacheKey } from './compute-cache-key.js';
import { createBrowserPool, type BrowserPool, type PageLease, type PoolSlot } from './create-browser-pool.js';
import { createCvThreads, type CvThreads } from './create-cv-threads.js';
import { expandInputs } from './expand-inputs.js';
import { hashFolder } from './hash-folder.js';
import { openCache, type BatchCache } from './open-cache.js';
import { planOutputs } from './plan-outputs.js';
import { printPrepared, type PrintedResume } from './print-prepared.js';
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

/** Files read as JSON Resume (whose validator the CV threads compile ahead only when a batch has one). */
const JSON_RESUME_FILE = /\.(json|ya?ml)$/i;

/** How long past a CV's deadline Chromium may stay silent before the browser counts as hung. */
const HANG_GRACE_MS = 15_000;

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

/** Everything one CV's render needs from its batch. */
interface JobContext {
  pool: BrowserPool;
  threads: CvThreads;
  takeSlot(): Promise<PoolSlot>;
  giveSlot(slot: PoolSlot): void;
  signal: AbortSignal | undefined;
}

/**
 * Prints a prepared CV on a pooled page. A crashed renderer, a dead or hung browser (Chromium silent past
 * the deadline) is retried once, at once, with the time left; a hung browser is relaunched.
 */
async function printOnPool(prep: PreparedCv, first: { html: string; warnings: BatchResult['warnings'] }, deadline: Deadline, job: JobContext): Promise<PrintedResume & { retries: number }> {
  let retries = 0;
  for (let attempt = 0; ; attempt++) {
    let lease: PageLease | undefined;
    // Waiting for a free page, or for Chromium to (re)launch, is not the CV's time.
    const resume = deadline.pause();
    const slot = await job.takeSlot().finally(resume);
    try {
      const resumeAgain = deadline.pause();
      lease = await job.pool.acquire(slot).finally(resumeAgain);
      const printing = printPrepared(prep, { browser: lease.browser, page: lease.page }, (d) => job.threads.render(prep, d, { deadline, file: prep.file }), {
        deadline,
        first,
        ...(job.signal ? { signal: job.signal } : {}),
      });
      printing.catch(() => undefined);
      const printed = await watchdog(printing, deadline.remaining() + HANG_GRACE_MS);
      await job.pool.release(slot, lease);
      return { ...printed, retries };
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
      const code = err instanceof CvpressError ? err.code : '';
      const broken = hung || !lease.browser.connected || (code !== 'E_LIMIT' && code !== 'E_PAGE_LIMIT' && code !== 'E_INTERRUPTED' && !(await job.pool.healthy(lease)));
      await job.pool.release(slot, lease, true);
      if (broken) await job.pool.restart(lease.generation);
      if (attempt === 0 && !job.signal?.aborted) {
        // The browser failed, not the CV: it gets its whole time again. A crashed renderer is retried with the time left.
        if (broken) deadline.restart();
        if (broken || ((code === 'E_RENDERER_CRASH' || code === 'E_PRINT') && !deadline.expired())) {
          retries++;
          continue;
        }
      }
      if (hung) throw deadline.error('printing (Chromium stopped answering)', prep.file);
      throw err;
    } finally {
      job.giveSlot(slot);
    }
  }
}

/**
 * Renders every CV of `inputs` (files, folders, globs) into `options.out` with one Chromium and a pool of
 * `concurrency` pages. Each CV has one time limit (`timeout`) for all of it: reading, parsing, rendering
 * and stamping run in CV threads that are terminated at the limit, printing draws on what is left. Each PDF
 * is written atomically as soon as it is printed (never all in memory); an unchanged CV (same text, theme
 * files, images, effective options and cvpress version) whose PDF is still the one written is skipped
 * unless `force`; a browser crash or hang relaunches Chromium and retries the affected CVs once; one CV's
 * failure never stops the others (unless `failFast`). An abort (`signal`: SIGINT, SIGTERM) stops the CVs in
 * flight (`E_INTERRUPTED`) and ends the run normally (summary, cache, browser and threads closed).
 * Flags, config values and the themes they name are checked before any CV runs. Results stream in
 * completion order.
 */
export function renderBatch(inputs: Iterable<string>, options: BatchOptions = {}): BatchRun {
  const themeCache = new Map<string, Promise<Theme>>();
  const layers = {
    ...(options.flags ? { flags: options.flags } : {}),
    ...(options.config ? { config: options.config } : {}),
    ...(options.configDir ? { configDir: options.configDir } : {}),
    ...(options.configFile ? { configFile: options.configFile } : {}),
  };
  let warmThemes: ThemeSpec[] = [];
  // Planning starts at once, so `jobs` settles before the iteration begins.
  const jobsPromise = (async () => {
    const outDir = path.resolve(options.out ?? 'output');
    warmThemes = await checkBatchOptions({ ...layers, cwd: options.cwd ?? process.cwd() }, themeCache);
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
  // A run that fails before its first CV (a bad theme, no input) closes the browser it was given, iterated or not.
  jobsPromise.catch(() => {
    void options.threads?.close();
    return options.browser?.then((b) => b.close()).catch(() => undefined);
  });
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
      await options.threads?.close();
      await options.browser?.then((b) => b.close()).catch(() => undefined);
      throw err;
    }
    const runErrors: BatchError[] = [];
    const cacheError = (err: unknown): void => {
      if (runErrors.some((e) => e.code === 'E_CACHE')) return;
      const e = toBatchError(err, path.join(outDir, '.cvpress-cache.json'));
      runErrors.push({ ...e, code: 'E_CACHE', message: `the incremental cache could not be written (the PDFs are not affected): ${e.message}` });
    };
    const cache: BatchCache | undefined = options.noCache ? undefined : await openCache(outDir, options.shard);
    const base = resolveOptions(layers);
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
    // One more worker than pages: while a worker reads, parses or stamps a CV, the pages keep printing others.
    const workerCount = Math.min(concurrency + 1, jobs.length || 1);
    const warmJsonResume = jobs.some((j) => JSON_RESUME_FILE.test(j.input));
    const threads = options.threads ?? createCvThreads({ max: workerCount, memoryLimitMb: base.memoryLimitMb, warm: warmThemes, warmJsonResume });
    const freeSlots: PoolSlot[] = Array.from({ length: concurrency }, () => ({ generation: 0, uses: 0 }));
    const slotWaiters: Array<(slot: PoolSlot) => void> = [];
    const ctx: JobContext = {
      pool,
      threads,
      signal: options.signal,
      takeSlot: () => {
        const slot = freeSlots.pop();
        return slot ? Promise.resolve(slot) : new Promise((res) => slotWaiters.push(res));
      },
      giveSlot: (slot) => {
        const waiter = slotWaiters.shift();
        if (waiter) waiter(slot);
        else freeSlots.push(slot);
      },
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
      const deadline = createDeadline(base.timeoutMs);
      const call = { deadline, file: job.input, ...(options.signal ? { signal: options.signal } : {}) };
      let prep: PreparedCv | undefined;
      let retries = 0;
      try {
        const { prepared, first } = await threads.prepare(job.input, { ...layers, cwd: options.cwd ?? process.cwd() }, call);
        prep = prepared;
        const renderAt = (density: number) => threads.render(prepared, density, call);
        let key: string | undefined;
        if (cache) {
          let th = themeHashes.get(prep.theme.dir);
          if (!th) themeHashes.set(prep.theme.dir, (th = hashTheme(prep.theme.dir)));
          key = computeCacheKey(prep, await th, version);
          const hit = options.force ? undefined : await cache.lookup(job.output, key);
          if (hit && (!options.html || existsSync(htmlPathOf(job.output)))) {
            const { warnings: _none, ...extras } = await writeExtras(prep, job.output, undefined, want, renderAt);
            return { input: job.input, output: job.output, status: 'skipped', theme: prep.theme.name, pages: hit.pages, ms: performance.now() - t0, warnings: prep.warnings, retries, ...extras };
          }
        }
        const printed = await printOnPool(prep, first, deadline, ctx);
        retries = printed.retries;
        // Stamping needs no page: the page already prints the next CV meanwhile.
        const stamp = { themeName: prep.theme.name, lang: prep.lang, version, date: prep.date };
        const pdf = await threads.stamp(printed.pdf, prep.resume, stamp, call);
        await writeAtomic(job.output, pdf);
        const { warnings: extraWarnings, ...extras } = await writeExtras(prep, job.output, { pdf, pages: printed.pages, density: printed.density }, want, renderAt);
        if (cache && key) {
          const sha256 = createHash('sha256').update(pdf).digest('hex');
          cache.set(job.output, { key, pages: printed.pages, theme: prep.theme.name, pdf: { bytes: pdf.length, sha256 }, assets: printed.assets });
          if (++sinceFlush >= 25) {
            sinceFlush = 0;
            // The cache only saves work: failing to write it is reported once, never fails this CV.
            await cache.flush().catch(cacheError);
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
      await Promise.all([pool.close(), threads.close()]);
      await cache?.flush().catch(cacheError);
      const wallMs = performance.now() - started;
      const finished = totals.rendered + totals.skipped + totals.failed;
      resolveSummary({
        total: jobs.length,
        ...totals,
        notRun: jobs.length - finished,
        wallMs,
        cvsPerSecond: wallMs > 0 ? ((totals.rendered + totals.skipped) * 1000) / wallMs : 0,
        browserRestarts: pool.restarts,
        errors: runErrors,
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
