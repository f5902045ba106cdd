// Splits an entry whose head is one undated bold line naming a job and whose body is short paragraphs, each an organisation with its dates, into one entry per paragraph, the role on each.
import { closesWithDate } from './closes-with-date.js';
import { dateOnly } from './date-only.js';
import { lineDates } from './line-dates.js';
import type { EntryBlock, Line, ParseState } from './parse-types.js';
import { wordClasses } from './score-segment.js';
import type { Segmented } from './segment-entries.js';
import { splitEachEntry } from './split-each-entry.js';

/** A paragraph of at most this many lines may be one post. */
const MAX_LINES = 2;

/**
 * "WellSpan Pulmonology & Critical Care Medicine" / "(May 2019 – Current)", or "Pennsylvania College of Health Sciences
 * (September 2016 – June 2017)": a paragraph of one or two short text lines with one date, on its last line, alone or
 * closing it.
 */
function postParagraph(state: ParseState, lines: readonly Line[]): boolean {
  if (lines.length === 0 || lines.length > MAX_LINES || lines.some((l) => l.kind !== 'text' || l.depth > 0 || l.plain.length > 100 || l.bold)) return false;
  const last = lines[lines.length - 1]!;
  if (lines.reduce((n, l) => n + lineDates(state, l).length, 0) !== 1) return false;
  return lines.length === 1 ? closesWithDate(state, last) : dateOnly(state, last) && lineDates(state, lines[0]!).length === 0;
}

/** The entries the paragraphs of `e` make (the first may be in its head, after the role), or undefined when its head opens with no role line or its paragraphs are no run of posts. */
function paragraphEntries(state: ParseState, e: EntryBlock): EntryBlock[] | undefined {
  const [role, ...first] = e.head;
  if (!role || e.group.length > 0 || role.kind !== 'text' || !role.bold || lineDates(state, role).length > 0) return undefined;
  const classes = wordClasses(role.plain, state);
  if (!classes.has('jobTitle') || classes.has('organisation') || classes.has('institution')) return undefined;
  // (the first posts may have joined the role's head already)
  const blocks: Line[][] = [];
  for (const l of [...first, ...e.body]) {
    if (blocks.length && blocks[blocks.length - 1]![0]!.block === l.block) blocks[blocks.length - 1]!.push(l);
    else blocks.push([l]);
  }
  if (blocks.length < 2 || !blocks.every((b) => postParagraph(state, b))) return undefined;
  return blocks.map((b) => ({ group: [], head: [role, ...b], body: [] }));
}

/**
 * Post-step of entry segmentation: "<u>Registered Nurse</u>" over "Medical Staffing Network" / "(March 2016- June 2016)",
 * "Hershey Medical Center" / "(January 2016 – March 2016)": an entry whose head opens with an undated bold line naming a job (no
 * organisation or school), and whose other lines are two paragraphs or more, each an organisation with its one date, is one
 * entry per paragraph, the role line heading each.
 */
export function splitDatedParagraphsUnderRole(state: ParseState, out: Segmented): void {
  splitEachEntry(out.entries, (e) => paragraphEntries(state, e));
}
