// The lexicons' readings of a field label's folded key, a Han or Hangul label spaced out to line up ("姓  名", "이 름") read without its spaces.
import { LEXICON_INDEX, type FieldLabel, type Hit } from './lexicon-index.js';
import { unspaceCjkLabel } from './unspace-cjk-label.js';

/**
 * The field labels a folded key is in any lexicon ({@link LEXICON_INDEX}`.fields`), or, for Han characters or Hangul
 * syllables spaced out to line up with longer labels ("姓  名", "邮  箱", "이 름"), the ones the key is without its spaces;
 * undefined when none.
 * @param key - the label, folded (`foldWord`), its marks and colon off
 */
export function fieldLabelHits(key: string): ReadonlyArray<Hit<FieldLabel>> | undefined {
  const hits = LEXICON_INDEX.fields.get(key);
  if (hits) return hits;
  const bare = unspaceCjkLabel(key);
  return bare === key ? undefined : LEXICON_INDEX.fields.get(bare);
}
