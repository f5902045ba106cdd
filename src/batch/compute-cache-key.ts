// The incremental-cache key of one CV: its text, its theme's files, its effective options, the cvpress version.
import { createHash } from 'node:crypto';
import type { PreparedCv } from './batch-types.js';

/**
 * SHA-256 over the cvpress version, the hash of the CV text, the hash of the theme folder and the
 * effective options (theme, format, lang, maxPages, pageLimit, SOURCE_DATE_EPOCH). The files of the CV's
 * folder a PDF used (images) are checked separately, against the hashes its cache entry recorded.
 */
export function computeCacheKey(prep: PreparedCv, themeHash: string, version: string): string {
  const { options } = prep;
  const effective = {
    theme: prep.theme.name,
    format: options.format,
    lang: prep.lang,
    maxPages: options.maxPages ?? null,
    pageLimit: options.pageLimit,
    epoch: process.env.SOURCE_DATE_EPOCH ?? null,
  };
  return createHash('sha256')
    .update(`cvpress ${version}\0`)
    .update(prep.textHash)
    .update('\0')
    .update(themeHash)
    .update('\0')
    .update(JSON.stringify(effective))
    .digest('hex');
}
