// Takes into an entry's head the organisation and date lines that close its text ("### Role" / text / "[Kilix](…)" / "depuis septembre 2014").
import { dateOnly } from './date-only.js';
import { lineDates } from './line-dates.js';
import type { EntryBlock, Line, ParseState } from './parse-types.js';
import type { Segmented } from './segment-entries.js';

/** At most this many words on the line above the closing date for it to be a name ("[Spyrit](…) - Versailles"). */
const MAX_NAME_WORDS = 8;

/** The entry's last line, when it is a date alone and the entry has no date in its head, its group or its first short lines (as pickEntryDate reads them). */
function closingDate(state: ParseState, e: EntryBlock): Line | undefined {
  const last = e.body[e.body.length - 1];
  if (!last || e.body.length < 2 || !dateOnly(state, last)) return undefined;
  const dated = (l: Line): boolean => lineDates(state, l).length > 0;
  if (e.head.some(dated) || e.group.some(dated) || e.body.slice(0, 2).some((l) => dated(l) && l.plain.length <= 80 && l.kind !== 'item')) return undefined;
  // (nor a date that another line opens with: "- Vanaf november 2013" / "- Tot heden" are the start and the end)
  return e.body.slice(0, -1).some((l) => (lineDates(state, l)[0]?.index ?? 9) <= 2) ? undefined : last;
}

/** The line above the closing date, when it is a short paragraph of its own with no sentence: the organisation and place. */
function closingName(e: EntryBlock): Line | undefined {
  const k = e.body.length - 2;
  const l = e.body[k];
  if (!l || k < 1 || l.kind !== 'text' || e.body[k - 1]!.block === l.block) return undefined;
  const words = l.plain.trim().split(/\s+/).length;
  return words <= MAX_NAME_WORDS && !/[.!?。:：]$/u.test(l.plain.trim()) ? l : undefined;
}

/**
 * Post-step of entry segmentation: where two entries or more of a section close with a date alone and have no date
 * above it ("### Développeur web" / its text / "[5Com](…)" / "août 2013 à mai 2014"), that date, and the short line
 * of its own right above it, are lines of the entry's head (their order in the text is kept).
 */
export function takeTrailingDates(state: ParseState, out: Segmented): void {
  const closing = out.entries.map((e) => closingDate(state, e));
  if (closing.filter(Boolean).length < 2) return;
  out.entries.forEach((e, k) => {
    const date = closing[k];
    if (!date) return;
    const name = closingName(e);
    const taken = name ? [name, date] : [date];
    e.body = e.body.filter((l) => !taken.includes(l));
    e.head.push(...taken);
  });
}
