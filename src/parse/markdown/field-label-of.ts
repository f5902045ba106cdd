// Which field a label names ("**E-Mail:**", "| 氏名 |", "Teléfono"), in the CV's languages.
import { foldWord } from './fold-word.js';
import { preferHit, type FieldLabel } from './lexicon-index.js';
import { fieldLabelHits } from './field-label-hits.js';
import type { ParseState } from './parse-types.js';
import { trimChars } from './trim-chars.js';

/**
 * The field a label names, read without its emphasis marks and the colon, spaces and dot around it; undefined
 * when no lexicon of the CV's languages knows it. Han characters spaced out to line up ("姓  名") read as one label.
 * @param state - the parse state (the CV's languages)
 * @param label - the label as written
 */
export function fieldLabelOf(state: ParseState, label: string): FieldLabel | undefined {
  // ("$email:": a template's variable sign before the label is no part of it)
  return preferHit(fieldLabelHits(foldWord(trimChars(label.replace(/[*_`]/g, ''), ' :：.$'))), state.langs)?.value;
}
