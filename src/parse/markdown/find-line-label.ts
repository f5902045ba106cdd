// Finds the label of a "Label: value" line: a few words before a colon.
import type { Line } from './parse-types.js';

/** A label is at most this many characters and words before its colon. */
const MAX_LABEL = 40;
const MAX_LABEL_WORDS = 4;

/** Emoji (with their joiners and variation selectors) and spaces opening a label. */
const PICTOGRAPHS = /^[\p{Extended_Pictographic}\u200d\ufe0f\s]+/u;

/**
 * The label of a "Label: value" line (its plain text, markup and list marks off) and where its value starts
 * in `plain`; undefined when the line has no such label or nothing after it.
 */
export function findLineLabel(l: Line): { label: string; value: number } | undefined {
  const c = l.plain.search(/[:：]/);
  if (c <= 0 || c > MAX_LABEL || c === l.plain.length - 1) return undefined;
  // ("🏫 毕业院校：…": an emoji before the label is no part of it)
  const label = l.plain.slice(0, c).replace(PICTOGRAPHS, '').trim();
  if (!label || label.split(/\s+/).length > MAX_LABEL_WORDS) return undefined;
  return { label, value: c + 1 };
}
