// Free-form Markdown CV → JSON Resume model (stub: replaced by the real parser).
import type { ParseResult } from '../model/parse-result.js';

/** Options for {@link parseMarkdown}. */
export interface ParseMarkdownOptions {
  /** The file name, for warnings and errors. */
  file?: string;
}

/**
 * Parses a Markdown CV (optional YAML front matter) into the résumé model.
 * Never throws on any Markdown; throws {@link MalformedError} only for broken front matter.
 */
export function parseMarkdown(text: string, options: ParseMarkdownOptions = {}): ParseResult {
  void options;
  return { resume: { sections: [{ title: 'CV', markdown: text }] }, warnings: [], explain: [], kind: 'markdown' };
}
