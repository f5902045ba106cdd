// Indexes one lexicon's word lists as sets and maps, once per lexicon, so that looking a word up costs the same with 30 languages as with one.
import type { Lexicon, SectionKind } from '../../model/lexicon/lexicon-types.js';

/** A lexicon's words, ready for lookups. */
export interface LexiconIndex {
  /** Section heading words → their kind (document titles included, kind `doctitle`, which wins over others). */
  sections: ReadonlyMap<string, SectionKind>;
  /** Document titles, longest first (for prefix and suffix matches). */
  docTitles: readonly string[];
  jobTitles: ReadonlySet<string>;
  present: ReadonlySet<string>;
  /** Month names and abbreviations → 1–12. */
  months: ReadonlyMap<string, number>;
}

/** Indexes already built: lexicons are constants, so an index never changes once made (a memo, not state). */
const built = new WeakMap<Lexicon, LexiconIndex>();

/**
 * The index of a lexicon's section words, document titles, job titles, present-words and month names.
 * Built on first use and kept with the lexicon object.
 * @param lexicon - one language's lexicon
 */
export function indexLexicon(lexicon: Lexicon): LexiconIndex {
  const known = built.get(lexicon);
  if (known) return known;
  const sections = new Map<string, SectionKind>();
  for (const w of lexicon.sections.doctitle) sections.set(w, 'doctitle');
  for (const [kind, words] of Object.entries(lexicon.sections) as Array<[SectionKind, readonly string[]]>) {
    for (const w of words) if (!sections.has(w)) sections.set(w, kind);
  }
  const months = new Map<string, number>();
  lexicon.months.forEach((forms, k) => forms.forEach((f) => months.set(f, k + 1)));
  const index: LexiconIndex = {
    sections,
    docTitles: [...lexicon.sections.doctitle].sort((a, b) => b.length - a.length),
    jobTitles: new Set(lexicon.jobTitles),
    present: new Set(lexicon.present),
    months,
  };
  built.set(lexicon, index);
  return index;
}
