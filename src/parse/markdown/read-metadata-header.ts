// Reads the metadata header of Pelican and MultiMarkdown pages ("Title: CV" / "Date: 2024-08-24" / "Status: published" at the top) as front matter.
import type { FrontMatterBlock } from './parse-types.js';

/** Keys of Pelican's and MultiMarkdown's metadata headers (lower case, `_` and spaces as written). */
const METADATA_KEYS = new Set([
  'title', 'date', 'modified', 'status', 'category', 'tags', 'keywords', 'slug', 'author', 'authors', 'summary',
  'lang', 'translation', 'template', 'save_as', 'url', 'subtitle', 'base header level', 'css',
]);
/** Keys only a page's metadata has: one of them must be there ("Author: Jane Doe" alone may be a CV's own field). */
const PAGE_KEYS = new Set(['title', 'date', 'modified', 'status', 'category', 'tags', 'slug', 'template', 'save_as', 'base header level']);
/** A "Key: value" line of such a header. */
const META_LINE = /^([A-Za-z][A-Za-z _]{0,30}):[ \t]+(\S.*)$/;

/**
 * The metadata header at the very top of a file with no front matter: every line of its first paragraph a
 * "Key: value" line whose key Pelican or MultiMarkdown reads, one of them a page's key (title, date, status, slug…).
 * Its lines are blanked in `body` and its values returned as front matter (keys in lower case), so that "Title: CV"
 * titles the document and "Status: published" prints nowhere. Undefined when the file does not open so.
 * @param lines - the file's lines
 * @param body - the body's lines, blanked where the header was
 */
export function readMetadataHeader(lines: readonly string[], body: string[]): FrontMatterBlock | undefined {
  const data: Record<string, unknown> = {};
  let end = 0;
  let page = false;
  for (; end < lines.length && lines[end]!.trim() !== ''; end++) {
    const m = META_LINE.exec(lines[end]!.trimEnd());
    const key = m?.[1]!.trim().toLowerCase();
    if (!m || !key || !METADATA_KEYS.has(key) || key in data) return undefined;
    data[key] = m[2]!.trim();
    page ||= PAGE_KEYS.has(key);
  }
  if (end === 0 || !page) return undefined;
  for (let i = 0; i < end; i++) body[i] = '';
  return { format: 'yaml', line: 1, endLine: end, raw: lines.slice(0, end).join('\n'), data };
}
