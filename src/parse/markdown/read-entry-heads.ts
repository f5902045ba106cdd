// Reads the heads of a section's entries: dates, segments and their fields, learning the section's layout from its clearest entries first.
import { openDashedStarts } from './open-dashed-starts.js';
import { classifyHeadingIn } from './classify-heading-in.js';
import { createWarning } from '../../model/warning.js';
import { assignHead, type HeadAssignment, type HeadKind, type LayoutPriors } from './assign-head.js';
import { pickEntryDate, type EntryDate } from './pick-entry-date.js';
import type { EntryBlock, Line, ParseState, Section } from './parse-types.js';
import { segmentEntries } from './segment-entries.js';
import { splitRoleRuns } from './split-role-runs.js';
import { splitHead, type Segment } from './split-head.js';
import { takeRoleLine } from './take-role-line.js';
import { lineWithoutDates } from './line-without-dates.js';
import { trimChars } from './trim-chars.js';
import { pushAll } from './push-all.js';
import { laterPeriods } from './later-periods.js';

/** One entry of a section with what its head says. */
export interface ReadEntry {
  block: EntryBlock;
  date?: EntryDate;
  segments: Segment[];
  fields: HeadAssignment;
}

/** A section's entries and the lines before the first one. */
export interface ReadSection {
  intro: Line[];
  entries: ReadEntry[];
  styles: string[];
}

/** More entries than any CV has: past this, a section's entries are kept as its text, unread (bounds the time a crafted CV costs). */
const MAX_ENTRIES = 500;

/** Where a segment is in its entry's head: line first, then position on the line. */
const posOf = (s: Segment): number => s.lineIdx * 10000 + Math.max(0, s.line.plain.indexOf(s.text));

/** Learns the section's layout from entries whose fields were clear: is the role first, is a lone segment an organisation. */
function learnPriors(entries: readonly ReadEntry[]): LayoutPriors {
  let order = 0;
  let orderVotes = 0;
  let single = 0;
  let singleVotes = 0;
  for (const e of entries) {
    const f = e.fields;
    if (f.margin < 1.5) continue;
    // (a group heading is first by its place: it teaches no order)
    if (f.first && f.second && f.first.lineIdx >= 0 && f.second.lineIdx >= 0) {
      // "Specialist in Digital Analytics": a connector's order is grammar, not the section's layout
      const later = posOf(f.first) <= posOf(f.second) ? f.second : f.first;
      // (and so is a bracket's: "ICOD (Programmeur-Analyste Java)")
      if (f.first.line === f.second.line && (/\p{L}/u.test(later.sep) || later.sep === '(')) continue;
      order += posOf(f.first) <= posOf(f.second) ? 1 : -1;
      orderVotes++;
    } else if (!f.first || !f.second) {
      if (e.segments.filter((s) => !s.label).length !== 1) continue;
      single += f.second ? 1 : -1;
      singleVotes++;
    }
  }
  return { titleFirst: orderVotes ? (1.2 * order) / orderVotes : 0, singleIsOrg: singleVotes ? (1.5 * single) / singleVotes : 0 };
}

/** A dated entry of one head line that, its date aside, is only a short note in brackets ("(休暇)", "(Sabbatical)"), with no text under it. */
function careerBreak(state: ParseState, e: Omit<ReadEntry, 'fields'>): boolean {
  const [h] = e.block.head;
  if (!e.date || e.block.head.length !== 1 || !h || e.block.body.some((l) => l.plain && l.kind !== 'rule')) return false;
  const rest = trimChars(lineWithoutDates(state, h), ' :：-–—|');
  return /^[(（][^()（）]{1,20}[)）]$/u.test(rest);
}

/**
 * "工作经历 *2011.10 - 至今 *" at the top of a work section, over dated entries: a one-line head that, its dates aside, is a
 * heading word of the section's own kind says how long the whole section runs, no entry.
 */
