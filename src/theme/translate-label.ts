// Section headings and small labels in the CV's language, from its lexicon (src/model/lexicon/<tag>.ts).
import { findLexicon } from '../model/lexicon/find-lexicon.js';
import { en } from '../model/lexicon/en.js';
import type { LabelKey } from '../model/lexicon/lexicon-types.js';

export type { LabelKey };

/**
 * Returns the label `key` in the language `lang` (BCP 47, any case): the `labels` of the language's lexicon
 * (`zh-TW` → Traditional Chinese, `pt-PT` → Portuguese, any other region → the base language, see
 * `findLexicon`), English where cvpress has no lexicon for it or the lexicon leaves the label empty.
 */
export function translateLabel(key: LabelKey, lang: string): string {
  return findLexicon(lang).labels[key] || en.labels[key];
}
