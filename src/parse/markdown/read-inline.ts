// Reads one line of inline Markdown (with inline HTML) in a single linear pass: its plain text, whether it is all bold/italic/code, its links and images.
import { collapseSpaces } from './collapse-spaces.js';
import { pushAll } from './push-all.js';

/** What a line of inline Markdown says, without its markup. */
export interface InlineInfo {
  /** Plain text: marks and tags removed, entities decoded, white space collapsed. */
  plain: string;
  /** Every letter and digit of the line is strong (`**`, `__`, `<b>`, `<strong>`). */
  bold: boolean;
  /** Every letter and digit is emphasised (`*`, `_`, `<i>`, `<em>`) and not all of them strong. */
  italic: boolean;
  /** Every letter and digit is in a code span. */
  code: boolean;
  links: ReadonlyArray<{ text: string; href: string }>;
  images: ReadonlyArray<{ alt: string; src: string }>;
  /** The plain text of each bold run and each italic run, in order. */
  boldParts: readonly string[];
  italicParts: readonly string[];
}

/** The empty list every line without markup shares (never changed: frozen). */
const NONE: readonly never[] = Object.freeze([]);

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', shy: '', hellip: '…',
  laquo: '«', raquo: '»', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', middot: '·', bull: '•', copy: '©',
  reg: '®', trade: '™', times: '×', rarr: '→', larr: '←', ensp: ' ', emsp: ' ', thinsp: ' ', zwj: '\u200d', zwnj: '\u200c',
  eacute: 'é', egrave: 'è', agrave: 'à', uuml: 'ü', ouml: 'ö', auml: 'ä', szlig: 'ß', ccedil: 'ç', euro: '€', deg: '°',
};

const enum Mark {
  Bold = 1,
  Italic = 2,
  Code = 4,
}

/** Every mark. */
const ALL_MARKS = Mark.Bold | Mark.Italic | Mark.Code;

/** A piece of output text with the marks in force. */
interface Piece {
  text: string;
  marks: number;
}

/** A run of `*` or `_` that may open or close emphasis. */
interface Delim {
  ch: string;
  /** Index of the placeholder piece that holds the run's characters. */
  piece: number;
  count: number;
  canOpen: boolean;
  canClose: boolean;
}

const isSpace = (c: string | undefined): boolean => c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '\u00a0';
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Whether a text has a letter or a digit, code point by code point (ASCII by its code unit, without a string per character). */
function hasWordChar(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 128) {
      if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
      continue;
    }
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < t.length && t.charCodeAt(i + 1) >= 0xdc00 && t.charCodeAt(i + 1) <= 0xdfff;
    if (WORD_CHAR.test(pair ? t.slice(i, i + 2) : t[i]!)) return true;
    if (pair) i++;
  }
  return false;
}
const PUNCT = /[\p{P}\p{S}]/u;
/** Punctuation or a symbol (in ASCII: every printable character that is no letter, digit or space; without a regular expression). */
const isPunct = (c: string | undefined): boolean => {
  if (c === undefined) return false;
  const n = c.charCodeAt(0);
  if (n < 128) return (n >= 0x21 && n <= 0x2f) || (n >= 0x3a && n <= 0x40) || (n >= 0x5b && n <= 0x60) || (n >= 0x7b && n <= 0x7e);
  return PUNCT.test(c);
};

/** Decodes one entity starting at `s[i] === '&'`; returns the text and the index after it, or undefined. */
function readEntity(s: string, i: number): [string, number] | undefined {
  const semi = s.indexOf(';', i + 1);
  if (semi < 0 || semi - i > 10) return undefined;
  const name = s.slice(i + 1, semi);
  if (name.startsWith('#')) {
    const hex = name[1] === 'x' || name[1] === 'X';
    const n = hex ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    if (!Number.isFinite(n) || n <= 0 || n >= 0x110000) return undefined;
    return [String.fromCodePoint(n), semi + 1];
  }
  const v = ENTITIES[name.toLowerCase()];
  return v === undefined ? undefined : [v, semi + 1];
}