function sectionSpan(state: ParseState, e: Omit<ReadEntry, 'fields'>, section: Section, next: Omit<ReadEntry, 'fields'> | undefined): boolean {
  const [h] = e.block.head;
  if (!e.date || !next?.date || e.block.head.length !== 1 || !h || e.block.group.length > 0 || e.block.body.some((l) => l.plain && l.kind !== 'rule')) return false;
  const rest = trimChars(lineWithoutDates(state, h), ' :：-–—|*_');
  // (the whole of it: "**Internship**, [_Computacenter AG_](…), March 2014" names a job at a place)
  const cls = rest === '' ? undefined : classifyHeadingIn(state, rest);
  return cls?.kind === section.type && cls.how === 'exact';
}

/** An undated heading entry with nothing but sentences under it, right before an entry that is a table's row: the table's title, no entry. */
function tableTitle(e: Omit<ReadEntry, 'fields'>, next: Omit<ReadEntry, 'fields'> | undefined): boolean {
  const [h] = e.block.head;
  return !e.date && h?.kind === 'heading' && e.block.head.length === 1 && e.block.group.length === 0 && e.block.body.every((l) => l.kind === 'text') && next?.block.head[0]?.kind === 'row';
}

/**
 * The entry's date with the other periods written right after it in its cell, if any: its span then runs from the
 * earliest start to the latest end of them all (where it is written stays the first's).
 */
function withLaterPeriods(state: ParseState, date: EntryDate | undefined): EntryDate | undefined {
  const later = date ? laterPeriods(state, date.line, date.span) : [];
  if (!date || later.length === 0) return date;
  const all = [date.span, ...later];
  const starts = all.map((d) => d.start ?? '').filter(Boolean).sort();
  const ends = all.map((d) => d.end ?? d.start ?? '').filter(Boolean).sort();
  const span = { ...date.span, ongoing: all.some((d) => d.ongoing) };
  if (starts[0]) span.start = starts[0];
  if (ends.length) span.end = ends[ends.length - 1]!;
  return { ...date, span, later };
}

/** An entry with its fields (built field by field: a spread of an object with an optional key is slow). */
function withFields(b: Omit<ReadEntry, 'fields'>, fields: HeadAssignment): ReadEntry {
  const e: ReadEntry = { block: b.block, segments: b.segments, fields };
  if (b.date) e.date = b.date;
  return e;
}

/** The fields of an entry whose reader does not ask for them (see `assign` of readEntryHeads). */
function noFields(): HeadAssignment {
  return { places: [], rest: [], cutPlaces: [], margin: 0, why: { first: [], second: [] } };
}

/**
 * Segments an entry section and reads each entry's head: its dates, its segments, and which segment is
 * which field. Fields are assigned twice: once with no layout habits, then with the habits learned from
 * the entries whose reading was clear (role first or last, a lone heading an organisation or a role).
 * @param assign - whether to assign fields at all (a reader that only reads the segments in order needs none: each entry's `fields` is then empty)
 */
export function readEntryHeads(state: ParseState, section: Section, kind: HeadKind, defaults: LayoutPriors = { titleFirst: 0.3, singleIsOrg: 0 }, connectors = true, assign = true): ReadSection {
  const seg = capEntries(state, section, splitRoleRuns(state, segmentEntries(state, section), section.type === 'work' || section.type === 'volunteer' || section.type === 'education'));
  const base = seg.entries.map((found) => {
    const block = takeRoleLine(state, found);
    const date = withLaterPeriods(state, pickEntryDate(state, block, section.lines));
    const segments = splitHead(state, block.head, block.group, date?.span, date?.line, section.lines, connectors && kind === 'education' ? 'education' : connectors);
    const b: Omit<ReadEntry, 'fields'> = { block, segments };
    if (date) b.date = date;
    return b;
  });
  openDashedStarts(state, base);
  // ("### 2021/04 - 2021/08: (休暇)": a dated head that says only a note in brackets is a break between entries, kept as the section's text)
  // ("<h3>職務経歴インデックス</h3>" / a sentence / a table of dated rows: an undated heading and its note over a table title the table)
  const breaks = base.filter((b, k) => careerBreak(state, b) || tableTitle(b, base[k + 1]) || (k === 0 && sectionSpan(state, b, section, base[1])));
  if (breaks.length) {
    pushAll(seg.intro, breaks.flatMap((b) => [...b.block.group, ...b.block.head, ...b.block.body]));
    base.splice(0, base.length, ...base.filter((b) => !breaks.includes(b)));
  }
  if (!assign) return { intro: seg.intro, entries: base.map((b) => withFields(b, noFields())), styles: seg.styles };
  const first: ReadEntry[] = base.map((b) => withFields(b, assignHead(state, b.segments, kind, defaults, b.date?.line)));
  const learned = learnPriors(first);
  const priors: LayoutPriors = { titleFirst: learned.titleFirst || defaults.titleFirst, singleIsOrg: learned.singleIsOrg || defaults.singleIsOrg };
  // nothing learned: the second reading would be the first
  const same = priors.titleFirst === defaults.titleFirst && priors.singleIsOrg === defaults.singleIsOrg;
  const entries = same ? first : base.map((b) => withFields(b, assignHead(state, b.segments, kind, priors, b.date?.line)));
  return { intro: seg.intro, entries: groupTextOnce(groupNameForAll(entries)), styles: seg.styles };
}

