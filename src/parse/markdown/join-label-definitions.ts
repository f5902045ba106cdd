// Pass: a definition whose term is a field label ("Teléfono" / ":   652 096 865") becomes one "Label: value" line.
import { makeLine } from './build-lines.js';
import { foldWord } from './fold-word.js';
import { LEXICON_INDEX, preferHit } from './lexicon-index.js';
import type { Line, ParseState } from './parse-types.js';

/** Longest definition that still reads as a field value. */
const VALUE_MAX = 120;

/** Whether a term names a field of a CV (a contact, a personal detail or an entry field) in the CV's languages. */
function isFieldLabel(state: ParseState, term: Line): boolean {
  const label = term.plain.replace(/[:：]\s*$/u, '').trim();
  if (!label || label.length > 40) return false;
  return preferHit(LEXICON_INDEX.fields.get(foldWord(label)), state.langs) !== undefined;
}

/**
 * Pass: turns each definition-list pair whose term is a field label and whose definition is one short
 * line into one text line "Label: value", so labelled contacts and labelled entry fields read it the way
 * they read "**Label:** value". Other definition lists (a date as the term, a school and its degree) stay.
 */
export function joinLabelDefinitions(state: ParseState): void {
  const lines = state.lines;
  if (!lines.some((l) => l.kind === 'term')) return;
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const term = lines[i]!;
    const def = lines[i + 1];
    const single = def?.kind === 'def' && lines[i + 2]?.kind !== 'def';
    if (term.kind === 'term' && def && single && def.plain.length <= VALUE_MAX && isFieldLabel(state, term)) {
      const md = `${term.md.replace(/[:：]\s*$/u, '')}: ${def.md}`;
      out.push(makeLine('text', md, { line: term.line, endLine: def.endLine, block: term.block, depth: term.depth }));
      i++;
      continue;
    }
    out.push(term);
  }
  state.lines = out;
}
