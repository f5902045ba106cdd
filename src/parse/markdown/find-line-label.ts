// Finds the label of a "Label: value" line: a few words before a colon.
import type { Line } from './parse-types.js';
import { dropLeadingIcons } from './drop-leading-icons.js';

/** A label is at most this many characters and words before its colon. */
const MAX_LABEL = 40;
const MAX_LABEL_WORDS = 4;

/**
 * The label of a "Label: value" line (its plain text, markup and list marks off) and where its value starts
 * in `plain`; undefined when the line has no such label or nothing after it.
 */
export function findLineLabel(l: Line): { label: string; value: number } | undefined {
  const c = l.plain.search(/[:：]/);
  if (c <= 0 || c > MAX_LABEL || c === l.plain.length - 1) return undefined;
  // ("🏫 毕业院校：…": an emoji before the label is no part of it)
  const label = dropLeadingIcons(l.plain.slice(0, c)).trim();
  if (!label || label.split(/\s+/).length > MAX_LABEL_WORDS) return undefined;
  return { label, value: c + 1 };
}
