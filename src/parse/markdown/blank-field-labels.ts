// Blanks the field labels that open lines ("*Degree:* …", "Position: …", "**Zeitraum:** …") for the lost-word check: like contact labels, they are layout.
import { foldWord } from './fold-word.js';
import { LEXICON_INDEX } from './lexicon-index.js';
import type { ParseState } from './parse-types.js';

/** A label is at most this long (characters before its colon, marks included). */
const MAX_LABEL = 48;
/** Marks and list markers around a label. */
const MARKS = /^[\s>*_+\-#`]*|[\s*_`]*$/g;

/**
 * `body` with every line's opening "Label:" blanked where the label is a field label of one of the CV's first two
 * languages ("Degree", "Position", "Jurusan", "Должность"): the readers take the value into its field and the
 * themes print their own label, so the word is layout, not content the model must hold. Lines keep their
 * places (the label becomes spaces); everything else is unchanged.
 */
export function blankFieldLabels(state: ParseState, body: string): string {
  const [first, second] = state.langs;
  let changed = false;
  const lines = body.split('\n').map((line) => {
    const ascii = line.indexOf(':');
    const wide = line.indexOf('：');
    const colon = ascii < 0 ? wide : wide < 0 ? ascii : Math.min(ascii, wide);
    if (colon <= 0 || colon > MAX_LABEL) return line;
    const label = foldWord(line.slice(0, colon).replace(MARKS, ''));
    if (!label || !LEXICON_INDEX.fields.get(label)?.some((h) => h.lang === first || h.lang === second)) return line;
    changed = true;
    return ' '.repeat(colon + 1) + line.slice(colon + 1);
  });
  return changed ? lines.join('\n') : body;
}
