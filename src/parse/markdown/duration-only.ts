// Whether a text is a duration alone ("4 Jahre 10 Monate", "(11 meses)", "1 yr 2 mos"), in the words of the CV's first three languages.
import { foldWord } from './fold-word.js';
import type { ParseState } from './parse-types.js';
import { trimChars } from './trim-chars.js';

/** The duration words (years, months) of the CV's first three languages, folded; remembered for the parse. */
function durationWords(state: ParseState): ReadonlySet<string> {
  let dur = state.memo.get('durations') as Set<string> | undefined;
  if (!dur) {
    dur = new Set<string>();
    for (const lex of state.lexicons.slice(0, 3)) for (const w of [...lex.durations.years, ...lex.durations.months]) dur.add(foldWord(w));
    state.memo.set('durations', dur);
  }
  return dur;
}

/** Whether `text` (brackets, dashes and dots around it aside) is numbers and duration words only, at most 40 characters. */
export function durationOnly(state: ParseState, text: string): boolean {
  const inner = trimChars(text, ' ()（）·–—-');
  if (!inner || !/\d/.test(inner) || inner.length > 40) return false;
  const durations = durationWords(state);
  const toks = inner.toLowerCase().split(/[\s\d.,+>]+/).filter(Boolean);
  return toks.length > 0 && toks.every((t) => durations.has(t) || t === 'e' || t === 'и' || t === 'and' || t === 'y' || t === 'et');
}
