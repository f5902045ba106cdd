// Records, once per run, that a batch's incremental cache could not be written.
import path from 'node:path';
import type { BatchError } from './batch-types.js';
import { toBatchError } from './to-batch-error.js';

/**
 * Adds an `E_CACHE` error to the run's own errors, unless one is there already: the cache only saves work,
 * so failing to write it is reported once and never fails a CV.
 * @param errors - the run's errors (the summary's `errors`)
 * @param outDir - the output folder, whose `.cvpress-cache.json` the error names
 */
export function noteCacheError(errors: BatchError[], outDir: string, err: unknown): void {
  if (errors.some((e) => e.code === 'E_CACHE')) return;
  const e = toBatchError(err, path.join(outDir, '.cvpress-cache.json'));
  errors.push({ ...e, code: 'E_CACHE', message: `the incremental cache could not be written (the PDFs are not affected): ${e.message}` });
}
