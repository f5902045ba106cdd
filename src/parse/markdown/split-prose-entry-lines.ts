// Pass: a paragraph entry written as prose ("**Software Engineer.** Developing signalling systems. C++ on Linux. Bombardier, Göteborg, September 2017–February 2019.") becomes a head line (the bold role and the closing sentence) and a body line (the sentences between).
import { makeLine } from './build-lines.js';
import { DATED_KINDS } from './find-sections.js';
import { lineDates } from './line-dates.js';
import type { Line, ParseState } from './parse-types.js';

/** The closing sentence (organisation, place, dates) is short. */
const MAX_CLOSING = 110;
/** The opening bold run (the role, the degree) is short. */
const MAX_ROLE = 80;

/** The head and body lines of one prose entry line, or undefined when the line is not one. */
function splitLine(state: ParseState, l: Line): [Line, Line] | undefined {
  if (l.kind !== 'text' || l.depth > 0 || !l.md.startsWith('**')) return undefined;
  const role = l.boldParts[0];
  if (!role || role.length > MAX_ROLE || !l.plain.startsWith(role)) return undefined;
  const dates = lineDates(state, l);
  const last = dates[dates.length - 1];
  if (!last || last.index + last.length < l.plain.length - 2 || last.index < role.length) return undefined;
  // the closing sentence starts after the last full stop before the dates (and after the bold run)
  const stop = l.plain.lastIndexOf('. ', last.index);
  if (stop < role.length || l.plain.length - stop > MAX_CLOSING) return undefined;
  // a sentence's end, not an abbreviation's dot ("B.S. Computer Science"): a lower-case word of three letters or more before it
  if (!/\p{Ll}{3}$/u.test(l.plain.slice(0, stop))) return undefined;
  const closing = l.plain.slice(stop + 2);
  const boldEnd = l.md.indexOf('**', 2);
  const at = l.md.lastIndexOf(closing);
  if (boldEnd < 0 || at < boldEnd + 2) return undefined;
  const between = l.md.slice(boldEnd + 2, at).trim();
  if (between.split(/\s+/).length < 3) return undefined;
  // (", partial, 163.5 credits." after "**Computer Engineering**": the punctuation that joined it to the bold run goes)
  const middle = between.replace(/^[\s,;:–—-]+/, '');
  const place = { line: l.line, endLine: l.endLine, block: l.block };
  return [makeLine('text', `${l.md.slice(0, boldEnd + 2)} | ${l.md.slice(at)}`, place), makeLine('text', middle, { ...place, block: l.block + 0.5 })];
}

/** Where a line split in two keeps its parts: its source lines, block, depth, list kind and HTML origin. */
const placeOf = (l: Line): { line: number; endLine: number; block: number; depth: number; ordered: boolean | undefined; html: boolean | undefined } => ({ line: l.line, endLine: l.endLine, block: l.block, depth: l.depth, ordered: l.ordered, html: l.html });

/** The lead of "Role (dates): description" is short. */
const MAX_LEAD = 130;
/** The closing bracket of the lead's dates, its emphasis, the colon: where the description starts. */
const LEAD_END = /[)）]((?:\*\*|__|\*|_)?)\s*[:：]((?:\*\*|__|\*|_)?)\s+/;

/**
 * "- Analista de Seguridad (2019/6 a 2020/3): Encargado de …": a line or item whose short lead ends with its
 * dates in brackets and a colon, a description after it: the lead (role, dates) and the description as two lines.
 */
function splitDatedLead(state: ParseState, l: Line): [Line, Line] | undefined {
  if ((l.kind !== 'text' && l.kind !== 'item') || l.plain.length < 40) return undefined;
  const pc = l.plain.search(/[)）]\s*[:：]\s/);
  if (pc < 3 || pc > MAX_LEAD) return undefined;
  const first = lineDates(state, l)[0];
  if (!first || first.index >= pc || first.index + first.length < pc - 25) return undefined;
  // (a description of sentences: "**Fiverr** (January 2015 – Present): ........ Freelance Developer" is a head with leaders)
  const description = l.plain.slice(pc).replace(/^[)）]\s*[:：]\s*/, '');
  if (description.split(/\s+/).length < 5 || /^[.…·_]{3}/.test(description)) return undefined;
  const m = LEAD_END.exec(l.md);
  if (!m) return undefined;
  // (the emphasis may close before the colon or after it: "**Role (dates)**: …", "**Role (dates):** …")
  const head = m[2] ? l.md.slice(0, m.index + m[0].trimEnd().length) : l.md.slice(0, m.index + 1 + m[1]!.length);
  const body = l.md.slice(m.index + m[0].length);
  const place = placeOf(l);
  return [makeLine(l.kind, head, place), makeLine('text', body, { ...place, block: l.block + 0.5 })];
}

/**
 * "**Architect (2014 - 2015)** Managing university projects up to £5M …": a line or item that opens with a bold run
 * naming a role and ending with its dates (a closing bracket may follow them), then a description of five words or more with no colon
 * between: the bold run (the head) and the description as two lines.
 */