/** The value of attribute `name` in an HTML tag's text, or undefined. */
function attr(tag: string, name: string): string | undefined {
  const lower = tag.toLowerCase();
  let from = 0;
  for (;;) {
    const k = lower.indexOf(name, from);
    if (k < 0) return undefined;
    from = k + name.length;
    const before = lower[k - 1];
    if (before !== undefined && !isSpace(before)) continue;
    let j = from;
    while (isSpace(tag[j])) j++;
    if (tag[j] !== '=') continue;
    j++;
    while (isSpace(tag[j])) j++;
    const q = tag[j];
    if (q === '"' || q === "'") {
      const end = tag.indexOf(q, j + 1);
      return end < 0 ? tag.slice(j + 1) : tag.slice(j + 1, end);
    }
    let e = j;
    while (e < tag.length && !isSpace(tag[e]) && tag[e] !== '>') e++;
    return tag.slice(j, e);
  }
}

/** Bracket partners: a map of the paired ones (most lines: a few), or, on a long line, one slot per character (-1: none). */
type Partners = Map<number, number> | Int32Array;
/** From this length on, a line's partners are kept one slot per character: a map of hundreds of thousands of pairs costs several times more. */
const DENSE_FROM = 4096;

/**
 * Bracket and parenthesis partners, found with one stack each in one pass: each paired bracket's place → its
 * partner's place, both ways (a few entries in a map, not an array as long as the line, except on a long line).
 */
function pairBrackets(s: string): Partners {
  const dense = s.length >= DENSE_FROM ? new Int32Array(s.length).fill(-1) : undefined;
  const partner = new Map<number, number>();
  const sq: number[] = [];
  const pa: number[] = [];
  const pair = (o: number, i: number): void => {
    if (dense) {
      dense[o] = i;
      dense[i] = o;
    } else partner.set(o, i).set(i, o);
  };
  // (by code unit: no string is made per character)
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x5c) {
      i++;
      continue;
    }
    if (c === 0x5b) sq.push(i);
    else if (c === 0x5d && sq.length) pair(sq.pop()!, i);
    else if (c === 0x28) pa.push(i);
    else if (c === 0x29 && pa.length) pair(pa.pop()!, i);
  }
  return dense ?? partner;
}

/** The partner of the bracket at `k` ({@link pairBrackets}), or -1. */
function partnerAt(partner: Partners, k: number): number {
  return partner instanceof Int32Array ? (k >= 0 && k < partner.length ? partner[k]! : -1) : (partner.get(k) ?? -1);
}

/** The scanner's working state for one line. */
interface Scan {
  s: string;
  /** Bracket partners ({@link pairBrackets}), found when a link is first read (most lines have none). */
  partner: Partners | undefined;
  pieces: Piece[];
  delims: Delim[];
  links: Array<{ text: string; href: string }>;
  images: Array<{ alt: string; src: string }>;
  /** Marks opened by HTML tags (counts per mark). */
  html: { bold: number; italic: number; code: number };
  /** Open `<a href>`: where its text starts in `pieces`. */
  anchor?: { href: string; from: number };
  /** The last search for `>`: from where, and where it was found (-1: nowhere after), so a run of `<` without `>` is searched once. */
  close?: { from: number; at: number };
}

const htmlMarks = (sc: Scan): number =>
  (sc.html.bold > 0 ? Mark.Bold : 0) | (sc.html.italic > 0 ? Mark.Italic : 0) | (sc.html.code > 0 ? Mark.Code : 0);

function push(sc: Scan, text: string, extra = 0): void {
  if (text) sc.pieces.push({ text, marks: htmlMarks(sc) | extra });
}

/**
 * A link's text with emphasis on a part of it ("[Coursera *Reactive Programming*](…)"): its pieces, each run with its
 * mark, found in order in its plain text (a run found nowhere after the last is left unmarked).
 */
function pushRuns(sc: Scan, info: InlineInfo): void {
  const runs = [...info.boldParts.map((t) => ({ t, m: Mark.Bold })), ...info.italicParts.map((t) => ({ t, m: Mark.Italic }))];
  let at = 0;
  for (const r of runs.map((r) => ({ ...r, i: info.plain.indexOf(r.t) })).filter((r) => r.i >= 0).sort((a, b) => a.i - b.i)) {
    if (r.i < at) continue;
    push(sc, info.plain.slice(at, r.i));
    push(sc, r.t, r.m);
    at = r.i + r.t.length;
  }
  push(sc, info.plain.slice(at));
}

