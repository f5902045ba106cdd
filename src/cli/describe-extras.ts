// Says what a CV got besides its PDF, for the progress display: the web page's size, the ATS score and misses, what breaks extraction.
import type { BatchResult } from '../batch/batch-types.js';
import { formatBytes } from './format-bytes.js';
import { relativize } from './relativize.js';
import type { Styles } from './style-text.js';

/** At most this many misses are named on the progress line (the report lists all). */
const MISSES_ON_LINE = 3;

/**
 * The parts a CV's progress line gains with `--html` and `--check` (`web page 162 kB`, `ATS 92: missed email,
 * work[1] (Yelp) position, +2 more`) and the lines printed under it (each extraction problem).
 * @param minScore - scores below it are shown in red
 */
export function describeExtras(r: BatchResult, cwd: string, styles: Styles, minScore?: number): { inline: string[]; lines: string[] } {
  const inline: string[] = [];
  const lines: string[] = [];
  if (r.html) inline.push(`web page ${formatBytes(r.html.bytes)}`);
  if (r.check) {
    const c = r.check;
    const low = minScore !== undefined && c.score < minScore;
    const score = low ? styles.red(`ATS ${c.score}`) : c.score === 100 ? styles.green(`ATS ${c.score}`) : styles.yellow(`ATS ${c.score}`);
    const named = c.misses.slice(0, MISSES_ON_LINE).map((m) => m.label);
    const more = c.misses.length > MISSES_ON_LINE ? [`+${c.misses.length - MISSES_ON_LINE} more`] : [];
    inline.push(c.misses.length ? `${score}: missed ${[...named, ...more].join(', ')}` : score);
    const where = relativize(r.output, cwd);
    for (const p of c.problems) lines.push(`${where}: ${styles.yellow('ats')}: ${p.code}: ${p.message}`);
  }
  return { inline, lines };
}
