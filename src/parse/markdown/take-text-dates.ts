// Takes an undated front-matter entry's dates from a line of its text that is little more than them ("📅 2017-02 ~ 2017-07 `实习`").
import type { Lexicon } from '../../model/lexicon/lexicon-types.js';
import { buildDateWords } from './build-date-words.js';
import { findDates } from './find-dates.js';

/** Letters a dated line may hold beside its dates ("实习", "Remote", "Full time"). */
const MAX_LETTERS = 12;

/**
 * A Hugo theme's entry `{title, subtitle, contents: "{{< boxmd >}}\n📅 2017-02 ~ 2017-07 `实习`\n…"}` has its dates
 * only in its text: when the entry has no date and its text several lines, the first of the text's first three lines that holds a date and at
 * most a few letters more gives `startDate`/`endDate` (one date: `endDate`; an open range: no end), and leaves the
 * text without the dates (the line dropped when nothing else is on it).
 * @param entry - the entry read so far (changed in place)
 * @param field - the text field to look in (`summary`, `description`)
 * @param lexicons - the lexicons whose month and present words are read
 */
export function takeTextDates(entry: Record<string, unknown>, field: string, lexicons: readonly Lexicon[]): void {
  const text = entry[field];
  if (typeof text !== 'string' || entry.startDate !== undefined || entry.endDate !== undefined) return;
  const lines = text.split('\n');
  // (a one-line text, "2014 - 2017 • Computer Networks", is a head the Markdown reader reads whole)
  if (lines.filter((l) => l.trim()).length < 2) return;
  // (buildDateWords caches by the lexicons' order: one lookup per CV)
  const words = buildDateWords(lexicons);
  for (let k = 0, seen = 0; k < lines.length && seen < 3; k++) {
    const line = lines[k]!;
    if (!line.trim()) continue;
    seen++;
    const d = findDates(line, words)[0];
    if (!d) continue;
    const rest = `${line.slice(0, d.index)} ${line.slice(d.index + d.length)}`.replace(/\s+/g, ' ').trim();
    if ((rest.match(/\p{L}/gu) ?? []).length > MAX_LETTERS) return;
    if (d.single) entry.endDate = d.start;
    else {
      if (d.start) entry.startDate = d.start;
      if (d.end && !d.ongoing) entry.endDate = d.end;
      // (the range as written, as the front matter's own ranges keep it: "2020-09 ~ 至今" says its end in a word)
      if (d.ongoing) entry.dateText = line.slice(d.index, d.index + d.length).trim();
    }
    if (/[\p{L}\p{N}]/u.test(rest)) lines[k] = rest;
    else lines.splice(k, 1);
    entry[field] = lines.join('\n').trim();
    return;
  }
}
