// The other periods written right after an entry's date on its line ("May 2019 - August 2019, May 2018 - August 2018").
import { lineDates } from './line-dates.js';
import type { DateSpan, Line, ParseState } from './parse-types.js';

/** What may stand between two periods of one run: white space, a comma, a semicolon, a slash, "&", "and". */
const between = (gap: string): boolean => {
  const t = gap.trim();
  return t === '' || t === ',' || t === ';' || t === '/' || t === '&' || (t === 'and' && gap !== t);
};

/**
 * The ranges that follow `span` on its line with nothing but a separator between each and the one before it: the
 * same entry's other periods ("May 2019 - August 2019, May 2018 - August 2018", "10/19 – 03/20<br>01/21 – 03/21",
 * "(June 2015 – Aug 2015 / Dec 2015 – Feb 2016)"). A single date after a range is none ("2019 – 2021, 2022").
 */
export function laterPeriods(state: ParseState, line: Line, span: DateSpan): DateSpan[] {
  if (span.single) return [];
  const out: DateSpan[] = [];
  let end = span.index + span.length;
  for (const d of lineDates(state, line)) {
    if (d.index < end) continue;
    if (d.single || !between(line.plain.slice(end, d.index))) break;
    out.push(d);
    end = d.index + d.length;
  }
  return out;
}