/**
 * "### Valemobi" / "#### Especialista em Engenharia de Confiabilidade de Sites" / "#### Engenheiro Sênior de Software": a group
 * heading that is the organisation of one of its roles is the organisation of each; a role's part after a connector,
 * read as the organisation, goes back on the role.
 */
function groupNameForAll(entries: ReadEntry[]): ReadEntry[] {
  const named = new Set<Line>();
  for (const e of entries) if (e.fields.second?.lineIdx === -1) named.add(e.fields.second.line);
  if (named.size === 0) return entries;
  return entries.map((e) => {
    const { first, second } = e.fields;
    // (the first role under the heading has it as a line of its own head)
    const group = e.fields.rest.find((s) => named.has(s.line));
    if (!first || !second || !group || second.line !== first.line || !/^\p{L}+$/u.test(second.sep) || e.segments.indexOf(second) !== e.segments.indexOf(first) + 1) return e;
    const role = { ...first, text: `${first.text} ${second.sep} ${second.text}` };
    return { ...e, fields: { ...e.fields, first: role, second: group, rest: e.fields.rest.filter((s) => s !== group) } };
  });
}

/**
 * "## Freelancer-kokemusta edeltävä aika - 2005-2011" over four dated jobs: what the group line says that is no field
 * of its entries is kept with the first of them only, not repeated in each.
 */
function groupTextOnce(entries: ReadEntry[]): ReadEntry[] {
  return entries.map((e, k) => {
    const group = e.block.group[0];
    // (the entry before has the line as its group, or as a line of its own head: "Interfront, Cape Town <http://…>" / ": Devops Engineer (…)" / ": Java Developer (…)")
    const before = entries[k - 1]?.block;
    if (!group || !before || (before.group[0] !== group && !before.head.includes(group))) return e;
    const rest = e.fields.rest.filter((s) => !e.block.group.includes(s.line));
    return rest.length === e.fields.rest.length ? e : { ...e, fields: { ...e.fields, rest } };
  });
}

/** A section of more than MAX_ENTRIES entries keeps the rest as text after its intro, with a warning: nothing is lost. */
function capEntries(state: ParseState, section: Section, seg: ReturnType<typeof segmentEntries>): ReturnType<typeof segmentEntries> {
  if (seg.entries.length <= MAX_ENTRIES) return seg;
  const rest = seg.entries.slice(MAX_ENTRIES);
  const first = rest[0]!.head[0] ?? rest[0]!.body[0];
  const message = `the section "${section.title}" has ${seg.entries.length} entries; the first ${MAX_ENTRIES} are read as entries and the rest are kept as its text. Split it into several sections if they are all entries.`;
  state.warnings.push(createWarning('too-many-entries', message, first?.line, state.file));
  return { ...seg, entries: seg.entries.slice(0, MAX_ENTRIES), intro: [...seg.intro, ...rest.flatMap((e) => [...e.head, ...e.body])] };
}
