// Pass pick-entry-date (run by each entry section's reader): each entry's dates in many languages and calendars, as ISO Gregorian dates, with the text as written.
import { ENTRY_KINDS } from '../src/parse/markdown/find-sections.js';
import type { ParseState } from '../src/parse/markdown/parse-types.js';
import { pickEntryDate } from '../src/parse/markdown/pick-entry-date.js';
import { segmentEntries } from '../src/parse/markdown/segment-entries.js';
import { describePass } from './fixtures/parse-passes/pass-harness.js';

/** Per entry of every entry section: the line its date is on, the ISO start and end, ongoing, single, calendar and the text as written. */
function project(s: ParseState): unknown {
  return s.sections
    .filter((x) => ENTRY_KINDS.has(x.type))
    .flatMap((x) => segmentEntries(s, x).entries.map((e) => pickEntryDate(s, e, x.lines)))
    .map((d) => {
      if (!d) return null;
      const sp = d.span;
      const written = d.line.plain.slice(sp.index, sp.index + sp.length).trim();
      return {
        line: d.line.line,
        ...(sp.start ? { start: sp.start } : {}),
        ...(sp.end ? { end: sp.end } : {}),
        ...(sp.ongoing ? { ongoing: true } : {}),
        ...(sp.single ? { single: true } : {}),
        ...(sp.calendar ? { calendar: sp.calendar } : {}),
        ...(written ? { written } : {}),
      };
    });
}

describePass({ pass: 'pick-entry-date', until: 'read-header', project, minCases: 12 });
