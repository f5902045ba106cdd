// Splits a dated entry whose text lists its roles, each with a period within the entry's ("**Buzzjective** | 11/2017 - 08/2024" / "- **Lead Software Engineer (Jan 2022 - Aug 2024)**" / "- **Senior Software Engineer (Jan 2019 - Jan 2022)**"), into one entry per role, the entry's head their group.
import { makeLine } from './build-lines.js';
import { countWords } from './count-words.js';
import { lineDates } from './line-dates.js';
import type { EntryBlock, Line, ParseState, Section } from './parse-types.js';
import { periodWithin } from './period-within.js';
import { shortDatedItem } from './short-dated-item.js';
import type { Segmented } from './segment-entries.js';
import { splitEachEntry } from './split-each-entry.js';
import { wordClasses } from './score-segment.js';

/** A short top-level item naming a job, whose one period opens or closes it and lies within the head's. */
function roleItem(state: ParseState, l: Line, period: ReturnType<typeof lineDates>[number], depth: number): boolean {
  if (!shortDatedItem(state, l, depth)) return longRoleLead(state, l, period, depth) !== undefined;
  const d = lineDates(state, l);
  // (a role: "2006.2 - 2007.2, Veri Expert System" under a degree or a job is a project of it)
  return d.length === 1 && periodWithin(d[0]!, period) && wordClasses(l.plain, state).has('jobTitle');
}

/**
 * "- `2005 - 2010` Development Team manager (6 to 8 software engineers) - Solutions architecture and design …": an item
 * that opens with a period within the head's, then a job in at most six words up to a bracket, a dash, a comma or a colon, then sentences about it.
 */
function longRoleLead(state: ParseState, l: Line, period: ReturnType<typeof lineDates>[number], depth: number): string | undefined {
  if (l.kind !== 'item' || l.depth !== depth) return undefined;
  const d = lineDates(state, l)[0];
  if (!d || d.index > 2 || !periodWithin(d, period)) return undefined;
  const lead = l.plain.slice(d.index + d.length).split(/\s[-–—(:]|[,:(]/)[0]!.trim();
  return lead.length > 0 && lead.split(' ').length <= 6 && wordClasses(lead, state).has('jobTitle') ? lead : undefined;
}

/** A role item as its head (its dates and job) and the text after them (five words or more), when the job is written as in its source; the item whole otherwise. */
function cutRoleItem(state: ParseState, l: Line, period: ReturnType<typeof lineDates>[number], depth: number): Line[] {
  const lead = longRoleLead(state, l, period, depth);
  const at = lead === undefined ? -1 : l.md.indexOf(lead);
  if (lead === undefined || at < 0) return [l];
  // (the emphasis closing right after the job goes with it: "**Development Team manager** (…)")
  let end = at + lead.length;
  while (end < l.md.length && '*_`'.includes(l.md[end]!)) end++;
  const rest = l.md.slice(end).replace(/^[\s,;:–—-]+/, '');
  // (a short rest is the head's: "2019 - 2020 Software Engineer, Google"; and a cut inside an emphasis or a code span is none)
  if (countWords(rest) < 5 || !closedMarks(l.md.slice(0, end))) return [l];
  const place = { line: l.line, endLine: l.endLine, block: l.block, depth: l.depth, ordered: l.ordered, html: l.html };
  return [makeLine('item', l.md.slice(0, end), place), makeLine('text', rest, { ...place, depth: l.depth + 1 })];
}

/** Every "**", "__" and "`" of `md` is closed in it. */
function closedMarks(md: string): boolean {
  return ['**', '__', '`'].every((m) => (md.split(m).length - 1) % 2 === 0);
}

/** "- Technologies: wxWindow, SQLite": an item of one to three words and a colon, then what they name. */
const LABEL_ITEM = /^[\p{L}&/ ]{2,30}:\s/u;

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
    if (roleItem(state, l, periods[0]!, depth)) {
      const [roleHead, ...text] = cutRoleItem(state, l, periods[0]!, depth);
      out.push({ group: [...e.group, ...e.head], head: [roleHead!], body: out.length === 0 ? [...before.splice(0), ...text] : text });
    }
    // (a labelled item after them is the last role's: "- Technologies: wxWindow, SQLite")
    else if (l.kind === 'item' && l.depth === depth && out.length > 0 && !LABEL_ITEM.test(l.plain)) return undefined;
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
