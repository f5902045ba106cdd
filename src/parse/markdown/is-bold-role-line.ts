// Whether a line is a bold role line: a paragraph set wholly in bold, a few words naming a job, undated, no sentence ("**Web Developer / AWS/S3 Guru**").
import { isRoleLine } from './is-role-line.js';
import type { Line, ParseState } from './parse-types.js';

/** A paragraph line wholly in bold that is a role alone ({@link isRoleLine}): "**Software Development Engineer**". */
export function isBoldRoleLine(state: ParseState, l: Line | undefined): boolean {
  return l !== undefined && l.bold && isRoleLine(state, l);
}
