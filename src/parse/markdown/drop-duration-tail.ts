// A heading less how long it lasted ("Опыт работы — 6 лет 7 месяцев" → "Опыт работы"), as a job board's export writes it.
import { durationOnly } from './duration-only.js';
import type { ParseState } from './parse-types.js';

/** A tail of a heading after a dash or in brackets ("— 6 лет 7 месяцев", "(5 years)"). */
const TAIL = /\s(?:[—–-]\s|\()|[（(]/u;

/**
 * `text` without a tail after a dash or in brackets that is a duration alone ("Опыт работы — 6 лет 7 месяцев",
 * "Work experience (5 years)"); `text` itself when it has no such tail.
 */
export function dropDurationTail(state: ParseState, text: string): string {
  const m = TAIL.exec(text);
  if (!m || m.index === 0 || !/\d/.test(text.slice(m.index)) || !durationOnly(state, text.slice(m.index))) return text;
  return text.slice(0, m.index);
}
