// Turns body lines back into Markdown (paragraphs, nested lists, rows) so a section or an entry keeps its text and structure.
import type { Line } from './parse-types.js';

/** The Markdown of one line as it is shown again: list items with their marker and indentation. */
function lineMarkdown(l: Line, shallowest: number): string {
  switch (l.kind) {
    case 'item':
      return `${'  '.repeat(Math.max(0, l.depth - shallowest))}${l.ordered ? '1.' : '-'} ${l.md}`;
    case 'heading': {
      // shown all bold: bold runs inside it ("Hi, I'm **Jane Doe** 👋") would close the outer one
      const inner = l.md.replace(/^\*\*(.*)\*\*$/, '$1');
      return `**${inner.includes('**') ? inner.split('**').join('') : inner}**`;
    }
    case 'row':
      return (l.cells ?? []).filter((c) => c.trim()).join(' · ');
    case 'rule':
      return '';
    default:
      return l.md;
  }
}

/** A line whose text is HTML tags alone ("<img src=\"logo.png\" />"): nothing to read, all markup. */
const htmlOnly = (l: Line): boolean => l.plain.trim() === '' && l.md.trimStart().startsWith('<');

/**
 * Joins lines into Markdown: lines of one block stay together (one per line), blocks are separated by
 * a blank line, consecutive list items form one list, indented from the shallowest item among them (an
 * entry's sub-items under its head item are a list of their own, not a first item and its children).
 */
export function bodyMarkdown(lines: readonly Line[]): string {
  let out = '';
  let prev: Line | undefined;
  let shallowest = Infinity;
  for (const l of lines) if (l.kind === 'item' && l.depth < shallowest) shallowest = l.depth;
  for (const l of lines) {
    const text = lineMarkdown(l, shallowest);
    if (!text) {
      prev = undefined;
      continue;
    }
    if (!prev && out) out += '\n\n';
    else if (prev) {
      // (a line of HTML alone, "<img src=… />", ends its block: joined to the next line, it would make that line HTML too)
      const sameBlock = prev.block === l.block && l.kind !== 'item' && !htmlOnly(prev);
      const listRun = prev.kind === 'item' && l.kind === 'item';
      out += sameBlock ? (l.kind === 'row' ? '\n\n' : '  \n') : listRun ? '\n' : '\n\n';
    }
    out += text;
    prev = l;
  }
  return out.trim();
}
