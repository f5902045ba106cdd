// Collects every character an exported page can show: its text, the CSS `content` strings, and the case variants text-transform may need.

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', shy: '\u00AD', ndash: '–', mdash: '—', hellip: '…', middot: '·', bull: '•' };

/** Characters a browser may draw without them being in the text: list markers, counters, hyphens, quotes, ellipses. */
const ALWAYS = '0123456789 .,:;/()[]-‐–—·•…“”‘’"\'%+#&*\u00A0\u00AD\u2002\u2009\u202F';

/** The text of an HTML document: tags, comments and `<style>`/`<script>` bodies removed, entities decoded. */
function htmlText(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(style|script)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    // Attribute values a browser may show: alt text (a missing image) and titles.
    .replace(/<[^>]*?\b(?:alt|title)\s*=\s*"([^"]*)"[^>]*>/gi, ' $1 ')
    .replace(/<[^>]*>/g, ' ');
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, ref: string) => {
    if (ref[0] === '#') {
      const cp = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(cp) && cp <= 0x10ffff ? String.fromCodePoint(cp) : ' ';
    }
    return NAMED[ref.toLowerCase()] ?? m;
  });
}

/** The strings of CSS `content:` declarations (footers, separators, markers), with CSS escapes decoded. */
function cssStrings(css: string): string {
  const out: string[] = [];
  for (const decl of css.matchAll(/(?:content|list-style(?:-type)?|quotes)\s*:\s*([^;}]*)/gi)) {
    for (const str of (decl[1] ?? '').matchAll(/"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'/g)) {
      const raw = str[1] ?? str[2] ?? '';
      out.push(raw.replace(/\\([0-9a-f]{1,6})\s?|\\(.)/gi, (_, hex: string | undefined, ch: string | undefined) => (hex ? String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff)) : ch ?? '')));
    }
  }
  return out.join('');
}

/**
 * Every character an exported page may draw, as one string of unique characters: the document's text
 * (entities decoded, alt and title text included), the strings of the stylesheets' `content`, `list-style`
 * and `quotes` declarations, upper- and lower-case forms of every letter (for `text-transform`, small caps),
 * and digits and punctuation browsers generate (counters, hyphens, quotes, ellipses).
 * @param html - the document
 * @param css - the text of every stylesheet it uses
 */
export function collectUsedText(html: string, css: string[]): string {
  const chars = new Set<string>();
  const add = (s: string) => {
    for (const ch of s) {
      if (ch === '\n' || ch === '\r' || ch === '\t') continue;
      chars.add(ch);
      const up = ch.toUpperCase();
      const low = ch.toLowerCase();
      // Only single-character case forms (ß → SS is covered by S itself).
      if ([...up].length === 1) chars.add(up);
      if ([...low].length === 1) chars.add(low);
    }
  };
  add(htmlText(html));
  for (const sheet of css) add(cssStrings(sheet));
  add(ALWAYS);
  return [...chars].sort().join('');
}
