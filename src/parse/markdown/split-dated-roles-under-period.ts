// Splits a dated entry whose text lists its roles, each with a period within the entry's ("**Buzzjective** | 11/2017 - 08/2024" / "- **Lead Software Engineer (Jan 2022 - Aug 2024)**" / "- **Senior Software Engineer (Jan 2019 - Jan 2022)**"), into one entry per role, the entry's head their group.
import { lineDates } from './line-dates.js';
import type { EntryBlock, Line, ParseState, Section } from './parse-types.js';
import { periodWithin } from './period-within.js';
import { shortDatedItem } from './short-dated-item.js';
import type { Segmented } from './segment-entries.js';
import { splitEachEntry } from './split-each-entry.js';
import { wordClasses } from './score-segment.js';

/** A short top-level item naming a job, whose one period opens or closes it and lies within the head's. */
function roleItem(state: ParseState, l: Line, period: ReturnType<typeof lineDates>[number], depth: number): boolean {
  if (!shortDatedItem(state, l, depth)) return false;
  const d = lineDates(state, l);
  // (a role: "2006.2 - 2007.2, Veri Expert System" under a degree or a job is a project of it)
  return d.length === 1 && periodWithin(d[0]!, period) && wordClasses(l.plain, state).has('jobTitle');
}

/** The entries the role items of `e` make, or undefined when its text lists fewer than two (the text before them goes with the first). */
function roleEntries(state: ParseState, e: EntryBlock): EntryBlock[] | undefined {
  const periods = e.head.flatMap((l) => lineDates(state, l));
  if (periods.length !== 1) return undefined;
  const out: EntryBlock[] = [];
  const before: Line[] = [];
  // (under an item, its sub-items: "* Faculty of Mathematics … at Ursinus College, 2020-Present" / "  * Associate Professor, 2022-Present")
  const head = e.head[0];
  const depth = e.head.length === 1 && head?.kind === 'item' ? head.depth + 1 : 0;
  for (const l of e.body) {
    if (roleItem(state, l, periods[0]!, depth)) out.push({ group: [...e.group, ...e.head], head: [l], body: out.length === 0 ? before.splice(0) : [] });
    else if (l.kind === 'item' && l.depth === depth && out.length > 0) return undefined;
    else (out[out.length - 1]?.body ?? before).push(l);
  }
  return out.length >= 2 ? out : undefined;
}

/**
 * Post-step of entry segmentation, in a work section: an entry with one period in its head whose text lists two or more
 * roles as short top-level items naming jobs (or, under an item, as its sub-items), each with a period within the head's at its start or end, is one entry per role: each item is one's
 * head (the lines under it its text), and the entry's head is their group, as an organisation's heading is over its
 * roles. Any other top-level item after the first role keeps the entry whole.
 */
export function splitDatedRolesUnderPeriod(state: ParseState, section: Section, out: Segmented): void {
  if (section.type !== 'work' && section.type !== 'volunteer') return;
  splitEachEntry(out.entries, (e) => roleEntries(state, e));
}