/** The index of the first `>` at or after `from`, or -1; reuses the last search when it still answers (`from` only grows). */
function nextClose(sc: Scan, from: number): number {
  const last = sc.close;
  if (last !== undefined && last.from <= from && (last.at < 0 || last.at >= from)) return last.at;
  const at = sc.s.indexOf('>', from);
  sc.close = { from, at };
  return at;
}

/** The index of the first character at or after `i` that is no space (at most a few looked at). */
function afterSpaces(s: string, i: number): number {
  let k = i;
  while (k < i + 8 && (s[k] === ' ' || s[k] === '\t')) k++;
  return k;
}

/** Reads an HTML tag at `s[i] === '<'`; returns the index after it, or -1 when it is not a tag. */
function readTag(sc: Scan, i: number): number {
  const s = sc.s;
  const close = nextClose(sc, i + 1);
  if (close < 0) return -1;
  const tag = s.slice(i + 1, close);
  // autolinks <https://…>, <mailto:…>, <name@host>
  if (/^(?:https?|ftp|mailto|tel):[^\s<>]*$/i.test(tag) || /^[^\s<>@]+@[^\s<>@]+$/.test(tag)) {
    const text = tag.replace(/^mailto:/i, '');
    sc.links.push({ text, href: tag.includes('@') && !/^mailto:/i.test(tag) ? `mailto:${tag}` : tag });
    push(sc, text);
    return close + 1;
  }
  const m = /^(\/?)([A-Za-z][A-Za-z0-9-]*)/.exec(tag);
  if (!m) return -1;
  const closing = m[1] === '/';
  const name = m[2]!.toLowerCase();
  const delta = closing ? -1 : 1;
  // (an underline marks a line as a bold run does: "<u>Registered Nurse</u>" over the posts held as one)
  if (name === 'b' || name === 'strong' || name === 'u') sc.html.bold = Math.max(0, sc.html.bold + delta);
  else if (name === 'i' || name === 'em') sc.html.italic = Math.max(0, sc.html.italic + delta);
  else if (name === 'code' || name === 'kbd') sc.html.code = Math.max(0, sc.html.code + delta);
  // ("San Luis Obispo, CA<br>Jul 2019 - Sep 2019": a line break between two words of one source line parts two of its fields)
  else if (name === 'br' && sc.pieces.length > 0 && /[\p{L}\p{N}.)]$/u.test(sc.pieces[sc.pieces.length - 1]!.text) && /[\p{L}\p{N}]/u.test(s[close + 1] ?? '')) push(sc, ' · ');
  else if (name === 'br' || name === 'p' || name === 'div' || name === 'li' || name === 'td' || name === 'th') push(sc, ' ');
  // a span styled as a box of its own ("Developer</span><span class="right">2025.04 - Now</span>") is set apart from its neighbours
  // (not before a mark it opens with: "团队<span class="role">:&nbsp;基础平台开发</span>")
  // (a span of a class is a field's box, set apart as one; a span of a style only colours its letters: "Dohoon <span style="color:orange">Lim</span>")
  // (so is a span floated to a side, its text behind spaces: "**Teaching Assistant** <span style="float:right;"> Feb 2023 &mdash; Jun 2023 </span>")
  else if (name === 'span' && ((!closing && /\s(?:class|style)\s*=/i.test(tag) && /[\p{L}\p{N}]/u.test(s[afterSpaces(s, close + 1)] ?? '')) || (closing && s[close + 1] === '<'))) push(sc, sc.pieces.length && !closing && /\sclass\s*=|float\s*:\s*(?:right|left)/i.test(tag) ? ' | ' : ' ');
  // a VuePress/VitePress badge shows its text attribute: "湖南工商大学 <Badge type="tip" text="本科" />"
  else if (name === 'badge' && !closing) push(sc, ` ${decodeText(attr(tag, 'text') ?? '')} `);
  else if (name === 'img') {
    const alt = attr(tag, 'alt') ?? '';
    sc.images.push({ alt: decodeText(alt), src: attr(tag, 'src') ?? '' });
    push(sc, ' ');
  } else if (name === 'a') {
    if (!closing) sc.anchor = { href: attr(tag, 'href') ?? '', from: sc.pieces.length };
    else if (sc.anchor) {
      const text = sc.pieces.slice(sc.anchor.from).map((p) => p.text).join('').trim();
      sc.links.push({ text, href: sc.anchor.href });
      sc.anchor = undefined;
    }
  }
  return close + 1;
}

