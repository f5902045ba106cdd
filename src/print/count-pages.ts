// Counts a PDF's pages from its structure: trailer → catalog → page tree root → /Count (never a scan of the bytes).
import { loadPdfLib } from './load-pdf-lib.js';
import { readPdfDict, type PdfValue } from './read-pdf-dict.js';
import { readXrefTable } from './read-xref-table.js';

/** The page count as the last revision's trailer, catalog and page tree root say it, or undefined for any other shape. */
function countFromStructure(pdf: Uint8Array): number | undefined {
  const buf = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  const sx = buf.lastIndexOf('startxref');
  if (sx < 0 || sx < buf.length - 1024) return undefined;
  const xrefAt = Number(/^startxref[\r\n ]+(\d{1,12})/.exec(buf.toString('latin1', sx, sx + 32))?.[1] ?? NaN);
  if (!(xrefAt > 0 && xrefAt < sx)) return undefined;
  const xref = readXrefTable(buf, xrefAt);
  if (!xref) return undefined;
  const deref = (ref: PdfValue | undefined): Map<string, PdfValue> | undefined => {
    if (ref?.kind !== 'ref') return undefined;
    const at = xref.entries.get(ref.num)?.offset;
    if (at === undefined) return undefined;
    const header = /^(\d{1,10})[\r\n ]+(\d{1,5})[\r\n ]+obj/.exec(buf.toString('latin1', at, at + 32));
    if (!header || Number(header[1]) !== ref.num || Number(header[2]) !== ref.gen) return undefined;
    return readPdfDict(pdf, at + header[0].length);
  };
  const trailer = readPdfDict(pdf, xref.trailerAt);
  if (!trailer || trailer.has('Prev') || trailer.has('Encrypt')) return undefined;
  const catalog = deref(trailer.get('Root'));
  if (!catalog) return undefined;
  const pages = deref(catalog.get('Pages'));
  const type = pages?.get('Type');
  if (type?.kind !== 'name' || type.name !== 'Pages') return undefined;
  const count = pages!.get('Count');
  return count?.kind === 'number' && Number.isInteger(count.value) && count.value >= 0 ? count.value : undefined;
}

/**
 * Counts the pages of a PDF. For a PDF as Chromium writes it (one revision, a classic cross-reference
 * table) the trailer, its catalog and their page tree root are read at the offsets the table gives
 * (`readPdfDict`, so that the main thread of a batch never loads pdf-lib) and the root's `/Count` is
 * taken; any other PDF is loaded whole by pdf-lib. Text in the document (a heading
 * "/Type /Pages /Count 150") can never be mistaken for the count.
 */
export async function countPages(pdf: Uint8Array): Promise<number> {
  let count: number | undefined;
  try {
    count = countFromStructure(pdf);
  } catch {
    count = undefined;
  }
  if (count !== undefined) return count;
  const lib = await loadPdfLib();
  const doc = await lib.PDFDocument.load(pdf, { updateMetadata: false, ignoreEncryption: true, parseSpeed: lib.ParseSpeeds.Fastest });
  return doc.getPageCount();
}
