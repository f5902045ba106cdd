// Counts a PDF's pages from its structure: trailer → catalog → page tree root → /Count (never a scan of the bytes).
import type { PDFObject } from 'pdf-lib';
import { loadPdfLib } from './load-pdf-lib.js';

type PdfLib = Awaited<ReturnType<typeof loadPdfLib>>;

/** The classic cross-reference table at `at`: byte offset of each in-use object, and where the trailer starts. */
function readXref(buf: Buffer, at: number): { offsets: Map<number, number>; trailerAt: number } | undefined {
  if (buf.toString('latin1', at, at + 4) !== 'xref') return undefined;
  const offsets = new Map<number, number>();
  at += 4;
  for (;;) {
    while (at < buf.length && (buf[at] === 0x0a || buf[at] === 0x0d || buf[at] === 0x20)) at++;
    if (buf.toString('latin1', at, at + 7) === 'trailer') return { offsets, trailerAt: at + 7 };
    const head = /^(\d{1,10}) (\d{1,10})[ ]?\r?\n/.exec(buf.toString('latin1', at, at + 24));
    if (!head) return undefined;
    at += head[0].length;
    const first = Number(head[1]);
    const count = Number(head[2]);
    if (at + count * 20 > buf.length) return undefined;
    for (let i = 0; i < count; i++, at += 20) {
      const e = /^(\d{10}) \d{5} ([nf])/.exec(buf.toString('latin1', at, at + 18));
      if (!e) return undefined;
      if (e[2] === 'n') offsets.set(first + i, Number(e[1]));
    }
  }
}

/** The page count as the last revision's trailer, catalog and page tree root say it, or undefined for any other shape. */
function countFromStructure(lib: PdfLib, pdf: Uint8Array): number | undefined {
  const { PDFContext, PDFDict, PDFName, PDFNumber, PDFObjectParser, PDFRef } = lib;
  const buf = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  const sx = buf.lastIndexOf('startxref');
  if (sx < 0 || sx < buf.length - 1024) return undefined;
  const xrefAt = Number(/^startxref[\r\n ]+(\d{1,12})/.exec(buf.toString('latin1', sx, sx + 32))?.[1] ?? NaN);
  if (!(xrefAt > 0 && xrefAt < sx)) return undefined;
  const xref = readXref(buf, xrefAt);
  if (!xref) return undefined;
  const ctx = PDFContext.create();
  const parseAt = (at: number): PDFObject => PDFObjectParser.forBytes(pdf.subarray(at), ctx).parseObject();
  const deref = (ref: unknown): PDFObject | undefined => {
    if (!(ref instanceof PDFRef)) return undefined;
    const at = xref.offsets.get(ref.objectNumber);
    if (at === undefined) return undefined;
    const header = /^(\d{1,10})[\r\n ]+(\d{1,5})[\r\n ]+obj/.exec(buf.toString('latin1', at, at + 32));
    if (!header || Number(header[1]) !== ref.objectNumber || Number(header[2]) !== ref.generationNumber) return undefined;
    return parseAt(at + header[0].length);
  };
  const trailer = parseAt(xref.trailerAt);
  if (!(trailer instanceof PDFDict) || trailer.has(PDFName.of('Prev')) || trailer.has(PDFName.of('Encrypt'))) return undefined;
  const catalog = deref(trailer.get(PDFName.of('Root')));
  if (!(catalog instanceof PDFDict)) return undefined;
  const pages = deref(catalog.get(PDFName.of('Pages')));
  if (!(pages instanceof PDFDict) || pages.get(PDFName.of('Type')) !== PDFName.of('Pages')) return undefined;
  const count = pages.get(PDFName.of('Count'));
  return count instanceof PDFNumber && Number.isInteger(count.asNumber()) && count.asNumber() >= 0 ? count.asNumber() : undefined;
}

/**
 * Counts the pages of a PDF. For a PDF as Chromium writes it (one revision, a classic cross-reference
 * table) the trailer's catalog and its page tree root are parsed with pdf-lib's object parser and the
 * root's `/Count` is read; any other PDF is loaded whole by pdf-lib. Text in the document (a heading
 * "/Type /Pages /Count 150") can never be mistaken for the count.
 */
export async function countPages(pdf: Uint8Array): Promise<number> {
  const lib = await loadPdfLib();
  let count: number | undefined;
  try {
    count = countFromStructure(lib, pdf);
  } catch {
    count = undefined;
  }
  if (count !== undefined) return count;
  const doc = await lib.PDFDocument.load(pdf, { updateMetadata: false, ignoreEncryption: true, parseSpeed: lib.ParseSpeeds.Fastest });
  return doc.getPageCount();
}
