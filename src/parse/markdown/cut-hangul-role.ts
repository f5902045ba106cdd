// Cuts a Korean part "organisation … role", spaced words with no separator, into the organisation and the role.
import type { ParseState } from './parse-types.js';
import { wordClasses } from './score-segment.js';

/** Hangul syllables. */
const HANGUL = /[\uac00-\ud7af]/u;

/**
 * "서울대학교 약학대학 임상교수", "식품의약품안전처 부장", "법무법인 지평 고문": a part of two to five runs of Hangul whose last run
 * alone names a job and whose runs before it name an organisation or a school and no job is the organisation and the role
 * (Korean spaces its words, so `cutCjkSpaces` leaves it whole); what follows a comma after the role is a part of its own.
 * Returns the part unchanged otherwise.
 * @param part - one part of a head line and the separator before it
 */
export function cutHangulRole(part: { text: string; sep: string }, state: ParseState): Array<{ text: string; sep: string }> {
  if (!HANGUL.test(part.text)) return [part];
  // ("식품의약품안전처 부장, 식의약 심사, 시험 및 연구": up to the first comma; what follows it is a part of its own)
  const comma = part.text.indexOf(', ');
  const head = comma > 0 ? part.text.slice(0, comma) : part.text;
  const after = comma > 0 ? [{ text: part.text.slice(comma + 2).trim(), sep: ',' }] : [];
  const runs = head.trim().split(/[ \u3000]+/);
  if (runs.length < 2 || runs.length > 5 || !runs.every((r) => HANGUL.test(r)) || /[()（）[\]【】]/u.test(head)) return [part];
  const last = runs[runs.length - 1]!;
  const rest = runs.slice(0, -1).join(' ');
  if (!wordClasses(last, state).has('jobTitle')) return [part];
  const before = wordClasses(rest, state);
  if (before.has('jobTitle') || !(before.has('organisation') || before.has('institution'))) return [part];
  return [{ text: rest, sep: part.sep }, { text: last, sep: ' ' }, ...after];
}
