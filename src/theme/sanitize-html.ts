// Allow-list HTML sanitizer for the raw HTML a CV may carry (formatting tags only, local images only).
import sanitize from 'sanitize-html';
import { createWarning, type CvWarning } from '../model/warning.js';

/** Formatting tags kept; everything else is dropped (its text kept, except for the raw-text tags below). */
const ALLOWED_TAGS = [
  'p', 'br', 'hr', 'div', 'span', 'blockquote', 'pre', 'code', 'kbd', 'samp', 'var',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hgroup', 'header', 'footer', 'section', 'article', 'aside', 'address',
  'strong', 'b', 'em', 'i', 'u', 's', 'del', 'ins', 'mark', 'small', 'sub', 'sup', 'abbr', 'cite', 'dfn', 'q',
  'time', 'data', 'bdi', 'bdo', 'wbr', 'ruby', 'rb', 'rp', 'rt', 'rtc',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'table', 'caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
  'figure', 'figcaption', 'a', 'img',
];

/** Tags whose content is not text for the reader (or is active content): dropped with their content. */
const NON_TEXT_TAGS = [
  'script', 'style', 'textarea', 'option', 'xmp', 'noscript', 'template', 'title', 'head',
  'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math', 'noembed', 'noframes', 'plaintext',
];

/** Attributes kept, per tag (no `style`, no event handlers, no `srcset`). */
const ALLOWED_ATTRIBUTES: Record<string, string[]> = {
  '*': ['class', 'lang', 'dir', 'title'],
  a: ['href'],
  img: ['src', 'alt', 'width', 'height'],
  th: ['colspan', 'rowspan', 'scope', 'align'],
  td: ['colspan', 'rowspan', 'align'],
  col: ['span'],
  colgroup: ['span'],
  ol: ['start', 'type', 'reversed'],
  li: ['value'],
  time: ['datetime'],
  data: ['value'],
  abbr: ['title'],
  bdo: ['dir'],
};

/** Deeper elements are unwrapped (text kept) so a hostile document cannot exhaust the layout engine. */
const NESTING_LIMIT = 200;

/** Largest `colspan` / `span` and `rowspan` kept (larger values are lowered): a CV table needs a few, and
 * Chromium builds a grid as large as the spans say (65534-row spans made a 10 KB table take 4.8 GB). */
const MAX_COLSPAN = 20;
const MAX_ROWSPAN = 50;

/** A tag name that is never allowed: images renamed to it are removed. */
const DROPPED_TAG = 'cvpress-dropped';

type ImageVerdict = { ok: true } | { ok: false; code: 'remote-image' | 'blocked-html'; reason: string };

