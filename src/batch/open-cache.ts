// The incremental cache of a batch: <out>/.cvpress-cache[.shard-i-of-n].json, read merged, written atomically.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Shard } from './batch-types.js';
import { writeAtomic } from './write-atomic.js';

/** One cached render. */
export interface CacheEntry {
  key: string;
  pages: number;
  theme: string;
}

/** The cache of one output folder. */
export interface BatchCache {
  get(output: string): CacheEntry | undefined;
  set(output: string, entry: CacheEntry): void;
  delete(output: string): void;
  /** Writes the cache file atomically when it changed. */
  flush(): Promise<void>;
}

/**
 * Opens the cache of `outDir`. Every `.cvpress-cache*.json` there is read (so shards sharing one folder see
 * each other's entries); this run writes only its own file (`.cvpress-cache.json`, or
 * `.cvpress-cache.shard-<i>-of-<n>.json` for a shard), so parallel shards never clobber one another.
 */
export async function openCache(outDir: string, shard?: Shard): Promise<BatchCache> {
  const own = path.join(outDir, shard ? `.cvpress-cache.shard-${shard.index}-of-${shard.count}.json` : '.cvpress-cache.json');
  const entries = new Map<string, CacheEntry>();
  const mine = new Map<string, CacheEntry>();
  let names: string[] = [];
  try {
    names = (await readdir(outDir)).filter((n) => /^\.cvpress-cache.*\.json$/.test(n)).sort();
  } catch {
    names = [];
  }
  for (const name of names) {
    try {
      const json = JSON.parse(await readFile(path.join(outDir, name), 'utf8')) as { entries?: Record<string, CacheEntry> };
      for (const [rel, entry] of Object.entries(json.entries ?? {})) {
        entries.set(rel, entry);
        if (path.join(outDir, name) === own) mine.set(rel, entry);
      }
    } catch {
      // A corrupt cache only costs a re-render.
    }
  }
  const keyOf = (output: string) => path.relative(outDir, output).split(path.sep).join('/');
  let dirty = false;
  return {
    get: (output) => entries.get(keyOf(output)),
    set(output, entry) {
      entries.set(keyOf(output), entry);
      mine.set(keyOf(output), entry);
      dirty = true;
    },
    delete(output) {
      entries.delete(keyOf(output));
      if (mine.delete(keyOf(output))) dirty = true;
    },
    async flush() {
      if (!dirty) return;
      dirty = false;
      const sorted = Object.fromEntries([...mine.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
      await writeAtomic(own, `${JSON.stringify({ version: 1, entries: sorted }, null, 1)}\n`);
    },
  };
}
