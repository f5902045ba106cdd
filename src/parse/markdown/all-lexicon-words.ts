// The words every registered lexicon knows, pooled once at load: a word none of them has needs no lexicon-by-lexicon lookup.
import type { Lexicon } from '../../model/lexicon/lexicon-types.js';
import { LEXICONS } from '../../model/lexicon/lexicons.js';
import { indexLexicon } from './index-lexicon.js';

/** Every registered lexicon's section words, job titles and document titles, pooled (as {@link indexLexicon} keeps them, not folded). */
export interface AllLexiconWords {
  /** The registered lexicons: the pools answer only for lists of these. */
  lexicons: ReadonlySet<Lexicon>;
  /** Keys of every lexicon's `sections` index (document titles included). */
  sections: ReadonlySet<string>;
  /** Every lexicon's job titles. */
  jobTitles: ReadonlySet<string>;
  /** Every lexicon's document titles of more than one word. */
  spacedDocTitles: readonly string[];
}

/** The pooled words of every registered lexicon (built when this module loads; read-only afterwards). */
export const ALL_LEXICON_WORDS: AllLexiconWords = (() => {
  const sections = new Set<string>();
  const jobTitles = new Set<string>();
  const spaced = new Set<string>();
  for (const lex of Object.values(LEXICONS)) {
    const ix = indexLexicon(lex);
    for (const w of ix.sections.keys()) sections.add(w);
    for (const w of ix.jobTitles) jobTitles.add(w);
    for (const d of ix.docTitles) if (d.includes(' ')) spaced.add(d);
  }
  return { lexicons: new Set(Object.values(LEXICONS)), sections, jobTitles, spacedDocTitles: [...spaced] };
})();
