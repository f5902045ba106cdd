// Prints a prepared CV of a batch on a pooled page, retrying once when the browser (not the CV) failed.
import { CvpressError } from '../model/errors.js';
import type { Deadline } from '../model/create-deadline.js';
import type { BatchResult, PreparedCv } from './batch-types.js';
import type { BrowserPool, PageLease, PoolSlot } from './create-browser-pool.js';
import type { CvThreads } from './create-cv-threads.js';
import { printPrepared, type PrintedResume } from './print-prepared.js';

class WatchdogTimeout extends Error {}

/** How long past a CV's deadline Chromium may stay silent before the browser counts as hung. */
const HANG_GRACE_MS = 15_000;

/** `promise`, or a {@link WatchdogTimeout} when it has not settled within `ms`. */
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

/** What printing one CV on the pool needs from its batch. */
export interface JobContext {
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
export async function printOnPool(prep: PreparedCv, first: { html: string; warnings: BatchResult['warnings'] }, deadline: Deadline, job: JobContext): Promise<PrintedResume & { retries: number }> {
  let retries = 0;
  for (let attempt = 0; ; attempt++) {
    let lease: PageLease | undefined;
    // Waiting for a free page, or for Chromium to (re)launch, is not the CV's time.
    const resume = deadline.pause();
    const slot = await job.takeSlot().finally(resume);
    try {
      const resumeAgain = deadline.pause();
      lease = await job.pool.acquire(slot).finally(resumeAgain);
      const printing = printPrepared(prep, { browser: lease.browser, page: lease.page }, (d) => job.threads.render(prep, d, { deadline, file: prep.file, ...(job.signal ? { signal: job.signal } : {}) }), {
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
