// Watches the memory of a Chromium's child processes while it prints, and stops any that passes the per-CV bound.
import { readFileSync, readdirSync } from 'node:fs';
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

/** A small `/proc` file's text, or '' when it is gone. Read synchronously: a walk reads about a hundred of
 * them, and each asynchronous read (open, stat, read, close through the thread pool, and a promise) cost
 * 20–30 times the read itself, a third of the main thread's time in a batch. */
function readProc(file: string): string {
  try {
    return readFileSync(file, 'latin1');
  } catch {
    return '';
  }
}

/** The children of every thread of `pid` (a process's children are listed per thread that started them). */
function childrenOf(pid: number): number[] {
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return [];
  }
  const out: number[] = [];
  for (const t of tasks) {
    for (const c of readProc(`/proc/${pid}/task/${t}/children`).split(' ')) {
      const n = Number(c);
      if (Number.isInteger(n) && n > 0) out.push(n);
    }
  }
  return out;
}

/** Every descendant of `pid` (children lists of each thread, recursively). */
function descendants(pid: number): number[] {
  const out: number[] = [];
  const queue = [pid];
  while (queue.length > 0 && out.length < 512) {
    for (const n of childrenOf(queue.shift()!)) {
      out.push(n);
      queue.push(n);
    }
  }
  return out;
}

/** What a Chromium process's command line says: its `--type` ('' for the browser itself) and whether it runs as one process. */
interface ProcessKind {
  type: string;
  single: boolean;
}

const kinds = new Map<number, ProcessKind>();

/** {@link ProcessKind} of `pid` read now from its command line, and whether it had one (a process still there). */
function readKind(pid: number): ProcessKind & { live: boolean } {
  const cmdline = readProc(`/proc/${pid}/cmdline`);
  return { type: /--type=([a-z-]+)/.exec(cmdline)?.[1] ?? '', single: cmdline.includes('--single-process'), live: cmdline !== '' };
}

/**
 * {@link ProcessKind} of `pid`, from its command line, read once per pid. A zygote's is read again each time: a renderer
 * the zygote has just forked still shows the zygote's command line until it renames itself, and remembered as a zygote
 * it would never be seen as a renderer (a race that a loaded machine widens).
 */
function processKind(pid: number): ProcessKind {
  let known = kinds.get(pid);
  if (known === undefined) {
    known = readKind(pid);
    if (known.type === 'zygote') return known;
    if (kinds.size > 4096) kinds.clear();
    kinds.set(pid, known);
  }
  return known;
}

/** A Chromium process's `--type` (`renderer`, `zygote`, `gpu-process`…; '' for the browser itself). */
function processType(pid: number): string {
  return processKind(pid).type;
}

/** True when the process is one of Chromium's renderers (a page's process; the others are shared and restarted by Chromium). */
function isRenderer(pid: number): boolean {
  return processType(pid) === 'renderer';
}

/**
 * Whether `pid` is, read afresh, the renderer (or the one-process Chromium) that its remembered kind says: a process
 * id is reused once its process is gone (ids wrap at 32,768 on many machines, within minutes of a busy batch), and a
 * remembered renderer's id now held by a zygote, a GPU process or the browser itself must never be stopped. A stale
 * kind is forgotten.
 */
function stillPage(pid: number): boolean {
  const now = readKind(pid);
  const known = kinds.get(pid);
  if (known !== undefined && (known.type !== now.type || known.single !== now.single)) kinds.delete(pid);
  return now.live && (now.type === 'renderer' || (now.type === '' && now.single));
}

/** Resident memory of a process in bytes (0 when it is gone). */
function residentBytes(pid: number): number {
  const statm = readProc(`/proc/${pid}/statm`);
  return Number(statm.split(' ')[1] ?? 0) * PAGE_BYTES;
}

/** Every this many polls, the watch walks Chromium's whole process tree (about a hundred files); the polls
 * between read only the zygotes' children (see {@link walkRenderers}). */
const FULL_WALK_EVERY = 10;

/** True when Chromium `pid` runs as one process (`--single-process`, see launchBrowser): its pages are laid out in it. */
function isSingleProcess(pid: number): boolean {
  const kind = processKind(pid);
  return kind.type === '' && kind.single;
}

