// Test helper: runs print jobs on a few reused pages of one browser, in the order they were queued.
import type { Browser, Page } from 'puppeteer-core';

/** A pool of `size` pages of one browser; see {@link createPagePool}. */
export interface PagePool {
  /** Runs `job` on a free page (waiting, first come first served, when all are busy). */
  run<T>(job: (page: Page) => Promise<T>): Promise<T>;
}

/**
 * `size` pages of `browser`, opened on first need and reused from one job to the next (as `renderBatch`
 * does): a corpus walk then costs one browser launch, not one per CV. A page a job left closed (a print
 * that timed out) is replaced.
 */
export function createPagePool(browser: Browser, size: number): PagePool {
  const free: Page[] = [];
  const waiters: Array<(page: Page | undefined) => void> = [];
  let open = 0;
  const take = async (): Promise<Page> => {
    const idle = free.pop();
    if (idle) return idle;
    if (open < size) {
      open++;
      return browser.newPage();
    }
    const handed = await new Promise<Page | undefined>((resolve) => waiters.push(resolve));
    return handed ?? take();
  };
  const give = (page: Page): void => {
    const next = waiters.shift();
    if (page.isClosed()) {
      open--;
      next?.(undefined);
    } else if (next) next(page);
    else free.push(page);
  };
  return {
    async run<T>(job: (page: Page) => Promise<T>): Promise<T> {
      const page = await take();
      try {
        return await job(page);
      } finally {
        give(page);
      }
    },
  };
}
