// Section headings and small labels in the CV's language, from its lexicon (src/model/lexicon/<tag>.ts).
import { findLexicon } from '../model/lexicon/find-lexicon.js';
import { en } from '../model/lexicon/en.js';
import type { LabelKey } from '../model/lexicon/lexicon-types.js';

export type { LabelKey };

/**
 * Returns the label `key` in the language `lang` (BCP 47, any case): the `labels` of the language's lexicon
 * (`zh-TW` → Traditional Chinese, any region → its language, see `findLexicon`), with the lexicon's
 * `regionLabels` for the tag's region when it has them (`pt-PT`: "Formação académica"), English where
 * cvpress has no lexicon for the language or the lexicon leaves the label empty.
 */
export function translateLabel(key: LabelKey, lang: string): string {
  const lexicon = findLexicon(lang);
  const tag = lang.toLowerCase().replace(/_/g, '-');
  return lexicon.regionLabels?.[tag]?.[key] || lexicon.labels[key] || en.labels[key];
}
