// Renders a Markdown fragment of a CV to sanitized HTML (markdown-it, then the sanitizer).
import MarkdownIt from 'markdown-it';
import type { CvWarning } from '../model/warning.js';
import { needsSanitizing } from './needs-sanitizing.js';
import { renderPlainText } from './render-plain-text.js';
import { renderSimpleMarkdown } from './render-simple-markdown.js';
import { sanitizeHtml } from './sanitize-html.js';

// Fuzzy links (`example.com` without a scheme) stay off, as markdown-it 15 leaves them: renderSimpleMarkdown relies on it.
const md = new MarkdownIt({ html: true, linkify: true, typographer: false, breaks: false });
md.linkify.set({ fuzzyLink: false });

/** Options for {@link renderMarkdown}. */
export interface RenderMarkdownOptions {
  /** Render as inline content (no wrapping `<p>`), for bullets and one-line fields. */
  inline?: boolean;
}

/**
 * Renders CV Markdown (summaries, highlights, generic sections) to HTML that is
 * safe to insert unescaped: markdown-it with raw HTML and linkify, then the
 * allow-list sanitizer, whose warnings (dropped tags, remote images) are returned. Fragments whose tokens
 * hold nothing the sanitizer would change (see `needsSanitizing`) skip it; plain text and the simplest Markdown
 * (see `renderPlainText`, `renderSimpleMarkdown`) skip markdown-it too, with the same HTML.
 */
export function renderMarkdown(source: string, options: RenderMarkdownOptions = {}): { html: string; warnings: CvWarning[] } {
  if (!source.trim()) return { html: '', warnings: [] };
  // Most bullets and one-line fields are plain text: the same HTML without markdown-it and the sanitizer.
  const plain = renderPlainText(source, options.inline === true);
  if (plain !== undefined) return { html: plain, warnings: [] };
  // Paragraphs, dash lists, emphasis and code spans: markdown-it's HTML without its token tree.
  const simple = renderSimpleMarkdown(md, source, options.inline === true);
  if (simple !== undefined) return { html: simple, warnings: [] };
  const tokens = options.inline ? md.parseInline(source, {}) : md.parse(source, {});
  const raw = md.renderer.render(tokens, md.options, {});
  // Markdown with no raw HTML, image or rewritten link comes out of the sanitizer as markdown-it wrote it.
  return needsSanitizing(tokens) ? sanitizeHtml(raw) : { html: raw, warnings: [] };
}
