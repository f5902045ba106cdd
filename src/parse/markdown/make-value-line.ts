// Makes the value of a "Label: value" line into a line of its own, for a section carved out of another.
import type { Line } from './parse-types.js';

/**
 * The value part of a labelled line as a line of its own: the same line number and block, the label and
 * its markup cut from `plain` and `md`, no longer bold.
 * @param value - where the value starts in `l.plain` (0: the whole line)
 */
export function makeValueLine(l: Line, value: number): Line {
  if (value === 0) return l;
  const plain = l.plain.slice(value).trim();
  const colon = l.md.search(/[:：]/);
  const md = colon < 0 ? plain : l.md.slice(colon + 1).replace(/^\s*(?:\*\*|__)?\s*/, '');
  return { ...l, plain, md, bold: false, boldParts: [] };
}
