// Unwraps a CV written whole inside one plain code fence (```text … ```), so that its lines are read as the CV.
import { findCodeFences } from './find-code-fences.js';

/** Info strings of a fence that holds prose, not code. */
const PLAIN_INFO: ReadonlySet<string> = new Set(['', 'text', 'txt', 'plain', 'plaintext', 'markdown', 'md', 'cv', 'resume']);

/** Lines outside the fence that still count as "the whole CV is fenced" (a stray title or note). */
const MAX_OUTSIDE = 2;

/** The fenced run's first and last line, when the lines hold exactly one fenced block. */
function onlyFence(flags: Uint8Array): [number, number] | undefined {
  const first = flags.indexOf(1);
  if (first < 0) return undefined;
  let last = first;
  while (last + 1 < flags.length && flags[last + 1] === 1) last++;
  return flags.indexOf(1, last + 1) < 0 ? [first, last] : undefined;
}

/**
 * Where the body is one fenced block with a plain info string (none, `text`, `markdown`…) and next to
 * nothing outside it, the fence lines are emptied and its content is dedented, so that the CV inside is
 * read like any other (a plain-text CV pasted into a Markdown page). Other bodies are returned as they are.
 * @param body - the body's lines (front matter already emptied)
 * @param fence - {@link findCodeFences} of the lines, when the caller has it
 * @returns the lines to read
 */
export function unwrapCvFence(body: readonly string[], fence: Uint8Array = findCodeFences(body)): readonly string[] {
  const span = onlyFence(fence);
  if (!span) return body;
  const [open, end] = span;
  const marker = body[open]!.trim();
  const run = marker.length - marker.replace(/^[`~]+/, '').length;
  if (!PLAIN_INFO.has(marker.slice(run).trim().toLowerCase())) return body;
  const outside = body.filter((l, i) => (i < open || i > end) && l.trim() !== '').length;
  const inside = body.slice(open + 1, end + 1).filter((l) => l.trim() !== '').length;
  if (outside > MAX_OUTSIDE || inside < 10) return body;
  const closes = body[end]!.trim().startsWith(marker.slice(0, run)) && end > open;
  const content = body.slice(open + 1, closes ? end : end + 1);
  let indent = Infinity;
  for (const l of content) if (l.trim() !== '') indent = Math.min(indent, l.length - l.trimStart().length);
  const out = body.slice();
  out[open] = '';
  if (closes) out[end] = '';
  content.forEach((l, k) => (out[open + 1 + k] = l.slice(Math.min(indent, l.length - l.trimStart().length))));
  return out;
}
