// Reads one PDF dictionary at a byte offset with a small tokenizer: names, numbers and references by value, anything else skipped.
/** A value of a dictionary entry as {@link readPdfDict} gives it: only what page counting needs is kept. */
export type PdfValue = { kind: 'name'; name: string } | { kind: 'number'; value: number } | { kind: 'ref'; num: number; gen: number } | { kind: 'other' };

/** PDF white space (NUL, tab, line feed, form feed, carriage return, space). */
const isSpace = (c: number | undefined): boolean => c === 0x00 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d || c === 0x20;
/** PDF delimiters: ( ) < > [ ] { } / %. */
const isDelimiter = (c: number | undefined): boolean => c === 0x28 || c === 0x29 || c === 0x3c || c === 0x3e || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d || c === 0x2f || c === 0x25;
/** Nesting deeper than this (arrays, dictionaries) is not a document catalog or page tree: refused. */
const MAX_DEPTH = 32;
/** A dictionary longer than this many bytes is refused (the caller falls back to a full parser). */
const MAX_BYTES = 1 << 20;

class Refused extends Error {}

/** A cursor over the bytes, bounded at `end`. */
class Reader {
  constructor(
    readonly buf: Uint8Array,
    public at: number,
    readonly end: number,
  ) {}

  peek(offset = 0): number | undefined {
    return this.at + offset < this.end ? this.buf[this.at + offset] : undefined;
  }

  /** Skips white space and comments. */
  skip(): void {
    for (;;) {
      const c = this.peek();
      if (isSpace(c)) this.at++;
      else if (c === 0x25) while (this.at < this.end && this.buf[this.at] !== 0x0a && this.buf[this.at] !== 0x0d) this.at++;
      else return;
    }
  }

  /** A regular token (number, keyword): the bytes up to the next white space or delimiter. */
  word(): string {
    const start = this.at;
    while (this.at < this.end && !isSpace(this.buf[this.at]) && !isDelimiter(this.buf[this.at])) this.at++;
    return Buffer.from(this.buf.buffer, this.buf.byteOffset + start, this.at - start).toString('latin1');
  }
}

/** A name after its `/`, with `#xx` escapes decoded. */
function readName(r: Reader): string {
  r.at++;
  return r.word().replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** Skips a literal string `( … )`: balanced parentheses, backslash escapes. */
function skipLiteral(r: Reader): void {
  let depth = 0;
  for (; r.at < r.end; r.at++) {
    const c = r.buf[r.at];
    if (c === 0x5c) r.at++;
    else if (c === 0x28) depth++;
    else if (c === 0x29 && --depth === 0) {
      r.at++;
      return;
    }
  }
  throw new Refused();
}

/** An integer or real number token, or undefined when the word is not one. */
function toNumber(word: string): number | undefined {
  return /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/.test(word) ? Number(word) : undefined;
}

/** Reads one value at the cursor. */
function readValue(r: Reader, depth: number): PdfValue {
  if (depth > MAX_DEPTH) throw new Refused();
  r.skip();
  const c = r.peek();
  if (c === undefined) throw new Refused();
  if (c === 0x2f) return { kind: 'name', name: readName(r) };
  if (c === 0x3c && r.peek(1) === 0x3c) {
    readEntries(r, depth + 1);
    return { kind: 'other' };
  }
  if (c === 0x3c) {
    const close = r.buf.indexOf(0x3e, r.at);
    if (close < 0 || close >= r.end) throw new Refused();
    r.at = close + 1;
    return { kind: 'other' };
  }
  if (c === 0x28) {
    skipLiteral(r);
    return { kind: 'other' };
  }
  if (c === 0x5b) {
    r.at++;
    for (;;) {
      r.skip();
      if (r.peek() === 0x5d) {
        r.at++;
        return { kind: 'other' };
      }
      readValue(r, depth + 1);
    }
  }
  const word = r.word();
  const value = toNumber(word);
  if (value === undefined) {
    if (word === 'true' || word === 'false' || word === 'null') return { kind: 'other' };
    throw new Refused();
  }
  // `12 0 R` is a reference: look ahead for a generation number and `R`, else it was a plain number.
  const mark = r.at;
  r.skip();
  const gen = /^\d+$/.test(word) ? toNumber(r.word()) : undefined;
  if (gen !== undefined && Number.isInteger(gen)) {
    r.skip();
    if (r.peek() === 0x52 && (isSpace(r.peek(1)) || isDelimiter(r.peek(1)) || r.peek(1) === undefined)) {
      r.at++;
      return { kind: 'ref', num: value, gen };
    }
  }
  r.at = mark;
  return { kind: 'number', value };
}

/** Reads `<< … >>` at the cursor: its entries by key. */
function readEntries(r: Reader, depth: number): Map<string, PdfValue> {
  r.skip();
  if (r.peek() !== 0x3c || r.peek(1) !== 0x3c) throw new Refused();
  r.at += 2;
  const entries = new Map<string, PdfValue>();
  for (;;) {
    r.skip();
    if (r.peek() === 0x3e && r.peek(1) === 0x3e) {
      r.at += 2;
      return entries;
    }
    if (r.peek() !== 0x2f) throw new Refused();
    const key = readName(r);
    entries.set(key, readValue(r, depth));
  }
}

/**
 * Reads the dictionary that starts at `at` (white space and comments before it are skipped): each entry's
 * key (a name, `#xx` escapes decoded) and value, where names, numbers and indirect references (`12 0 R`)
 * are given by value and strings, arrays and nested dictionaries are only skipped (their text can never
 * be taken for an entry). Page counting reads a trailer, a catalog and a page tree root with it, so that
 * the main thread needs no PDF library.
 * @param pdf - the file's bytes
 * @param at - where the dictionary (or white space before it) starts
 * @returns the entries, or undefined when the bytes there are not a well-formed dictionary (within 1 MB)
 */
export function readPdfDict(pdf: Uint8Array, at: number): Map<string, PdfValue> | undefined {
  try {
    return readEntries(new Reader(pdf, at, Math.min(pdf.length, at + MAX_BYTES)), 0);
  } catch (err) {
    if (err instanceof Refused) return undefined;
    throw err;
  }
}
