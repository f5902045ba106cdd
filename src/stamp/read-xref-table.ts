// Reads a classic PDF cross-reference table: its in-use entries by object number, and where its trailer dictionary starts.

/** One in-use entry of a cross-reference table. */
export interface XrefEntry {
  offset: number;
  gen: number;
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
  const entry = /^(\d{10}) (\d{5}) ([nf])(?: \r| \n|\r\n)$/;
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
    for (let i = 0; i < count; i++, at += 20) {
      const e = entry.exec(buf.toString('latin1', at, at + 20));
      if (!e) return undefined;
      if (e[3] === 'n') entries.set(first + i, { offset: Number(e[1]), gen: Number(e[2]) });
    }
  }
}
