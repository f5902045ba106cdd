// Watches the memory of a Chromium's child processes while it prints, and stops any that passes the per-CV bound.
import { readFile, readdir } from 'node:fs/promises';
import type { Browser } from 'puppeteer-core';

/** A memory watch over one browser; see {@link watchMemory}. */
export interface MemoryWatch {
  /**
   * Marks a print with its CV's bound as running (the watch polls only while one is; with several, the
   * smallest bound holds); call the returned function when it ends.
   */
  hold(limitMb: number): () => void;
  /** The most recent process stopped for memory at or after `since` (a `performance.now()` time). */
  killedSince(since: number): { pid: number; rssMb: number; at: number } | undefined;
  /**
   * A renderer whose resident memory is above `limitMb` now (read once, nothing stopped): a print shorter
   * than one polling interval is checked this way when it ends.
   */
  over(limitMb: number): Promise<{ pid: number; rssMb: number } | undefined>;
}

const PAGE_BYTES = 4096;
const watches = new WeakMap<Browser, MemoryWatch>();

/** Every descendant of `pid` (children lists of each thread, recursively). */
async function descendants(pid: number): Promise<number[]> {
  const out: number[] = [];
  const queue = [pid];
  while (queue.length > 0 && out.length < 512) {
    const p = queue.shift()!;
    const tasks = await readdir(`/proc/${p}/task`).catch(() => [] as string[]);
    for (const t of tasks) {
      const text = await readFile(`/proc/${p}/task/${t}/children`, 'latin1').catch(() => '');
      for (const c of text.split(' ')) {
        const n = Number(c);
        if (Number.isInteger(n) && n > 0) {
          out.push(n);
          queue.push(n);
        }
      }
    }
  }
  return out;
}

const renderers = new Map<number, boolean>();

/** True when the process is one of Chromium's renderers (a page's process; the others are shared and restarted by Chromium). */
async function isRenderer(pid: number): Promise<boolean> {
  let known = renderers.get(pid);
  if (known === undefined) {
    known = (await readFile(`/proc/${pid}/cmdline`, 'latin1').catch(() => '')).includes('--type=renderer');
    if (renderers.size > 4096) renderers.clear();
    renderers.set(pid, known);
  }
  return known;
}

/** Resident memory of a process in bytes (0 when it is gone). */
async function residentBytes(pid: number): Promise<number> {
  const statm = await readFile(`/proc/${pid}/statm`, 'latin1').catch(() => '');
  return Number(statm.split(' ')[1] ?? 0) * PAGE_BYTES;
}

/**
 * The memory watch of `browser`: while a print holds it, every `intervalMs` it reads the resident memory of
 * each of Chromium's renderer processes (where a page is laid out, its images decoded and printed; from
 * `/proc`, so on Linux only) and kills any above the bound of the prints running at once. The page that process served crashes, and its print, seeing
 * {@link MemoryWatch.killedSince}, fails with `E_LIMIT` instead of a crash. One watch per browser.
 */
export function watchMemory(browser: Browser, intervalMs = 200): MemoryWatch {
  const known = watches.get(browser);
  if (known) return known;
  const kills: Array<{ pid: number; rssMb: number; at: number }> = [];
  // The bounds of the prints running now (a page's renderer cannot be told from another's: the smallest holds).
  const limits: number[] = [];
  let holders = 0;
  let timer: NodeJS.Timeout | undefined;
  let polling = false;
  const poll = async (): Promise<void> => {
    const root = browser.process()?.pid;
    if (polling || root === undefined || !browser.connected || limits.length === 0) return;
    const limit = Math.min(...limits) * 1024 * 1024;
    polling = true;
    try {
      for (const pid of await descendants(root)) {
        const rss = await residentBytes(pid);
        if (rss <= limit || !(await isRenderer(pid))) continue;
        try {
          process.kill(pid, 'SIGKILL');
          kills.push({ pid, rssMb: Math.round(rss / 1048576), at: performance.now() });
          if (kills.length > 50) kills.shift();
        } catch {
          /* gone already */
        }
      }
    } finally {
      polling = false;
    }
  };
  const watch: MemoryWatch = {
    hold(limitMb) {
      holders++;
      limits.push(limitMb);
      if (holders === 1 && process.platform === 'linux') {
        timer = setInterval(() => void poll(), intervalMs);
        timer.unref();
      }
      let released = false;
      return () => {
        if (released) return;
        released = true;
        holders--;
        limits.splice(limits.indexOf(limitMb), 1);
        if (holders === 0) clearInterval(timer);
      };
    },
    async over(limitMb) {
      const root = browser.process()?.pid;
      if (root === undefined || process.platform !== 'linux') return undefined;
      for (const pid of await descendants(root)) {
        const rss = await residentBytes(pid);
        if (rss > limitMb * 1048576 && (await isRenderer(pid))) return { pid, rssMb: Math.round(rss / 1048576) };
      }
      return undefined;
    },
    killedSince(since) {
      for (let i = kills.length - 1; i >= 0; i--) if (kills[i]!.at >= since) return kills[i];
      return undefined;
    },
  };
  watches.set(browser, watch);
  return watch;
}
