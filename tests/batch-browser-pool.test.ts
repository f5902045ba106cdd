// The browser pool with real Chromium: a recycle waits for jobs still opening their page on the old browser.
import { describe, expect, it } from 'vitest';
import { createBrowserPool, type PoolSlot } from '../src/batch/create-browser-pool.js';

const freshSlot = (): PoolSlot => ({ page: undefined, generation: 0, uses: 0 });

describe('createBrowserPool', () => {
  it('never closes the browser under a job that is still opening its page when a recycle starts', async () => {
    const pool = createBrowserPool({ recycleBrowserEvery: 3, recyclePagesEvery: 100 });
    try {
      const a = freshSlot();
      for (let i = 0; i < 2; i++) await pool.release(a, await pool.acquire(a));
      // b, the third job, opens a new page on the old browser; a's next job starts the recycle while b's page is opening.
      const b = freshSlot();
      const opening = pool.acquire(b);
      await new Promise((res) => setImmediate(res));
      const recycling = pool.acquire(a);
      const leaseB = await opening;
      expect(leaseB.page.isClosed()).toBe(false);
      expect(await leaseB.page.evaluate(() => 1 + 1)).toBe(2);
      await pool.release(b, leaseB);
      const leaseA = await recycling;
      expect(leaseA.generation).toBeGreaterThan(leaseB.generation);
      expect(await leaseA.page.evaluate(() => 2 + 2)).toBe(4);
      await pool.release(a, leaseA);
      expect(pool.restarts).toBe(0);
    } finally {
      await pool.close();
    }
  }, 60_000);
});
