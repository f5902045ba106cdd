// Pass: an undated heading that a section repeats over each entry's list ("### Key Responsibilities", "#### 担当業務") names a part of every entry, not an entry: it becomes a bold label line of the entry above it.
import { lineDates } from './line-dates.js';
import { wordClasses } from './score-segment.js';
import { trimChars } from './trim-chars.js';
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
  for (const i of candidates) {
    const h = s.lines[i]!;
    if ((counts.get(labelKey(h)) ?? 0) < 2) continue;
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
