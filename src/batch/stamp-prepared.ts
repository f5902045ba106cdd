// Stamps a printed CV: metadata, XMP, language and the model attached, dated by the prepared stamp date.
import { stampMetadata } from '../stamp/stamp-metadata.js';
import type { PreparedResume } from './prepare-resume.js';
import { readVersion } from './read-version.js';

/** Stamps `pdf` (printed from `prep`) with the CV's metadata, theme name, language, cvpress version and date. */
export function stampPrepared(prep: PreparedResume, pdf: Uint8Array): Promise<Uint8Array> {
  return stampMetadata(pdf, prep.resume, { themeName: prep.theme.name, lang: prep.lang, version: readVersion(), date: prep.date });
}
