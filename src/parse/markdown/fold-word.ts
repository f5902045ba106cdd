// Folds a word or phrase for lexicon lookups: NFKC, lower case, apostrophes unified, white space collapsed.

/**
 * The form lexicon words are compared in: NFKC-normalised, lower-cased, typographic apostrophes as `'`,
 * runs of white space as one space, trimmed.
 */
export function foldWord(s: string): string {
  let t = s.normalize('NFKC').toLowerCase();
  if (t.includes('’') || t.includes('`') || t.includes('ʼ')) t = t.replace(/[’`ʼ]/g, "'");
  if (/\s\s|[^\S ]/.test(t)) t = t.replace(/\s+/g, ' ');
  return t.trim();
}
