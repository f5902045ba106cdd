// The file extensions cvpress reads as CVs, and the parser each one goes to (one table for reading and for folder searches).
import type { SourceKind } from './parse-result.js';

/**
 * Extension (lower case, with its dot) → the parser that reads it. R Markdown (`.Rmd`) and Quarto (`.qmd`) are
 * Markdown with code chunks, which the Markdown parser reads (vitae tables) or keeps as text.
 */
export const SOURCE_KINDS: Readonly<Record<string, SourceKind>> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.mdown': 'markdown',
  '.mkd': 'markdown',
  '.rmd': 'markdown',
  '.qmd': 'markdown',
  '.txt': 'markdown',
  '.json': 'json',
  '.yaml': 'yaml',
  '.yml': 'yaml',
};
