// Reads a classic PDF cross-reference table: its in-use entries by object number, and where its trailer dictionary starts.

/** One in-use entry of a cross-reference table. */
export interface XrefEntry {
  offset: number;
  gen: number;
}

/** The value of `len` ASCII digits at `at`, or -1 when one of them is not a digit. */
function digitsAt(buf: Buffer, at: number, len: number): number {
  let n = 0;
  for (let i = at; i < at + len; i++) {
    const d = buf[i]! - 0x30;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * Reads one 20-byte entry (`nnnnnnnnnn ggggg n` and an end of line of two bytes: ` \r`, ` \n` or `\r\n`) byte
 * by byte into `entries` as object `num` when it is in use (`n`, not `f`).
 * @returns false when the bytes are not such an entry
 */
function readEntry(buf: Buffer, at: number, num: number, entries: Map<number, XrefEntry>): boolean {
  const offset = digitsAt(buf, at, 10);
  const gen = digitsAt(buf, at + 11, 5);
  const kind = buf[at + 17];
  const eol = (buf[at + 18]! << 8) | buf[at + 19]!;
  if (offset < 0 || gen < 0 || buf[at + 10] !== 0x20 || buf[at + 16] !== 0x20 || (kind !== 0x6e && kind !== 0x66)) return false;
  if (eol !== 0x200d && eol !== 0x200a && eol !== 0x0d0a) return false;
  if (kind === 0x6e) entries.set(num, { offset, gen });
  return true;
}

/**
 * Reads the classic cross-reference table at `at` (`xref`, subsections of 20-byte entries, `trailer`).
 * @param buf - the PDF
 * @param at - where the `xref` keyword is
 * @returns its in-use entries by object number and the offset just past `trailer`, or undefined when the bytes there are not such a table
 */
export function readXrefTable(buf: Buffer, at: number): { entries: Map<number, XrefEntry>; trailerAt: number } | undefined {
  if (buf.toString('latin1', at, at + 4) !== 'xref') return undefined;
  const entries = new Map<number, XrefEntry>();
  const head = /^[\r\n ]*(\d+) (\d+)[ ]?\r?\n/;
  at += 4;
  for (;;) {
    const probe = buf.toString('latin1', at, at + 40);
    const t = /^[\r\n ]*trailer/.exec(probe);
    if (t) return { entries, trailerAt: at + t[0].length };
    const h = head.exec(probe);
    if (!h) return undefined;
    at += h[0].length;
    const first = Number(h[1]);
    const count = Number(h[2]);
    if (at + count * 20 > buf.length) return undefined;
    for (let i = 0; i < count; i++, at += 20) if (!readEntry(buf, at, first + i, entries)) return undefined;
  }
}
