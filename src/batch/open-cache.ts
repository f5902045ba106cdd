// The incremental cache of a batch: <out>/.cvpress-cache[.shard-i-of-n].json, validated when read, merged under a lock when written.
import { createHash } from 'node:crypto';
import { open, readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { readRegularFile } from '../model/read-regular-file.js';
import type { Shard } from './batch-types.js';
import { writeAtomic } from './write-atomic.js';

/** One cached render: the key of everything it was made from, and what it made. */
export interface CacheEntry {
  key: string;
  pages: number;
  theme: string;
  /** The PDF written: its size and SHA-256 (a PDF changed or cut short since is rendered again). */
  pdf: { bytes: number; sha256: string };
  /** Files from the CV's folder the PDF was made from (images), real path → SHA-256 of the bytes used. */
  assets: Record<string, string>;
}

/** The cache of one output folder. */
export interface BatchCache {
  /** The entry of `output`, as read (not checked against the files; see `lookup`). */
  get(output: string): CacheEntry | undefined;
  /** The entry of `output` when it still holds: same key, every asset unchanged, the PDF there and unchanged. */
  lookup(output: string, key: string): Promise<CacheEntry | undefined>;
  set(output: string, entry: CacheEntry): void;
  delete(output: string): void;
  /** Writes this run's changes: under a lock, merged into what the file holds now (other runs' entries kept). */
  flush(): Promise<void>;
}

const VERSION = 2;
const HEX64 = /^[0-9a-f]{64}$/;
/** A lock older than this is left over from a killed run. */
const STALE_LOCK_MS = 30_000;
/** How long a flush waits for another run's lock before writing anyway (the merge still keeps their entries). */
const LOCK_WAIT_MS = 10_000;

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** The entry when it has the shape this version writes; anything else (a damaged or older file) is dropped. */
function validEntry(v: unknown): CacheEntry | undefined {
  if (!v || typeof v !== 'object') return undefined;
  const e = v as Record<string, unknown>;
  const pdf = e.pdf as Record<string, unknown> | undefined;
  const assets = e.assets as Record<string, unknown> | undefined;
  const ok =
    typeof e.key === 'string' && HEX64.test(e.key) &&
    typeof e.pages === 'number' && Number.isInteger(e.pages) && e.pages > 0 && e.pages < 100_000 &&
    typeof e.theme === 'string' &&
    !!pdf && typeof pdf === 'object' && typeof pdf.bytes === 'number' && Number.isInteger(pdf.bytes) && pdf.bytes > 0 && typeof pdf.sha256 === 'string' && HEX64.test(pdf.sha256) &&
    !!assets && typeof assets === 'object' && !Array.isArray(assets) && Object.entries(assets).every(([k, h]) => path.isAbsolute(k) && typeof h === 'string' && HEX64.test(h));
  return ok ? { key: e.key as string, pages: e.pages as number, theme: e.theme as string, pdf: { bytes: pdf.bytes as number, sha256: pdf.sha256 as string }, assets: assets as Record<string, string> } : undefined;
}

/** Reads one cache file's valid entries (none when it is missing or damaged: a damaged cache only costs re-renders). */
async function readEntries(file: string): Promise<Map<string, CacheEntry>> {
  const out = new Map<string, CacheEntry>();
  try {
    const json = JSON.parse(await readFile(file, 'utf8')) as { version?: unknown; entries?: Record<string, unknown> };
    if (json.version !== VERSION || !json.entries || typeof json.entries !== 'object') return out;
    for (const [rel, entry] of Object.entries(json.entries)) {
      const valid = validEntry(entry);
      if (valid && !rel.split('/').includes('..')) out.set(rel, valid);
    }
  } catch {
    /* missing or damaged */
  }
  return out;
}

/** Takes `<file>.lock` (created exclusively; a stale one from a killed run is removed). Returns its release, or undefined after waiting in vain. */
async function lock(file: string): Promise<(() => Promise<void>) | undefined> {
  const lockFile = `${file}.lock`;
  const until = Date.now() + LOCK_WAIT_MS;
  for (let delay = 20; ; delay = Math.min(delay * 2, 500)) {
    try {
      const fh = await open(lockFile, 'wx');
      await fh.writeFile(`${process.pid}\n`);
      await fh.close();
      return () => rm(lockFile, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const age = await stat(lockFile).then((s) => Date.now() - s.mtimeMs, () => 0);
      if (age > STALE_LOCK_MS) await rm(lockFile, { force: true });
      else if (Date.now() > until) return undefined;
      else await new Promise((r) => setTimeout(r, delay));
    }
  }
}

/**
 * Opens the cache of `outDir`. Every `.cvpress-cache*.json` there is read (so shards sharing one folder see
 * each other's entries), keeping only well-formed entries; this run writes only its own file
 * (`.cvpress-cache.json`, or `.cvpress-cache.shard-<i>-of-<n>.json` for a shard). Writing takes a lock
 * file, reads the file again and applies this run's changes to it, so runs into one folder at the same
 * time merge their entries instead of overwriting each other's.
 */
export async function openCache(outDir: string, shard?: Shard): Promise<BatchCache> {
  const own = path.join(outDir, shard ? `.cvpress-cache.shard-${shard.index}-of-${shard.count}.json` : '.cvpress-cache.json');
  const entries = new Map<string, CacheEntry>();
  const names = (await readdir(outDir).catch(() => [] as string[])).filter((n) => n.startsWith('.cvpress-cache') && n.endsWith('.json')).sort();
  for (const name of names) for (const [rel, entry] of await readEntries(path.join(outDir, name))) entries.set(rel, entry);
  const keyOf = (output: string) => path.relative(outDir, output).split(path.sep).join('/');
  // This run's changes since the last flush: an entry, or null for a removal.
  const changes = new Map<string, CacheEntry | null>();
  return {
    get: (output) => entries.get(keyOf(output)),
    async lookup(output, key) {
      const entry = entries.get(keyOf(output));
      if (!entry || entry.key !== key) return undefined;
      for (const [file, hash] of Object.entries(entry.assets)) {
        const now = await readRegularFile(file, { maxBytes: 64 * 1024 * 1024 }).then((r) => sha256(r.bytes), () => undefined);
        if (now !== hash) return undefined;
      }
      const pdf = await readRegularFile(output, { maxBytes: entry.pdf.bytes }).then((r) => r.bytes, () => undefined);
      if (!pdf || pdf.length !== entry.pdf.bytes || sha256(pdf) !== entry.pdf.sha256) return undefined;
      return entry;
    },
    set(output, entry) {
      entries.set(keyOf(output), entry);
      changes.set(keyOf(output), entry);
    },
    delete(output) {
      if (entries.delete(keyOf(output))) changes.set(keyOf(output), null);
    },
    async flush() {
      if (changes.size === 0) return;
      const mine = new Map(changes);
      changes.clear();
      try {
        const release = await lock(own);
        try {
          const merged = await readEntries(own);
          for (const [rel, entry] of mine) {
            if (entry) merged.set(rel, entry);
            else merged.delete(rel);
          }
          const sorted = Object.fromEntries([...merged.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
          await writeAtomic(own, `${JSON.stringify({ version: VERSION, entries: sorted }, null, 1)}\n`);
        } finally {
          await release?.();
        }
      } catch (err) {
        // Kept for the next flush: a folder that is read-only now may be writable again.
        for (const [rel, entry] of mine) if (!changes.has(rel)) changes.set(rel, entry);
        throw err;
      }
    },
  };
}
