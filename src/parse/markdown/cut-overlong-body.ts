// Pass: a body of more lines than any CV has is read for its structure only up to a blank line near the limit; the rest is kept, unread, as text.
import { createWarning } from '../../model/warning.js';
import { findCodeFences } from './find-code-fences.js';
import type { ParseState } from './parse-types.js';

/**
 * Lines read for structure at most. The longest real CV of the corpus has under a thousand lines; past this
 * the reading would cost more than a second on a text of the 2 MB input limit (half a million short lines).
 */
export const MAX_READ_LINES = 5000;

/**
 * The line to cut before: the last blank line outside fenced code in the second half of the limit; else the
 * limit, or the opening line of the fenced block the limit falls in (a code block is never cut in two).
 */
function cutLine(lines: readonly string[]): number {
  const head = lines.slice(0, MAX_READ_LINES + 1);
  const fenced = findCodeFences(head);
  for (let i = MAX_READ_LINES; i > MAX_READ_LINES / 2; i--) {
    if (!fenced[i] && head[i]!.trim() === '') return i;
  }
  let cut = MAX_READ_LINES;
  while (cut > 0 && fenced[cut] && fenced[cut - 1]) cut--;
  return cut;
}

/**
 * Pass: sets `state.body`, the text the other passes read. Where the body has more than
 * {@link MAX_READ_LINES} lines, it ends at a blank line before the limit (outside fenced code), and the rest
 * becomes `state.overflow`: its first line and its Markdown, kept as written (its non-content already
 * blanked) and shown as a section of its own, with a warning. Nothing is lost; the time a parse takes is
 * bounded by the limit, not by the size of the file.
 */
export function cutOverlongBody(state: ParseState): void {
  const body = state.source.body;
  // fewer line breaks than the limit: nothing to cut (counted without splitting the text)
  let breaks = 0;
  for (let at = body.indexOf('\n'); at >= 0 && breaks <= MAX_READ_LINES; at = body.indexOf('\n', at + 1)) breaks++;
  if (breaks <= MAX_READ_LINES) {
    state.body = body;
    return;
  }
  const lines = body.split('\n');
  const cut = cutLine(lines);
  let first = cut;
  while (first < lines.length && lines[first]!.trim() === '') first++;
  state.body = lines.slice(0, cut).join('\n');
  if (first === lines.length) return;
  state.overflow = { line: first + 1, markdown: lines.slice(first).join('\n').trimEnd() };
  const total = lines.length - (lines[lines.length - 1] === '' ? 1 : 0);
  const message = `the CV has ${total} lines; the first ${cut} are read for its sections and entries, and the rest, from line ${first + 1}, is kept as text in a section of its own. A CV this long is usually several documents: split it, or shorten it.`;
  state.warnings.push(createWarning('too-many-lines', message, first + 1, state.file));
}
