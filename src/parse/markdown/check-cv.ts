// Pass: tells the user what to fix: placeholder text, no contact, a phone line without a number, reversed or overlapping dates, words that did not reach the model.
import { createWarning } from '../../model/warning.js';
import { findLostWords } from '../find-lost-words.js';
import { dropShortcodes } from './drop-shortcodes.js';
import { blankFieldLabels } from './blank-field-labels.js';
import type { Line, ParseState } from './parse-types.js';
import { labelled } from './read-header.js';
import { findDates } from './find-dates.js';

/**
 * Placeholder phrases, each tried only where one can start (sticky): together they are what
 * `/(?<![\p{L}])(?:todo|…|example\.com)(?![\p{L}])/iu` matched, without its scan restarting inside runs of x.
 * At most one of them matches at a place, and never two lengths of it with a letter after the shorter.
 */
const PLACEHOLDERS_AT = [
  /(?:todo|tbd|fixme|xxx+|lorem ipsum)/iuy,
  /(?:dolor sit amet|your name|your email|your phone|your\.name)/iuy,
  /(?:name surname|firstname lastname|company name|job title|example\.com)/iuy,
  /\[insert[^\]]{0,40}\]/iuy,
  /<your[^>]{0,40}>/iuy,
];
/**
 * Where a placeholder may start: each phrase above begins with one of these literals, so a place this does not
 * match holds none (it lets the exact check run only at a few places of a line, not at every character).
 */