/** Decodes entities in a short attribute text. */
function decodeText(t: string): string {
  if (!t.includes('&')) return t;
  let out = '';
  for (let i = 0; i < t.length; i++) {
    if (t[i] === '&') {
      const e = readEntity(t, i);
      if (e) {
        out += e[0];
        i = e[1] - 1;
        continue;
      }
    }
    out += t[i];
  }
  return out;
}

/** Reads a code span at a backtick run; returns the index after it, or -1 when the run has no partner. */
function readCode(sc: Scan, i: number): number {
  const s = sc.s;
  let n = 0;
  while (s[i + n] === '`') n++;
  const fence = '`'.repeat(n);
  let from = i + n;
  for (;;) {
    const j = s.indexOf(fence, from);
    if (j < 0) return -1;
    let k = j + n;
    if (s[k] === '`') {
      while (s[k] === '`') k++;
      from = k;
      continue;
    }
    push(sc, s.slice(i + n, j).trim(), Mark.Code);
    return k;
  }
}

const SPACE = /\s/;
/** A line break as `[\n\r\u2028\u2029]` reads one, by code unit. */
const isLineBreak = (c: number): boolean => c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;

/**
 * A link target less its title: from the white space before the first quote that has white space before
 * it and no line break after it (what `.replace(/\s+["'].*$/, '')` removed), by scanning.
 */
function cutLinkTitle(href: string): string {
  let lastBreak = -1;
  for (let i = 0; i < href.length; i++) if (isLineBreak(href.charCodeAt(i))) lastBreak = i;
  for (let q = Math.max(1, lastBreak + 1); q < href.length; q++) {
    if ((href[q] !== '"' && href[q] !== "'") || !SPACE.test(href[q - 1]!)) continue;
    let start = q - 1;
    while (start > 0 && SPACE.test(href[start - 1]!)) start--;
    return href.slice(0, start);
  }
  return href;
}

/** Reads `[text](href)` or `![alt](src)` at `s[i] === '['`; returns the index after it, or -1. */
function readLink(sc: Scan, i: number, image: boolean): number {
  const s = sc.s;
  const partner = (sc.partner ??= pairBrackets(s));
  const close = partnerAt(partner, i);
  if (close < 0) return -1;
  const inner = s.slice(i + 1, close);
  if (s[close + 1] === '(' && partnerAt(partner, close + 1) > close) {
    const end = partnerAt(partner, close + 1);
    const href = cutLinkTitle(s.slice(close + 2, end).trim()).replace(/^<|>$/g, '');
    if (image) {
      const alt = readInline(inner).plain;
      sc.images.push({ alt, src: href });
      push(sc, alt);
    } else {
      const info = readInline(inner);
      sc.links.push({ text: info.plain, href });
      pushAll(sc.images, info.images);
      const marks = (info.bold ? Mark.Bold : 0) | (info.italic ? Mark.Italic : 0) | (info.code ? Mark.Code : 0);
      if (marks === 0 && info.plain.length < 200 && (info.boldParts.length || info.italicParts.length)) pushRuns(sc, info);
      else push(sc, info.plain, marks);
    }
    let k = end + 1;
    // pandoc attributes after an image or link: {width=80%}
    if (s[k] === '{') {
      const b = s.indexOf('}', k);
      if (b > 0 && b - k < 80) k = b + 1;
    }
    return k;
  }
  if (image) return -1;
  // [text][ref] and [text] (shortcut references) keep their text
  if (s[close + 1] === '[' && partnerAt(partner, close + 1) > close) {
    const info = readInline(inner);
    push(sc, info.plain, info.bold ? Mark.Bold : 0);
    return partnerAt(partner, close + 1) + 1;
  }
  return -1;
}

