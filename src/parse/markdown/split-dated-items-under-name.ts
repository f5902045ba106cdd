// Splits an entry whose head is one undated name line and whose body is short dated items ("**University**" / "- Master's, 2022–2024" / "- Bachelor's, 2018–2022") into one entry per item, the name their group.
import { lineDates } from './line-dates.js';
import type { DateSpan, EntryBlock, Line, ParseState } from './parse-types.js';
import { periodWithin } from './period-within.js';
import { wordClasses } from './score-segment.js';
import { shortDatedItem } from './short-dated-item.js';
import type { Segmented } from './segment-entries.js';
import { splitEachEntry } from './split-each-entry.js';

/** A date that lies within `outer`: a range within it, or a single date in one of its years. */
function inPeriod(d: DateSpan, outer: DateSpan): boolean {
  if (!d.single) return periodWithin(d, outer);
  const year = (d.start ?? d.end ?? '').slice(0, 4);
  return !!outer.start && !outer.single && year >= outer.start.slice(0, 4) && (outer.ongoing || (!!outer.end && year <= outer.end.slice(0, 4)));
}

/**
 * "## Freelancer-kokemusta edeltävä aika - 2005-2011" / "* 2005-2009 -- **Role**, *Org*, …": a top-level item that opens
 * with a date within the heading's period and marks its own fields in bold or italics, however long.
 */
function itemInPeriod(state: ParseState, l: Line, period: DateSpan): boolean {
  const d = lineDates(state, l)[0];
  return l.kind === 'item' && l.depth === 0 && d !== undefined && d.index <= 2 && (l.boldParts.length > 0 || l.italicParts.length > 0) && inPeriod(d, period);
}

/** Dashes that end an item's lead clause. */
const LEAD_DASHES = [' — ', ' – '];

/**
 * "- TN-TECH (Novi Sad, Srbija), od 2017 — Android/Kotlin/C++/Qt; …": a top-level item whose lead clause, up to its first
 * long dash, is at most ten words and closes with its one date; what follows is its text.
 */
function datedLead(state: ParseState, l: Line): boolean {
  if (l.kind !== 'item' || l.depth !== 0) return false;
  const at = leadEnd(l.plain);
  if (at < 0 || l.plain.slice(0, at).split(' ').length > 10) return false;
  const d = lineDates(state, l);
  return d.length >= 1 && d[0]!.index + d[0]!.length >= at - 1 && d[0]!.index + d[0]!.length <= at;
}

/** Where the first long dash of a text is (-1: none). */
function leadEnd(text: string): number {
  const found = LEAD_DASHES.map((d) => text.indexOf(d)).filter((i) => i > 0);
  return found.length ? Math.min(...found) : -1;
}

/** A dated-lead item as its head (the lead clause) and its text (after the dash) as a line of its own. */
function splitLead(l: Line): [Line, Line] | [Line] {
  const p = leadEnd(l.plain);
  const m = leadEnd(l.md);
  if (p < 0 || m < 0) return [l];
  const keep = (text: string) => (parts: readonly string[]): string[] => parts.filter((x) => text.includes(x));
  const part = (plain: string, md: string, kind: Line['kind']): Line => ({ ...l, kind, plain, md, boldParts: keep(plain)(l.boldParts), italicParts: keep(plain)(l.italicParts), links: l.links.filter((k) => plain.includes(k.text)) });
  return [part(l.plain.slice(0, p), l.md.slice(0, m), l.kind), part(l.plain.slice(p + 3).trim(), l.md.slice(m + 3).trim(), 'text')];
}

/** The entries the items of `e` make, or undefined when its body is not dated items (with their sub-lines). */
function itemEntries(state: ParseState, e: EntryBlock): EntryBlock[] | undefined {
  const [name, more] = e.head;
  if (!name || more || e.group.length > 0 || name.kind === 'item' || e.body[0]?.kind !== 'item') return undefined;
  // (a heading's own period: its items within it are entries of their own)
  const dates = lineDates(state, name);
  const period = name.kind === 'heading' && dates.length === 1 && !dates[0]!.single ? dates[0] : undefined;
  if (dates.length > 0 && !period) return undefined;
  const out: EntryBlock[] = [];
  // ("**Researcher**" / "- University of Zurich, Department of Finance, …, September 2018 – August 2024": a name line that names
  // a job and no organisation or school is the role of each item, a line of its head, not a group over them)
  const classes = wordClasses(name.plain, state);
  const role = !period && classes.has('jobTitle') && !classes.has('organisation') && !classes.has('institution');
  for (const l of e.body) {
    if (l.kind === 'item' && l.depth === 0) {
      const lead = !period && !shortDatedItem(state, l);
      if (period ? !itemInPeriod(state, l, period) : lead && !datedLead(state, l)) return undefined;
      // (a dated lead's text after its dash is the entry's text, not a field of its head)
      const [head, text] = lead ? splitLead(l) : [l];
      out.push(role ? { group: [], head: [name, head], body: text ? [text] : [] } : { group: [name], head: [head], body: text ? [text] : [] });
    } else {
      const last = out[out.length - 1];
      if (!last) return undefined;
      last.body.push(l);
    }
  }
  return out.length > 0 ? out : undefined;
}

/**
 * Post-step of entry segmentation: an entry whose head is one undated line (a bold name, a heading) and whose body
 * is short top-level items, each with a date at its start or end, is one entry per item: each item
 * is one's head (with its sub-lines as its body), and the name line is their group, as an organisation heading
 * is over several roles. "**University of Warsaw**" / "- Master of CS, 2022–2024" / "- Bachelor of CS, 2018–2022"
 * is two degrees at one school.
 */
export function splitDatedItemsUnderName(state: ParseState, out: Segmented): void {
  splitEachEntry(out.entries, (e) => itemEntries(state, e));
}
