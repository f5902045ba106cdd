// Renders one CV of a batch: prepared in a CV thread, skipped when unchanged, else printed on the pool, stamped and written.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createDeadline } from '../model/create-deadline.js';
import { findPackageRoot } from '../theme/find-package-root.js';
import type { BatchJob, BatchResult, PreparedCv } from './batch-types.js';
import { computeCacheKey } from './compute-cache-key.js';
import type { RunContext } from './create-run-context.js';
import { hashFolder } from './hash-folder.js';
import { htmlPathOf } from './html-path-of.js';
import { noteCacheError } from './note-cache-error.js';
import type { BatchCache, CacheEntry } from './open-cache.js';
import { printOnPool } from './print-on-pool.js';
import { toBatchError } from './to-batch-error.js';
import { writeAtomic } from './write-atomic.js';
import { writeExtras } from './write-extras.js';

/** The theme's own files plus the shared base every theme gets (`themes/_base`). */
async function hashTheme(dir: string): Promise<string> {
  const base = path.join(findPackageRoot(), 'themes', '_base');
  return `${await hashFolder(dir)}:${existsSync(base) ? await hashFolder(base) : ''}`;
}

/** The hash of a theme's files, computed once per run and theme. */
function themeHashOf(run: RunContext, dir: string): Promise<string> {
  let th = run.themeHashes.get(dir);
  if (!th) run.themeHashes.set(dir, (th = hashTheme(dir)));
  return th;
}

/** Records a written PDF in the cache, flushing the cache every 25 CVs. */
async function recordInCache(run: RunContext, cache: BatchCache, output: string, pdf: Uint8Array, entry: Omit<CacheEntry, 'pdf'>): Promise<void> {
  const sha256 = createHash('sha256').update(pdf).digest('hex');
  cache.set(output, { key: entry.key, pages: entry.pages, theme: entry.theme, pdf: { bytes: pdf.length, sha256 }, assets: entry.assets });
  if (++run.sinceFlush >= 25) {
    run.sinceFlush = 0;
    // The cache only saves work: failing to write it is reported once, never fails this CV.
    await cache.flush().catch((err: unknown) => noteCacheError(run.errors, run.outDir, err));
  }
}

/**
 * Renders one CV of a batch run within its own time limit: prepares it in a CV thread; when the cache holds
 * it unchanged (and not `force`), writes only its extras and reports it skipped; else prints it on the
 * pool, stamps it in a CV thread, writes the PDF atomically and its extras, and records it in the cache.
 * @returns the CV's result; a failure is a `failed` result (and drops the CV from the cache), never a throw
 */
export async function renderJob(job: BatchJob, run: RunContext): Promise<BatchResult> {
  const { options, threads, cache, version, want } = run;
  const t0 = performance.now();
  options.onStart?.(job.input);
  const deadline = createDeadline(run.base.timeoutMs);
  const call = { deadline, file: job.input, ...(options.signal ? { signal: options.signal } : {}) };
  let prep: PreparedCv | undefined;
  let retries = 0;
  try {
    const { prepared, first } = await threads.prepare(job.input, { ...run.layers, cwd: options.cwd ?? process.cwd() }, call);
    prep = prepared;
    const renderAt = (density: number) => threads.render(prepared, density, call);
    let key: string | undefined;
    if (cache) {
      key = computeCacheKey(prep, await themeHashOf(run, prep.theme.dir), version);
      const hit = options.force ? undefined : await cache.lookup(job.output, key);
      if (hit && (!options.html || existsSync(htmlPathOf(job.output)))) {
        const { warnings: _none, ...extras } = await writeExtras(prep, job.output, undefined, want, renderAt);
        return { input: job.input, output: job.output, status: 'skipped', theme: prep.theme.name, pages: hit.pages, ms: performance.now() - t0, warnings: prep.warnings, retries, ...extras };
      }
    }
    const printed = await printOnPool(prep, first, deadline, run);
    retries = printed.retries;
    // Stamping needs no page: the page already prints the next CV meanwhile.
    const stamp = { themeName: prep.theme.name, lang: prep.lang, version, date: prep.date };
    const pdf = await threads.stamp(printed.pdf, prep.resume, stamp, call);
    await writeAtomic(job.output, pdf);
    const { warnings: extraWarnings, ...extras } = await writeExtras(prep, job.output, { pdf, pages: printed.pages, density: printed.density }, want, renderAt);
    if (cache && key) await recordInCache(run, cache, job.output, pdf, { key, pages: printed.pages, theme: prep.theme.name, assets: printed.assets });
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
}
