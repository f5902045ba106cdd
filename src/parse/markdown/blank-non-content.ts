// Removes what is not content from a Markdown body (HTML comments, style/script/head/title, page-level tags, template tags) without moving any line.
import { findCodeSpans } from './find-code-spans.js';
import { readShortcodeTitle } from './read-shortcode-title.js';
import { readTemplateFields } from './read-template-fields.js';

/** Elements dropped with everything inside them (the HTML sanitizer drops them too). */
const DROP_WITH_CONTENT = new Set(['style', 'script', 'head', 'title']);
/** Tags that hold no content: dropped, and so is a stray closing tag of either list. */
const DROP_TAG = new Set(['html', 'body', 'meta', 'link', 'base']);
/** Elements that, empty, are anchors or icons: cut (see emptyElement). */
const EMPTY_OK = new Set(['span', 'a', 'i']);
/** A template tag longer than this is not one. */
const MAX_TEMPLATE_TAG = 2000;

interface Scan {
  text: string;
  fence: Uint8Array;
  /** Offset of each line's start. */
  starts: number[];
  /** Per line: the first blank line at or after it (lines.length when none). */
  nextBlank: Int32Array;
  /** indexOf results, reused while they still answer (the text never changes). */
  found: Map<string, [from: number, at: number]>;
  /** Ranges to remove, `[start, end)` pairs in order. */
  cut: number[];
  /** What replaces a cut, by its start: the fields a template tag's attributes carry. */
  put: Map<number, string>;
  /** Code spans of the line last asked about. */
  spanLine: number;
  spans: number[];
}

/**
 * Removes from `text` what a reader never sees: `<!-- … -->` comments, `<style>`, `<script>`, `<head>` and
 * `<title>` elements with their content, `<html>`, `<body>`, `<meta>`, `<link>`, `<base>` and `<!DOCTYPE>`
 * tags, and template tags (`{% … %}` with `{% comment %}…{% endcomment %}` blocks, `{{ … }}`, `{{< … >}}`,
 * `{{% … %}}`, `{# … #}`; `{% raw %}` keeps what it wraps). Fenced code blocks and code spans are left
 * alone. A template tag must end within its paragraph; an unclosed comment or element ends at the next
 * blank line, so nothing after it is lost. Line breaks inside removed text stay, so every line keeps its
 * number; a line left with only spaces becomes empty, and text that followed a removed tag at the start of
 * a line keeps that line's indentation. A template tag whose attributes name a role or an organisation
 * (`{{% job title="…" company="…" from="…" to="…" %}}`) leaves them in its place as one head line, one that
 * gives only dates (`{{< period from="…" to="…" >}}`) its dates, and a paired shortcode of one title alone on its
 * line (`{{< cv "Occupation" >}}` … `{{< /cv >}}`) a heading of that title.
 * @param text - Markdown with `\n` line breaks
 * @param fence - {@link findCodeFences} of its lines
 */
