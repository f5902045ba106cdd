// Formats an error or a warning for the terminal, once, as `file:line: message`.
import type { CvWarning } from '../model/warning.js';
import type { BatchError } from '../batch/batch-types.js';
import type { Styles } from './style-text.js';
import { relativize } from './relativize.js';

/** One printable line (or block) for an error (`error:`) or a warning (`warning:`). */
export function formatProblem(problem: unknown, kind: 'error' | 'warning', cwd: string, styles: Styles): string {
  const label = kind === 'error' ? styles.red('error') : styles.yellow('warning');
  if (kind === 'warning') {
    const w = problem as CvWarning;
    const where = w.file ? `${relativize(w.file, cwd)}${w.line !== undefined ? `:${w.line}` : ''}: ` : '';
    return `${where}${label}: ${w.message}`;
  }
  const e = (problem && typeof problem === 'object' ? problem : {}) as Partial<BatchError> & { column?: number };
  const message = typeof e.message === 'string' ? e.message : String(problem);
  const text = relativize(message, cwd).trimEnd();
  // CvpressError messages already read `file:line:col: what. hint`: put the label after that location.
  if (typeof e.file === 'string') {
    const where = `${relativize(e.file, cwd)}${e.line !== undefined ? `:${e.line}` : ''}${e.line !== undefined && e.column !== undefined && e.column !== null ? `:${e.column}` : ''}: `;
    return `${where}${label}: ${text.startsWith(where) ? text.slice(where.length) : text}`;
  }
  return `${label}: ${text}`;
}
