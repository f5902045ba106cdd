// Whether a date token is a given punctuation mark.
import type { DateToken } from './date-words.js';

/**
 * Whether `t` is the punctuation mark `c` (dashes are read as `-`, tildes and wave dashes as `~`).
 * @param t - a date token, or undefined past the line's end
 * @param c - the mark's code point
 */
export function isPunctMark(t: DateToken | undefined, c: number): boolean {
  return t?.kind === 'punct' && t.value === c;
}