function splitDatedBoldLead(state: ParseState, l: Line): [Line, Line] | undefined {
  if ((l.kind !== 'text' && l.kind !== 'item') || !(l.md.startsWith('**') || l.md.startsWith('__'))) return undefined;
  const role = l.boldParts[0];
  if (!role || role.length > MAX_LEAD || !l.plain.startsWith(role)) return undefined;
  const d = lineDates(state, l)[0];
  // (a role before the dates: a bold run of dates alone, "**2016–2019** Delineante en …", heads its line as it is)
  if (!d || d.index + d.length > role.length || !/\p{L}/u.test(role.slice(0, d.index)) || !/^[\s)）]*$/.test(role.slice(d.index + d.length))) return undefined;
  const boldEnd = l.md.indexOf(l.md.slice(0, 2), 2);
  const body = boldEnd < 0 ? '' : l.md.slice(boldEnd + 2).trim();
  if (/^[:：|–—-]/.test(body) || body.split(/\s+/).length < 5) return undefined;
  const place = placeOf(l);
  return [makeLine(l.kind, l.md.slice(0, boldEnd + 2), place), makeLine('text', body, { ...place, block: l.block + 0.5 })];
}

/**
 * "- **SDK Developer — Harness** (harness.io), Beograd, Srbija · 03/2020 – 12/2024. Glavni programer na porodici SDK-ova …":
 * an item whose short lead ends with its first dates and a full stop, then sentences of five words or more: the lead
 * (the head) and the sentences as two lines.
 */
function splitDatedStop(state: ParseState, l: Line): [Line, Line] | undefined {
  if (l.kind !== 'item' || l.plain.length < 60) return undefined;
  const d = lineDates(state, l)[0];
  if (!d || d.index + d.length > MAX_LEAD || !/^\.\s+\p{Lu}/u.test(l.plain.slice(d.index + d.length))) return undefined;
  const date = l.plain.slice(d.index, d.index + d.length);
  const at = l.md.indexOf(`${date}. `);
  if (at < 0 || !/\p{L}/u.test(l.plain.slice(0, d.index))) return undefined;
  const body = l.md.slice(at + date.length + 1).trim();
  if (body.split(/\s+/).length < 5) return undefined;
  const place = placeOf(l);
  return [makeLine(l.kind, l.md.slice(0, at + date.length), place), makeLine('text', body, { ...place, block: l.block + 0.5 })];
}

/** "**BlendIT - Programador Web Sênior (6 meses de projeto):** Arquitetura …": a bold lead that names two parts, then a colon. */
const BOLD_LEAD = /^(\*\*|__)([^*_]{3,130}?)(?:[:：]\1|\1\s*[:：])\s+/;

/**
 * Among lines split by {@link splitDatedLead} (two or more), an undated paragraph of the same shape, its bold lead
 * naming two parts around a dash and ending with a colon, then a description of five words or more, is split the same way.
 */
function splitUndatedLead(l: Line): [Line, Line] | undefined {
  if (l.kind !== 'text' || l.depth > 0) return undefined;
  const m = BOLD_LEAD.exec(l.md);
  if (!m || !/\s[-–—|]\s/.test(m[2]!) || l.md.slice(m[0].length).split(/\s+/).length < 5) return undefined;
  const place = placeOf(l);
  return [makeLine(l.kind, m[0].trimEnd(), place), makeLine('text', l.md.slice(m[0].length), { ...place, block: l.block + 0.5 })];
}

/**
 * "**Technical Lead** (2012/06 – 2015/09) | **Senior Software Engineer** (2011/01 – 2012/06)": a paragraph line of
 * two bold-led parts or more, parted by bars, each with one period of its own, is one line per role (in one block).
 */
function splitRoleRun(state: ParseState, l: Line): Line[] | undefined {
  if (l.kind !== 'text' || l.depth > 0 || !l.md.startsWith('**') || !l.md.includes(' | ')) return undefined;
  const parts = l.md.split(' | ').map((p) => p.trim());
  if (parts.length < 2 || parts.some((p) => !p.startsWith('**'))) return undefined;
  const place = { line: l.line, endLine: l.endLine, block: l.block, depth: l.depth, html: l.html };
  const lines = parts.map((p) => makeLine('text', p, place));
  return lines.every((p) => lineDates(state, p).length === 1) ? lines : undefined;
}

/**
 * Pass: in work, volunteer and education sections, a paragraph line that opens with a short bold run and ends
 * with its dates, with sentences between ("**Programmer.** PHP web developer, mostly back end. Bluepin,
 * Uddevalla, March – August 2015."), becomes two lines of the same source line: the head (the bold run, then
 * the closing sentence: organisation, place, dates) and the body (the sentences between), so the entry is
 * read like any "role | organisation, place, dates" head with its text. So does a line or item whose lead is
 * the role and its dates in brackets, then a colon and the description ("- Analista de Seguridad (2019/6 a
 * 2020/3): Encargado de …"), or an item whose lead ends with its dates and a full stop before sentences. A line of bold-led roles parted by bars, each with its period, becomes one line per role.
 */
export function splitProseEntryLines(state: ParseState): void {
  for (const s of state.sections) {
    if (!DATED_KINDS.has(s.type)) continue;
    let changed = false;
    let leads = 0;
    const out: Line[] = [];
    for (const l of s.lines) {
      const prose = splitLine(state, l);
      const lead = prose ? undefined : splitDatedLead(state, l);
      const parts = lead ?? prose ?? splitDatedBoldLead(state, l) ?? splitRoleRun(state, l) ?? splitDatedStop(state, l);
      if (lead) leads++;
      if (parts) {
        out.push(...parts);
        changed = true;
      } else out.push(l);
    }
    if (changed) s.lines = leads >= 2 ? out.flatMap((l) => splitUndatedLead(l) ?? [l]) : out;
  }
}
