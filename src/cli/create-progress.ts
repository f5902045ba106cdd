// Progress display of `cvpress render`: a redrawn bar on a TTY, one line per CV otherwise, nothing with --quiet.
import type { BatchResult } from '../batch/batch-types.js';
import type { CliIo } from './cli-io.js';
import { describeExtras } from './describe-extras.js';
import { formatProblem } from './format-problem.js';
import { foldRepeatedWarnings } from './fold-repeated-warnings.js';
import { relativize } from './relativize.js';
import type { Styles } from './style-text.js';

/** The progress display's events. */
export interface Progress {
  start(input: string): void;
  finish(result: BatchResult): void;
  /** Clears the bar (before the summary). */
  end(): void;
}

/** Progress modes: `bar` (TTY), `plain` (one line per CV), `quiet` (errors only, at the end). */
export type ProgressMode = 'bar' | 'plain' | 'quiet';

function clock(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

/**
 * Creates the progress display for `total` CVs, writing to stderr.
 * @param minScore - with `render --check --min-score`: ATS scores below it are shown in red
 */
export function createProgress(mode: ProgressMode, total: number, io: CliIo, styles: Styles, minScore?: number): Progress {
  const out = io.stderr;
  const started = performance.now();
  let done = 0;
  let current = '';
  let drawn = false;
  const width = Math.max(40, Math.min(io.stderr.columns || 80, 160));

  const draw = () => {
    if (mode !== 'bar') return;
    const elapsed = performance.now() - started;
    const rate = done > 0 ? (done * 1000) / elapsed : 0;
    const eta = rate > 0 ? clock(((total - done) / rate) * 1000) : '?';
    const barWidth = 20;
    const filled = total > 0 ? Math.round((done / total) * barWidth) : 0;
    const bar = `[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}]`;
    const fixed = `${bar} ${done}/${total} ${rate.toFixed(1)} CV/s ETA ${eta} `;
    const room = width - 1 - fixed.length;
    const file = room <= 1 ? '' : current.length > room ? `…${current.slice(current.length - room + 1)}` : current;
    out.write(`\r\x1b[K${fixed}${file}`);
    drawn = true;
  };
  const clear = () => {
    if (drawn) out.write('\r\x1b[K');
    drawn = false;
  };

  return {
    start(input) {
      current = relativize(input, io.cwd);
      draw();
    },
    finish(r) {
      done++;
      if (mode === 'quiet') return;
      clear();
      const name = relativize(r.input, io.cwd);
      const extras = describeExtras(r, io.cwd, styles, minScore);
      if (mode === 'plain') {
        const counter = `[${done}/${total}]`;
        if (r.status === 'failed') out.write(`${counter} ${styles.red('failed')}  ${name} (${r.error?.code ?? 'error'})\n`);
        else if (r.status === 'skipped') out.write(`${counter} ${styles.dim('skipped')} ${name} (unchanged)\n`);
        else out.write(`${counter} ${styles.green('rendered')} ${name} → ${relativize(r.output, io.cwd)} (${[`${r.pages} page${r.pages === 1 ? '' : 's'}`, `${Math.round(r.ms)} ms`, ...(r.retries ? ['retried'] : []), ...extras.inline].join(', ')})\n`);
        if (r.status === 'skipped' && extras.inline.length) out.write(`${' '.repeat(counter.length)} ${name}: ${extras.inline.join(', ')}\n`);
      } else if (extras.inline.length && (r.check?.misses.length || r.check?.problems.length)) {
        out.write(`${name}: ${extras.inline.join(', ')}\n`);
      }
      for (const line of extras.lines) out.write(`${line}\n`);
      for (const w of foldRepeatedWarnings(r.warnings)) out.write(`${formatProblem(w, 'warning', io.cwd, styles)}\n`);
      draw();
    },
    end() {
      clear();
    },
  };
}
