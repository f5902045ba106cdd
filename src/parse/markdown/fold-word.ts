// Folds a word or phrase for lexicon lookups: NFKC, lower case, apostrophes unified, white space collapsed.

/** Any character outside ASCII. */
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * The form lexicon words are compared in: NFKC-normalised, lower-cased, typographic apostrophes as `'`,
 * runs of white space as one space, trimmed.
 */
export function foldWord(s: string): string {
  // NFKC changes no ASCII text, and most words are ASCII: skip it for them
  let t = (NON_ASCII.test(s) ? s.normalize('NFKC') : s).toLowerCase();
  if (t.includes('’') || t.includes('`') || t.includes('ʼ')) t = t.replace(/[’`ʼ]/g, "'");
  if (/\s\s|[^\S ]/.test(t)) t = t.replace(/\s+/g, ' ');
  return t.trim();
}
