// Which field a label names ("**E-Mail:**", "| 氏名 |", "Teléfono"), in the CV's languages.
import { foldWord } from './fold-word.js';
import { LEXICON_INDEX, preferHit, type FieldLabel } from './lexicon-index.js';
import type { ParseState } from './parse-types.js';
import { trimChars } from './trim-chars.js';

/**
 * The field a label names, read without its emphasis marks and the colon, spaces and dot around it; undefined
 * when no lexicon of the CV's languages knows it. Han characters spaced out to line up ("姓  名") read as one label.
 * @param state - the parse state (the CV's languages)
 * @param label - the label as written
 */
export function fieldLabelOf(state: ParseState, label: string): FieldLabel | undefined {
  const key = foldWord(trimChars(label.replace(/[*_`]/g, ''), ' :：.'));
  // ("姓  名", "邮  箱": a Chinese label spaced out to line up with longer ones is the label without its spaces)
  const hits = LEXICON_INDEX.fields.get(key) ?? (SPACED_CJK.test(key) ? LEXICON_INDEX.fields.get(key.replace(/[\s\u3000]+/gu, '')) : undefined);
  return preferHit(hits, state.langs)?.value;
}

/** Han characters with white space between them and nothing else ("姓  名", "邮　箱"). */
const SPACED_CJK = /^[\u3400-\u9fff](?:[\s\u3000]+[\u3400-\u9fff])+$/u;
