// Pass: undated work sections beside dated ones are no jobs: one whose heading calls it a summary ("職務経歴（概要）") is the summary; one naming no organisation nor the present after a dated one ("業務内容") is a job's duties, a section of its own.
import { classifyHeadingIn } from './classify-heading-in.js';
import { durationOnly } from './duration-only.js';
import { lineDates } from './line-dates.js';
import type { Line, ParseState, Section } from './parse-types.js';
import { wordClasses } from './score-segment.js';

/** Whether any line of the section holds a date. */
function dated(state: ParseState, s: Section): boolean {
  return s.lines.some((l) => lineDates(state, l).length > 0);
}

/**
 * Pass: retypes as `summary` each work section whose heading also names a summary and whose lines hold
 * no date, when another work section of the CV is dated: its undated headings ("### ソフトウェア開発",
 * "### 事務職") are the fields the person worked in, which the dated sections list as jobs.
 */
export function retypeWorkOverviews(state: ParseState): void {
  // ("## Currently" over "- Building RAG pipelines … at Deloitte (Jun to Aug 2026)" / "- Co-authoring two papers …": what the person does now)
  for (const s of state.sections) {
    if (s.type !== 'work' || !titleNamesPresent(state, s) || namesPresent(state, s)) continue;
    s.type = 'generic';
    s.why.push('its heading names the present over sentences, no head line: what the person does now, not jobs');
  }
  const work = state.sections.filter((s) => s.type === 'work');
  const overviews = work.filter((s) => s.also === 'summary' && !dated(state, s));
  const details = work.filter((s) => !overviews.includes(s) && !dated(state, s) && !namesPresent(state, s) && !boldJobLeads(state, s) && (!namesOrganisation(state, s) || yearsPerRole(state, s) || groupsSections(state, s)) && state.sections.some((d) => d !== s && d.type !== 'header' && d.type !== 'education' && dated(state, d)));
  if (overviews.length + details.length === 0 || overviews.length + details.length === work.length) return;
  if (!work.some((s) => !overviews.includes(s) && !details.includes(s) && dated(state, s))) return;
  for (const s of overviews) {
    s.type = 'summary';
    s.why.push('its heading also names a summary, it holds no date and the other work sections are dated: an overview, not jobs');
  }
  for (const s of details) {
    s.type = 'generic';
    s.why.push('a work section with no date, no organisation and no word of the present in its heading, after a dated one: the duties of a job it lists, kept as its own section');
  }
}

/** Whether the section's heading holds a word of the present ("Currently", "Current position", "Aktuell"). */
function titleNamesPresent(state: ParseState, s: Section): boolean {
  const words = new Set((s.title ?? '').toLowerCase().split(/[^\p{L}]+/u));
  return state.lexicons.some((l) => l.present.some((w) => words.has(w)));
}

/**
 * Whether the section's heading names the present ("Currently", "Current position") over a head line (bold, or short and
 * no sentence: "__Principal Engineer__, [Brightwave](…)"): its undated job is the one the person holds now. (Over
 * sentences only, "## Currently" / "Building data pipelines for a fintech in Accra.", it says what the person does.)
 */
function namesPresent(state: ParseState, s: Section): boolean {
  if (!titleNamesPresent(state, s)) return false;
  // ("## POSIZIONE ATTUALE" / "### Docente di "Informatica" … dal 2015 ad oggi, ITI "Ettore Majorana" - …": a dated heading is a job)
  if (s.lines.some((l) => l.kind === 'heading' && l !== s.heading && lineDates(state, l).length > 0)) return true;
  // (its first line: "- Co-authoring two papers targeting **EMNLP 2026**: …" has a bold word, but no head opens with it)
  const head = s.lines.find((l) => l.kind !== 'heading' && l.plain);
  return head !== undefined && (head.bold || boldLead(head) !== undefined || (head.plain.split(' ').length <= 8 && !/[.!?。]$/u.test(head.plain)));
}

/**
 * Whether two lines of the section or more open with a bold run naming a job ("**Research assistant** - Little Listeners
 * project."): undated jobs, not duties.
 */
function boldJobLeads(state: ParseState, s: Section): boolean {
  let n = 0;
  for (const l of s.lines) {
    const lead = l.kind === 'heading' ? undefined : boldLead(l);
    if (lead && wordClasses(lead, state).has('jobTitle') && ++n >= 2) return true;
  }
  return false;
}

/** The bold run a line opens with, if it opens with one. */
function boldLead(l: Line): string | undefined {
  const lead = l.boldParts[0];
  return lead !== undefined && l.plain.startsWith(lead) ? lead : undefined;
}

/** What ends an item's role before its duration. */
const SEPARATORS = [' — ', ' – ', ' - ', '|', '｜', ':', '：'];

/** The last part of a text after a dash, a bar or a colon ("System Analyst — 約 15 年" → "約 15 年"), a note in brackets at its end aside ("（註：…）"). */
function lastPart(text: string): string | undefined {
  let t = text.trimEnd();
  const close = t.endsWith(')') ? '(' : t.endsWith('）') ? '（' : '';
  if (close) t = t.slice(0, t.lastIndexOf(close)).trimEnd();
  const at = Math.max(...SEPARATORS.map((sep) => { const i = t.lastIndexOf(sep); return i < 0 ? -1 : i + sep.length; }));
  return at > 0 ? t.slice(at).trim() : undefined;
}

/**
 * "* Technical Manager / 公司負責人 — 約 22 年" / "* System Analyst — 約 15 年": two or more top-level items, each ending with
 * a duration alone: the years the person spent in each role, a tally, not jobs.
 */
function yearsPerRole(state: ParseState, s: Section): boolean {
  const items = s.lines.filter((l) => l.kind === 'item' && l.depth === 0);
  return items.length >= 2 && items.every((l) => {
    const part = lastPart(l.plain);
    // (a short word before the number may say "about": "約 22 年", "ca. 5 Jahre")
    return part !== undefined && durationOnly(state, part.replace(/^[^\s\d]{1,6}\s*(?=\d)/u, ''));
  });
}

/**
 * Whether two or more of the section's terms or sub-headings are the words of other sections ("## Technical Experiences" /
 * "Webinar" / "Publications" / "Community", each over its items): the heading groups sections, it lists no jobs.
 */
function groupsSections(state: ParseState, s: Section): boolean {
  let n = 0;
  for (const l of s.lines) {
    if (l === s.heading || (l.kind !== 'term' && l.kind !== 'heading')) continue;
    const kind = classifyHeadingIn(state, l.plain)?.kind;
    if (kind !== undefined && kind !== 'work' && ++n >= 2) return true;
  }
  return false;
}

/** Whether some line of the section names an organisation (a company word or legal form) or labels one. */
function namesOrganisation(state: ParseState, s: Section): boolean {
  return s.lines.some((l) => wordClasses(l.plain.slice(0, 200), state).has('organisation'));
}
