// Whether markdown-it's tokens of a CV fragment hold anything the sanitizer would change: raw HTML, images, links it rewrites, attributes.
import type { Token } from 'markdown-it';

/** Link targets the sanitizer keeps exactly as markdown-it writes them. */
const KEPT_HREF = /^(?:https?:\/\/[^\s]|mailto:|tel:|#)/i;

/** Tokens deeper than this go through the sanitizer, whose nesting limit unwraps what is too deep. */
const SHALLOW = 100;

/** Whether one token (not its children) is something the sanitizer would remove, rewrite or check. */
function tokenNeedsSanitizing(token: Token): boolean {
  if (token.type === 'html_block' || token.type === 'html_inline' || token.type === 'image' || token.level > SHALLOW) return true;
  const attrs = token.attrs;
  if (attrs === null) return false;
  if (token.type === 'link_open') return attrs.length !== 1 || attrs[0]![0] !== 'href' || !KEPT_HREF.test(String(attrs[0]![1]));
  // An ordered list's start number is kept; any other attribute (a table cell's alignment `style`) is not.
  return token.type !== 'ordered_list_open' || attrs.some(([name]) => name !== 'start');
}

/**
 * Whether markdown-it's HTML of `tokens` must go through the sanitizer. It need not when the fragment has no
 * raw HTML, no image and only links to `http(s)`, `mailto:`, `tel:` or an anchor: markdown-it then writes only
 * tags of the sanitizer's allow-list, with text and attribute values escaped, and the sanitizer would give the
 * same document back (it writes `&quot;` in text as `"`, which reads the same).
 * @param tokens - `md.parse` or `md.parseInline` of the fragment
 */
export function needsSanitizing(tokens: Token[]): boolean {
  for (const token of tokens) {
    if (tokenNeedsSanitizing(token)) return true;
    if (token.children !== null && needsSanitizing(token.children)) return true;
  }
  return false;
}
