// Stamps a printed CV: metadata, XMP, language and the model attached, dated by the prepared stamp date.
import { stampMetadata } from '../stamp/stamp-metadata.js';
import type { PreparedResume } from './prepare-resume.js';
import { readVersion } from './read-version.js';
import type { StampWorker } from './create-stamp-worker.js';
import { BrowserError } from '../model/errors.js';

/**
 * Stamps `pdf` (printed from `prep`) with the CV's metadata, theme name, language, cvpress version and date.
 * @param worker - a stamping thread (batches); when it fails, the PDF is stamped in this thread instead
 */
export async function stampPrepared(prep: PreparedResume, pdf: Uint8Array, worker?: StampWorker): Promise<Uint8Array> {
  const opts = { themeName: prep.theme.name, lang: prep.lang, version: readVersion(), date: prep.date };
  if (worker) {
    try {
      return await worker.stamp(pdf, prep.resume, opts);
    } catch (err) {
      // A PDF the stamper cannot read fails the same way here; a dead thread does not fail the CV.
      if (err instanceof BrowserError) throw err;
    }
  }
  return stampMetadata(pdf, prep.resume, opts);
}
