// Sets up one batch run once its jobs are planned: the cache, the browser pool, the CV threads, the page slots, the counters.
import os from 'node:os';
import { resolveOptions } from '../model/resolve-options.js';
import type { RenderOptions } from '../model/options.js';
import type { BatchError, BatchJob, BatchLayers, BatchOptions, ThemeSpec } from './batch-types.js';
import { createBrowserPool } from './create-browser-pool.js';
import { createCvThreads } from './create-cv-threads.js';
import { createPageSlots } from './create-page-slots.js';
import { openCache, type BatchCache } from './open-cache.js';
import type { JobContext } from './print-on-pool.js';

/** Files read as JSON Resume (whose validator the CV threads compile ahead only when a batch has one). */
const JSON_RESUME_FILE = /\.(json|ya?ml)$/i;

/** The state of one batch run, shared by its workers and the steps they take (see `renderJob`). */
export interface RunContext extends JobContext {
  options: BatchOptions;
  layers: BatchLayers;
  /** The batch's own options (its time and memory limits), resolved from the caller's layers. */
  base: RenderOptions;
  /** The output folder (absolute). */
  outDir: string;
  /** The cvpress version, part of every cache key and stamp. */
  version: string;
  /** Undefined with `noCache`. */
  cache: BatchCache | undefined;
  /** Theme folder → hash of its files, computed once per run. */
  themeHashes: Map<string, Promise<string>>;
  /** What each CV gets besides its PDF. */
  want: { html: boolean; check: boolean };
  /** How many workers render CVs at once. */
  workerCount: number;
  totals: { rendered: number; skipped: number; failed: number; pages: number };
  /** The index of the next job to start. */
  next: number;
  /** Set when no further job may start (`failFast`, or the consumer stopped iterating). */
  stop: boolean;
  /** CVs written to the cache since it was last flushed. */
  sinceFlush: number;
  /** Problems of the run itself (the summary's `errors`). */
  errors: BatchError[];
}

/**
 * Sets up a batch run over its planned `jobs`: opens the cache (unless `noCache`), creates the browser pool
 * (launching Chromium at once when the first CV will surely print), the CV threads (unless the caller gave
 * some) and `concurrency` page slots, for one more worker than pages.
 * @param warmThemes - the themes the batch's options name, for the CV threads to load ahead
 */
export async function createRunContext(options: BatchOptions, layers: BatchLayers, jobs: BatchJob[], warmThemes: ThemeSpec[], outDir: string, version: string): Promise<RunContext> {
  const errors: BatchError[] = [];
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
  const slots = createPageSlots(concurrency);
  return {
    pool,
    threads,
    signal: options.signal,
    takeSlot: slots.take,
    giveSlot: slots.give,
    options,
    layers,
    base,
    outDir,
    version,
    cache,
    themeHashes: new Map(),
    want: { html: Boolean(options.html), check: Boolean(options.check) },
    workerCount,
    totals: { rendered: 0, skipped: 0, failed: 0, pages: 0 },
    next: 0,
    stop: false,
    sinceFlush: 0,
    errors,
  };
}
