// The lexicons' readings of a field label's folded key, a Han label spaced out to line up ("姓  名") read without its spaces.
import { LEXICON_INDEX, type FieldLabel, type Hit } from './lexicon-index.js';

/** Han characters with white space between them and nothing else ("姓  名", "邮　箱"). */
const SPACED_HAN = /^[\u3400-\u9fff](?:[\s\u3000]+[\u3400-\u9fff])+$/u;

/**
 * The field labels a folded key is in any lexicon ({@link LEXICON_INDEX}`.fields`), or, for Han characters spaced out
 * to line up with longer labels ("姓  名", "邮  箱"), the ones the key is without its spaces; undefined when none.
 * @param key - the label, folded (`foldWord`), its marks and colon off
 */
export function fieldLabelHits(key: string): ReadonlyArray<Hit<FieldLabel>> | undefined {
  return LEXICON_INDEX.fields.get(key) ?? (SPACED_HAN.test(key) ? LEXICON_INDEX.fields.get(key.replace(/[\s\u3000]+/gu, '')) : undefined);
}
