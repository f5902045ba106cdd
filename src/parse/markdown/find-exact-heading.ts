// The section kind a text names as a whole heading (no halves, no phrase inside it), looked up once per parse for each text.
import type { SectionKind } from '../../model/lexicon/lexicon-types.js';
import { headingKey } from './classify-heading.js';
import { LEXICON_INDEX, preferHit } from './lexicon-index.js';
import type { ParseState } from './parse-types.js';
import { recall } from './recall.js';

/**
 * The kind of {@link classifyHeadingIn}'s reading of `text` when that reading is `exact` (the whole heading is a
 * known phrase), else undefined: the same answer, without trying the halves of the heading or a phrase inside it.
 */
export function findExactHeading(state: ParseState, text: string): SectionKind | undefined {
  return recall(state, 'exact-heading', text, (t) => {
    // (as classifyHeading: no heading past 120 characters, and an empty key names nothing)
    const key = t.length > 120 ? '' : headingKey(t);
    return key ? preferHit(LEXICON_INDEX.sections.get(key), state.langs)?.value : undefined;
  });
}
