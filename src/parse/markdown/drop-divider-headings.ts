// Takes out of a section's entries the short undated headings with nothing under them that divide its dated entries ("## Industry" / "> ## Microsoft …, September 2022 - Present" … "## Other" / "> ## School of Kung Fu …"): they are no entries.
import { countWords } from './count-words.js';
import { lineDates } from './line-dates.js';
import type { EntryBlock, ParseState } from './parse-types.js';
import type { Segmented } from './segment-entries.js';
import { wordClasses } from './score-segment.js';

/** A divider is a heading of at most this many words. */
const MAX_WORDS = 2;

/** An entry that is one short undated heading alone, naming no organisation, school or job, right over a dated entry. */
function divider(state: ParseState, e: EntryBlock, next: EntryBlock | undefined): boolean {
  const [h] = e.head;
  if (!h || e.head.length !== 1 || e.body.length > 0 || e.group.length > 0 || h.kind !== 'heading' || countWords(h.plain) > MAX_WORDS || /\d/.test(h.plain)) return false;
  if (!next || !next.head.some((l) => lineDates(state, l).length > 0)) return false;
  const classes = wordClasses(h.plain, state);
  return !classes.has('organisation') && !classes.has('institution') && !classes.has('jobTitle') && !classes.has('degree');
}

/**
 * Post-step of entry segmentation: each entry that is only a short undated heading naming nothing, right over a dated
 * entry, is a divider of the section ("## Industry", "## Other"): it goes to the text of the entry before it, or to the
 * section's intro when it comes first, so it is printed where it was and read as no entry.
 */
export function dropDividerHeadings(state: ParseState, out: Segmented): void {
  for (let k = 0; k < out.entries.length; k++) {
    const e = out.entries[k]!;
    if (!divider(state, e, out.entries[k + 1])) continue;
    const before = out.entries[k - 1];
    if (before) before.body.push(e.head[0]!);
    else out.intro.push(e.head[0]!);
    out.entries.splice(k--, 1);
  }
}
