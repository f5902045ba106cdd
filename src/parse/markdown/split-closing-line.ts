// Pass: the CV's last line, a place and a date alone ("São Paulo, August 2026", "München, 12.03.2024": where and when it was signed), is a section of its own, not a part of the section it ends.
import { lineDates } from './line-dates.js';
import type { Line, ParseState } from './parse-types.js';
import { scorePlaceIn } from './score-place-in.js';
import { trimChars } from './trim-chars.js';

/** The line is a place, a comma and one date, and nothing else ("São Paulo, August 2026"). */
function placeAndDate(state: ParseState, l: Line): boolean {
  const dates = lineDates(state, l);
  const d = dates[0];
  if (l.kind !== 'text' || dates.length !== 1 || !d || !d.single || d.ongoing) return false;
  if (trimChars(l.plain.slice(d.index + d.length), ' .').length > 0) return false;
  const before = l.plain.slice(0, d.index).trimEnd();
  if (!before.endsWith(',')) return false;
  return scorePlaceIn(state, trimChars(before, ' ,')) >= 2;
}

/**
 * Pass: where the last line of the CV's last section (a paragraph, not its heading) is a place and a date alone,
 * the signature's place and date of a German or Swiss CV ("São Paulo, August 2026" under the languages), that
 * line becomes a generic section of its own with no title: it is no language, skill or entry of the section
 * above it, and it is kept where it stands.
 */
export function splitClosingLine(state: ParseState): void {
  const last = state.sections[state.sections.length - 1];
  if (!last || last.type === 'header' || last.type === 'generic' || last.lines.length < 2) return;
  const l = last.lines[last.lines.length - 1]!;
  if (!placeAndDate(state, l)) return;
  last.lines.pop();
  state.sections.push({ type: 'generic', title: '', lines: [l], why: ['the CV ends with a place and a date alone: where and when it was signed'] });
}
