// Reads "26.8.2019 - Rocla Oy, …" (a date, a dash, then the head's text) as a period still running where the section's other entries are ranges.
import type { ParseState } from './parse-types.js';
import type { EntryDate } from './pick-entry-date.js';
import { scorePlaceIn } from './score-place-in.js';

/** A dash and a space right after a date, then more text: the range's end left blank. */
const DASH_AFTER = /^ ?[-–—] +\S/u;

/**
 * "**26.8.2019 - Rocla Oy, Järvenpää, Testiautomaatioinsinööri**" above "**4.2.2013 - 16.8.2019 Enics Oy, …**": in a
 * section whose dated entries are mostly ranges (not all), an entry with one date followed by a dash and its text
 * (no duration written with the date, no place after the dash) is a range whose end is left blank, the post still held.
 * Changes those entries' dates in place.
 */
export function openDashedStarts(state: ParseState, entries: ReadonlyArray<{ date?: EntryDate }>): void {
  const dated = entries.filter((e): e is { date: EntryDate } => e.date !== undefined);
  const ranges = dated.filter((e) => !e.date.span.single).length;
  if (ranges === dated.length || ranges * 2 < dated.length) return;
  for (const e of dated) {
    const s = e.date.span;
    if (!s.single || s.ongoing || s.start === undefined) continue;
    const plain = e.date.line.plain;
    // (a duration written with the date closes it: "Mayo 2024 (6 meses) - Remoto"; so does a place after the dash)
    const after = plain.slice(s.index + s.length);
    if (/[(（]/u.test(plain.slice(s.index, s.index + s.length)) || !DASH_AFTER.test(after)) continue;
    if (scorePlaceIn(state, after.replace(/^ ?[-–—] +/u, '').split(/[,|·]/u)[0]!.trim()) >= 2) continue;
    e.date = { ...e.date, span: { ...s, single: false, ongoing: true } };
  }
}
