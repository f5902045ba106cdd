// Joins an entry that tells again a job an earlier entry named (an overview table, then a section per job) into that entry.
import type { Work } from '../../model/types.js';
import { isEmployment } from './is-employment.js';

/** Fields of the head, already compared or merged above. */
const HEAD_KEYS = new Set(['position', 'name', 'location', 'description', 'summary', 'highlights', 'startDate', 'endDate', 'dateText']);

/** First word of a name, folded, for matching ("Quipper Limited Japan Branch" → "quipper"). */
function key(name: string | undefined): string {
  return (name ?? '').normalize('NFKC').toLowerCase().split(/[\s,.(（]/u).find((w) => w.length > 1) ?? '';
}

/** The words of a name, folded. */
function nameWords(name: string): Set<string> {
  return new Set(name.normalize('NFKC').toLowerCase().split(/[\s,;()（）]+/u).filter(Boolean));
}

/**
 * Two names of several words each where neither's words hold the other's ("Department of Mathematics, Red Rocks
 * Community College" and "Department of Mathematics and Computer Science, Colorado School of Mines"): two organisations,
 * though their first word is the same.
 */
function namesDiffer(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const x = nameWords(a);
  const y = nameWords(b);
  if (x.size < 2 || y.size < 2) return false;
  return ![...x].every((w) => y.has(w)) && ![...y].every((w) => x.has(w));
}

/** Whether two ends are the same, at the coarser precision of the two (absent: ongoing or unknown, equal only to absent). */
function sameEnd(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) === b.slice(0, n);
}

/** The entry's role, folded; empty when there is none or it only says the kind of employment. */
function roleOf(w: Work): string {
  return w.position === undefined || isEmployment(w.position) ? '' : w.position.normalize('NFKC').toLowerCase();
}

/** Whether `later` is the same job as `earlier`: same start month, and the earlier organisation named in the later head. */
function sameJob(earlier: Work, later: Work): boolean {
  if (!earlier.startDate || !later.startDate || earlier.startDate.slice(0, 7) !== later.startDate.slice(0, 7)) return false;
  // ("Oct 2013 - Present" as founder and CEO, "Oct 2013 - Oct 2018" as CEO: ends that differ are two entries)
  if (!sameEnd(earlier.endDate, later.endDate)) return false;
  const org = key(earlier.name);
  if (!org) return false;
  // two roles held at once at one organisation ("HR Manager" and "Reporting Manager (part-time)") are two entries
  // (a kind of employment where the role goes, "正社員", names no role: "メンバー" in the table, "正社員" in the heading)
  const a = roleOf(earlier);
  const b = roleOf(later);
  // (also when the later head names the organisation elsewhere: "Capgemini | Ambassadeur Campus" over a school)
  if (a && b && !a.includes(b) && !b.includes(a)) return false;
  if (namesDiffer(earlier.name, later.name)) return false;
  const head = `${later.position ?? ''} ${later.name ?? ''} ${later.description ?? ''}`.normalize('NFKC').toLowerCase();
  return head.includes(org);
}

/** The later entry's words that the earlier one lacks, so nothing is lost. */
function extraWords(earlier: Work, later: Work): string[] {
  const known = `${earlier.position ?? ''} ${earlier.name ?? ''} ${earlier.location ?? ''} ${earlier.description ?? ''}`.toLowerCase();
  return [later.position, later.name, later.location, later.description].filter((t): t is string => !!t && !known.includes(t.toLowerCase()));
}

/**
 * Folds entries that repeat an earlier entry of the same list (a CV with an overview table of its jobs,
 * then a section per job) into that earlier entry: its text, highlights and any head words it lacks are
 * appended, so the job is listed once and nothing is lost. Returns the list without the folded entries,
 * and for each entry given the index it now has in that list.
 * @param entries - the section's entries in document order
 */
export function mergeRepeatedEntries<T extends Work>(entries: readonly T[]): { kept: T[]; into: number[] } {
  const out: T[] = [];
  const into: number[] = [];
  for (const e of entries) {
    const at = out.findIndex((o) => sameJob(o, e));
    into.push(at < 0 ? out.length : at);
    if (at < 0) {
      out.push(e);
      continue;
    }
    const twin = out[at]!;
    const extra = extraWords(twin, e);
    if (extra.length) twin.description = [twin.description, ...extra].filter(Boolean).join(' · ');
    if (e.summary) twin.summary = twin.summary ? `${twin.summary}\n\n${e.summary}` : e.summary;
    if (e.highlights?.length) twin.highlights = [...(twin.highlights ?? []), ...e.highlights];
    for (const [k, v] of Object.entries(e)) if (!(k in twin) && !HEAD_KEYS.has(k)) (twin as Record<string, unknown>)[k] = v;
  }
  return { kept: out, into };
}
