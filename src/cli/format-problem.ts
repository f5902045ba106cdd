// Formats an error or a warning for the terminal, once, as `file:line: message`.
import { CvpressError } from '../model/errors.js';
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
  const message = problem instanceof CvpressError || (problem && typeof problem === 'object' && 'code' in problem && 'message' in problem)
    ? (problem as BatchError).message
    : problem instanceof Error
      ? problem.message
      : String(problem);
  // CvpressError messages already read `file:line: what. hint`; put the label after the location.
  const text = relativize(message, cwd).trimEnd();
  const m = /^([^\s:][^:\n]*:(?:\d+:)?(?:\d+:)? )/.exec(text);
  return m ? `${m[1]}${label}: ${text.slice(m[1]!.length)}` : `${label}: ${text}`;
}
