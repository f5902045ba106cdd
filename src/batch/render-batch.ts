// Renders many CVs with one browser, a pool of pages and CV threads: bounded in time and memory, incremental, shardable, crash-tolerant.
import path from 'node:path';
import type { Theme } from '../theme/theme-types.js';
import type { BatchJob, BatchLayers, BatchOptions, BatchResult, BatchSummary, ThemeSpec } from './batch-types.js';
import { createResultQueue, type ResultQueue } from './create-result-queue.js';
import { createRunContext, type RunContext } from './create-run-context.js';
import { noteCacheError } from './note-cache-error.js';
import { planBatchJobs } from './plan-batch-jobs.js';
import { readVersion } from './read-version.js';
import { renderJob } from './render-job.js';

/** A running batch: iterate it for per-CV results (in completion order); `summary` settles at the end. */
export interface BatchRun extends AsyncIterable<BatchResult> {
  /** The jobs of this run (after sharding), known once inputs are expanded. */
  readonly jobs: Promise<BatchJob[]>;
  /** Totals, resolved when the iteration has finished. */
  readonly summary: Promise<BatchSummary>;
}

/** What a run takes from {@link renderBatch}: its options, its planning (under way) and how to settle its summary. */
interface RunStart {
  options: BatchOptions;
  layers: BatchLayers;
  jobs: Promise<BatchJob[]>;
  /** The themes the options name, known once the jobs are. */
  checked: { warmThemes: ThemeSpec[] };
  resolveSummary: (s: BatchSummary) => void;
  rejectSummary: (err: unknown) => void;
}

/** One worker: renders the next job until none is left, the run stops or is aborted, handing each result over. */
async function runWorker(run: RunContext, jobs: BatchJob[], queue: ResultQueue<BatchResult>): Promise<void> {
  while (!run.stop && run.next < jobs.length && !run.options.signal?.aborted) {
    const job = jobs[run.next++]!;
    const result = await renderJob(job, run);
    run.totals[result.status]++;
    run.totals.pages += result.pages;
    if (result.status === 'failed' && run.options.failFast) run.stop = true;
    await queue.push(result);
  }
}

/** Ends a run: stops and waits for the workers, closes the pool, the threads and the cache, and sums it up. */
async function finishRun(run: RunContext, queue: ResultQueue<BatchResult>, workers: Promise<unknown>, total: number, started: number): Promise<BatchSummary> {
  run.stop = true;
  queue.release();
  await workers.catch(() => undefined);
  await Promise.all([run.pool.close(), run.threads.close()]);
  await run.cache?.flush().catch((err: unknown) => noteCacheError(run.errors, run.outDir, err));
  const { totals } = run;
  const wallMs = performance.now() - started;
  const finished = totals.rendered + totals.skipped + totals.failed;
  return {
    total,
    ...totals,
    notRun: total - finished,
    wallMs,
    cvsPerSecond: wallMs > 0 ? ((totals.rendered + totals.skipped) * 1000) / wallMs : 0,
    browserRestarts: run.pool.restarts,
    errors: run.errors,
  };
}

/** The run behind a {@link BatchRun}: waits for the plan, sets up, lets the workers go and yields their results. */
async function* runBatch(start: RunStart): AsyncGenerator<BatchResult> {
  const { options } = start;
  const started = performance.now();
  const outDir = path.resolve(options.out ?? 'output');
  const version = readVersion();
  let jobs: BatchJob[];
  try {
    jobs = await start.jobs;
  } catch (err) {
    start.rejectSummary(err);
    await options.threads?.close();
    await options.browser?.then((b) => b.close()).catch(() => undefined);
    throw err;
  }
  const run = await createRunContext(options, start.layers, jobs, start.checked.warmThemes, outDir, version);
  // Bounded hand-over of results from the workers to the consumer.
  const queue = createResultQueue<BatchResult>(Math.max(2, run.workerCount * 2), () => run.stop);
  const workers = Promise.all(Array.from({ length: run.workerCount }, () => runWorker(run, jobs, queue))).finally(() => queue.end());
  workers.catch(() => undefined);
  try {
    yield* queue.drain();
    await workers;
  } finally {
    start.resolveSummary(await finishRun(run, queue, workers, jobs.length, started));
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
  const layers: BatchLayers = {
    ...(options.flags ? { flags: options.flags } : {}),
    ...(options.config ? { config: options.config } : {}),
    ...(options.configDir ? { configDir: options.configDir } : {}),
    ...(options.configFile ? { configFile: options.configFile } : {}),
  };
  const checked = { warmThemes: [] as ThemeSpec[] };
  // Planning starts at once, so `jobs` settles before the iteration begins.
  const jobsPromise = planBatchJobs(inputs, options, layers, themeCache, checked);
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

  const generator = runBatch({ options, layers, jobs: jobsPromise, checked, resolveSummary, rejectSummary });
  return {
    [Symbol.asyncIterator]: () => generator,
    jobs: jobsPromise,
    summary,
  };
}