const PLACEHOLDER_HINT = /todo|tbd|fixme|xxx|lorem ipsum|dolor sit amet|your[ .]|name surname|firstname lastname|company name|job title|example\.com|\[insert|<your/giu;
const LETTER_BEFORE = /\p{L}$/u;
const LETTER_AFTER = /^\p{L}/u;

/** Placeholder phrases that are also field labels. */
const LABEL_PHRASES: ReadonlySet<string> = new Set(['company name', 'job title']);

/** Whether text[start, end) is a label phrase that opens its line and a colon and a value follow ("Company Name: Northwind Ltd."). */
function labelOfValue(text: string, start: number, end: number): boolean {
  return start === 0 && LABEL_PHRASES.has(text.slice(start, end).toLowerCase()) && /^\s*[:：]\s*\S/u.test(text.slice(end));
}

/** The first placeholder at or after `from`, not inside a word: its start and end. */
function findPlaceholder(text: string, from = 0): { start: number; end: number } | undefined {
  PLACEHOLDER_HINT.lastIndex = from;
  for (let hint = PLACEHOLDER_HINT.exec(text); hint; hint = PLACEHOLDER_HINT.exec(text)) {
    const p = hint.index;
    PLACEHOLDER_HINT.lastIndex = p + 1;
    if (p > 0 && LETTER_BEFORE.test(text.slice(Math.max(0, p - 2), p))) continue;
    for (const re of PLACEHOLDERS_AT) {
      re.lastIndex = p;
      if (!re.test(text)) continue;
      // ("Company Name: Northwind Ltd.", "Job Title: Analyst": a field's label before its value, as a profile page writes it)
      if (!LETTER_AFTER.test(text.slice(re.lastIndex, re.lastIndex + 2)) && !labelOfValue(text, p, re.lastIndex)) return { start: p, end: re.lastIndex };
      break;
    }
  }
  return undefined;
}

/** `text` without its placeholders. */
function removePlaceholders(text: string): string {
  let out = '';
  let last = 0;
  for (let m = findPlaceholder(text); m; m = findPlaceholder(text, m.end)) {
    out += text.slice(last, m.start);
    last = m.end;
  }
  return out + text.slice(last);
}

function warn(state: ParseState, code: string, message: string, line?: number): void {
  state.warnings.push(createWarning(code, message, line, state.file));
}

/**
 * A line's last words that can begin a placeholder phrase going on after a space ("lorem" ipsum, "your" name,
 * "job" title): only after one of them can a phrase run from one line into the next where a section's lines are
 * joined with spaces. Tried on a line's last characters (case-insensitively, as the phrases are).
 */
const SPANNING_END = /(?:lorem|dolor|sit|your|name|company|job)$/iu;

/** Whether a placeholder may start anywhere in the text (PLACEHOLDER_HINT finds a place). */
function hasHint(text: string): boolean {
  PLACEHOLDER_HINT.lastIndex = 0;
  return PLACEHOLDER_HINT.test(text);
}

/**
 * Whether a section's joined text may hold a placeholder: one of its lines has a place where one may start, or a
 * line other than the last ends with a word a phrase may go on from (the join's space then being the phrase's).
 * Each line is looked at once (`hints` keeps the answers for the per-line check).
 */
function sectionMayHold(lines: readonly Line[], hints: Map<Line, boolean>): boolean {
  let may = false;
  lines.forEach((l, k) => {
    let hint = hints.get(l);
    if (hint === undefined) hints.set(l, (hint = hasHint(l.plain)));
    if (hint || (k < lines.length - 1 && SPANNING_END.test(l.plain.slice(-12)))) may = true;
  });
  return may;
}

/** A section made only of placeholders is named once; other placeholder lines are listed (at most ten). */
function checkPlaceholders(state: ParseState): void {
  const flagged = new Set<number>();
  const hints = new Map<Line, boolean>();
  for (const s of state.sections) {
    if (s.type === 'header' || s.lines.length === 0) continue;
    if (!sectionMayHold(s.lines, hints)) continue;
    const text = s.lines.map((l) => l.plain).join(' ').trim();
    if (!text || !findPlaceholder(text)) continue;
    if (removePlaceholders(text).replace(/[^\p{L}\p{N}]/gu, '') !== '') continue;
    warn(state, 'placeholder', `placeholder text: the ${s.title || 'untitled'} section holds only '${text.slice(0, 60)}'; fill it in or remove it.`, s.lines[0]!.line);
    for (const l of s.lines) flagged.add(l.line);
  }
  let count = 0;
  for (const l of state.lines) {
    if (count >= 10 || flagged.has(l.line) || l.plain.length > 2000 || hints.get(l) === false) continue;
    const m = findPlaceholder(l.plain);
    if (!m) continue;
    count++;
    warn(state, 'placeholder', `placeholder text '${l.plain.slice(m.start, m.end)}' in "${l.plain.slice(0, 80)}"; replace it with real content.`, l.line);
  }
}

/** No email and no phone; a labelled phone line without a number. */
function checkContacts(state: ParseState): void {
  const basics = state.resume.basics ?? {};
  if (!basics.phone) {
    for (const l of state.lines.slice(0, 60)) {
      const lab = labelled(state, l);
      if (lab?.label === 'phone' && !/\d/.test(lab.value)) {
        warn(state, 'not-a-phone', `'${l.plain}' is not a phone number; write the number (e.g. +48 790 467 660) or remove the line.`, l.line);
        break;
      }
    }
  }
  if (!basics.email && !basics.phone) warn(state, 'no-contact', 'no email address and no phone number found; add them near the top of the CV.', 1);
}

/** Months since year 0 of an ISO date (the first month of a year for a start, the last for an end). */
function month(iso: string | undefined, end: boolean): number | undefined {
  if (!iso) return undefined;
  const y = Number(iso.slice(0, 4));
  if (!Number.isFinite(y)) return undefined;
  const m = iso.length >= 7 ? Number(iso.slice(5, 7)) - 1 : end ? 11 : 0;
  return y * 12 + m;
}

/** How the overlap warning names a role: its position quoted, else its dates as written ("the role of June – August 2025"). */
function roleLabel(w: { position?: string; dateText?: string; startDate?: string }): string {
  return w.position ? `"${w.position}"` : `the role of ${w.dateText ?? w.startDate ?? '?'}`;
}

/** One role ends in the year the other starts, both written as years alone ("2024 - 2025" then "2025 - present"): a promotion that year, no overlap. */
function yearHandover(p: { endDate?: string | null }, q: { startDate?: string }): boolean {
  return typeof p.endDate === 'string' && p.endDate.length === 4 && p.endDate === q.startDate;
}

/** A role written with one date ("| 08/2021 |"): it took that month, it is not still going on. */
function singleDate(state: ParseState, e: object): boolean {
  const written = (e as { dateText?: unknown }).dateText;
  const spans = typeof written === 'string' ? findDates(written, state.dateWords) : [];
  return spans.length === 1 && spans[0]!.single && !spans[0]!.ongoing;
}

/** Ranges that end before they start, and two roles at one employer whose dates overlap. */
function checkDates(state: ParseState): void {
  const r = state.resume;
  for (const key of ['work', 'education', 'volunteer', 'projects'] as const) {
    (r[key] ?? []).forEach((e, k) => {
      const a = month(e.startDate, false);
      const b = month(e.endDate, true);
      if (a === undefined || b === undefined || a <= b) return;
      const rec = e as { position?: string; studyType?: string; name?: string };
      // (the line the start was read from, where the parse noted one)
      const at = state.explain.find((n) => n.field === `/${key}/${k}/startDate` || n.field === `/${key}/${k}/endDate`)?.line;
      warn(state, 'reversed-date', `the dates of "${rec.position ?? rec.studyType ?? rec.name ?? 'an entry'}" are reversed (${e.startDate} after ${e.endDate}): shown as written; swap them or correct one.`, at);
    });
  }
  const byEmployer = new Map<string, NonNullable<typeof r.work>>();
  for (const e of r.work ?? []) {
    if (!e.name) continue;
    const list = byEmployer.get(e.name.toLowerCase()) ?? [];
    list.push(e);
    byEmployer.set(e.name.toLowerCase(), list);
  }
  let overlaps = 0;
  for (const list of byEmployer.values()) {
    for (let x = 0; x < list.length && list.length <= 50; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const p = list[x]!;
        const q = list[y]!;
        const pa = month(p.startDate, false);
        const qa = month(q.startDate, false);
        // (two different roles taken up in the same month are held together on purpose, not dates typed wrong)
        if (pa === undefined || qa === undefined || (pa === qa && p.position !== q.position) || yearHandover(p, q) || yearHandover(q, p)) continue;
        const pb = month(p.endDate, true) ?? (singleDate(state, p) ? pa + 1 : Infinity);
        const qb = month(q.endDate, true) ?? (singleDate(state, q) ? qa + 1 : Infinity);
        if (pa < qb && qa < pb && Math.min(pb, qb) - Math.max(pa, qa) >= 1 && overlaps++ < 10) {
          warn(state, 'overlapping-dates', `two roles at ${p.name} overlap (${roleLabel(p)} and ${roleLabel(q)}); check their dates.`);
        }
      }
    }
  }
}

/** Every string of the model, joined: what the lossless check looks words up in. */
function modelText(v: unknown, out: string[]): string[] {
  if (typeof v === 'string') out.push(v);
  else if (typeof v === 'number') out.push(String(v));
  else if (Array.isArray(v)) for (const x of v) modelText(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) modelText(x, out);
  return out;
}

/** Words of the CV's content (front matter, non-content and field labels excluded) that no field holds (an overlong body's rest is kept as written: not searched). */
function checkLostWords(state: ParseState): void {
  const lost = findLostWords(blankFieldLabels(state, dropShortcodes(state.body)), modelText(state.resume, []).join('\n'));
  if (lost.length) warn(state, 'lost-words', `${lost.length} source word(s) did not reach the model: ${lost.slice(0, 20).join(', ')}${lost.length > 20 ? ', …' : ''}`);
}

/** Pass: adds the warnings a user should act on. */
export function checkCv(state: ParseState): void {
  checkPlaceholders(state);
  checkContacts(state);
  checkDates(state);
  checkLostWords(state);
}
