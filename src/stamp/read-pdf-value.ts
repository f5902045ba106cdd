// Reads one PDF object of the plain shapes Chromium writes, keeping each value as pdf-lib would write it back; anything else is declined.

/**
 * A PDF value as the stamp reads and writes it: dictionaries (entries in order, keys without their `/`),
 * arrays, references, streams (only those the stamp makes), and every other value as the exact text that
 * pdf-lib writes for it (`/Name`, `12`, `true`, `null`, `(text)`, `<FEFF…>`).
 */
export type PdfNode =
  | { kind: 'dict'; entries: Map<string, PdfNode> }
  | { kind: 'array'; items: PdfNode[] }
  | { kind: 'ref'; num: number; gen: number }
  | { kind: 'stream'; dict: Map<string, PdfNode>; contents: Uint8Array }
  | { kind: 'atom'; text: string };

class Declined extends Error {}

/** Nesting deeper than this is not a catalog, a trailer or an Info dictionary. */
const MAX_DEPTH = 32;
/** PDF white space (NUL, tab, line feed, form feed, carriage return, space). */
const isSpace = (c: number | undefined): boolean => c === 0x00 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d || c === 0x20;
/** PDF delimiters: ( ) < > [ ] { } / %. */
const isDelimiter = (c: number | undefined): boolean => c === 0x28 || c === 0x29 || c === 0x3c || c === 0x3e || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d || c === 0x2f || c === 0x25;
const isDigit = (c: number | undefined): boolean => c !== undefined && c >= 0x30 && c <= 0x39;
const isHexDigit = (c: number): boolean => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);

/** A cursor over the bytes. */
interface Cursor {
  buf: Uint8Array;
  at: number;
}

/** Skips white space; a comment is declined (pdf-lib reads those). */
function skip(r: Cursor): void {
  while (isSpace(r.buf[r.at])) r.at++;
  if (r.buf[r.at] === 0x25) throw new Declined();
}

/** The bytes from `start` to the cursor, as text (one character per byte). */
function text(r: Cursor, start: number): string {
  return Buffer.from(r.buf.buffer, r.buf.byteOffset + start, r.at - start).toString('latin1');
}

/** A regular token: bytes up to the next white space or delimiter. */
function word(r: Cursor): string {
  const start = r.at;
  while (r.at < r.buf.length && !isSpace(r.buf[r.at]) && !isDelimiter(r.buf[r.at])) r.at++;
  return text(r, start);
}

/** A name after its `/`: only printable ASCII without `#` escapes, written back by pdf-lib as read. */
function name(r: Cursor): string {
  r.at++;
  const n = word(r);
  if (n === '' || !/^[!-~]+$/.test(n) || n.includes('#')) throw new Declined();
  return n;
}

/** A whole number as pdf-lib writes it back (no sign, no leading zero, no fraction), or undefined. */
function wholeNumber(w: string): number | undefined {
  return /^(0|[1-9]\d{0,9})$/.test(w) ? Number(w) : undefined;
}

/** A number, or a reference `12 0 R`. */
function numberOrRef(r: Cursor): PdfNode {
  const first = wholeNumber(word(r));
  if (first === undefined) throw new Declined();
  const mark = r.at;
  while (isSpace(r.buf[r.at])) r.at++;
  if (isDigit(r.buf[r.at])) {
    const gen = wholeNumber(word(r));
    while (isSpace(r.buf[r.at])) r.at++;
    const after = r.buf[r.at + 1];
    if (gen !== undefined && r.buf[r.at] === 0x52 && (after === undefined || isSpace(after) || isDelimiter(after))) {
      r.at++;
      return { kind: 'ref', num: first, gen };
    }
  }
  r.at = mark;
  return { kind: 'atom', text: String(first) };
}

/** A literal string without escapes or inner parentheses, or a hex string of hex digits: kept as written. */
function stringAtom(r: Cursor): PdfNode {
  const start = r.at;
  const close = r.buf[r.at] === 0x28 ? 0x29 : 0x3e;
  for (r.at++; r.at < r.buf.length && r.buf[r.at] !== close; r.at++) {
    const c = r.buf[r.at]!;
    if (close === 0x29 ? c === 0x5c || c === 0x28 : !isHexDigit(c)) throw new Declined();
  }
  if (r.at >= r.buf.length) throw new Declined();
  r.at++;
  return { kind: 'atom', text: text(r, start) };
}

/** Reads the value at the cursor. */
function value(r: Cursor, depth: number): PdfNode {
  if (depth > MAX_DEPTH) throw new Declined();
  skip(r);
  const c = r.buf[r.at];
  if (c === 0x3c && r.buf[r.at + 1] === 0x3c) {
    r.at += 2;
    const entries = new Map<string, PdfNode>();
    for (skip(r); !(r.buf[r.at] === 0x3e && r.buf[r.at + 1] === 0x3e); skip(r)) {
      if (r.buf[r.at] !== 0x2f) throw new Declined();
      const key = name(r);
      if (entries.has(key)) throw new Declined();
      entries.set(key, value(r, depth + 1));
    }
    r.at += 2;
    return { kind: 'dict', entries };
  }
  if (c === 0x28 || c === 0x3c) return stringAtom(r);
  if (c === 0x2f) return { kind: 'atom', text: `/${name(r)}` };
  if (c === 0x5b) {
    r.at++;
    const items: PdfNode[] = [];
    for (skip(r); r.buf[r.at] !== 0x5d; skip(r)) items.push(value(r, depth + 1));
    r.at++;
    return { kind: 'array', items };
  }
  if (isDigit(c)) return numberOrRef(r);
  const w = word(r);
  if (w === 'true' || w === 'false' || w === 'null') return { kind: 'atom', text: w };
  throw new Declined();
}

/**
 * Reads the object at `at` (a trailer's dictionary, or an indirect object's body) when it holds only the
 * plain shapes a Chromium print has: dictionaries without duplicate keys, arrays, whole numbers,
 * references, `true`/`false`/`null`, names without `#` escapes, literal strings without escapes or inner
 * parentheses, hex strings. Each value is kept as the text pdf-lib writes for what its parser reads there,
 * so an update written from it is byte for byte pdf-lib's. A dictionary followed by `stream` is declined.
 * @param pdf - the file's bytes
 * @param at - where the object (or white space before it) starts
 * @returns the value and where it ends, or undefined for any other shape (the caller uses pdf-lib then)
 */
export function readPdfValue(pdf: Uint8Array, at: number): { value: PdfNode; end: number } | undefined {
  const r: Cursor = { buf: pdf, at };
  try {
    const v = value(r, 0);
    const end = r.at;
    while (isSpace(r.buf[r.at])) r.at++;
    if (v.kind === 'dict' && r.buf[r.at] === 0x73 && text({ buf: pdf, at: Math.min(pdf.length, r.at + 6) }, r.at) === 'stream') return undefined;
    return { value: v, end };
  } catch (err) {
    if (err instanceof Declined) return undefined;
    throw err;
  }
}
