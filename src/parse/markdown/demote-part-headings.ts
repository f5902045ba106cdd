// Pass: an undated heading that a section repeats over each entry's list ("### Key Responsibilities", "#### 担当業務", "###### Technologies: Python, Django, …") names a part of every entry, not an entry: it becomes a bold label line of the entry above it.
import { lineDates } from './line-dates.js';
import { wordClasses } from './score-segment.js';
import { trimChars } from './trim-chars.js';
import { fieldLabelOf } from './field-label-of.js';
import type { Line, ParseState, Section } from './parse-types.js';

/** The sections whose headings below their own may be entries. */
const ENTRY_SECTIONS = new Set(['work', 'volunteer', 'education', 'projects']);

/** The longest heading read as a part's label. */
const MAX_LABEL = 40;

/** A heading's text folded for comparison: lower case, without a closing colon (its plain text has its spaces collapsed). */
function labelKey(l: Line): string {
  return trimChars(l.plain.toLowerCase(), ' :：');
}

/** `lines[i]` is a short undated heading below level `below`, over a line of text or a list (not over a heading, a table or a dated line). */
function labelHeading(state: ParseState, lines: readonly Line[], i: number, below: number): boolean {
  const h = lines[i]!;
  const next = lines[i + 1];
  if (h.kind !== 'heading' || h.level <= below || h.plain.length > MAX_LABEL || h.links.length > 0) return false;
  if (!next || next.kind === 'heading' || next.kind === 'rule' || next.kind === 'row') return false;
  // ("##### フルスタックソフトウェアエンジニア" under two companies: a heading naming a job is a role held twice, not a part)
  return lineDates(state, h).length === 0 && lineDates(state, next).length === 0 && !wordClasses(h.plain, state).has('jobTitle');
}

/**
 * "###### **Technologies: Python3.5, Django2.0, PostgreSQL**": an undated heading that opens with a short label and a colon
 * over a list (two commas or more), the label no field's ("Company:", "Period:"): the label folded, or undefined.
 */
function listLabel(state: ParseState, h: Line): string | undefined {
  if (h.kind !== 'heading') return undefined;
  const colon = h.plain.search(/[:：]/);
  if (colon <= 0 || colon > 40) return undefined;
  const label = h.plain.slice(0, colon);
  const rest = h.plain.slice(colon + 1);
  if (label.split(' ').length > 4 || rest.split(/[,，、]/).length < 3 || lineDates(state, h).length > 0 || fieldLabelOf(state, label) !== undefined) return undefined;
  return label.toLowerCase();
}

/** The heading as a bold line of text (already bold: as written): what it says is kept, in the entry it belongs to. */
function asLabelLine(h: Line): Line {
  return { ...h, kind: 'text', level: 0, md: h.bold ? h.md : `**${h.md}**`, bold: true, boldParts: [h.plain], caption: true };
}

/** Turns the section's repeated part headings into caption lines, noting each line replaced (old → new) in `replaced`. */
function demoteIn(state: ParseState, s: Section, replaced: Map<Line, Line>): void {
  const own = s.heading?.kind === 'heading' ? s.heading.level : 0;
  // (below the section's shallowest headings, the entries' or their groups': "### Leader technique" twice is two jobs)
  const below = s.lines.reduce((m, l) => (l.kind === 'heading' && l.level > own ? Math.min(m, l.level) : m), 7);
  const counts = new Map<string, number>();
  const candidates: number[] = [];
  s.lines.forEach((_, i) => {
    if (!labelHeading(state, s.lines, i, below)) return;
    candidates.push(i);
    const key = labelKey(s.lines[i]!);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  // (and headings of a label over a list that the section repeats, at any level below its own: "###### **Technologies: …**" under each job)
  const listed = new Map<number, string>();
  s.lines.forEach((l, i) => {
    const label = l.kind === 'heading' && l.level > own ? listLabel(state, l) : undefined;
    if (label === undefined) return;
    listed.set(i, `: ${label}`);
    counts.set(`: ${label}`, (counts.get(`: ${label}`) ?? 0) + 1);
  });
  for (const i of [...candidates, ...listed.keys()]) {
    const h = s.lines[i]!;
    if ((counts.get(listed.get(i) ?? labelKey(h)) ?? 0) < 2) continue;
    const line = asLabelLine(h);
    replaced.set(h, line);
    s.lines[i] = line;
  }
}

/**
 * Turns each heading that an entry section repeats, undated and short, over a list or a text ("### Key
 * Responsibilities" under every job of "## PagerDuty", "## FinanceIt", …) into a bold label line, in the section
 * and in the document's lines: the entries are the headings and lines around it.
 */
export function demotePartHeadings(state: ParseState): void {
  const replaced = new Map<Line, Line>();
  for (const s of state.sections) if (ENTRY_SECTIONS.has(s.type)) demoteIn(state, s, replaced);
  if (replaced.size === 0) return;
  state.lines = state.lines.map((l) => replaced.get(l) ?? l);
}
