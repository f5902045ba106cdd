// Stamps any readable PDF by loading it whole with pdf-lib and saving it anew (the general path).
import type { PDFDocument } from 'pdf-lib';
import { BrowserError } from '../model/errors.js';
import type { loadPdfLib } from '../print/load-pdf-lib.js';
import type { StampFields } from './describe-stamp.js';
import { fillStamp } from './fill-stamp.js';
import { FILE_ID_PLACEHOLDER, sealFileId } from './seal-file-id.js';

/**
 * Loads `pdf` with pdf-lib, replaces its Info dictionary and XMP packet, adds the stamp ({@link fillStamp})
 * and saves every object anew (no object streams), with a content-derived `/ID`.
 * @param lib - pdf-lib (from `loadPdfLib`)
 * @param pdf - any PDF pdf-lib can read
 * @param fields - what to write (from `describeStamp`)
 * @returns the stamped PDF
 * @throws BrowserError `E_PDF` when pdf-lib cannot read `pdf`
 */
export async function rewriteStamp(lib: Awaited<ReturnType<typeof loadPdfLib>>, pdf: Uint8Array, fields: StampFields): Promise<Uint8Array> {
  const { ParseSpeeds, PDFDocument: Doc, PDFHexString, PDFName, PDFRef } = lib;
  let doc: PDFDocument;
  try {
    doc = await Doc.load(pdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
    const ctx = doc.context;
    // The old Info dictionary holds Chromium's clock time; the old XMP packet (if any) says other things.
    const oldInfo = ctx.trailerInfo.Info;
    if (oldInfo instanceof PDFRef) ctx.delete(oldInfo);
    const oldMeta = doc.catalog.get(PDFName.of('Metadata'));
    if (oldMeta instanceof PDFRef) ctx.delete(oldMeta);
    ctx.trailerInfo.Info = fillStamp(lib, ctx, doc.catalog, fields).info;
    ctx.trailerInfo.ID = ctx.obj([PDFHexString.of(FILE_ID_PLACEHOLDER), PDFHexString.of(FILE_ID_PLACEHOLDER)]);
  } catch (err) {
    // pdf-lib reads leniently: a file without a catalog fails only when it is used.
    throw new BrowserError('E_PDF', `the printed PDF could not be read for stamping: ${err instanceof Error ? err.message : String(err)}`, {
      hint: 'Pass the PDF printPdf returned, unchanged; a PDF from elsewhere must be readable by pdf-lib (not encrypted).',
      cause: err,
    });
  }
  return sealFileId(await doc.save({ useObjectStreams: false, updateFieldAppearances: false, objectsPerTick: Infinity }));
}