export function blankNonContent(text: string, fence: Uint8Array): string {
  // nothing can start a tag, a template tag or a code span: nothing to remove (and no line index to build)
  if (!/[<{`]/.test(text)) return text;
  const s = makeScan(text, fence);
  const special = /[<{`]/g;
  const n = text.length;
  let i = 0;
  while (i < n) {
    special.lastIndex = i;
    const m = special.exec(text);
    if (!m) break;
    const p = m.index;
    const line = lineOf(s, p);
    if (fence[line]) {
      let l = line;
      while (l < s.starts.length && fence[l]) l++;
      i = l < s.starts.length ? s.starts[l]! : n;
      continue;
    }
    const c = text.charCodeAt(p);
    const end = c === 96 ? skipCodeSpan(s, p, line) : c === 60 ? matchHtml(s, p) : matchTemplate(s, p);
    i = end > p ? end : p + 1;
  }
  return applyCuts(text, s.cut, s.put);
}

function makeScan(text: string, fence: Uint8Array): Scan {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const nextBlank = new Int32Array(starts.length + 1);
  nextBlank[starts.length] = starts.length;
  for (let l = starts.length - 1; l >= 0; l--) {
    const end = l + 1 < starts.length ? starts[l + 1]! - 1 : text.length;
    let blank = true;
    for (let k = starts[l]!; k < end && blank; k++) blank = text.charCodeAt(k) <= 32;
    nextBlank[l] = blank ? l : nextBlank[l + 1]!;
  }
  return { text, fence, starts, nextBlank, found: new Map(), cut: [], put: new Map(), spanLine: -1, spans: [] };
}

/** Line index of an offset (binary search). */
function lineOf(s: Scan, pos: number): number {
  let lo = 0;
  let hi = s.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s.starts[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Start of the first blank line after the line of `pos` (the end of its paragraph), or the text's end. */
function paragraphEnd(s: Scan, pos: number): number {
  const l = s.nextBlank[lineOf(s, pos) + 1]!;
  return l < s.starts.length ? s.starts[l]! : s.text.length;
}

/** `text.indexOf(needle, from)`, answered from the last search for `needle` when that still holds. */
function find(s: Scan, needle: string, from: number): number {
  const last = s.found.get(needle);
  if (last && last[0] <= from && (last[1] < 0 || last[1] >= from)) return last[1];
  const at = s.text.indexOf(needle, from);
  s.found.set(needle, [from, at]);
  return at;
}

/** Records a cut and returns its end. */
function cut(s: Scan, start: number, end: number): number {
  s.cut.push(start, end);
  return end;
}

/** Cuts a template tag, keeping the fields its attributes carry as a head line in its place. */
function cutTag(s: Scan, start: number, end: number, inner: string): number {
  const fields = readTemplateFields(inner) ?? shortcodeHeading(s, start, end, inner);
  if (fields !== undefined) s.put.set(start, fields);
  return cut(s, start, end);
}

/**
 * `## Occupation` for `{{< cv "Occupation" >}}` alone on its line and closed further down (`{{< /cv >}}`): a
 * site's box whose title is the section's heading (see readShortcodeTitle).
 */
function shortcodeHeading(s: Scan, start: number, end: number, inner: string): string | undefined {
  const t = s.text;
  const st = readShortcodeTitle(inner);
  if (!st) return undefined;
  const line = lineOf(s, start);
  const lineEnd = line + 1 < s.starts.length ? s.starts[line + 1]! - 1 : t.length;
  if (t.slice(s.starts[line]!, start).trim() !== '' || t.slice(end, lineEnd).trim() !== '') return undefined;
  const closed = find(s, `{{</${st.name}`, end) >= 0 || find(s, `{{< /${st.name}`, end) >= 0 || find(s, `{{% /${st.name}`, end) >= 0;
  return closed ? `## ${st.title}` : undefined;
}

/** The end of the code span opening at `p`, or `p + 1` when the backtick opens none. */
function skipCodeSpan(s: Scan, p: number, line: number): number {
  if (s.spanLine !== line) {
    const start = s.starts[line]!;
    const end = line + 1 < s.starts.length ? s.starts[line + 1]! - 1 : s.text.length;
    s.spans = findCodeSpans(s.text.slice(start, end)).map((x) => x + start);
    s.spanLine = line;
  }
  // the span holding p (binary search): skip to its end
  let lo = 0;
  let hi = s.spans.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (p < s.spans[2 * mid]!) hi = mid - 1;
    else if (p >= s.spans[2 * mid + 1]!) lo = mid + 1;
    else return s.spans[2 * mid + 1]!;
  }
  let e = p;
  while (s.text.charCodeAt(e) === 96) e++;
  return e;
}

/** A comment, a dropped element or a dropped tag at `p` (a `<`): cuts it and returns its end, else -1. */
function matchHtml(s: Scan, p: number): number {
  const t = s.text;
  if (t.startsWith('<!--', p)) {
    const close = find(s, '-->', p + 2);
    return cut(s, p, close >= 0 ? close + 3 : paragraphEnd(s, p));
  }
  let q = p + 1;
  const closing = t.charCodeAt(q) === 47;
  if (closing || t.charCodeAt(q) === 33) q++;
  const start = q;
  while (isNameChar(t.charCodeAt(q))) q++;
  const name = t.slice(start, q).toLowerCase();
  const after = t.charCodeAt(q);
  if (!(after === 62 || after === 47 || after <= 32 || Number.isNaN(after))) return -1;
  const isDoctype = t.charCodeAt(start - 1) === 33 && !closing;
  if (!closing && !isDoctype && EMPTY_OK.has(name)) return emptyElement(s, p, q, name);
  if (!isDoctype && !DROP_TAG.has(name) && !DROP_WITH_CONTENT.has(name)) return -1;
  if (isDoctype && name !== 'doctype') return -1;
  const gt = find(s, '>', q);
  if (gt < 0 || gt >= paragraphEnd(s, p)) return -1;
  if (closing || isDoctype || DROP_TAG.has(name) || t.charCodeAt(gt - 1) === 47) return cut(s, p, gt + 1);
  const close = findCloseTag(s, name, gt + 1);
  if (close < 0) return cut(s, p, paragraphEnd(s, p));
  const cgt = find(s, '>', close);
  return cut(s, p, cgt < 0 ? t.length : cgt + 1);
}

/**
 * `<span id="foss"></span>`, `<a name="top"></a>`, `<i class="fa fa-phone"></i>`: an anchor or icon element with
 * nothing inside shows nothing; cut (a line left empty by it ends its paragraph, as it does on the page).
 */
function emptyElement(s: Scan, p: number, q: number, name: string): number {
  const gt = find(s, '>', q);
  if (gt < 0 || gt >= paragraphEnd(s, p) || s.text.charCodeAt(gt - 1) === 47) return -1;
  const close = `</${name}>`;
  if (s.text.slice(gt + 1, gt + 1 + close.length).toLowerCase() !== close) return -1;
  const end = gt + 1 + close.length;
  // ("<div class="timeline-item">" / "<span class="timeline-dot"></span>" / "<div …>": alone on its line inside an HTML
  // block it stays, so that the block goes on past it, as on the page; it holds no text)
  return insideHtmlBlock(s.text, p, end) ? -1 : cut(s, p, end);
}

/** Whether `text[p, end)` stands alone on its line and the line before it is a line of HTML (an HTML block goes on). */
function insideHtmlBlock(text: string, p: number, end: number): boolean {
  const ls = text.lastIndexOf('\n', p - 1) + 1;
  const le = text.indexOf('\n', end);
  if (ls === 0 || text.slice(ls, p).trim() !== '' || text.slice(end, le < 0 ? text.length : le).trim() !== '') return false;
  const prev = text.slice(text.lastIndexOf('\n', ls - 2) + 1, ls - 1).trimStart();
  return prev.startsWith('<');
}

function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45;
}

/** Offset of `</name` (any case) from `from` on, or -1; remembered per name. */
function findCloseTag(s: Scan, name: string, from: number): number {
  const key = `</${name}`;
  const last = s.found.get(key);
  if (last && last[0] <= from && (last[1] < 0 || last[1] >= from)) return last[1];
  const t = s.text;
  let at = -1;
  for (let j = t.indexOf('</', from); j >= 0 && at < 0; j = t.indexOf('</', j + 2)) {
    if (t.slice(j + 2, j + 2 + name.length).toLowerCase() === name && !isNameChar(t.charCodeAt(j + 2 + name.length))) at = j;
  }
  s.found.set(key, [from, at]);
  return at;
}

/** A template tag at `p` (a `{`): cuts it and returns its end, else -1. */
function matchTemplate(s: Scan, p: number): number {
  const t = s.text;
  const c1 = t.charCodeAt(p + 1);
  if (c1 === 37) return liquidTag(s, p);
  if (c1 === 123) {
    const c2 = t.charCodeAt(p + 2);
    const end = tagEnd(s, p, c2 === 60 ? '>}}' : c2 === 37 ? '%}}' : '}}');
    if (end < 0) return -1;
    let e = end;
    while (t.charCodeAt(e) === 125 && e - end < 1) e++; // {{{ raw }}}
    return cutTag(s, p, e, t.slice(p + 2, end - 2));
  }
  if (c1 === 35 && (t.charCodeAt(p + 2) === 32 || t.charCodeAt(p + 2) === 45)) {
    const end = tagEnd(s, p, '#}');
    return end < 0 ? -1 : cut(s, p, end);
  }
  return -1;
}

/** End of a template tag opened at `p` and closed by `closer` within its paragraph and size bound, else -1. */
function tagEnd(s: Scan, p: number, closer: string): number {
  const at = find(s, closer, p + 2);
  if (at < 0 || at + closer.length - p > MAX_TEMPLATE_TAG || at >= paragraphEnd(s, p)) return -1;
  return at + closer.length;
}

/** `{% … %}`; `{% comment %}` runs to its `{% endcomment %}`; `{% raw %}` keeps its content as written. */
function liquidTag(s: Scan, p: number): number {
  const end = tagEnd(s, p, '%}');
  if (end < 0) return -1;
  const inner = s.text.slice(p + 2, end - 2).replace(/^[-\s]+/, '');
  const name = inner.slice(0, inner.search(/[\s-]|$/));
  if (name !== 'comment' && name !== 'raw') return cutTag(s, p, end, inner);
  const endName = find(s, `end${name}`, end);
  const endOpen = endName < 0 ? -1 : s.text.lastIndexOf('{%', endName);
  const endClose = endName < 0 ? -1 : find(s, '%}', endName);
  if (endOpen < end || endClose < 0) return cut(s, p, end);
  if (name === 'comment') return cut(s, p, endClose + 2);
  cut(s, p, end);
  return cut(s, endOpen, endClose + 2);
}

/**
 * The text without the cut ranges. A cut keeps the line breaks it spans; after a cut that spans a line
 * break or starts a line, the spaces that followed it go too (the line keeps its own indentation); lines
 * left with only white space become empty.
 */
function applyCuts(text: string, cuts: number[], put: ReadonlyMap<number, string>): string {
  if (cuts.length === 0) return text;
  const parts: string[] = [];
  let last = 0;
  for (let k = 0; k < cuts.length; k += 2) {
    const start = cuts[k]!;
    let end = cuts[k + 1]!;
    parts.push(text.slice(last, start), put.get(start) ?? '');
    let breaks = 0;
    for (let i = text.indexOf('\n', start); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) breaks++;
    parts.push('\n'.repeat(breaks));
    let ls = start;
    while (ls > 0 && (text.charCodeAt(ls - 1) === 32 || text.charCodeAt(ls - 1) === 9)) ls--;
    if (breaks > 0 || ls === 0 || text.charCodeAt(ls - 1) === 10) {
      while (text.charCodeAt(end) === 32 || text.charCodeAt(end) === 9) end++;
    }
    last = end;
  }
  parts.push(text.slice(last));
  const out = parts.join('').split('\n');
  for (let i = 0; i < out.length; i++) if (out[i]!.trim() === '') out[i] = '';
  return out.join('\n');
}
