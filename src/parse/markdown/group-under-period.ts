// Makes an organisation's line over its own period ("**Platform Science** - San Diego, CA" / "*June 2019 - Present*"), with little or no text of its own, the group of the dated roles that follow it.
import { lineDates } from './line-dates.js';
import type { EntryBlock, ParseState } from './parse-types.js';
import { periodWithin } from './period-within.js';
import { wordClasses } from './score-segment.js';
import type { Segmented } from './segment-entries.js';

/** At most this many undated lines of text under the organisation's line (what the organisation does). */
const MAX_TEXT_LINES = 2;

/** The entry's one period when its head names no job, holds exactly one range and its body is at most a line or two of undated text; else undefined. */
function orgPeriod(state: ParseState, e: EntryBlock): ReturnType<typeof lineDates>[number] | undefined {
  if (e.group.length > 0 || e.body.length > MAX_TEXT_LINES || e.head.length > 3) return undefined;
  if (e.body.some((l) => l.kind === 'heading' || lineDates(state, l).length > 0)) return undefined;
  const dates = e.head.flatMap((l) => lineDates(state, l));
  const [d] = dates;
  if (dates.length !== 1 || !d || d.single) return undefined;
  return e.head.some((l) => wordClasses(l.plain, state).has('jobTitle')) ? undefined : d;
}

/** Whether `e` is a role dated within `period`: one head line naming a job, its one date a range within it. */
function roleWithin(state: ParseState, e: EntryBlock, period: ReturnType<typeof lineDates>[number]): boolean {
  if (e.group.length > 0 || e.head.length !== 1) return false;
  const dates = lineDates(state, e.head[0]!);
  return dates.length === 1 && periodWithin(dates[0]!, period) && wordClasses(e.head[0]!.plain, state).has('jobTitle');
}

/**
 * Post-step of entry segmentation: an entry whose head names no job and gives one period, with no text of its own
 * (or a line or two saying what the organisation does, kept as the first role's),
 * followed by two or more entries each headed by one line naming a job with a period within it ("***Senior
 * Infrastructure Engineer** | April 2024 - Present*"), is no entry: its head is their group, as an organisation's
 * heading is over its roles.
 */
export function groupUnderPeriod(state: ParseState, out: Segmented): void {
  const kept: EntryBlock[] = [];
  const entries = out.entries;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    const period = orgPeriod(state, e);
    let n = 0;
    while (period && i + 1 + n < entries.length && roleWithin(state, entries[i + 1 + n]!, period)) n++;
    if (n < 2) {
      kept.push(e);
      continue;
    }
    for (let k = 1; k <= n; k++) entries[i + k]!.group = [...e.head];
    // (its line of text, "• 2U is an edtech company …", opens the first role's)
    entries[i + 1]!.body.unshift(...e.body);
  }
  if (kept.length !== entries.length) entries.splice(0, entries.length, ...kept);
}
