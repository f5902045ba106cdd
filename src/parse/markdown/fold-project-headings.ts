// Folds dated project headings under a job's undated heading ("### Org | Senior Engineer" over "#### 11-2024 – now | Project") into that job.
import type { EntryBlock, Line, ParseState } from './parse-types.js';
import { lineDates } from './line-dates.js';
import type { Segmented } from './segment-entries.js';
import { wordClasses } from './score-segment.js';
import { fieldLabelOf } from './field-label-of.js';
import { findExactHeading } from './find-exact-heading.js';

/** "AR Glasses/Hand Controller Project（2016年 - 2018年）": a heading whose name (before any bracket) ends with the word for a project names one, whatever job word comes before. */
function endsWithProject(state: ParseState, text: string): boolean {
  const name = /^[^(（[]+/.exec(text)?.[0].trim() ?? '';
  const last = name.slice(name.lastIndexOf(' ') + 1);
  return last !== name && findExactHeading(state, last) === 'projects';
}

/** The heading names a job, and not as a project's part ("Hand Controller Project"). */
function namesJob(state: ParseState, h: Line): boolean {
  return wordClasses(h.plain, state).has('jobTitle') && !endsWithProject(state, h.plain);
}

/** "- **役割**: ソフトウェアエンジニア、LLMOps" under a project heading: an undated line opening with a field's label, the project's detail. */
function labelledDetail(state: ParseState, l: Line): boolean {
  const at = l.plain.search(/[:：]/);
  return at > 0 && fieldLabelOf(state, l.plain.slice(0, at)) !== undefined && lineDates(state, l).length === 0;
}

/** A heading that names a job ("LINE Technology Vietnam | Senior Software Engineer", "Higgsup | developer"). */
function jobHeading(state: ParseState, l: Line): boolean {
  return l.kind === 'heading' && wordClasses(l.plain, state).has('jobTitle');
}

/**
 * Whether the project heading's first date falls within the years of the job heading's own range (an undated job: always):
 * "### Org (职位-Golang工程师) (2017/02/28---2021/11)" over "#### [2019年 …小程序]".
 */
function withinJob(state: ParseState, job: Line, h: Line): boolean {
  const range = lineDates(state, job)[0];
  if (!range) return true;
  if (range.single || !range.start) return false;
  const d = lineDates(state, h)[0];
  const year = (d?.start ?? d?.end ?? '').slice(0, 4);
  return year >= range.start.slice(0, 4) && (range.ongoing || year <= (range.end ?? '').slice(0, 4));
}

/** A head that is one dated heading deeper than `level` naming no job (a project and its dates), and labelled details of it. */
function projectHead(state: ParseState, e: EntryBlock, level: number): boolean {
  const [h, ...rest] = e.head;
  return h !== undefined && h.kind === 'heading' && h.level > level && lineDates(state, h).length > 0 && rest.every((l) => labelledDetail(state, l)) && !namesJob(state, h);
}

/** A head line of the entry that is dated: "### R&D Lab" / "Основатель, …" / "2023 — настоящее время | Псков". */
const datedHead = (state: ParseState, e: EntryBlock): boolean => e.head.length > 1 && e.head.some((l) => lineDates(state, l).length > 0);

/**
 * "### R&D Lab" / role / "2023 — настоящее время | Псков" / "#### Программно-аппаратный комплекс …" / points: one undated
 * heading deeper than the dated job's, naming no job, degree, organisation or school, with no date under it, is a project of that job.
 */
function undatedPart(state: ParseState, e: EntryBlock, job: EntryBlock, level: number): boolean {
  const [h, ...rest] = e.head;
  if (h === undefined || h.kind !== 'heading' || h.level <= level || !datedHead(state, job) || !rest.every((l) => labelledDetail(state, l))) return false;
  if (lineDates(state, h).length > 0 || e.body.some((l) => lineDates(state, l).length > 0)) return false;
  const classes = wordClasses(h.plain, state);
  return !classes.has('jobTitle') && !classes.has('degree') && !classes.has('organisation') && !classes.has('institution');
}

/**
 * Post-step of entry segmentation: where an entry's head opens with a heading that names a job (an organisation and
 * a role), undated or dated with a range, and the entries after it are dated headings one level or more deeper that
 * name no job (the projects done there, within the job's years), those entries are that job's text: its body takes their heads and bodies, and the job
 * stays one entry (its own date, if any, is the first project's, which its head already holds). Such project headings
 * under a group heading that names a job fold into the entry of that group's first heading the same way. So do undated
 * headings naming no job under a job whose own lines give its dates (see {@link undatedPart}).
 */
export function foldProjectHeadings(state: ParseState, out: Segmented): void {
  const kept: EntryBlock[] = [];
  // the last kept entry that opens with a heading, and whether that heading names a job (asked only when a project heading follows it)
  let job: { e: EntryBlock; opening: Line; names?: boolean } | undefined;
  for (const e of out.entries) {
    const opening = e.group[0] ?? e.head[0];
    if (job && (e.group.length === 0 || e.group[0] === job.e.head[0] || e.group[0] === job.e.group[0]) && projectHead(state, e, job.opening.level) && (job.names ??= jobHeading(state, job.opening)) && withinJob(state, job.opening, e.head[0]!)) {
      job.e.body.push(...e.head, ...e.body);
      continue;
    }
    if (job && e.group.length === 0 && undatedPart(state, e, job.e, job.opening.level)) {
      job.e.body.push(...e.head, ...e.body);
      continue;
    }
    job = opening?.kind === 'heading' ? { e, opening } : undefined;
    kept.push(e);
  }
  out.entries = kept;
}
