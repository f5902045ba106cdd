// Pass: a definition whose term is a field label ("Teléfono" / ":   652 096 865"), or a list item that is one over a single nested item ("+ تلفن" / "  - 0936…"), becomes one "Label: value" line.
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
 * "+ تلفن" / "  - 09362750770": a list item that is only a field label, with one nested item under it, is one
 * "Label: value" item (the nested item's value must be short and alone under the label).
 */
function joinLabelItems(state: ParseState): void {
  const lines = state.lines;
  if (!lines.some((l) => l.kind === 'item' && l.depth > 0)) return;
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const label = lines[i]!;
    const value = lines[i + 1];
    const after = lines[i + 2];
    const alone = value?.kind === 'item' && value.depth > label.depth && !(after?.kind === 'item' && after.depth >= value.depth);
    if (label.kind !== 'item' || !alone || value.plain.length > VALUE_MAX || !isFieldLabel(state, label)) {
      out.push(label);
      continue;
    }
    const md = `${label.md.replace(/[:：]\s*$/u, '')}: ${value.md}`;
    out.push(makeLine('item', md, { line: label.line, endLine: value.endLine, block: label.block, depth: label.depth }));
    i++;
  }
  state.lines = out;
}

/**
 * Pass: turns the definition-list pairs whose definition is one short line into one text line "Label:
 * value" where most terms of the run are field labels, so labelled contacts and labelled entry fields read it the way
 * they read "**Label:** value". Other definition lists (a date as the term, a school and its degree) stay.
 */
export function joinLabelDefinitions(state: ParseState): void {
  joinLabelItems(state);
  const lines = state.lines;
  if (!lines.some((l) => l.kind === 'term')) return;
  const out: Line[] = [];
  const joinable = (i: number): boolean => {
    const term = lines[i];
    const def = lines[i + 1];
    return term?.kind === 'term' && def?.kind === 'def' && lines[i + 2]?.kind !== 'def' && def.plain.length <= VALUE_MAX;
  };
  for (let i = 0; i < lines.length; ) {
    // a run of one-line definitions: joined when most of its terms are field labels ("Unidad" joins "Puesto", "Centro"…)
    let end = i;
    while (joinable(end)) end += 2;
    if (end === i) {
      out.push(lines[i++]!);
      continue;
    }
    const pairs = (end - i) / 2;
    let labels = 0;
    for (let k = i; k < end; k += 2) if (isFieldLabel(state, lines[k]!)) labels++;
    for (let k = i; k < end; k += 2) {
      const term = lines[k]!;
      const def = lines[k + 1]!;
      if (labels * 2 >= pairs + (pairs === 1 ? 1 : 0) && (labels * 2 > pairs || isFieldLabel(state, term))) {
        const md = `${term.md.replace(/[:：]\s*$/u, '')}: ${def.md}`;
        out.push(makeLine('text', md, { line: term.line, endLine: def.endLine, block: term.block, depth: term.depth }));
      } else out.push(term, def);
    }
    i = end;
  }
  state.lines = out;
}
