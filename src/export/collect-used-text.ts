// Collects every character an exported page can show: its text, the CSS `content` strings, and the case variants text-transform may need.
import { findTags } from '../model/find-tags.js';
import { replaceFound } from '../model/replace-found.js';

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', shy: '\u00AD', ndash: '–', mdash: '—', hellip: '…', middot: '·', bull: '•' };

/** Characters a browser may draw without them being in the text: list markers, counters, hyphens, quotes, ellipses. */
const ALWAYS = '0123456789 .,:;/()[]-‐–—·•…“”‘’"\'%+#&*\u00A0\u00AD\u2002\u2009\u202F';

const ELEMENT = /<(style|script)\b/iy;
const CLOSERS = { style: /<\/style\s*>/gi, script: /<\/script\s*>/gi };
const TAG = /</y;
/** An `alt="…"` or `title="…"` attribute up to its value's opening quote. */
const SHOWN_ATTRIBUTE = /\b(?:alt|title)\s*=\s*"/iy;
const LINE_BREAK = /[\n\r\u2028\u2029]/;

/** `html` without its comments (each replaced by a space, as `.replace(/<!--[\s\S]*?-->/g, ' ')`), by scanning. */
function blankComments(html: string): string {
  let out = '';
  let last = 0;
  for (let i = html.indexOf('<!--'); i >= 0; i = html.indexOf('<!--', last)) {
    const end = html.indexOf('-->', i + 4);
    if (end < 0) break;
    out += `${html.slice(last, i)} `;
    last = end + 3;
  }
  return out + html.slice(last);
}

/**
 * Each tag with a shown attribute, and the attribute's value: what `/<[^>]*?\b(?:alt|title)\s*=\s*"([^"]*)"[^>]*>/gi`
 * matched (the first such attribute before the tag's first ">", its value may hold ">"), by scanning. A tag
 * with none is not scanned again from a "<" inside it.
 */
function* shownAttributes(html: string): Generator<{ start: number; end: number; value: string }> {
  for (let i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
    const gt = html.indexOf('>', i + 1);
    if (gt < 0) return;
    let found: { start: number; end: number; value: string } | undefined;
    for (let k = i + 1; k < gt && !found; k++) {
      SHOWN_ATTRIBUTE.lastIndex = k;
      if (!SHOWN_ATTRIBUTE.test(html)) continue;
      const close = html.indexOf('"', SHOWN_ATTRIBUTE.lastIndex);
      const end = close < 0 ? -1 : html.indexOf('>', close + 1);
      // no closing quote, or no ">" after it: no later attribute has one either
      if (end < 0) return;
      found = { start: i, end: end + 1, value: html.slice(SHOWN_ATTRIBUTE.lastIndex, close) };
    }
    if (found) {
      yield found;
      i = found.end - 1;
    } else i = gt;
  }
}

/** The text of an HTML document: tags, comments and `<style>`/`<script>` bodies removed, entities decoded. */
function htmlText(html: string): string {
  let text = blankComments(html);
  text = replaceFound(text, findTags(text, ELEMENT, CLOSERS), () => ' ');
  // Attribute values a browser may show: alt text (a missing image) and titles.
  text = replaceFound(text, shownAttributes(text), (a) => ` ${a.value} `);
  text = replaceFound(text, findTags(text, TAG), () => ' ');
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, ref: string) => {
    if (ref[0] === '#') {
      const cp = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(cp) && cp <= 0x10ffff ? String.fromCodePoint(cp) : ' ';
    }
    return NAMED[ref.toLowerCase()] ?? m;
  });
}

/**
 * The contents of the quoted strings of `s` (what `/"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'/g` found), by
 * scanning: a backslash escapes any character but a line break; a string that does not close is not scanned
 * again from a quote of its kind inside it (that quote was escaped, and the scan from it ends the same way).
 */
function quotedStrings(s: string): string[] {
  const out: string[] = [];
  const failedUntil: Record<string, number> = { '"': -1, "'": -1 };
  for (let i = 0; i < s.length; i++) {
    const q = s[i]!;
    if ((q !== '"' && q !== "'") || i < failedUntil[q]!) continue;
    let j = i + 1;
    for (; j < s.length && s[j] !== q; j++) if (s[j] === '\\' && (j + 1 >= s.length || LINE_BREAK.test(s[++j]!))) break;
    if (j < s.length && s[j] === q) {
      out.push(s.slice(i + 1, j));
      i = j;
    } else failedUntil[q] = j;
  }
  return out;
}

/** The strings of CSS `content:` declarations (footers, separators, markers), with CSS escapes decoded. */
function cssStrings(css: string): string {
  const out: string[] = [];
  for (const decl of css.matchAll(/(?:content|list-style(?:-type)?|quotes)\s*:\s*([^;}]*)/gi)) {
    for (const raw of quotedStrings(decl[1] ?? '')) {
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
