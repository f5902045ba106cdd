// Where a work section's entries mostly open their text with their role as a label ("*Jr. Developer*: …"), that label is the role of each.
import { leadRole } from './lead-role.js';
import type { Line, ParseState } from './parse-types.js';
import type { ReadEntry } from './read-entry-heads.js';
import { wordClasses } from './score-segment.js';

/** The emphasised role that opens an entry's text as a label, naming a job ("*Pl. Developer*: legacy application support."). */
function labelRole(state: ParseState, e: ReadEntry): { text: string; line: Line } | undefined {
  const lead = leadRole(state, e.block.body);
  if (!lead || !lead.line.plain.startsWith(lead.text)) return undefined;
  const after = lead.line.plain.slice(lead.text.length).trimStart();
  // ("*Product Manager / Research Data Specialist.* Product manager for …": a lead closed by a full stop is a label too)
  // (not a label of people, "**Advisor(s):** [Prof. Dr. Paolo Carloni](…)": a plural written "(s)" names the field of a list)
  return /^[:：.]/u.test(after) && !/\(s\)$/iu.test(lead.text.trim()) && wordClasses(lead.text, state).has('jobTitle') ? lead : undefined;
}

/** The text of a line from the start of one part to the end of another ("Faculdades Metropolitanas Unidas - FMU"). */
function spanOf(line: Line, a: string, b: string): string | undefined {
  const i = line.plain.indexOf(a);
  const j = line.plain.indexOf(b, i + a.length);
  return i >= 0 && j >= 0 ? line.plain.slice(i, j + b.length) : undefined;
}

/** The entry read with its label role as the role and its head as the organisation, where its head allows that. */
function withLabelRole(state: ParseState, e: ReadEntry): ReadEntry {
  const { first, ...f } = e.fields;
  if (!first || labelRole(state, e) === undefined) return e;
  // ("## Home Doctor": the head's one part is the organisation, whatever its words)
  if (!f.second) return { ...e, fields: { ...f, second: first, why: { first: [], second: f.why.first } } };
  // ("## Faculdades Metropolitanas Unidas - FMU": two parts of one line, neither naming a job, are one organisation)
  if (first.line !== f.second.line || wordClasses(first.text, state).has('jobTitle') || wordClasses(f.second.text, state).has('jobTitle')) return e;
  const text = spanOf(first.line, first.text, f.second.text) ?? spanOf(first.line, f.second.text, first.text);
  return text ? { ...e, fields: { ...f, second: { ...f.second, text }, why: { first: [], second: f.why.second } } } : e;
}

/**
 * "## Home Doctor" / "*Jr. Developer*: home health care software development.": where two or more entries of a section,
 * and at least half of them, open their text with an emphasised label naming a job, each such label is its entry's
 * role (read by `toWork` from the text) and the head is the organisation, even where the head's own words name a job
 * ("Doctor") or were split in two at a dash.
 */
export function preferLabelRoles(state: ParseState, entries: readonly ReadEntry[]): ReadEntry[] {
  const labelled = entries.filter((e) => labelRole(state, e) !== undefined).length;
  if (labelled < 2 || labelled * 2 < entries.length) return [...entries];
  return entries.map((e) => withLabelRole(state, e));
}
