// Takes each entry's first sub-item into its head where the section's dated job items each name their employer on one.
import { capitalisedAsName } from './capitalised-as-name.js';
import { countWords } from './count-words.js';
import { lineDates } from './line-dates.js';
import { lineWithoutDates } from './line-without-dates.js';
import type { EntryBlock, Line, ParseState } from './parse-types.js';
import { wordClasses } from './score-segment.js';
import type { Segmented } from './segment-entries.js';

/** The longest sub-item read as a name ("Microsoft, Pakistan Chapter"), in characters and in words. */
const MAX_NAME = 60;
const MAX_WORDS = 6;

/** The most words a head names besides its dates: a job and nothing more ("Freelance Developer", not "Data engineer à [S4M] – Paris"). */
const MAX_HEAD_WORDS = 4;

/** A top-level item with dates that names a job and no more, with no link ("* Dec 2021 – Dec 2022: Freelance Developer"). */
function datedJobItem(state: ParseState, l: Line | undefined): l is Line {
  if (l === undefined || l.kind !== 'item' || l.depth !== 0 || l.links.length > 0) return false;
  if (lineDates(state, l).length === 0 || !wordClasses(l.plain, state).has('jobTitle')) return false;
  return countWords(lineWithoutDates(state, l).replace(/[^\p{L}\p{N}\s]/gu, ' ')) <= MAX_HEAD_WORDS;
}

/** Ends as a sentence or a label does: a mark, or a full stop after a word in small letters ("… green."; not "Inc."). */
function endsSentence(text: string): boolean {
  if (/[!?。:：]$/u.test(text)) return true;
  return text.endsWith('.') && /^\p{Ll}{4,}$/u.test(text.slice(text.lastIndexOf(' ') + 1, -1));
}

/** A sub-item right under `head` that reads as a name: short, undated, capitalised, no sentence ("  * Freelancer.com"). */
function nameSubItem(state: ParseState, head: Line, l: Line | undefined): l is Line {
  return l !== undefined && l.kind === 'item' && l.depth === head.depth + 1 && l.plain.length <= MAX_NAME && countWords(l.plain) <= MAX_WORDS && capitalisedAsName(l.plain) && !endsSentence(l.plain) && lineDates(state, l).length === 0;
}

/** The entry's head already holds its name's sub-item ("* Oct 2015 – Aug 2017: Software Engineer" / "  * NETSOL Technologies Inc."). */
function taken(state: ParseState, e: EntryBlock): boolean {
  return e.head.length === 2 && datedJobItem(state, e.head[0]) && nameSubItem(state, e.head[0], e.head[1]);
}

/** The entry's first sub-item may name its employer: a dated job item alone in its head, the sub-item first in its text. */
function takes(state: ParseState, e: EntryBlock): boolean {
  return e.head.length === 1 && datedJobItem(state, e.head[0]) && nameSubItem(state, e.head[0], e.body[0]);
}

/**
 * Post-step of entry segmentation: "* Dec 2021 – Dec 2022: Freelance Developer" / "  * Freelancer.com" / "  * Delivered …":
 * where two entries or more, all of the section's but one at most, are dated job items each with a short name as their
 * first sub-item (some of which the walk took into the head already), each such sub-item is its entry's head too.
 */
export function takeSubItemNames(state: ParseState, out: Segmented): void {
  const entries = out.entries;
  const shaped = entries.filter((e) => taken(state, e) || takes(state, e));
  if (shaped.length < 2 || shaped.length < entries.length - 1) return;
  for (const e of shaped) if (takes(state, e)) e.head.push(e.body.shift()!);
}
