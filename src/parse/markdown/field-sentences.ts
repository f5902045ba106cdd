// Cuts a head written as short sentences ("College, Town. Degree, Field") into them, when each names a field of an entry.
import { countWords } from './count-words.js';
import type { ParseState } from './parse-types.js';
import { wordClasses } from './score-segment.js';

/** What a head's sentence may name. */
const HEAD_CLASSES = ['degree', 'institution', 'organisation', 'jobTitle'] as const;

/** A stop and spaces: where a sentence ends, after no abbreviation ("M.Sc. in", "MSc. Computational", "Acme Inc. Berlin", "J. Smith"). */
const STOP = /[.!?。]\s+/gu;

/**
 * Whether the word before a full stop is an abbreviation, the stop no end of a sentence: a sentence ends after a word in
 * capitals ("CA", "UK") or of four letters or more that the lexicons know as no degree or organisation ("MSc", "Inc"), and
 * the next one opens with a capital ("Stv. Abteilungsleiter", "Ed. Keller AG", "ds. badań" are abbreviations).
 */
function abbreviation(state: ParseState, last: string, after: string): boolean {
  if (!/^\p{Lu}/u.test(after) || last.includes('.')) return true;
  if (/^\p{Lu}{2,3}$/u.test(last)) return false;
  return last.length < 4 || wordClasses(last, state).has('degree') || wordClasses(last, state).has('organisation');
}

/** The text cut at its sentence stops (see {@link STOP}): an abbreviation's dot, a word the lexicons know as a degree or an organisation, cuts nothing. */
function cutAtStops(state: ParseState, text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (const m of text.matchAll(STOP)) {
    const before = text.slice(from, m.index);
    const last = before.slice(before.lastIndexOf(' ') + 1);
    if (m[0][0] === '.' && abbreviation(state, last, text.slice(m.index + m[0].length))) continue;
    out.push(before);
    from = m.index + m[0].length;
  }
  out.push(text.slice(from));
  return out;
}

/**
 * "Silicon Valley College (now Carrington College), San Jose, CA. Bachelor of Arts, Design and Visualization": two or three
 * short sentences (eight words or fewer each, brackets aside), each naming a degree, a school, an organisation or a job, are
 * a head written with full stops, no prose: returns them (without their stops), else undefined.
 */
export function fieldSentences(state: ParseState, text: string): string[] | undefined {
  const pieces = cutAtStops(state, text).map((p) => p.trim()).filter(Boolean);
  if (pieces.length < 2 || pieces.length > 3) return undefined;
  const named = pieces.every((p) => {
    if (countWords(p.replace(/\([^()]*\)/gu, ' ')) > 8) return false;
    const classes = wordClasses(p, state);
    return HEAD_CLASSES.some((c) => classes.has(c));
  });
  return named ? pieces.map((p) => p.replace(/[.!?。]$/u, '')) : undefined;
}