/**
 * Finds the renderers under a browser process. A full walk reads the children of every thread of every
 * process (about a hundred `/proc` files for a browser with two pages) and remembers the zygotes; a quick
 * one reads only the zygotes' children, since Chromium forks every renderer from a zygote (one thread
 * each), and falls back to the full walk when no zygote it knows is alive (a relaunched browser, or a
 * Chromium that runs without zygotes). A Chromium of one process is its own renderer.
 */
function walkRenderers(root: () => number | undefined): { renderers(full: boolean): number[] } {
  let zygotes: number[] = [];
  return {
    renderers(full) {
      const pid = root();
      if (pid === undefined) return [];
      if (isSingleProcess(pid)) return [pid];
      if (!full) full = !zygotes.some((z) => processType(z) === 'zygote' && readProc(`/proc/${z}/stat`) !== '');
      if (full) {
        const all = descendants(pid);
        zygotes = all.filter((p) => processType(p) === 'zygote');
        return all.filter(isRenderer);
      }
      return zygotes.flatMap(childrenOf).filter(isRenderer);
    },
  };
}

/**
 * The memory watch of `browser`: while a print holds it, every `intervalMs` it reads the resident memory of
 * each of Chromium's renderer processes (where a page is laid out, its images decoded and printed; from
 * `/proc`, so on Linux only) and kills the largest above the bound of the prints running at once (one per poll). The page that process served crashes, and its print, seeing
 * {@link MemoryWatch.killedSince}, fails with `E_LIMIT` instead of a crash. One watch per browser. The
 * renderers are found from the zygotes that fork them, with a walk of the whole process tree every
 * `FULL_WALK_EVERY` polls (see {@link walkRenderers}). A Chromium of one process is held to the bound above
 * what it took when first held, before any CV's page (its browser, GPU and network parts and a blank page,
 * which a renderer process of its own would not count: about 130 MB).
 */
export function watchMemory(browser: Browser, intervalMs = 200): MemoryWatch {
  const known = watches.get(browser);
  if (known) return known;
  const kills: Array<{ pid: number; rssMb: number; at: number }> = [];
  // The bounds of the prints running now (a page's renderer cannot be told from another's: the smallest holds).
  const limits: number[] = [];
  let holders = 0;
  let timer: NodeJS.Timeout | undefined;
  const tree = walkRenderers(() => browser.process()?.pid);
  // What a one-process Chromium took before any CV's page (see above); 0 for a renderer of its own.
  let base: { pid: number; bytes: number } | undefined;
  const pageBytes = (pid: number): number => {
    const rss = residentBytes(pid);
    if (processType(pid) !== '') return rss;
    if (base?.pid !== pid) base = { pid, bytes: rss };
    return Math.max(0, rss - base.bytes);
  };
  let polls = 0;
  // (one process per poll, the largest over the bound: the page that passed it is that one; the print it served then
  // fails and lets go, and a smaller renderer, another CV's or the browser's blank first tab, lives on unless it is still
  // over the bound at the next poll)
  const poll = (): void => {
    if (!browser.connected || limits.length === 0) return;
    const limit = Math.min(...limits) * 1024 * 1024;
    let worst: { pid: number; rss: number } | undefined;
    for (const pid of tree.renderers(polls++ % FULL_WALK_EVERY === 0)) {
      const rss = pageBytes(pid);
      if (rss > limit && rss > (worst?.rss ?? 0) && stillPage(pid)) worst = { pid, rss };
    }
    if (!worst) return;
    try {
      process.kill(worst.pid, 'SIGKILL');
      kills.push({ pid: worst.pid, rssMb: Math.round(worst.rss / 1048576), at: performance.now() });
      if (kills.length > 50) kills.shift();
    } catch {
      /* gone already */
    }
  };
  const watch: MemoryWatch = {
    hold(limitMb) {
      holders++;
      limits.push(limitMb);
      // a one-process Chromium's own part is taken before its first page is set
      const root = browser.process()?.pid;
      if (base === undefined && root !== undefined && process.platform === 'linux' && isSingleProcess(root)) pageBytes(root);
      if (holders === 1 && process.platform === 'linux') {
        timer = setInterval(poll, intervalMs);
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
      if (process.platform !== 'linux') return undefined;
      for (const pid of tree.renderers(false)) {
        const rss = pageBytes(pid);
        if (rss > limitMb * 1048576) return { pid, rssMb: Math.round(rss / 1048576) };
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