/** Records a run of `*` or `_` as a delimiter (its characters become a placeholder piece). */
function readDelims(sc: Scan, i: number): number {
  const s = sc.s;
  const ch = s[i]!;
  let n = 0;
  while (s[i + n] === ch) n++;
  const before = s[i - 1];
  const after = s[i + n];
  const leftFlanking = !isSpace(after) && (!isPunct(after) || isSpace(before) || isPunct(before));
  const rightFlanking = !isSpace(before) && (!isPunct(before) || isSpace(after) || isPunct(after));
  const canOpen = ch === '*' ? leftFlanking : leftFlanking && (!rightFlanking || isPunct(before));
  const canClose = ch === '*' ? rightFlanking : rightFlanking && (!leftFlanking || isPunct(after));
  sc.pieces.push({ text: s.slice(i, i + n), marks: htmlMarks(sc) });
  sc.delims.push({ ch, piece: sc.pieces.length - 1, count: n, canOpen, canClose });
  return i + n;
}

/**
 * Pairs emphasis delimiters (a simplified CommonMark algorithm: the nearest opener of the same
 * character wins) and marks the pieces between each pair; matched delimiter characters are removed.
 */
function matchDelims(sc: Scan): void {
  if (sc.delims.length === 0) return;
  const stacks: Record<string, number[]> = { '*': [], _: [] };
  // (plain arrays: a few entries, cheaper to make than typed arrays)
  const add = new Array<number>(sc.pieces.length + 1).fill(0);
  const addStrong = new Array<number>(sc.pieces.length + 1).fill(0);
  for (let d = 0; d < sc.delims.length; d++) {
    const cur = sc.delims[d]!;
    const stack = stacks[cur.ch]!;
    while (cur.canClose && cur.count > 0 && stack.length) {
      const o = sc.delims[stack[stack.length - 1]!]!;
      if (o.count === 0) {
        stack.pop();
        continue;
      }
      const use = o.count >= 2 && cur.count >= 2 ? 2 : 1;
      o.count -= use;
      cur.count -= use;
      const arr = use === 2 ? addStrong : add;
      arr[o.piece + 1]! += 1;
      arr[cur.piece]! -= 1;
      if (o.count === 0) stack.pop();
    }
    if (cur.canOpen && cur.count > 0) stack.push(d);
  }
  let em = 0;
  let strong = 0;
  for (let p = 0; p < sc.pieces.length; p++) {
    em += add[p]!;
    strong += addStrong[p]!;
    const piece = sc.pieces[p]!;
    if (em > 0) piece.marks |= Mark.Italic;
    if (strong > 0) piece.marks |= Mark.Bold;
  }
  for (const dl of sc.delims) sc.pieces[dl.piece]!.text = sc.pieces[dl.piece]!.text.slice(0, dl.count);
}

/** Characters that may start markup (`\\ & \` < [ ! * _`), by character code; every other character is text. */
const SPECIAL = new Uint8Array(128);
for (const c of '\\&`<[!*_') SPECIAL[c.charCodeAt(0)] = 1;
/** ASCII punctuation, which a backslash escapes. */
const escapable = (n: number): boolean => (n >= 33 && n <= 47) || (n >= 58 && n <= 64) || (n >= 91 && n <= 96) || (n >= 123 && n <= 126);

/** A character that may start markup (one of {@link SPECIAL}): a line without one is plain text. */
const MAY_MARK = /[\\&`<[!*_]/;

/** Emphasis delimiter runs read per line at most; past them `*` and `_` are text (no real line has this many; each run costs memory). */
const MAX_DELIMS = 4096;

/** Walks the line once, turning it into pieces, links and images; runs of plain characters are copied as slices. */
function scanLine(sc: Scan): void {
  const s = sc.s;
  let text = '';
  /** Start of the run of plain characters not yet added to `text`. */
  let run = 0;
  const flush = (): void => {
    push(sc, text);
    text = '';
  };
  for (let i = 0; i < s.length; ) {
    const n = s.charCodeAt(i);
    if (n >= 128 || SPECIAL[n] === 0) {
      i++;
      continue;
    }
    text += s.slice(run, i);
    run = i;
    const c = s[i]!;
    if (c === '\\' && i + 1 < s.length && escapable(s.charCodeAt(i + 1))) {
      text += s[i + 1];
      i += 2;
      run = i;
      continue;
    }
    if (c === '&') {
      const e = readEntity(s, i);
      if (e) {
        text += e[0];
        i = e[1];
        run = i;
        continue;
      }
    }
    let next = -1;
    if (c === '`') {
      flush();
      next = readCode(sc, i);
    } else if (c === '<') {
      // without a `>` after it, a `<` is text: no piece is cut for it
      if (nextClose(sc, i + 1) >= 0) {
        flush();
        next = readTag(sc, i);
      }
    } else if (c === '[' || (c === '!' && s[i + 1] === '[')) {
      flush();
      next = readLink(sc, c === '!' ? i + 1 : i, c === '!');
    } else if ((c === '*' || c === '_') && sc.delims.length < MAX_DELIMS) {
      flush();
      next = readDelims(sc, i);
    }
    // not markup: the character stays in the run
    if (next < 0) i++;
    else run = i = next;
  }
  text += s.slice(run);
  flush();
}

