// Pass: the CV's last line, a place and a date alone ("São Paulo, August 2026", "München, 12.03.2024": where and when it was signed), or a rule and contact details alone, is a section of its own, not a part of the section it ends.
import { lineContacts } from './line-contacts.js';
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
  if (placeAndDate(state, l)) {
    last.lines.pop();
    state.sections.push({ type: 'generic', title: '', lines: [l], why: ['the CV ends with a place and a date alone: where and when it was signed'] });
    return;
  }
  const footer = contactFooter(state, last.lines);
  if (footer.length === 0) return;
  last.lines.splice(last.lines.length - footer.length);
  state.sections.push({ type: 'generic', title: '', lines: footer, why: ['the CV ends with a rule and contact details alone'] });
}

/** At most this many lines after a closing rule make a footer. */
const FOOTER_LINES = 3;

/**
 * "----" / "> [mikko@…](mailto:…) - [github](…) - [twitter](…)" closing the languages: the lines after the section's last
 * rule, when they are at most three, one of them names an email address or a phone, and each is only links, email
 * addresses and phones (marks between them), are the CV's contact footer; none when they are not.
 */
function contactFooter(state: ParseState, lines: readonly Line[]): Line[] {
  let rule = lines.length - 1;
  while (rule >= 0 && lines[rule]!.kind !== 'rule') rule--;
  const tail = lines.slice(rule + 1);
  if (rule < 1 || tail.length === 0 || tail.length > FOOTER_LINES) return [];
  const reach = (l: Line): boolean => lineContacts(state, l).emails.length + lineContacts(state, l).phones.length > 0;
  const bare = (l: Line): boolean => {
    let rest = l.plain;
    for (const x of [...l.links.map((k) => k.text), ...lineContacts(state, l).emails, ...lineContacts(state, l).phones]) if (x) rest = rest.replace(x, ' ');
    return l.kind === 'text' && !/[\p{L}\p{N}]/u.test(rest);
  };
  return tail.some(reach) && tail.every(bare) ? [lines[rule]!, ...tail] : [];
}