/** Decides whether an `<img src>` is a relative path inside the CV's own folder. */
function judgeImageSource(raw: string | undefined): ImageVerdict {
  // eslint-disable-next-line no-control-regex
  const src = (raw ?? '').replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  if (src === '') return { ok: false, code: 'blocked-html', reason: 'it has no source' };
  if (/^(https?:)?[\\/][\\/]/i.test(src)) return { ok: false, code: 'remote-image', reason: 'it is remote (no request leaves the renderer)' };
  if (/^[a-z][a-z0-9+.-]*:/i.test(src)) return { ok: false, code: 'blocked-html', reason: 'only relative paths inside the CV folder are allowed' };
  let decoded = src;
  try {
    // Decode repeatedly so `%252e%252e` cannot hide a traversal.
    for (let i = 0; i < 3 && /%[0-9a-f]{2}/i.test(decoded); i++) decoded = decodeURIComponent(decoded);
  } catch {
    return { ok: false, code: 'blocked-html', reason: 'its path is not valid percent-encoding' };
  }
  if (/^[\\/]/.test(decoded) || decoded.includes('\\')) return { ok: false, code: 'blocked-html', reason: 'only relative paths inside the CV folder are allowed' };
  if (/^[a-z][a-z0-9+.-]*:/i.test(decoded)) return { ok: false, code: 'blocked-html', reason: 'only relative paths inside the CV folder are allowed' };
  const path = decoded.split(/[?#]/, 1)[0] ?? '';
  if (path.split('/').some((seg) => seg === '..')) return { ok: false, code: 'blocked-html', reason: 'it points outside the CV folder' };
  return { ok: true };
}

/** A span attribute as a whole number within 1..max, or undefined to drop it (not a number). */
function clampSpan(value: string | undefined, max: number): string | undefined {
  if (value === undefined) return undefined;
  const n = Number.parseInt(value.trim(), 10);
  if (!Number.isFinite(n)) return undefined;
  return String(Math.min(max, Math.max(1, n)));
}

/** Endings of file names, not of domains: `portfolio.html` is a relative link, `example.org` a site. */
const FILE_EXTENSIONS = /^(?:html?|xhtml|php|aspx?|jsp|md|markdown|txt|pdf|docx?|odt|rtf|xlsx?|pptx?|png|jpe?g|gif|svg|webp|avif|json|ya?ml|xml|csv|zip)$/i;

/** A link's target, absolute: `http(s):`, `mailto:`, `tel:` and `#anchor` stay; a bare domain (`www.x.org/a`) gets `https://`; other relative links have nowhere to go from a PDF. */
function absoluteHref(raw: string): { href?: string; dropped: boolean } {
  const href = raw.trim();
  if (href === '' || href.startsWith('#') || /^(?:https?|mailto|tel):/i.test(href)) return { href, dropped: false };
  if (/^[a-z][a-z0-9+.-]*:/i.test(href)) return { href, dropped: false }; // other schemes: the allow-list below removes them
  const domain = /^(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(\p{L}{2,})(?:[/?#]\S*)?$/u.exec(href);
  if (domain && (href.startsWith('www.') || !FILE_EXTENSIONS.test(domain[1]!))) return { href: `https://${href}`, dropped: false };
  return { dropped: true };
}

/** Shortens an attacker-chosen string before it goes into a warning. */
function clip(s: string): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > 80 ? `${one.slice(0, 77)}...` : one;
}

/**
 * Cleans HTML that came from a CV (raw HTML in Markdown, Markdown rendered to HTML) with an allow-list:
 * formatting tags only; no script, iframe, object, embed, form, meta, link, style, base, svg, event
 * handlers or `style` attributes; links only `http(s):`, `mailto:`, `tel:` or relative; images only
 * relative paths inside the CV folder (remote, `file:`, `data:`, absolute and `..` images are dropped);
 * table spans lowered to 20 columns and 50 rows; relative link targets removed (text kept), a bare domain
 * made `https://`. Never throws.
 * @param html - untrusted HTML fragment
 * @returns the safe HTML and one warning per kind of thing removed
 */
export function sanitizeHtml(html: string): { html: string; warnings: CvWarning[] } {
  // Text with no markup and no character reference (about half of a CV's Markdown fields, once rendered)
  // comes out of the sanitizer unchanged: skip its parser and per-call set-up.
  if (!/[<>&"]/.test(html)) return { html, warnings: [] };
  const warnings: CvWarning[] = [];
  const seen = new Set<string>();
  const warn = (code: string, message: string): void => {
    const key = `${code}\u0000${message}`;
    if (seen.has(key) || seen.size >= 100) return;
    seen.add(key);
    warnings.push(createWarning(code, message));
  };
  const allowedTags = new Set(ALLOWED_TAGS);
  const spans = (tag: string, attribs: Record<string, string>): Record<string, string> => {
    const out = { ...attribs };
    for (const [name, max] of [['colspan', MAX_COLSPAN], ['rowspan', MAX_ROWSPAN], ['span', MAX_COLSPAN]] as const) {
      if (out[name] === undefined) continue;
      const v = clampSpan(out[name], max);
      if (v === undefined) delete out[name];
      else {
        if (v !== out[name].trim()) warn('table-span', `Lowered a ${name} of ${clip(out[name])} on a <${tag}> to ${v}: a CV table needs no more.`);
        out[name] = v;
      }
    }
    return out;
  };

  const out = sanitize(html, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: ALLOWED_ATTRIBUTES,
    allowedSchemes: ['http', 'https', 'mailto', 'tel'],
    allowedSchemesByTag: { img: [] },
    allowedSchemesAppliedToAttributes: ['href', 'src', 'cite'],
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    nonTextTags: NON_TEXT_TAGS,
    nestingLimit: NESTING_LIMIT,
    parseStyleAttributes: false,
    enforceHtmlBoundary: false,
    onOpenTag: (name: string, attribs: Record<string, string>) => {
      if (name !== 'img' && !allowedTags.has(name)) {
        warn('blocked-html', `Removed a <${clip(name)}> element from the CV's HTML: only formatting tags are allowed.`);
      }
      for (const [attr, value] of Object.entries(attribs)) {
        if (/^on/i.test(attr)) warn('blocked-html', `Removed the event handler ${clip(attr)} from a <${clip(name)}> element: scripts never run.`);
        else if (attr === 'style') warn('blocked-html', `Removed a style attribute from a <${clip(name)}> element: inline styles are not allowed.`);
        else if (attr === 'srcset' || attr === 'poster' || attr === 'background') warn('blocked-html', `Removed the ${attr} attribute from a <${clip(name)}> element.`);
        else if (attr === 'href' && /^\s*(javascript|vbscript|data|file)\s*:/i.test(value.replace(/[\u0000-\u001f]/g, ''))) {
          warn('blocked-html', `Removed a ${clip(value.split(':')[0] ?? '')}: link: only http, https, mailto and tel links are allowed.`);
        }
      }
    },
    transformTags: {
      td: (tagName: string, attribs: Record<string, string>) => ({ tagName, attribs: spans(tagName, attribs) }),
      th: (tagName: string, attribs: Record<string, string>) => ({ tagName, attribs: spans(tagName, attribs) }),
      col: (tagName: string, attribs: Record<string, string>) => ({ tagName, attribs: spans(tagName, attribs) }),
      colgroup: (tagName: string, attribs: Record<string, string>) => ({ tagName, attribs: spans(tagName, attribs) }),
      a: (tagName: string, attribs: Record<string, string>) => {
        if (attribs.href === undefined) return { tagName, attribs };
        const { href, dropped } = absoluteHref(attribs.href);
        if (!dropped) return { tagName, attribs: { ...attribs, href: href! } };
        warn('relative-link', `Removed the link target "${clip(attribs.href)}" (its text is kept): a relative link has nowhere to go from a PDF. Write a full address such as https://example.com/page.`);
        const { href: _gone, ...rest } = attribs;
        return { tagName, attribs: rest };
      },
      img: (tagName: string, attribs: Record<string, string>) => {
        const verdict = judgeImageSource(attribs.src);
        if (verdict.ok) return { tagName, attribs };
        warn(verdict.code, `Dropped the image "${clip(attribs.src ?? '')}": ${verdict.reason}. Put the image next to the CV and use a relative path.`);
        return { tagName: DROPPED_TAG, attribs: {} };
      },
    },
  });
  return { html: out, warnings };
}