/**
 * "2014-2017　　硕士　　中科院计算所": a run of white space between words that holds two ideographic spaces or more (or one
 * beside a space: "株式会社 Dip 　データサイエンス・インターン") is a column's gap, as a tab is: " · ". One scan.
 */
function columnGaps(s: string): string {
  if (!s.includes('\u3000\u3000') && !/\u3000[ \t]|[ \t]\u3000/u.test(s)) return s;
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    if (!gapChar(s.charCodeAt(i))) continue;
    let end = i;
    let wide = 0;
    while (end < s.length && gapChar(s.charCodeAt(end))) if (s.charCodeAt(end++) === 0x3000) wide++;
    if ((wide >= 2 || (wide === 1 && end - i >= 2)) && i > 0 && end < s.length) {
      out += `${s.slice(from, i)} · `;
      from = end;
    }
    i = end - 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** A space, a tab or an ideographic space. */
function gapChar(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000;
}

/**
 * Reads a line of inline Markdown: its plain text and whether all of it is bold, italic or code,
 * with its links and images. Linear in the length of the line.
 */
export function readInline(md: string): InlineInfo {
  if (!MAY_MARK.test(md)) {
    const plain = collapseSpaces(columnGaps(md)).trim();
    return { plain, bold: false, italic: false, code: false, links: NONE, images: NONE, boldParts: NONE, italicParts: NONE };
  }
  const sc: Scan = { s: md, partner: undefined, pieces: [], delims: [], links: [], images: [], html: { bold: 0, italic: 0, code: 0 } };
  scanLine(sc);
  matchDelims(sc);
  let plain = '';
  // marks that some letter or digit lacks, and whether there is one at all: all of them carry a mark no piece with one lacks
  let lacking = 0;
  let letters = false;
  const boldParts: string[] = [];
  const italicParts: string[] = [];
  let prevMarks = 0;
  const anyMarks = sc.pieces.some((p) => p.marks !== 0 && p.text !== '');
  for (const p of sc.pieces) {
    if (p.text) {
      if (p.marks & Mark.Bold) {
        if (prevMarks & Mark.Bold && boldParts.length) boldParts[boldParts.length - 1] += p.text;
        else boldParts.push(p.text);
      }
      if (p.marks & Mark.Italic) {
        if (prevMarks & Mark.Italic && italicParts.length) italicParts[italicParts.length - 1] += p.text;
        else italicParts.push(p.text);
      }
      prevMarks = p.marks;
    }
    plain += p.text;
    // letters are looked for only to tell whether all of them carry a mark: a line without marks needs none, and a
    // piece needs looking at only while it could change the answer (it lacks a mark not yet lacked, or none was found)
    if (!anyMarks || (letters && (lacking | (~p.marks & ALL_MARKS)) === lacking)) continue;
    if (!hasWordChar(p.text)) continue;
    letters = true;
    lacking |= ~p.marks & ALL_MARKS;
  }
  plain = collapseSpaces(columnGaps(plain)).trim();
  const all = (mark: number): boolean => letters && (lacking & mark) === 0;
  return { plain, bold: all(Mark.Bold), italic: all(Mark.Italic) && !all(Mark.Bold), code: all(Mark.Code), links: sc.links, images: sc.images, boldParts: tidy(boldParts), italicParts: tidy(italicParts) };
}

/** Bold or italic runs, white space collapsed, the empty ones left out (the shared empty list when none is left). */
function tidy(parts: readonly string[]): readonly string[] {
  if (parts.length === 0) return NONE;
  const out = parts.map((x) => collapseSpaces(x).trim()).filter(Boolean);
  return out.length ? out : NONE;
}
