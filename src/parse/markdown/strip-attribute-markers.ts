// Removes attribute markup from Markdown lines: kramdown IALs/ALDs, pandoc heading/image/span attributes, attribute-only lines and fenced-div markers.
import { findCodeSpans } from './find-code-spans.js';
import { isInCodeSpan } from './is-in-code-span.js';

const ATX = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const LIST_ITEM = /^[ \t]*(?:[*+-]|\d{1,9}[.)])(?:[ \t]|$)/;

/**
 * Removes, in place, attribute markup that is never content: kramdown `{:…}` anywhere (`{:toc}` also takes
 * the one-item list it turns into a table of contents), a line that is only an attribute list (`{.info}`,
 * `{#id .class}`), pandoc attributes at the end of a heading (ATX or setext: `{-}`, `{#id}`, `{.unnumbered}`,
 * `{data-icon=suitcase}`) and right after an image, link or span (`![](x){width=80%}`), and fenced-div
 * markers (`::: {…}`, `::: name`, `:::`). Braces that are not an attribute list (`{x, y}`, JSON, code
 * spans, fenced code) stay.
 * @param lines - the body's lines (changed in place)
 * @param fence - {@link findCodeFences} of the lines
 */
export function stripAttributeMarkers(lines: string[], fence: Uint8Array): void {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (fence[i] || (line.indexOf('{') < 0 && line.indexOf(':::') < 0)) continue;
    const t = line.trim();
    if (t.startsWith(':::') && isFencedDivMarker(t)) {
      lines[i] = '';
      continue;
    }
    if (t.startsWith('{') && t.endsWith('}') && t.indexOf('}') === t.length - 1 && isAttributeList(t.slice(1, -1))) {
      lines[i] = '';
      if (t.slice(1, -1).trim() === ':toc' && i > 0 && LIST_ITEM.test(lines[i - 1]!)) lines[i - 1] = '';
      continue;
    }
    const heading = ATX.test(line) || (i + 1 < lines.length && t !== '' && SETEXT_UNDERLINE.test(lines[i + 1]!) && !SETEXT_UNDERLINE.test(line));
    lines[i] = stripInline(line, heading);
  }
}

/** `:::`, `::: {…}`, `::: name`, `::: name :::`. */
function isFencedDivMarker(t: string): boolean {
  let i = 0;
  while (t.charCodeAt(i) === 58) i++;
  if (i < 3) return false;
  let rest = t.slice(i).trim();
  while (rest.endsWith(':')) rest = rest.slice(0, -1).trimEnd();
  if (rest === '') return true;
  if (rest.startsWith('{')) return rest.endsWith('}') && isAttributeList(rest.slice(1, -1));
  for (let k = 0; k < rest.length; k++) if (!isIdentChar(rest.charCodeAt(k))) return false;
  return true;
}

/** The line without kramdown IALs, attributes after `)`/`]`, and (on a heading) a trailing attribute list. */
function stripInline(line: string, heading: boolean): string {
  const spans = line.indexOf('`') >= 0 ? findCodeSpans(line) : [];
  const parts: string[] = [];
  let last = 0;
  // (the next "}" and the next "{" are each found once per stretch of line, not once per "{": linear on "{{{{…")
  let close = -1;
  for (let p = line.indexOf('{'); p >= 0; ) {
    const next = line.indexOf('{', p + 1);
    if (close <= p) close = line.indexOf('}', p + 1);
    if (close < 0) break;
    // (a "{" before the "}": this one holds another, no attribute list)
    if (isInCodeSpan(spans, p) || (next >= 0 && next < close) || !isAttributeList(line.slice(p + 1, close))) {
      p = next;
      continue;
    }
    const inner = line.slice(p + 1, close);
    const prev = line.charCodeAt(p - 1);
    const atEnd = isClosingHashes(line.slice(close + 1));
    // (and after an icon's shortcode, mkdocs-material's ":material-school:{ .lg .middle }")
    if (inner.charCodeAt(0) !== 58 && prev !== 41 && prev !== 93 && !(heading && atEnd) && !(prev === 58 && /:[a-z0-9_+-]+:$/.test(line.slice(Math.max(0, p - 60), p)))) {
      p = next;
      continue;
    }
    let start = p;
    if (heading && atEnd) while (start > last && (line.charCodeAt(start - 1) === 32 || line.charCodeAt(start - 1) === 9)) start--;
    // ("[PhD Fellow]{style="font-size:20px;"}": a pandoc span's brackets go with its attributes, its text stays)
    // (not LaTeX's argument count, "\newcommand{\cvitem}[2]{#1 #2}": a span holds words)
    const open = prev === 93 ? spanOpening(line, last, p - 1) : -1;
    if (open >= 0) parts.push(line.slice(last, open), line.slice(open + 1, p - 1));
    else parts.push(line.slice(last, start));
    last = close + 1;
    p = line.indexOf('{', close + 1);
  }
  if (last === 0) return line;
  parts.push(line.slice(last));
  const out = parts.join('');
  return out.trim() === '' ? '' : out;
}

/**
 * The `[` that opens the bracketed span whose `]` is at `close`, searched back to `from` (brackets nested inside are
 * skipped); -1 where there is none, or where it is an image's or a link's (`![…]`, `[…](…)` ends with `)`).
 */
function spanOpening(line: string, from: number, close: number): number {
  let depth = 0;
  for (let k = close - 1; k >= from; k--) {
    const c = line.charCodeAt(k);
    if (c === 93) depth++;
    else if (c === 91 && depth > 0) depth--;
    else if (c === 91) return line.charCodeAt(k - 1) === 33 || !/\p{L}/u.test(line.slice(k + 1, close)) ? -1 : k;
  }
  return -1;
}

/** Nothing but spaces and the closing `#`s of an ATX heading. */
function isClosingHashes(rest: string): boolean {
  for (let k = 0; k < rest.length; k++) {
    const c = rest.charCodeAt(k);
    if (c !== 32 && c !== 9 && c !== 35) return false;
  }
  return true;
}

/**
 * A pandoc/kramdown attribute list's inside: `:…` (kramdown), or tokens `-`, `.class`, `#id`, `key=value`,
 * `key="value"` separated by spaces, at least one.
 */
function isAttributeList(s: string): boolean {
  if (s.charCodeAt(0) === 58) return true;
  let i = 0;
  let tokens = 0;
  const n = s.length;
  for (;;) {
    while (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 9) i++;
    if (i >= n) return tokens > 0;
    const c = s.charCodeAt(i);
    let j = i + 1;
    if (c === 45) {
      if (j < n && s.charCodeAt(j) !== 32) return false;
    } else if (c === 46 || c === 35) {
      while (j < n && isIdentChar(s.charCodeAt(j))) j++;
      if (j === i + 1) return false;
    } else {
      j = i;
      while (j < n && isIdentChar(s.charCodeAt(j))) j++;
      if (j === i || s.charCodeAt(j) !== 61) return false;
      j++;
      const q = s.charCodeAt(j);
      if (q === 34 || q === 39) {
        const e = s.indexOf(s[j]!, j + 1);
        if (e < 0) return false;
        j = e + 1;
      } else {
        const st = j;
        while (j < n && s.charCodeAt(j) !== 32 && s.charCodeAt(j) !== 9) j++;
        if (j === st) return false;
      }
    }
    if (j < n && s.charCodeAt(j) !== 32 && s.charCodeAt(j) !== 9) return false;
    tokens++;
    i = j;
  }
}

function isIdentChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 95 || c === 58 || c === 46 || c > 127;
}
