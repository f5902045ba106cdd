// Stamps a printed PDF with the CV's metadata (Info, XMP, /Lang), attaches the model, and makes the bytes reproducible.
import type { Resume } from '../model/types.js';
import { loadPdfLib } from '../print/load-pdf-lib.js';
import { appendStamp } from './append-stamp.js';
import { appendStampWithPdfLib } from './append-stamp-with-pdf-lib.js';
import { describeStamp } from './describe-stamp.js';
import { rewriteStamp } from './rewrite-stamp.js';
import type { StampMetadataOptions } from './stamp-types.js';

export type { StampMetadataOptions } from './stamp-types.js';

/**
 * Stamps a PDF printed by Chromium: Title (`<name> — <label>` or `<name> — Résumé`), Author, Subject
 * (label or the summary's first sentence), Keywords (skills), Creator (`cvpress <version> (<theme>)`),
 * Producer, CreationDate/ModDate, `/Lang`, an XMP packet saying the same, and the model attached as
 * `resume.json`. Chromium's own Info dictionary (with its clock time) is replaced, and the trailer `/ID`
 * is derived from the content, so the same input and options give byte-identical output. Tags
 * (`/StructTreeRoot`, `/MarkInfo`) and the outline are kept.
 *
 * A PDF as Chromium writes it gets the stamp as an incremental update (its pages are not parsed again),
 * written without pdf-lib when its catalog and trailer are of the plain shapes Chromium writes (pdf-lib is
 * then never loaded), else built with pdf-lib's objects; any other readable PDF is loaded and saved whole
 * by pdf-lib. Both incremental updates are the same bytes for the same input.
 * @param pdf - the PDF from `printPdf`
 * @param resume - the model (attached as JSON, and the source of the metadata)
 * @param opts - theme name, language, cvpress version, date (default now)
 * @returns the stamped PDF bytes
 * @throws BrowserError `E_PDF` when the input is not a readable PDF
 */
export async function stampMetadata(pdf: Uint8Array, resume: Resume, opts: StampMetadataOptions): Promise<Uint8Array> {
  const fields = describeStamp(resume, opts);
  const plain = appendStamp(pdf, fields);
  if (plain) return plain;
  const lib = await loadPdfLib();
  let appended: Uint8Array | undefined;
  try {
    appended = appendStampWithPdfLib(lib, pdf, fields);
  } catch {
    // An object the parser could not read: the general path reads the whole file (or says why it cannot).
    appended = undefined;
  }
  return appended ?? rewriteStamp(lib, pdf, fields);
}
