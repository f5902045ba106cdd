// The one-line summary `cvpress render` ends with: what was rendered, unchanged, failed, pages, time, speed.
import type { BatchSummary } from '../batch/batch-types.js';
import type { Styles } from './style-text.js';

/**
 * Formats a render run's totals as one line (without the output folder), e.g. `3 rendered, 0 unchanged,
 * 0 failed, 4 pages, 2.1 s, 1.43 CVs/s`; browser restarts and the `--min-score` verdict only when there are some.
 * @param below - how many CVs scored below `minScore`
 */
export function formatRenderSummary(summary: BatchSummary, below: number, minScore: number | undefined, styles: Styles): string {
  const parts = [
    styles.green(`${summary.rendered} rendered`),
    `${summary.skipped} unchanged`,
    summary.failed ? styles.red(`${summary.failed} failed`) : '0 failed',
    ...(summary.notRun ? [`${summary.notRun} not run`] : []),
    `${summary.pages} page${summary.pages === 1 ? '' : 's'}`,
    `${(summary.wallMs / 1000).toFixed(1)} s`,
    `${summary.cvsPerSecond.toFixed(2)} CVs/s`,
    ...(summary.browserRestarts ? [`${summary.browserRestarts} browser restart${summary.browserRestarts === 1 ? '' : 's'}`] : []),
    ...(minScore !== undefined ? [below ? styles.red(`${below} below ATS ${minScore}`) : `all ≥ ATS ${minScore}`] : []),
  ];
  return parts.join(', ');
}
