// Renders a Markdown fragment of a CV to sanitized HTML (markdown-it, then the sanitizer).
import MarkdownIt from 'markdown-it';
import type { CvWarning } from '../model/warning.js';
import { needsSanitizing } from './needs-sanitizing.js';
import { renderPlainText } from './render-plain-text.js';
import { sanitizeHtml } from './sanitize-html.js';

const md = new MarkdownIt({ html: true, linkify: true, typographer: false, breaks: false });

/** Options for {@link renderMarkdown}. */
export interface RenderMarkdownOptions {
  /** Render as inline content (no wrapping `<p>`), for bullets and one-line fields. */
  inline?: boolean;
}

/**
 * Renders CV Markdown (summaries, highlights, generic sections) to HTML that is
 * safe to insert unescaped: markdown-it with raw HTML and linkify, then the
 * allow-list sanitizer, whose warnings (dropped tags, remote images) are returned. Fragments whose tokens
 * hold nothing the sanitizer would change (see `needsSanitizing`) skip it.
 */
export function renderMarkdown(source: string, options: RenderMarkdownOptions = {}): { html: string; warnings: CvWarning[] } {
  if (!source.trim()) return { html: '', warnings: [] };
  // Most bullets and one-line fields are plain text: the same HTML without markdown-it and the sanitizer.
  const plain = renderPlainText(source, options.inline === true);
  if (plain !== undefined) return { html: plain, warnings: [] };
  const tokens = options.inline ? md.parseInline(source, {}) : md.parse(source, {});
  const raw = md.renderer.render(tokens, md.options, {});
  // Markdown with no raw HTML, image or rewritten link comes out of the sanitizer as markdown-it wrote it.
  return needsSanitizing(tokens) ? sanitizeHtml(raw) : { html: raw, warnings: [] };
}
