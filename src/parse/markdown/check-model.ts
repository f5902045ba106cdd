// Checks a parsed CV for what the user should hear about: placeholder text, reversed or overlapping dates, words that did not reach the model.
import type { Resume } from '../../model/types.js';
import { createWarning, type CvWarning } from '../../model/warning.js';
import { findLostWords } from '../find-lost-words.js';
import type { Unit } from './build-units.js';

/** What the checker needs to know about each section. */
export interface SectionInfo {
  kind: string;
  title: string;
  line: number;
  units: Unit[];
}

const PLACEHOLDER = /(?<![\p{L}])(?:todo|tbd|fixme|xxx+|lorem ipsum|dolor sit amet|your name|your email|your phone|your\.name|name surname|firstname lastname|company name|job title|\[insert[^\]]*\]|<your[^>]*>|example\.com)(?![\p{L}])/iu;

/**
 * A cheap first pass: the full pattern runs only when one of these letter groups occurs. Every PLACEHOLDER match
 * contains one of them (with PLACEHOLDER's flags), so a text (a section, a line) without them cannot match.
 */
const QUICK_PLACEHOLDER = /todo|tbd|fixme|xxx|lorem|dolor|your|surname|lastname|company name|job title|\[insert|example\.com/i;
/**
 * A superset of QUICK_PLACEHOLDER (the same words split after their first letter), scanned once over a text
 * to find the few places where the slower patterns are then tried (sticky): none of them has to cross the
 * whole text.
 */
const SCAN_PLACEHOLDER = new RegExp('[tfxldyscj[e](?:odo|bd|ixme|xx|orem|olor|our|urname|astname|ompany name|ob title|insert|xample\\.com)', 'giu');
/** The patterns anchored where they are tried (sticky). */
const QUICK_AT = new RegExp(QUICK_PLACEHOLDER.source, 'iy');
const QUICK_AT_U = new RegExp(QUICK_PLACEHOLDER.source, 'iuy');
const PLACEHOLDER_AT = new RegExp(PLACEHOLDER.source, 'iuy');
const PLACEHOLDER_G = new RegExp(PLACEHOLDER.source, 'giu');
/** How far before its letter group a PLACEHOLDER match can start ("firstname " before "lastname"), with room to spare. */
const PLACEHOLDER_LEAD = 16;

/**
 * Every place where SCAN_PLACEHOLDER matches (each search restarts one unit after the last match, so
 * overlapping places are found too). With Unicode case folding it matches wherever QUICK_PLACEHOLDER does,
 * with or without the u flag.
 */
function leadsOf(text: string): number[] {
  const out: number[] = [];
  SCAN_PLACEHOLDER.lastIndex = 0;
  for (let m = SCAN_PLACEHOLDER.exec(text); m !== null; m = SCAN_PLACEHOLDER.exec(text)) {
    out.push(m.index);
    SCAN_PLACEHOLDER.lastIndex = m.index + 1;
  }
  return out;
}

/**
 * `at.test(text)` for a sticky pattern whose every match starts at most `lead` units before one of `leads`:
 * the pattern is tried only there.
 */
function matchesNear(leads: readonly number[], at: RegExp, text: string, lead: number): boolean {
  let tried = -1;
  for (const p of leads) {
    for (let k = Math.max(tried + 1, p - lead); k <= p; k++) {
      at.lastIndex = k;
      if (at.test(text)) return true;
    }
    tried = p;
  }
  return false;
}

/** The (0-based) lines of `text` where the sticky pattern `at` matches at one of `leads`. */
function linesMatchingAt(leads: readonly number[], at: RegExp, text: string): Set<number> {
  const out = new Set<number>();
  let line = 0;
  let from = 0;
  for (const p of leads) {
    at.lastIndex = p;
    if (!at.test(text)) continue;
    for (let nl = text.indexOf('\n', from); nl !== -1 && nl < p; nl = text.indexOf('\n', from)) {
      line++;
      from = nl + 1;
    }
    out.add(line);
  }
  return out;
}

/** QUICK_PLACEHOLDER with PLACEHOLDER's flags, tested on `text`: whether a text (a section) may hold a placeholder. */
function mayHoldPlaceholder(text: string, leads: readonly number[]): boolean {
  return matchesNear(leads, QUICK_AT_U, text, 0);
}

/** PLACEHOLDER.test(text). */
function holdsPlaceholder(text: string, leads: readonly number[]): boolean {
  return matchesNear(leads, PLACEHOLDER_AT, text, PLACEHOLDER_LEAD);
}

function strings(v: unknown, out: string[]): void {
  if (typeof v === 'string') out.push(v);
  else if (typeof v === 'number') out.push(String(v));
  else if (Array.isArray(v)) for (const x of v) strings(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) strings(x, out);
}

function unitText(u: Unit): string {
  switch (u.t) {
    case 'heading':
    case 'line':
      return u.plain;
    case 'list':
      return u.items.map((i) => [i.plain, ...i.children].join(' ')).join(' ');
    case 'table':
      return u.rows.map((r) => r.join(' ')).join(' ');
    default:
      return u.raw;
  }
}

function month(iso: string | undefined, end: boolean): number | undefined {
  if (!iso) return undefined;
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(iso);
  if (!m) return undefined;
  return Number(m[1]) * 12 + (m[2] ? Number(m[2]) - 1 : end ? 11 : 0);
}

/** Returns the warnings about a parsed model; `source` is the whole CV text. */
export function checkModel(resume: Resume, source: string, sections: SectionInfo[], file?: string): CvWarning[] {
  const out: CvWarning[] = [];
  const w = (code: string, msg: string, line?: number): void => {
    out.push(createWarning(code, msg, line, file));
  };
  // placeholders: a section made only of placeholders is named; other placeholder lines are listed
  const flagged = new Set<number>();
  // one pass of the cheap superset finds every place the placeholder patterns are tried
  const leads = leadsOf(source);
  const anyPlaceholder = matchesNear(leads, QUICK_AT, source, 0) && holdsPlaceholder(source, leads);
  for (const s of anyPlaceholder ? sections : []) {
    if (s.kind === 'header' || s.units.length === 0) continue;
    const text = s.units.map(unitText).join(' ').trim();
    const textLeads = text ? leadsOf(text) : [];
    if (text && mayHoldPlaceholder(text, textLeads) && holdsPlaceholder(text, textLeads) && text.replace(PLACEHOLDER_G, '').replace(/[^\p{L}\p{N}]/gu, '') === '') {
      w('placeholder', `placeholder text: the ${s.title || 'untitled'} section holds only '${text.slice(0, 60)}'; fill it in or remove it.`, s.units[0]!.line);
      for (const u of s.units) for (let l = u.line; l <= u.endLine; l++) flagged.add(l);
    }
  }
  const lines = anyPlaceholder ? source.split('\n') : [];
  // the lines where QUICK_PLACEHOLDER (with PLACEHOLDER's flags) matches: its matches never cross a line
  const quickLines = anyPlaceholder ? linesMatchingAt(leads, QUICK_AT_U, source) : new Set<number>();
  let count = 0;
  for (let k = 0; anyPlaceholder && k < lines.length && count < 10; k++) {
    const l = lines[k]!;
    if (l.length > 2000 || flagged.has(k + 1)) continue;
    const m = quickLines.has(k) ? PLACEHOLDER.exec(l) : null;
    if (m) {
      count++;
      w('placeholder', `placeholder text '${m[0]}' in "${l.trim().slice(0, 80)}"; replace it with real content.`, k + 1);
    }
  }
  // reversed ranges, and overlapping ranges at the same employer
  const work = resume.work ?? [];
  [...work, ...(resume.education ?? []), ...(resume.volunteer ?? []), ...(resume.projects ?? [])].forEach((e) => {
    const a = month(e.startDate, false);
    const b = month(e.endDate, true);
    if (a !== undefined && b !== undefined && a > b) {
      const what = String((e as { position?: string; studyType?: string; name?: string }).position ?? (e as { studyType?: string }).studyType ?? (e as { name?: string }).name ?? 'an entry');
      w('reversed-date', `the dates of "${what}" are reversed (${e.startDate} after ${e.endDate}).`);
    }
  });
  const byEmployer = new Map<string, typeof work>();
  for (const e of work) {
    if (!e.name) continue;
    const k = e.name.toLowerCase();
    const list = byEmployer.get(k) ?? [];
    list.push(e);
    byEmployer.set(k, list);
  }
  let overlaps = 0;
  for (const list of byEmployer.values()) {
    if (list.length < 2 || list.length > 50) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const p = list[x]!;
        const q = list[y]!;
        const pa = month(p.startDate, false);
        const qa = month(q.startDate, false);
        if (pa === undefined || qa === undefined) continue;
        const pb = month(p.endDate, true) ?? Infinity;
        const qb = month(q.endDate, true) ?? Infinity;
        if (pa < qb && qa < pb && Math.min(pb, qb) - Math.max(pa, qa) >= 1 && overlaps++ < 10) {
          w('overlapping-dates', `two roles at ${p.name} overlap ("${p.position ?? ''}" and "${q.position ?? ''}"); check their dates.`);
        }
      }
    }
  }
  // lossless check: every source word must be somewhere in the model
  const hay: string[] = [];
  strings(resume, hay);
  const lost = findLostWords(source, hay.join('\n'));
  if (lost.length) w('lost-words', `${lost.length} source word(s) did not reach the model: ${lost.slice(0, 20).join(', ')}${lost.length > 20 ? ', …' : ''}`);
  return out;
}
