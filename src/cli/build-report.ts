// The machine-readable report of a batch (`--report out.json`).
import type { BatchResult, BatchSummary } from '../batch/batch-types.js';
import { relativize } from './relativize.js';

/**
 * Builds the `--report` JSON: cvpress version, the summary (with `missingGlyphs`: characters printed as empty
 * boxes, in all), and per CV its input, output, status, theme, pages, ms, `missingGlyphs`, warnings, error
 * (`{ code, message, file, line, hint }`), with `--html` the web page (`{ output, bytes }`) and with `--check`
 * the ATS check (`{ score, checked, recovered, misses, problems }`); paths relative to `cwd`.
 */
export function buildReport(results: BatchResult[], summary: BatchSummary, opts: { cwd: string; version: string }): Record<string, unknown> {
  const rel = (p: string | undefined) => (p === undefined ? undefined : relativize(p, opts.cwd));
  // Characters printed as empty boxes (no font of the theme draws them), counted per CV and in all.
  // (a `missing-glyph` warning names each of its characters with its code point: `"𓀀" (U+13000)`; the one for
  // a theme that declares no font says how many: `(57 different characters)`).
  const glyphsOf = (message: string): number =>
    message.match(/\(U\+[0-9A-F]{4,6}\)/g)?.length || Number(/\((\d+) different characters?\)/.exec(message)?.[1] ?? 1);
  const missingGlyphs = (r: BatchResult): number => r.warnings.reduce((n, w) => n + (w.code === 'missing-glyph' ? Math.max(1, glyphsOf(w.message)) : 0), 0);
  return {
    cvpress: opts.version,
    summary: { ...summary, wallMs: Math.round(summary.wallMs), cvsPerSecond: Number(summary.cvsPerSecond.toFixed(2)), missingGlyphs: results.reduce((n, r) => n + missingGlyphs(r), 0) },
    results: results.map((r) => ({
      input: rel(r.input),
      output: r.status === 'failed' ? null : rel(r.output),
      status: r.status,
      theme: r.theme ?? null,
      pages: r.pages,
      ms: Math.round(r.ms),
      retries: r.retries,
      missingGlyphs: missingGlyphs(r),
      warnings: r.warnings.map((w) => ({ ...w, ...(w.file ? { file: rel(w.file) } : {}) })),
      ...(r.html ? { html: { output: rel(r.html.output), bytes: r.html.bytes } } : {}),
      ...(r.check ? { check: r.check } : {}),
      error: r.error ? { ...r.error, message: relativize(r.error.message, opts.cwd), ...(r.error.file ? { file: rel(r.error.file) } : {}) } : null,
    })),
  };
}
