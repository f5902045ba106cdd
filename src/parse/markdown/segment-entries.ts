// Cuts a section's units into entries: at sub-headings (tidy documents), date-range lines (converter output), list items or table rows.
import type { Unit } from './build-units.js';
import { findDateRange } from './find-date-range.js';
import { memoPerParse } from './parse-memo.js';

/** One entry's units (or one list item / table row), plus the units before the first entry. */
export interface Segmented {
  intro: Unit[];
  entries: Unit[][];
  /** How the entries were found. */
  mode: 'headings' | 'dates' | 'items' | 'none';
}

const MAX_WORDS_AROUND_DATE = 14;
const MAX_DATE_LINE = 300;

/** True when a heading or line is a short line carrying a date range ("2017.05 - 2018.09", "Engineer at X – May 2019 to May 2020"). */
export function isDateLine(u: Unit): boolean {
  if (u.t !== 'heading' && u.t !== 'line') return false;
  // (a long line is never a date line: decided before the memo would hash it)
  return u.plain.length <= MAX_DATE_LINE && readDateLineMemo(u.plain);
}

const readDateLineMemo = memoPerParse(readDateLine);

function readDateLine(plain: string): boolean {
  const u = { plain };
  if (u.plain.length > MAX_DATE_LINE) return false;
  const d = findDateRange(u.plain);
  if (!d || d.single) return false;
  const rest = u.plain.slice(0, d.index) + u.plain.slice(d.index + d.length);
  return rest.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length <= MAX_WORDS_AROUND_DATE;
}

function isSubHeading(u: Unit): boolean {
  return u.t === 'heading' && !/[:：]\s*$/.test(u.plain);
}

function isBoldLine(u: Unit): boolean {
  return u.t === 'line' && /^\s*(\*\*|__)[^*_].*\1\s*$/.test(u.text) && u.plain.split(/\s+/).length <= 12;
}

/**
 * Finds the entries of an entry-based section (work, education, projects…).
 * `noisy` says heading levels carry no meaning (PDF-converter output).
 */
export function segmentEntries(units: Unit[], noisy: boolean): Segmented {
  if (units.length === 0) return { intro: [], entries: [], mode: 'none' };
  const subs = units.map((u, i) => (isSubHeading(u) ? i : -1)).filter((i) => i >= 0);
  const dates = units.map((u, i) => (isDateLine(u) ? i : -1)).filter((i) => i >= 0);
  let starts: number[] = [];
  let mode: Segmented['mode'] = 'none';
  if (!noisy && subs.length > 0) {
    const top = Math.min(...subs.map((i) => (units[i] as { level: number }).level));
    starts = subs.filter((i) => (units[i] as { level: number }).level === top);
    mode = 'headings';
  } else if (dates.length > 0) {
    mode = 'dates';
    const taken = new Set<number>();
    for (const d of dates) {
      const u = units[d]!;
      let s = d;
      if (u.t === 'line') {
        // the date is on the 2nd or 3rd line of a paragraph: the entry starts at the paragraph
        let k = d;
        while (k > 0 && d - k < 3) {
          const p = units[k - 1]!;
          if (p.t !== 'line' || p.para !== u.para || taken.has(k - 1) || isDateLine(p)) break;
          k--;
        }
        s = k;
      }
      if (s === d) {
        const p = units[d - 1];
        const onlyDate = (() => {
          const r = findDateRange(u.t === 'heading' || u.t === 'line' ? u.plain : '');
          if (!r || !(u.t === 'heading' || u.t === 'line')) return false;
          return !/[\p{L}]{2,}/u.test(u.plain.slice(0, r.index) + u.plain.slice(r.index + r.length));
        })();
        if (onlyDate && p && !taken.has(d - 1) && ((isSubHeading(p) && !isDateLine(p)) || isBoldLine(p))) {
          const before = units[d - 2];
          // a heading right before a date-only line is the entry's title, unless it belongs to a previous entry's header
          if (!before || before.t !== 'line' || !isDateLine(before)) s = d - 1;
        }
      }
      if (!taken.has(s)) starts.push(s);
      for (let k = s; k <= d; k++) taken.add(k);
    }
    starts = [...new Set(starts)].sort((a, b) => a - b);
  } else if (subs.length > 0) {
    starts = subs;
    mode = 'headings';
  } else {
    // no headings and no date lines: every list item, table row and paragraph is an entry
    const entries: Unit[][] = [];
    let para = -1;
    for (const u of units) {
      if (u.t === 'list') {
        for (const it of u.items) entries.push([{ t: 'list', items: [it], ordered: u.ordered, raw: '', line: it.line, endLine: it.endLine }]);
        para = -1;
      } else if (u.t === 'table') {
        entries.push([u]);
      } else if (u.t === 'line') {
        if (u.para !== para) entries.push([u]);
        else entries[entries.length - 1]!.push(u);
        para = u.para;
      } else {
        if (entries.length) entries[entries.length - 1]!.push(u);
        else entries.push([u]);
      }
    }
    return { intro: [], entries, mode: 'items' };
  }
  const entries: Unit[][] = [];
  for (let k = 0; k < starts.length; k++) {
    entries.push(units.slice(starts[k], starts[k + 1] ?? units.length));
  }
  return { intro: units.slice(0, starts[0] ?? 0), entries, mode };
}
