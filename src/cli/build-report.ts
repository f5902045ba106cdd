// The machine-readable report of a batch (`--report out.json`).
import type { BatchResult, BatchSummary } from '../batch/batch-types.js';
import { relativize } from './relativize.js';

/**
 * Builds the `--report` JSON: cvpress version, the summary, and per CV its input, output, status, theme,
 * pages, ms, warnings, error (`{ code, message, file, line, hint }`), with `--html` the web page (`{ output, bytes }`)
 * and with `--check` the ATS check (`{ score, checked, recovered, misses, problems }`); paths relative to `cwd`.
 */
export function buildReport(results: BatchResult[], summary: BatchSummary, opts: { cwd: string; version: string }): Record<string, unknown> {
  const rel = (p: string | undefined) => (p === undefined ? undefined : relativize(p, opts.cwd));
  return {
    cvpress: opts.version,
    summary: { ...summary, wallMs: Math.round(summary.wallMs), cvsPerSecond: Number(summary.cvsPerSecond.toFixed(2)) },
    results: results.map((r) => ({
      input: rel(r.input),
      output: r.status === 'failed' ? null : rel(r.output),
      status: r.status,
      theme: r.theme ?? null,
      pages: r.pages,
      ms: Math.round(r.ms),
      retries: r.retries,
      warnings: r.warnings.map((w) => ({ ...w, ...(w.file ? { file: rel(w.file) } : {}) })),
      ...(r.html ? { html: { output: rel(r.html.output), bytes: r.html.bytes } } : {}),
      ...(r.check ? { check: r.check } : {}),
      error: r.error ? { ...r.error, message: relativize(r.error.message, opts.cwd), ...(r.error.file ? { file: rel(r.error.file) } : {}) } : null,
    })),
  };
}
